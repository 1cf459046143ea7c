#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace pitchside::ui {

// A campaign in the list: its name and status, a progress bar while it has
// recipients, and what became of them in one line.
class CampaignDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a campaign status ("sending"), shared with the detail.
    static QColor statusColor(const QString &status);
};

} // namespace pitchside::ui
