#include "PreviewCard.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLayout>

namespace pitchside::ui {

namespace {

constexpr int kPad = 12;
constexpr int kAvatar = 32;
// What the networks show before "see more" (as of their 2024–2025 web and
// mobile layouts): LinkedIn three lines, Facebook five, Instagram two.
int linesShown(Platform p)
{
    switch (p) {
    case Platform::LinkedIn:
        return 3;
    case Platform::Facebook:
        return 5;
    case Platform::Instagram:
        return 2;
    }
    return 3;
}
// Never lay out more than this per line shown: the cut comes long before.
constexpr int kCharsPerLine = 90;
constexpr int kLayoutChars = 700;

QString moreLabel(Platform p)
{
    switch (p) {
    case Platform::LinkedIn:
        return PreviewCard::tr("…see more");
    case Platform::Facebook:
        return PreviewCard::tr("See more");
    case Platform::Instagram:
        return PreviewCard::tr("… more");
    }
    return {};
}

QList<QTextLayout::FormatRange> tagRanges(const QString &text, int offset, const QColor &link)
{
    static const QRegularExpression tag(QStringLiteral(R"((?<![\w&#])[#@]\w+)"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    QList<QTextLayout::FormatRange> out;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QTextLayout::FormatRange r;
        r.start = int(m.capturedStart()) + offset;
        r.length = int(m.capturedLength());
        r.format.setForeground(link);
        out << r;
    }
    return out;
}

} // namespace

PreviewCard::PreviewCard(Platform platform, QWidget *parent) : QWidget(parent), m_platform(platform)
{
    setAccessibleName(tr("Preview on %1").arg(platformName(platform)));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void PreviewCard::setContent(const Content &content)
{
    m_content = content;
    // The height follows the lines shown (a few at most): tell the layout
    // only when it changes, which is seldom while typing.
    const int height = heightForWidth(kWidth);
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

QString PreviewCard::shownCaption() const
{
    // What fits in the network's lines at the card's width.
    QTextLayout layout(m_content.caption.left(kLayoutChars).replace(QLatin1Char('\n'), QChar::LineSeparator), font());
    layout.beginLayout();
    const int width = kWidth - 2 * kPad;
    int end = 0;
    for (int i = 0; i < linesShown(m_platform); ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        end = line.textStart() + line.textLength();
    }
    layout.endLayout();
    return m_content.caption.left(end);
}

bool PreviewCard::isCut() const
{
    return shownCaption().size() < m_content.caption.size();
}

QSize PreviewCard::sizeHint() const
{
    return {kWidth, heightForWidth(kWidth)};
}

QSize PreviewCard::minimumSizeHint() const
{
    return sizeHint();
}

int PreviewCard::heightForWidth(int width) const
{
    return layoutHeight(width, nullptr);
}

int PreviewCard::paintText(QPainter *painter, int slot, const QRect &rect, const QString &text, int maxLines,
                           const QString &lead, bool *cut) const
{
    // Laid out once per text and width, then painted from the cache: a
    // keystroke asks for the height (setContent) and then paints.
    const QString key = lead + QChar(0x1F) + text.left(maxLines * kCharsPerLine) + QChar(0x1F)
                        + QString::number(rect.width()) + QChar(0x1F) + QString::number(maxLines);
    Laid &laid = m_laid[slot];
    if (laid.key != key || !laid.layout) {
        laid.key = key;
        // `lead`: Instagram starts the caption with the account name in bold.
        // QTextLayout breaks lines on U+2028, not on '\n'. Only what can
        // show is laid out: the cut comes after a few lines.
        QString full = lead.isEmpty() ? text : lead + QLatin1Char(' ') + text;
        full.replace(QLatin1Char('\n'), QChar::LineSeparator);
        laid.layout = std::make_unique<QTextLayout>(full.left(maxLines * kCharsPerLine), font());
        QList<QTextLayout::FormatRange> formats = tagRanges(text.left(maxLines * kCharsPerLine),
                                                            lead.isEmpty() ? 0 : int(lead.size()) + 1,
                                                            QColor(0x1D, 0x6F, 0xD8));
        if (!lead.isEmpty()) {
            QTextLayout::FormatRange bold;
            bold.start = 0;
            bold.length = int(lead.size());
            bold.format.setFontWeight(QFont::Bold);
            formats.prepend(bold);
        }
        laid.layout->setFormats(formats);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        laid.layout->setTextOption(option);
        laid.layout->beginLayout();
        const QFontMetrics fm(font());
        laid.height = 0;
        laid.lines = 0;
        int end = 0;
        while (laid.lines < maxLines) {
            QTextLine line = laid.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, laid.height));
            laid.height += fm.lineSpacing();
            end = line.textStart() + line.textLength();
            ++laid.lines;
        }
        laid.layout->endLayout();
        laid.cut = end < full.size();
    }
    *cut = laid.cut;
    if (painter) {
        const QFontMetrics fm(font());
        painter->setPen(QColor(0x1F, 0x23, 0x28));
        laid.layout->draw(painter, rect.topLeft());
        if (laid.cut && laid.lines > 0) {
            const QTextLine last = laid.layout->lineAt(laid.lines - 1);
            const QString more = moreLabel(m_platform);
            const int x = std::min(int(last.naturalTextWidth()) + 4, rect.width() - fm.horizontalAdvance(more));
            painter->fillRect(QRect(rect.left() + x, rect.top() + int(last.y()), rect.width() - x, fm.height()), Qt::white);
            painter->setPen(QColor(0x65, 0x67, 0x6B));
            painter->drawText(QPoint(rect.left() + x, rect.top() + int(last.y()) + fm.ascent()), more);
        }
    }
    return laid.height;
}

int PreviewCard::layoutHeight(int width, QPainter *p) const
{
    const QFontMetrics fm(font());
    const int inner = width - 2 * kPad;
    int y = kPad;
    const auto header = [&] {
        if (p) {
            QPainterPath avatar;
            avatar.addEllipse(QRectF(kPad, y, kAvatar, kAvatar));
            p->fillPath(avatar, Theme::accent());
            p->setPen(Qt::white);
            p->drawText(QRect(kPad, y, kAvatar, kAvatar), Qt::AlignCenter, m_content.profileName.left(1).toUpper());
            QFont bold = font();
            bold.setWeight(QFont::DemiBold);
            p->setFont(bold);
            p->setPen(QColor(0x1F, 0x23, 0x28));
            p->drawText(QRect(kPad + kAvatar + 8, y, inner - kAvatar - 28, fm.height()), Qt::AlignLeft,
                        QFontMetrics(bold).elidedText(m_content.profileName, Qt::ElideRight, inner - kAvatar - 28));
            p->setFont(font());
            p->setPen(QColor(0x65, 0x67, 0x6B));
            p->drawText(QRect(kPad + kAvatar + 8, y + fm.height(), inner, fm.height()), Qt::AlignLeft,
                        m_platform == Platform::Instagram ? QString() : tr("Now · Public"));
            p->drawPixmap(width - kPad - 16, y + 2, Icons::platformPixmap(m_platform, 16));
        }
        y += kAvatar + 8;
    };
    const auto media = [&] {
        if (m_content.mediaCount == 0)
            return;
        // Instagram crops to a square; the others keep the picture's shape
        // within what they show (1.91:1 wide to 4:5 tall). A counter when
        // there are several.
        int h = inner * 3 / 4;
        if (!m_content.pictures.isEmpty()) {
            const QSize size = m_content.pictures.first().size();
            h = std::clamp(inner * size.height() / std::max(1, size.width()), int(inner / 1.91), inner * 5 / 4);
        }
        if (m_platform == Platform::Instagram)
            h = width;
        const QRect box = m_platform == Platform::Instagram ? QRect(0, y, width, h) : QRect(kPad, y, inner, h);
        if (p) {
            if (!m_content.pictures.isEmpty()) {
                const QPixmap &pic = m_content.pictures.first();
                const QSize scaled = pic.size().scaled(box.size(), Qt::KeepAspectRatioByExpanding);
                const QRect source((scaled.width() - box.width()) / 2 * pic.width() / std::max(1, scaled.width()),
                                   (scaled.height() - box.height()) / 2 * pic.height() / std::max(1, scaled.height()),
                                   box.width() * pic.width() / std::max(1, scaled.width()),
                                   box.height() * pic.height() / std::max(1, scaled.height()));
                p->drawPixmap(box, pic, source);
            } else {
                p->fillRect(box, QColor(0xE4, 0xE7, 0xEC));
                p->drawPixmap(box.center() - QPoint(16, 16), Icons::uiPixmap(QStringLiteral("image"), 32, QColor(0x9A, 0xA1, 0xAC)));
            }
            if (m_content.mediaCount > 1) {
                const QString badge = QStringLiteral("1/%1").arg(m_content.mediaCount);
                const QRect b(box.right() - fm.horizontalAdvance(badge) - 18, box.top() + 8, fm.horizontalAdvance(badge) + 12,
                              fm.height() + 4);
                QPainterPath pill;
                pill.addRoundedRect(b, b.height() / 2.0, b.height() / 2.0);
                p->fillPath(pill, QColor(0, 0, 0, 150));
                p->setPen(Qt::white);
                p->drawText(b, Qt::AlignCenter, badge);
            }
        }
        y += h + 8;
    };
    const auto caption = [&](const QString &lead) {
        bool cut = false;
        y += paintText(p, 0, QRect(kPad, y, inner, 10000), m_content.caption, linesShown(m_platform), lead, &cut);
        y += 6;
    };
    const auto comment = [&] {
        if (m_content.firstComment.isEmpty())
            return;
        if (p) {
            p->setPen(QColor(0xE4, 0xE7, 0xEC));
            p->drawLine(kPad, y, width - kPad, y);
        }
        y += 6;
        bool cut = false;
        y += paintText(p, 1, QRect(kPad, y, inner, 10000), m_content.firstComment, 2,
                       m_platform == Platform::Instagram ? m_content.profileName : QString(), &cut);
        y += 4;
    };
    if (m_platform == Platform::Instagram) {
        header();
        media();
        caption(m_content.profileName);
        comment();
    } else {
        header();
        caption({});
        media();
        comment();
    }
    return y + kPad - 6;
}

void PreviewCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // The networks' own light surface, whatever our theme: it is their page.
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.fillPath(card, Qt::white);
    p.setPen(QColor(0xD0, 0xD5, 0xDD));
    p.drawPath(card);
    p.setClipPath(card);
    layoutHeight(width(), &p);
}

} // namespace pitchside::ui
