// Command-line configuration of pitchside-server.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

struct Config {
    quint16 port = 8765;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    QString dataDir;
    QString seed;               // "", "demo" or "bench:N"
    bool testMode = false;
    bool listRoutes = false;
    bool rfc7807 = false;       // --error-style rfc7807
    // --shape: answer as one of the seeds' backends does (API.md §1):
    // "contract" (ours), "smp" (Social Media Planner: sign-in's session
    // object, a post's single platform and embedded media, no versions but
    // updated_at locking, RFC 7807 errors) or "artywiz" (page-numbered
    // pagination, at most 50 a page).
    enum class Shape { Contract, Smp, Artywiz };
    Shape shape = Shape::Contract;

    int accessTtl = 15 * 60;    // seconds
    int refreshTtl = 7 * 24 * 3600;
    int pbkdf2Iterations = 600000;

    int rateLimit = 100;        // requests per minute per user
    int aiRateLimit = 10;
    int generationRateLimit = 10;

    qint64 quotaBytes = 5LL * 1024 * 1024 * 1024;
    int aiQuota = 100;          // idea generations per month
    int chunkSize = 1024 * 1024;

    int publishIntervalSec = 15; // how often due scheduled items are published; 0 = never
    int sseKeepAliveSec = 15;
    int generationDelayMs = 1200; // simulated document rendering time
    // WhatsApp campaigns (docs/api/campaigns.md): every pacing and
    // simulation delay is divided by the scale (tests: 1000), and a user
    // sends at most the daily limit of messages a UTC day.
    int campaignTimeScale = 1;
    int campaignDailyLimit = 1000;

    // Parses the arguments of the running application; prints usage and
    // exits on error.
    static Config fromArguments(const QStringList &args);
};
