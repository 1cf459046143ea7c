// Everything a route module needs, built once in main().
#pragma once

#include "core/config.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Database;
class EntityStore;
class EventHub;
class FaultInjector;
class Feed;
class Idempotency;
class RateLimiter;
class Router;
class Sessions;
class SocialVault;
class Jobs;

struct AppContext {
    Config config;
    Database *db = nullptr;
    Feed *feed = nullptr;
    EntityStore *store = nullptr;
    EventHub *events = nullptr;
    Sessions *sessions = nullptr;
    RateLimiter *limiter = nullptr;
    Idempotency *idempotency = nullptr;
    FaultInjector *faults = nullptr;
    Jobs *jobs = nullptr;
    SocialVault *socialVault = nullptr;
    int socialTokenLifetimeSec = 0; // 0: each provider's own (test switch)
    QHash<QString, QStringList> providerFailures; // network → the refusals its next publications get (test switch)
    struct CampaignFailures {
        int count = 0;
        QString reason;
    };
    QHash<QString, CampaignFailures> campaignFailures; // user → how many of their next WhatsApp sends fail (test switch)
    QString baseUrl;            // http://127.0.0.1:PORT, once listening
};
