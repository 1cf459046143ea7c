#include "PendingChangesDialog.h"

#include "../common/Icons.h"
#include "../common/RelativeTime.h"
#include "../common/Theme.h"
#include "models/OutboxListModel.h"
#include "sync/ErrorText.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QString opText(const QString &op)
{
    if (op == u"create")
        return PendingChangesDialog::tr("New");
    if (op == u"delete")
        return PendingChangesDialog::tr("Deleted");
    if (op == u"receive")
        return PendingChangesDialog::tr("From the server");
    return PendingChangesDialog::tr("Changed");
}

// What the row says under its title: where the change stands and why.
QString stateText(const QModelIndex &index)
{
    const QString state = index.data(OutboxListModel::StateRole).toString();
    const QString error = index.data(OutboxListModel::LastErrorRole).toString();
    const QDateTime next = index.data(OutboxListModel::NextAttemptRole).toDateTime();
    if (state == u"parked") {
        return PendingChangesDialog::tr("Refused by the server: %1 %2")
            .arg(error, sync::adviceForRefusal(index.data(OutboxListModel::ErrorCodeRole).toString()));
    }
    if (state == u"conflict")
        return PendingChangesDialog::tr("Changed on the server too: choose which version to keep.");
    if (next.isValid()) {
        return PendingChangesDialog::tr("%1 Next try %2.").arg(error, RelativeTime::describe(next)).trimmed();
    }
    if (index.data(OutboxListModel::AttemptsRole).toInt() > 0 && !error.isEmpty())
        return PendingChangesDialog::tr("%1 Trying again shortly.").arg(error);
    if (state == u"inflight")
        return PendingChangesDialog::tr("Being sent…");
    return error.isEmpty() ? PendingChangesDialog::tr("Waiting to be sent.") : error;
}

class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        o.icon = QIcon();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);
        const QString state = index.data(OutboxListModel::StateRole).toString();
        const QColor color = state == u"parked"     ? Theme::danger()
                             : state == u"conflict" || state == u"unreadable" ? Theme::warning()
                                                    : Theme::mutedText();
        const QString icon = state == u"parked" || state == u"unreadable" ? QStringLiteral("circle-alert")
                             : state == u"conflict" ? QStringLiteral("git-compare-arrows")
                                                    : QStringLiteral("clock");
        const QRect r = o.rect.adjusted(Theme::spacing, Theme::spacing / 2, -Theme::spacing, -Theme::spacing / 2);
        p->drawPixmap(r.left(), r.top() + 2, Icons::uiPixmap(icon, 18, color));
        const QRect text = r.adjusted(18 + Theme::spacing, 0, 0, 0);
        QFont bold = o.font;
        bold.setBold(true);
        p->setFont(bold);
        const QString title = QStringLiteral("%1 · %2").arg(opText(index.data(OutboxListModel::OpRole).toString()),
                                                             index.data(Qt::DisplayRole).toString());
        const int line = QFontMetrics(bold).height();
        p->setPen(o.palette.color(o.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(text.adjusted(0, 0, 0, -(text.height() - line)), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
        p->setFont(o.font);
        p->setPen(o.state & QStyle::State_Selected ? o.palette.color(QPalette::HighlightedText) : color);
        p->drawText(text.adjusted(0, line + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    stateText(index));
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = qMax(300, option.rect.width() - 18 - Theme::spacing * 3);
        const QFontMetrics fm(option.font);
        const QRect body = fm.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, stateText(index));
        return {width, fm.height() + 2 + body.height() + Theme::spacing * 2};
    }
};

} // namespace

PendingChangesDialog::PendingChangesDialog(OutboxListModel &model, QWidget *parent)
    : QDialog(parent), m_model(model), m_list(new QListView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("PendingChangesDialog"));
    setWindowTitle(tr("Changes waiting for the server"));
    resize(720, 460);

    auto *intro = new QLabel(tr("These changes are saved on this computer. Pitchside sends them by itself; the ones "
                                "the server refused wait for you to fix them."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("PageSubtitle"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new ChangeDelegate(m_list));
    m_list->setAccessibleName(tr("Changes waiting"));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_empty->setText(tr("Everything is on the server."));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("Retry now"), QDialogButtonBox::ActionRole);
    m_retryAll = buttons->addButton(tr("Retry all"), QDialogButtonBox::ActionRole);
    m_conflicts = buttons->addButton(tr("Resolve conflicts…"), QDialogButtonBox::ActionRole);
    m_retry->setIcon(Icons::ui(QStringLiteral("refresh-cw")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_list->currentIndex();
        if (index.isValid())
            Q_EMIT retryRequested(index.data(OutboxListModel::SeqRole).toLongLong());
    });
    connect(m_retryAll, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(0); });
    connect(m_conflicts, &QPushButton::clicked, this, &PendingChangesDialog::conflictsRequested);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PendingChangesDialog::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PendingChangesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing * 2);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    updateButtons();
}

void PendingChangesDialog::updateButtons()
{
    const bool empty = m_model.rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    const QModelIndex index = m_list->currentIndex();
    const QString state = index.isValid() ? index.data(OutboxListModel::StateRole).toString() : QString();
    m_retry->setEnabled(index.isValid() && state != u"conflict" && state != u"unreadable");
    m_retryAll->setEnabled(!empty);
    bool conflicts = false;
    for (int r = 0; r < m_model.rowCount() && !conflicts; ++r)
        conflicts = m_model.index(r).data(OutboxListModel::StateRole).toString() == u"conflict";
    m_conflicts->setVisible(conflicts);
}

} // namespace pitchside::ui
