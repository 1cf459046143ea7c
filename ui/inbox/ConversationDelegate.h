#pragma once

#include <QStyledItemDelegate>

namespace pitchside::ui {

// A conversation in the inbox's list: the other side's name in bold when
// unread, the time of the last message, the last message on one line, and
// the unread badge ("9+" above nine).
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pitchside::ui
