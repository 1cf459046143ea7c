#pragma once

#include <QStyledItemDelegate>

namespace pitchside::ui {

// One post in a list: status chip, platform marks, when it last changed
// (the lists' order, so the dates read in order), and one line of text led
// by when it is planned, if it is. Reads PostListModel's roles.
class PostItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What a row says, for the paint and for tests.
    static QString dateText(const QModelIndex &index);
    static QString lineText(const QModelIndex &index);
};

} // namespace pitchside::ui
