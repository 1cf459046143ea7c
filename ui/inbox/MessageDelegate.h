#pragma once

#include <QStyledItemDelegate>

namespace pitchside::ui {

// A message as a bubble: ours on the right in the accent tint, theirs on
// the left; above it the day when a day starts, and the "new messages"
// marker above the first one not read; under the text the time and, for
// ours, ✓ sent, ✓✓ read, "waiting" or the refusal with its reason.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "✓", "✓✓", "Waiting", "Not sent: …" (translated).
    static QString deliveryText(const QModelIndex &index);

private:
    struct Layout
    {
        int top = 0;        // the day separator and marker above the bubble
        QRect bubble;
        QRect text;
        QRect meta;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace pitchside::ui
