#include "TagEditor.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetItem>

namespace pitchside::ui {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    return size;
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    int x = rect.x();
    int y = rect.y();
    int line = 0;
    for (QLayoutItem *item : m_items) {
        const QSize hint = item->sizeHint();
        if (x + hint.width() > rect.right() + 1 && line > 0) {
            x = rect.x();
            y += line + m_spacing;
            line = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x += hint.width() + m_spacing;
        line = qMax(line, hint.height());
    }
    return y + line - rect.y();
}

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent), m_chips(new QWidget(this)), m_flow(new FlowLayout(m_chips)), m_input(new QLineEdit(this)),
      m_known(new QStringListModel(this))
{
    m_input->setPlaceholderText(tr("Add a tag, then Enter"));
    m_input->setAccessibleName(tr("New tag"));
    m_input->addAction(Icons::ui(QStringLiteral("tag"), Theme::mutedText()), QLineEdit::LeadingPosition);
    auto *completer = new QCompleter(m_known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    connect(m_input, &QLineEdit::returnPressed, this, &TagEditor::addFromInput);
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.endsWith(u','))
            addFromInput();
    });
    m_chips->setStyleSheet(QStringLiteral("#TagChip { background: palette(midlight); border: none; border-radius: 11px; "
                                          "padding: 2px 8px; }"
                                          "#TagChip:hover { background: palette(mid); }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(m_chips);
    layout->addWidget(m_input);
}

QString TagEditor::normalize(const QString &text)
{
    QString t = text.simplified();
    while (t.startsWith(u'#'))
        t.remove(0, 1);
    t.remove(u',');
    return t.trimmed();
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    rebuildChips();
}

void TagEditor::setSuggestions(const QStringList &known)
{
    m_known->setStringList(known);
}

void TagEditor::addFromInput()
{
    const QString tag = normalize(m_input->text());
    m_input->clear();
    if (tag.isEmpty() || m_tags.contains(tag, Qt::CaseInsensitive))
        return;
    m_tags << tag;
    rebuildChips();
    Q_EMIT tagsEdited(m_tags);
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(m_chips);
        chip->setText(u'#' + tag);
        chip->setIcon(Icons::ui(QStringLiteral("x"), Theme::mutedText()));
        chip->setIconSize(QSize(12, 12));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // the × after the word
        chip->setObjectName(QStringLiteral("TagChip"));
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setAccessibleName(tr("Remove the tag “%1”").arg(tag));
        connect(chip, &QToolButton::clicked, this, [this, tag] {
            m_tags.removeAll(tag);
            // After the click has been delivered: the chip deletes itself here.
            QMetaObject::invokeMethod(this, &TagEditor::rebuildChips, Qt::QueuedConnection);
            Q_EMIT tagsEdited(m_tags);
        });
        m_flow->addWidget(chip);
    }
    m_chips->setVisible(!m_tags.isEmpty());
    m_chips->updateGeometry();
}

} // namespace pitchside::ui
