#pragma once

#include "models/PostRules.h"

#include <QWidget>

namespace pitchside::ui {

// Beside the text, one counter per chosen network — [mark] 2,046 / 2,200 —
// counted as the network counts (the caption: text and hashtags, in code
// points), amber from 90 % and red past the limit; and Instagram's hashtags
// out of 30. Painted rather than made of labels: a label whose text changes
// relayouts the whole form, and this changes on every keystroke.
class PlatformCounters : public QWidget
{
    Q_OBJECT
public:
    explicit PlatformCounters(QWidget *parent = nullptr);

    void refresh(const QString &content, const QStringList &hashtags, Platforms platforms);
    // For tests and screen readers: "Instagram 1,980 / 2,200", its level, "# 31 / 30".
    QString text(Platform platform) const;
    PostRules::Counter::Level level(Platform platform) const;
    QString hashtagText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    struct Item
    {
        Platform platform = Platform::LinkedIn;
        bool isHashtags = false;
        int value = 0;
        int limit = 0;
        PostRules::Counter::Level level = PostRules::Counter::Level::Ok;
        QRect rect; // where it was painted
    };
    QString numbers(const Item &item) const;
    QString tooltipFor(const Item &item) const;

    QVector<Item> m_items;
};

} // namespace pitchside::ui
