#pragma once

#include "models/campaigns/DailyLimit.h"

#include <QWidget>

namespace pitchside::ui {

// Today's WhatsApp messages against the daily limit, as a half-circle
// gauge in the seed's four zones (normal up to 75 %, attention up to 90 %,
// near the limit up to 100 %, blocked beyond), the figure in the middle.
class DailyGauge : public QWidget
{
    Q_OBJECT
public:
    explicit DailyGauge(QWidget *parent = nullptr);

    void setValue(int sent, int limit);
    int sent() const { return m_sent; }
    int limit() const { return m_limit; }

    // The colour of a level, shared with the counters.
    static QColor levelColor(campaigns::Level level);

    QSize sizeHint() const override { return {280, 170}; }
    QSize minimumSizeHint() const override { return {200, 130}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_sent = 0;
    int m_limit = campaigns::kDailyLimit;
};

} // namespace pitchside::ui
