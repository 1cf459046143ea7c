#include "AiAssistant.h"

#include "../api/ApiClient.h"
#include "../api/Rfc3339.h"

#include <QCoreApplication>
#include <QLocale>

namespace pitchside::sync::ai {

namespace {

QString text(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString dateText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMMM"));
}

} // namespace

AiAssistant::AiAssistant(api::ApiClient *client, QByteArray language, QObject *parent)
    : QObject(parent), m_client(client), m_language(std::move(language))
{
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &AiAssistant::stateChanged);
}

std::unique_ptr<AiAssistant> AiAssistant::create(const QUrl &server, const QByteArray &language,
                                                 api::TokenSource *tokens, QObject *parent)
{
    api::ApiConfig config;
    config.baseUrl = server;
    config.language = language;
    config.timeoutMs = 60000; // a generation takes seconds on a real model
    auto client = std::make_unique<api::ApiClient>(config, tokens);
    auto assistant = std::make_unique<AiAssistant>(client.get(), language, parent);
    assistant->m_ownClient = std::move(client);
    return assistant;
}

AiAssistant::~AiAssistant()
{
    if (m_client)
        m_client->abortAll();
}

AiAssistant::Availability AiAssistant::availability() const
{
    if (!m_signedIn)
        return Availability::SignedOut;
    if (!m_online)
        return Availability::Offline;
    if (retryIn() > 0)
        return Availability::RateLimited;
    if (m_quotaExhausted)
        return Availability::QuotaExhausted;
    return Availability::Ready;
}

int AiAssistant::retryIn() const
{
    return int((m_rateLimitedUntil.remainingTime() + 999) / 1000);
}

bool AiAssistant::canSuggestIdeas() const
{
    return !m_busy && availability() == Availability::Ready;
}

bool AiAssistant::canWrite() const
{
    const Availability a = availability();
    return !m_busy && (a == Availability::Ready || a == Availability::QuotaExhausted);
}

QString AiAssistant::writeExplanation() const
{
    switch (availability()) {
    case Availability::SignedOut:
        return tr("Sign in to your Pitchside account to get AI suggestions: they are made by the server.");
    case Availability::Offline:
        return tr("You are offline: AI suggestions need the Pitchside server. Everything else keeps working.");
    case Availability::RateLimited:
        return tr("Too many AI requests in a minute: try again in %n second(s).", nullptr, retryIn());
    case Availability::QuotaExhausted:
    case Availability::Ready:
        break;
    }
    return {};
}

QString AiAssistant::ideasExplanation() const
{
    if (availability() == Availability::QuotaExhausted) {
        // No numbers here (the quota line above shows them): the limit may
        // even be 0 on some plans.
        return m_quota.resetsAt.isValid()
                   ? tr("This month's idea generations are used up. They come back on %1; writing posts and "
                        "variants still works.")
                         .arg(dateText(m_quota.resetsAt))
                   : tr("This month's idea generations are used up. Writing posts and variants still works.");
    }
    return writeExplanation();
}

void AiAssistant::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT stateChanged();
}

void AiAssistant::setSignedIn(bool signedIn)
{
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    Q_EMIT stateChanged();
}

void AiAssistant::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT stateChanged();
}

void AiAssistant::send(const QByteArray &path, const QByteArray &body,
                       std::function<void(const api::ApiResponse &)> done)
{
    api::ApiRequest request;
    request.method = "POST";
    request.path = QString::fromLatin1(path);
    request.body = body;
    setBusy(true);
    m_client->send(request, this, [this, done](const api::ApiResponse &response) {
        m_busy = false;
        readQuota(response);
        if (handleError(response)) {
            Q_EMIT stateChanged();
            return;
        }
        m_online = true;
        done(response);
        Q_EMIT stateChanged();
    });
}

void AiAssistant::readQuota(const api::ApiResponse &response)
{
    const auto &meta = response.meta;
    if (!meta.is_object() || !meta.contains("quota_used"))
        return;
    m_quota.used = meta.value("quota_used", -1);
    m_quota.remaining = meta.value("quota_remaining", -1);
    m_quota.limit = meta.value("quota_limit", m_quota.used >= 0 && m_quota.remaining >= 0
                                                  ? m_quota.used + m_quota.remaining
                                                  : -1);
    if (const auto at = api::parseRfc3339(text(meta, "quota_resets_at").toStdString()))
        m_quota.resetsAt = QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC);
    m_quotaExhausted = m_quota.remaining == 0;
}

