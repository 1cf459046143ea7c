#include "ShortcutsDialog.h"

#include "Theme.h"
#include "../Page.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QString plain(QString text)
{
    // "&New post…" -> "New post": mnemonics are not words.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *root, const QString &fallbackGroup)
{
    QList<Entry> out;
    QSet<const QAction *> seen;
    // Menus first, so that an action says where it is found.
    for (const QMenu *menu : root->findChildren<QMenu *>()) {
        for (const QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty() || seen.contains(a))
                continue;
            seen.insert(a);
            out.push_back({plain(menu->title()), plain(a->text()), keysText(a)});
        }
    }
    for (const QAction *a : root->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || seen.contains(a) || a->menu())
            continue;
        seen.insert(a);
        const QWidget *owner = qobject_cast<const QWidget *>(a->parent());
        QString group = fallbackGroup;
        // A page's own action: the page's title, found on the way up.
        for (const QObject *o = owner; o && o != root; o = o->parent()) {
            if (const auto *page = qobject_cast<const Page *>(o)) {
                group = page->title();
                break;
            }
        }
        out.push_back({group, plain(a->text()), keysText(a)});
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 620);
    auto *intro = new QLabel(tr("Tab and Shift+Tab move between controls; Space or Enter presses the one with the "
                                "focus ring."),
                             this);
    intro->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 4px 2px; }"));
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Entry &e : entries) {
        QTreeWidgetItem *&group = groups[e.group];
        if (!group) {
            group = new QTreeWidgetItem(m_list, {e.group});
            QFont bold = group->font(0);
            bold.setWeight(QFont::DemiBold);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {e.action, e.keys});
    }
    m_list->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

} // namespace pitchside::ui
