#pragma once

#include <QFont>
#include <QHash>
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

    // A list with rows of their own heights lays out every row again when
    // one comes: measuring 10,000 wrapped texts each time would take a
    // quarter of a second, so each height is kept for what it depends on.
    struct KnownSize
    {
        int width = 0;
        size_t textKey = 0;
        bool dayStarts = false;
        bool firstUnread = false;
        QSize size;
    };
    mutable QHash<QString, KnownSize> m_sizes;
    mutable QFont m_font;
};

} // namespace pitchside::ui
