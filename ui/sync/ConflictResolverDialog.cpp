#include "ConflictResolverDialog.h"

#include "../common/Icons.h"
#include "../common/RelativeTime.h"
#include "../common/Theme.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

using Choice = sync::ConflictResolver::Choice;

ConflictResolverDialog::ConflictResolverDialog(sync::ConflictResolver &resolver, QWidget *parent)
    : QDialog(parent), m_resolver(resolver), m_list(new QListWidget(this)), m_title(new QLabel(this)),
      m_explain(new QLabel(this)), m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ConflictResolverDialog"));
    setWindowTitle(tr("Resolve conflicts"));
    resize(900, 560);

    m_list->setMaximumWidth(240);
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictResolverDialog::showConflict);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_explain->setWordWrap(true);
    m_explain->setObjectName(QStringLiteral("PageSubtitle"));

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("On this computer"), tr("On the server")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("The two versions, side by side"));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_takeTheirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::ActionRole);
    m_keepBoth = buttons->addButton(tr("Keep both"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    m_keepMine->setIcon(Icons::ui(QStringLiteral("house")));
    m_takeTheirs->setIcon(Icons::ui(QStringLiteral("cloud")));
    m_keepBoth->setIcon(Icons::ui(QStringLiteral("copy")));
    m_keepMine->setToolTip(tr("Your version replaces the server's."));
    m_takeTheirs->setToolTip(tr("The server's version replaces yours."));
    m_keepBoth->setToolTip(tr("Your version becomes a new draft; the original takes the server's version."));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { choose(Choice::KeepBoth); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *detail = new QVBoxLayout;
    detail->setSpacing(Theme::spacing);
    detail->addWidget(m_title);
    detail->addWidget(m_explain);
    detail->addWidget(m_table, 1);
    detail->addWidget(m_error);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(Theme::spacing * 2);
    columns->addWidget(m_list);
    columns->addLayout(detail, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing * 2);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    reload();
}

int ConflictResolverDialog::remaining() const
{
    return int(m_conflicts.size());
}

void ConflictResolverDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_conflicts = m_resolver.conflicts();
    m_list->clear();
    for (const store::ConflictRecord &c : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(Icons::ui(QStringLiteral("git-compare-arrows"), Theme::warning()),
                                         m_resolver.describe(c.entityType, c.entityId), m_list);
        item->setSizeHint(QSize(0, 40));
    }
    m_list->setVisible(m_conflicts.size() > 1);
    if (!m_conflicts.isEmpty()) {
        m_list->setCurrentRow(0);
        showConflict(0);
    }
}

void ConflictResolverDialog::select(const QString &type, const QString &id)
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (m_conflicts.at(i).entityType == type && m_conflicts.at(i).entityId == id) {
            m_list->setCurrentRow(i);
            showConflict(i);
        }
    }
}

void ConflictResolverDialog::showConflict(int row)
{
    m_error->hide();
    m_view.reset();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const store::ConflictRecord &c = m_conflicts.at(row);
    m_view = m_resolver.view(c.entityType, c.entityId);
    if (!m_view)
        return;
    const sync::ConflictView &v = *m_view;
    m_title->setText(tr("%1: “%2”").arg(v.entityName, v.title));
    if (v.remoteDeleted)
        m_explain->setText(tr("You changed this item here, and someone deleted it on the server. Keep yours to put "
                              "it back, or accept the deletion."));
    else if (v.localDeleted)
        m_explain->setText(tr("You deleted this item here, and someone changed it on the server. Keep yours to delete "
                              "it there too, or take theirs to get it back."));
    else
        m_explain->setText(tr("This item was changed here and on the server (seen %1). The differences are "
                              "highlighted.")
                               .arg(RelativeTime::describe(QDateTime::fromMSecsSinceEpoch(v.detectedAtMs))));
    m_table->setRowCount(int(v.lines.size()));
    QColor highlight = Theme::warning();
    highlight.setAlpha(50);
    for (int i = 0; i < v.lines.size(); ++i) {
        const sync::ConflictView::Line &line = v.lines.at(i);
        auto *label = new QTableWidgetItem(line.label);
        QFont f = label->font();
        f.setBold(line.differs);
        label->setFont(f);
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, new QTableWidgetItem(line.mine));
        m_table->setItem(i, 2, new QTableWidgetItem(line.theirs));
        for (int col = 0; col < 3; ++col) {
            if (line.differs)
                m_table->item(i, col)->setBackground(highlight);
            m_table->item(i, col)->setToolTip(col == 0 ? line.label : m_table->item(i, col)->text());
        }
    }
    m_table->resizeRowsToContents();
    m_keepBoth->setEnabled(v.canKeepBoth);
    m_takeTheirs->setText(v.remoteDeleted ? tr("Accept the deletion") : tr("Take theirs"));
}

void ConflictResolverDialog::choose(Choice choice)
{
    if (!m_view)
        return;
    const QString type = m_view->type;
    const QString id = m_view->id;
    if (store::StoreError e = m_resolver.resolve(type, id, choice)) {
        m_error->setText(e.detail.isEmpty() ? e.userMessage() : e.detail);
        m_error->show();
        return;
    }
    Q_EMIT resolved(type, id);
    reload();
    if (m_conflicts.isEmpty())
        accept();
}

} // namespace pitchside::ui
