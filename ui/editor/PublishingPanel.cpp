#include "PublishingPanel.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace pitchside::ui {

PublishingPanel::PublishingPanel(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("PublishingPanel"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(Theme::spacing / 2);
}

QWidget *PublishingPanel::addLine(const QString &icon, const QColor &colour, const QString &html, const QString &action)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spacing);
    auto *mark = new QLabel(row);
    mark->setPixmap(Icons::ui(icon, colour).pixmap(16, 16));
    mark->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(html, row);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Only the links this panel wrote (checked network addresses) are there.
    text->setOpenExternalLinks(false);
    connect(text, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(mark, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    if (!action.isEmpty()) {
        auto *button = new QPushButton(action, row);
        connect(button, &QPushButton::clicked, this, &PublishingPanel::accountsRequested);
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    m_rows->addWidget(row);
    m_lines << QTextDocumentFragment::fromHtml(html).toPlainText() + (action.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(action));
    return row;
}

void PublishingPanel::showState(const Post &post, const QVector<Publication> &publications,
                                const QVector<PublishingRisk> &risks,
                                const QVector<media::PreflightProblem> &mediaProblems)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    const QLocale locale;
    QVector<Platform> told;
    for (const Publication &p : publications) {
        Platform platform;
        if (!platformFromKey(p.platform, &platform))
            continue;
        told << platform;
        const QString network = QStringLiteral("<b>%1</b>").arg(platformName(platform));
        if (p.isPublished()) {
            QString html = tr("%1: published on %2.")
                               .arg(network, locale.toString(p.publishedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
            if (const QUrl url = safePostUrl(p); url.isValid())
                html += QStringLiteral(" <a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                                     tr("See the post").toHtmlEscaped());
            if (p.reach > 0)
                html += QStringLiteral(" · ") + tr("%1 people reached, %2 likes")
                                                     .arg(locale.toString(p.reach), locale.toString(p.likes));
            addLine(QStringLiteral("circle-check"), Theme::success(), html);
        } else if (post.status == PostStatus::Publishing) {
            told.removeAll(platform); // being sent (again): said below
        } else if (p.isFailed()) {
            addLine(QStringLiteral("circle-x"), Theme::danger(),
                    tr("%1: not published. %2").arg(network, failureText(p).toHtmlEscaped()));
        }
    }
    // The networks the post is being sent to, not out yet.
    if (post.status == PostStatus::Publishing) {
        for (Platform p : AllPlatforms) {
            if (!post.platforms.testFlag(p) || told.contains(p))
                continue;
            const QString network = QStringLiteral("<b>%1</b>").arg(platformName(p));
            addLine(QStringLiteral("loader"), Theme::accent(),
                    post.sync.dirty ? tr("%1: waiting to reach the server; it goes out as soon as Pitchside is "
                                         "connected.")
                                          .arg(network)
                                    : tr("%1: being published…").arg(network));
        }
    }
    for (const PublishingRisk &r : risks)
        addLine(QStringLiteral("triangle-alert"), Theme::warning(), r.text().toHtmlEscaped(), r.action());
    bool fixable = false;
    QStringList said;
    for (const media::PreflightProblem &p : mediaProblems) {
        const QString text = p.text();
        if (said.contains(text))
            continue;
        said << text;
        fixable = fixable || p.fixable();
        addLine(QStringLiteral("image-off"), p.fixable() ? Theme::warning() : Theme::danger(), text.toHtmlEscaped());
    }
    if (fixable) {
        // One click: copies the networks take (the originals stay in the library).
        QWidget *row = addLine(QStringLiteral("sparkles"), Theme::accent(),
                               tr("Pitchside can make copies of these photos that every network of the post takes; "
                                  "the originals stay in the library."));
        auto *crop = new QPushButton(tr("Crop"), row);
        crop->setObjectName(QStringLiteral("CropMedia"));
        crop->setToolTip(tr("Keeps the centre of each photo"));
        auto *pad = new QPushButton(tr("Add bands"), row);
        pad->setObjectName(QStringLiteral("PadMedia"));
        pad->setToolTip(tr("Keeps the whole photo, with bands of its own colour"));
        connect(crop, &QPushButton::clicked, this, [this] { Q_EMIT mediaFixRequested(false); });
        connect(pad, &QPushButton::clicked, this, [this] { Q_EMIT mediaFixRequested(true); });
        row->layout()->addWidget(crop);
        row->layout()->addWidget(pad);
        m_lines.last() += QStringLiteral(" [%1] [%2]").arg(crop->text(), pad->text());
    }
    setVisible(!m_lines.isEmpty());
}

} // namespace pitchside::ui
