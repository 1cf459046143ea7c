#include "DailyLimit.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

namespace pitchside::campaigns {

Level levelFor(int sent, int limit)
{
    // In integers, so that 750 of 1,000 is exactly 75 %.
    const qint64 s = qint64(qMax(0, sent)) * 100;
    const qint64 l = qMax(1, limit);
    if (s <= 75 * l)
        return Level::Ok;
    if (s <= 90 * l)
        return Level::Attention;
    if (s <= 100 * l)
        return Level::Danger;
    return Level::Blocked;
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Attention:
        return QStringLiteral("attention");
    case Level::Danger:
        return QStringLiteral("danger");
    case Level::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Ok:
        return QCoreApplication::translate("Campaigns", "Normal");
    case Level::Attention:
        return QCoreApplication::translate("Campaigns", "Attention");
    case Level::Danger:
        return QCoreApplication::translate("Campaigns", "Near the limit");
    case Level::Blocked:
        return QCoreApplication::translate("Campaigns", "Blocked until tomorrow");
    }
    return {};
}

int capacity(int sent, double interactionRate, int limit)
{
    const double rate = std::isfinite(interactionRate) ? qMax(0.0, interactionRate) : 0.0;
    const int left = limit - sent;
    if (left <= 0)
        return 0;
    return int(std::floor(double(left) / (1.0 + rate)));
}

double errorRate(int errors, int sent)
{
    const int tried = qMax(0, errors) + qMax(0, sent);
    return tried == 0 ? 0.0 : double(qMax(0, errors)) / double(tried);
}

qint64 sendingSeconds(int messages, const Pacing &pacing)
{
    if (messages <= 1)
        return 0;
    const qint64 gaps = messages - 1;
    const qint64 pauses = pacing.batchSize > 0 ? gaps / pacing.batchSize : 0;
    return (gaps - pauses) * pacing.secondsBetween + pauses * pacing.batchPauseSeconds;
}

SendPlan planSending(int recipients, int sentToday, double interactionRate, const QDateTime &nowUtc, int limit,
                     const Pacing &pacing)
{
    SendPlan plan;
    if (recipients <= 0)
        return plan;
    plan.today = qMin(recipients, capacity(sentToday, interactionRate, limit));
    const QDateTime now = nowUtc.toUTC();
    int left = recipients - plan.today;
    plan.days = 1;
    QDateTime lastStart = now;
    int lastCount = plan.today;
    const int perDay = capacity(0, interactionRate, limit);
    if (left > 0 && perDay <= 0) {
        plan.days = 0; // can never go: the limit leaves no room
        return plan;
    }
    while (left > 0) {
        ++plan.days;
        lastStart = QDateTime(now.date().addDays(plan.days - 1), QTime(0, 0), QTimeZone::utc());
        lastCount = qMin(left, perDay);
        left -= lastCount;
    }
    plan.finish = lastStart.addSecs(sendingSeconds(lastCount, pacing));
    return plan;
}

} // namespace pitchside::campaigns
