#pragma once

#include "models/Platform.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <memory>

namespace pitchside::sync::api {
class ApiClient;
struct ApiResponse;
class TokenSource;
} // namespace pitchside::sync::api

namespace pitchside::sync::ai {

struct Idea
{
    QString id;
    QString title;
    QString description;
    QString targetPlatform; // linkedin, instagram, facebook
    QString engagement;     // high, medium, low
};

struct GeneratedPost
{
    QString content;
    QStringList hashtags;
    QString platform;
    QString ideaTitle; // what it was written from (the post's idea_source)
};

struct Variant
{
    QString id;
    QString content;
    QString variationType; // shorter, more_casual, with_cta…
};

// The month's idea generations (API.md §4: 100 a month), from meta.quota_*.
struct Quota
{
    int used = -1; // -1: not known yet (no answer seen)
    int remaining = -1;
    int limit = -1;
    QDateTime resetsAt; // UTC
    bool known() const { return used >= 0; }
};

// AI writing help through the backend (/api/ai/generate-ideas,
// /generate-post, /generate-variants) on top of issue 4's ApiClient and
// tokens. It knows when it cannot help, and says why in words the editor
// shows next to its disabled buttons: signed out, offline, the month's
// quota used up (422 ai_quota_exceeded), too many requests (429, with the
// wait). Nothing here blocks: answers come back as signals.
class AiAssistant : public QObject
{
    Q_OBJECT
public:
    enum class Availability {
        Ready,
        SignedOut,      // the local account: no server to ask
        Offline,        // the server cannot be reached
        RateLimited,    // 429: wait `retryIn()` seconds
        QuotaExhausted, // the month's idea generations are used up (posts and variants still work)
    };

    // `client` may be shared with others; it must outlive the assistant.
    AiAssistant(api::ApiClient *client, QByteArray language, QObject *parent = nullptr);
    // Builds its own client for a server and tokens (the window does this for the signed-in account).
    static std::unique_ptr<AiAssistant> create(const QUrl &server, const QByteArray &language,
                                               api::TokenSource *tokens, QObject *parent = nullptr);
    ~AiAssistant() override;

    Availability availability() const;
    bool canSuggestIdeas() const;
    bool canWrite() const; // generate-post and variants
    bool isBusy() const { return m_busy; }
    // Why the buttons are disabled, or empty when they are not.
    QString ideasExplanation() const;
    QString writeExplanation() const;
    Quota quota() const { return m_quota; }
    int retryIn() const; // seconds, 429

    // What the sync knows: the server was (not) reached; signed in or not.
    void setOnline(bool online);
    void setSignedIn(bool signedIn);

    void suggestIdeas(const QString &context, const QStringList &themes, int count = 8);
    void writePost(const Idea &idea, Platform platform, const QString &tone, const QString &length);
    void writeVariants(const QString &content, const QStringList &variations = {});

Q_SIGNALS:
    void ideasReady(const QVector<pitchside::sync::ai::Idea> &ideas);
    void postReady(const pitchside::sync::ai::GeneratedPost &post);
    void variantsReady(const QVector<pitchside::sync::ai::Variant> &variants);
    void failed(const QString &message);
    void stateChanged(); // availability, quota, busy

private:
    void send(const QByteArray &path, const QByteArray &body,
              std::function<void(const api::ApiResponse &)> done);
    void readQuota(const api::ApiResponse &response);
    bool handleError(const api::ApiResponse &response);
    void setBusy(bool busy);

    std::unique_ptr<api::ApiClient> m_ownClient;
    api::ApiClient *m_client;
    QByteArray m_language;
    bool m_online = true;
    bool m_signedIn = true;
    bool m_busy = false;
    bool m_quotaExhausted = false;
    Quota m_quota;
    // A wait, not a date: measured on the monotonic clock, so that neither a
    // changed system clock nor a test's Clock moves it. Expired until a 429.
    QDeadlineTimer m_rateLimitedUntil;
    QTimer m_rateTimer; // says when the wait is over
};

} // namespace pitchside::sync::ai
