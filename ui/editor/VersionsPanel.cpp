#include "VersionsPanel.h"

#include "../common/Icons.h"
#include "../common/RelativeTime.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

VersionsPanel::VersionsPanel(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_hint(new QLabel(this)), m_list(new QListWidget(this)),
      m_text(new QPlainTextEdit(this)), m_restore(new QPushButton(Icons::ui(QStringLiteral("history")),
                                                                   tr("Restore this version"), this))
{
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_list->setAccessibleName(tr("Saved versions"));
    m_list->setAlternatingRowColors(true);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text of the version"));
    m_restore->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::spacing, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    connect(m_list, &QListWidget::currentRowChanged, this, &VersionsPanel::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            Q_EMIT restoreRequested(item->data(kIdRole).toLongLong());
    });
}

void VersionsPanel::setPostId(const QString &postId)
{
    m_postId = postId;
    reload();
}

int VersionsPanel::count() const
{
    return m_list->count();
}

void VersionsPanel::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    const auto versions = m_postId.isEmpty() ? QVector<store::PostVersion>() : m_store.postHistory().versions(m_postId);
    for (const store::PostVersion &v : versions) {
        const QString words = v.content.simplified().left(60);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(RelativeTime::describe(v.savedAt.toLocalTime()),
                                                                        words.isEmpty() ? tr("(empty)") : words),
                                         m_list);
        item->setData(kIdRole, v.id);
        item->setToolTip(QLocale().toString(v.savedAt.toLocalTime(), QLocale::LongFormat));
        if (v.id == selected)
            m_list->setCurrentItem(item);
    }
    m_hint->setText(versions.isEmpty()
                        ? tr("Versions appear here as you write: the text is saved every second, and a version is "
                             "kept each minute (the last 20).")
                        : tr("The last %n version(s) saved on this computer.", nullptr, int(versions.size())));
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0); // the newest: what the editor shows
    showSelected();
}

void VersionsPanel::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item != nullptr && m_list->currentRow() > 0); // the newest is what is shown already
    if (!item) {
        m_text->clear();
        return;
    }
    if (const auto v = m_store.postHistory().find(item->data(kIdRole).toLongLong())) {
        QString text = v->content;
        if (!v->hashtags.isEmpty())
            text += QStringLiteral("\n\n#") + v->hashtags.join(QStringLiteral(" #"));
        m_text->setPlainText(text);
    }
}

} // namespace pitchside::ui