bool AiAssistant::handleError(const api::ApiResponse &response)
{
    const api::ApiError &e = response.error;
    if (e.ok())
        return false;
    using Kind = api::ApiError::Kind;
    if (e.kind == Kind::Network || e.kind == Kind::Timeout || e.kind == Kind::Tls) {
        m_online = false;
        Q_EMIT failed(writeExplanation());
    } else if (e.kind == Kind::SignInRequired) {
        m_signedIn = false;
        Q_EMIT failed(writeExplanation());
    } else if (e.status == 429) {
        m_rateLimitedUntil.setRemainingTime(1000LL * (e.retryAfterSeconds > 0 ? e.retryAfterSeconds : 60));
        m_rateTimer.start(retryIn() * 1000 + 50);
        Q_EMIT failed(writeExplanation());
    } else if (e.status == 422 && e.reason == u"ai_quota_exceeded") {
        m_quotaExhausted = true;
        m_quota.remaining = 0;
        if (e.details.is_object()) {
            if (const auto at = api::parseRfc3339(text(e.details, "resets_at").toStdString()))
                m_quota.resetsAt = QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC);
            if (e.details.contains("quota_limit") && e.details["quota_limit"].is_number_integer())
                m_quota.limit = e.details["quota_limit"].get<int>();
        }
        if (m_quota.limit > 0)
            m_quota.used = m_quota.limit;
        Q_EMIT failed(ideasExplanation());
    } else if (e.kind != Kind::Cancelled) {
        Q_EMIT failed(e.message.isEmpty() ? tr("The AI suggestion failed; try again in a moment.") : e.message);
    }
    return true;
}

void AiAssistant::suggestIdeas(const QString &context, const QStringList &themes, int count)
{
    if (!canSuggestIdeas())
        return;
    nlohmann::json body = {{"count", std::clamp(count, 1, 20)}, {"language", m_language.toStdString()}};
    if (!context.trimmed().isEmpty())
        body["context"] = context.trimmed().left(1000).toStdString();
    nlohmann::json list = nlohmann::json::array();
    for (const QString &t : themes.mid(0, 20))
        list.push_back(t.left(100).toStdString());
    if (!list.empty())
        body["themes"] = list;
    send("/api/ai/generate-ideas", QByteArray::fromStdString(body.dump()), [this](const api::ApiResponse &r) {
        QVector<Idea> ideas;
        for (const auto &i : r.data.value("ideas", nlohmann::json::array()))
            ideas.push_back({text(i, "id"), text(i, "title"), text(i, "description"), text(i, "target_platform"),
                             text(i, "estimated_engagement")});
        Q_EMIT ideasReady(ideas);
    });
}

void AiAssistant::writePost(const Idea &idea, Platform platform, const QString &tone, const QString &length)
{
    if (!canWrite())
        return;
    nlohmann::json body = {{"idea", {{"title", idea.title.left(300).toStdString()},
                                     {"description", idea.description.left(2000).toStdString()}}},
                           {"platform", platformKey(platform).toStdString()},
                           {"language", m_language.toStdString()}};
    if (!tone.isEmpty())
        body["tone"] = tone.toStdString();
    if (!length.isEmpty())
        body["length"] = length.toStdString();
    const QString title = idea.title;
    send("/api/ai/generate-post", QByteArray::fromStdString(body.dump()), [this, title](const api::ApiResponse &r) {
        GeneratedPost post;
        post.content = text(r.data, "content");
        for (const auto &h : r.data.value("hashtags", nlohmann::json::array())) {
            if (h.is_string())
                post.hashtags << QString::fromStdString(h.get<std::string>());
        }
        post.platform = text(r.data, "platform");
        post.ideaTitle = title;
        Q_EMIT postReady(post);
    });
}

void AiAssistant::writeVariants(const QString &content, const QStringList &variations)
{
    if (!canWrite() || content.trimmed().isEmpty())
        return;
    nlohmann::json body = {{"content", content.left(100000).toStdString()}, {"language", m_language.toStdString()}};
    if (!variations.isEmpty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &v : variations)
            list.push_back(v.toStdString());
        body["variations"] = list;
    }
    send("/api/ai/generate-variants", QByteArray::fromStdString(body.dump()), [this](const api::ApiResponse &r) {
        QVector<Variant> variants;
        for (const auto &v : r.data.value("variants", nlohmann::json::array()))
            variants.push_back({text(v, "id"), text(v, "content"), text(v, "variation_type")});
        Q_EMIT variantsReady(variants);
    });
}

} // namespace pitchside::sync::ai
