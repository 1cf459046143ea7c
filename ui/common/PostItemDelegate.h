#pragma once

#include <QStyledItemDelegate>

namespace pitchside::ui {

// One post in a list: status chip, platform marks, one line of text, and
// when it is planned (or when it last changed). Reads PostListModel's roles.
class PostItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pitchside::ui
