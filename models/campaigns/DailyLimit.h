#pragma once

#include <QDateTime>
#include <QString>

namespace pitchside::campaigns {

// The WhatsApp daily limit and its alert levels, as the seed defines them
// (W §10): at most `limit` messages a UTC day, message 2 included.
enum class Level { Ok, Attention, Danger, Blocked };

constexpr int kDailyLimit = 1000;

// ok up to 75 % of the limit, attention up to 90 %, danger up to 100 %,
// blocked above.
Level levelFor(int sent, int limit = kDailyLimit);
QString levelKey(Level level); // ok, attention, danger, blocked
QString levelText(Level level);

// floor((limit − sent) / (1 + interactionRate)), never negative: how many
// more contacts can get a first message today, keeping room for the
// follow-ups their replies will trigger.
int capacity(int sent, double interactionRate, int limit = kDailyLimit);

// errors / (sent + errors); 0 when nothing was tried. Above 10 % is an alert.
double errorRate(int errors, int sent);
inline bool errorRateIsAlarming(double rate) { return rate > 0.10; }

// The server's pacing (seed W §8.6): one message every 25 s, and a
// 5-minute pause after each batch of 25.
struct Pacing
{
    int secondsBetween = 25;
    int batchSize = 25;
    int batchPauseSeconds = 300;
};

// How long `messages` messages take to leave, first to last.
qint64 sendingSeconds(int messages, const Pacing &pacing = {});

// What sending a campaign to `recipients` contacts now comes to.
struct SendPlan
{
    int today = 0;     // first messages that fit in today's capacity
    int days = 0;      // UTC days it takes (1: all today; 0: no recipient)
    QDateTime finish;  // when the last first message should leave (UTC)
    bool exceedsToday() const { return days > 1; }
};
SendPlan planSending(int recipients, int sentToday, double interactionRate, const QDateTime &nowUtc,
                     int limit = kDailyLimit, const Pacing &pacing = {});

} // namespace pitchside::campaigns
