#include "FeedReader.h"

#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../entities/EntityRegistry.h"

#include <algorithm>

namespace pitchside::sync {

using Kind = api::ApiError::Kind;

FeedReader::FeedReader(api::ApiConfig config, api::TokenSource *tokens, const EntityRegistry &registry, int pageSize)
    : m_config(std::move(config)), m_tokens(tokens), m_registry(registry), m_pageSize(pageSize)
{
}

FeedReader::~FeedReader() = default;

void FeedReader::start(int generation, qint64 since)
{
    if (!m_api)
        m_api = std::make_unique<api::ApiClient>(m_config, m_tokens);
    if (m_call)
        m_call->abort(); // an earlier generation's request: its answer is dropped
    m_generation = generation;
    m_ahead = 0;
    m_handedOver.clear();
    m_next = -1;
    m_stopped = false;
    fetch(since);
}

void FeedReader::consumed(int generation)
{
    if (generation != m_generation || m_stopped)
        return;
    --m_ahead;
    // Pages are freed here, not on the writer's thread: destroying 1000
    // parsed items is a good part of reading them. One still referenced
    // there (the signal's copy) waits for the next call.
    m_handedOver.erase(std::remove_if(m_handedOver.begin(), m_handedOver.end(),
                                      [](const FeedPagePtr &p) { return p.use_count() == 1; }),
                       m_handedOver.end());
    if (m_next >= 0 && !m_call) {
        const qint64 next = std::exchange(m_next, -1);
        fetch(next);
    }
}

void FeedReader::stop()
{
    m_stopped = true;
    m_next = -1;
    if (m_call)
        m_call->abort();
}

void FeedReader::fetch(qint64 since)
{
    api::ApiRequest req;
    req.path = QStringLiteral("/api/sync/changes");
    req.query.addQueryItem(QStringLiteral("since"), QString::number(since));
    req.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    req.timeoutMs = 60000;
    req.rawResponse = true; // read here, on this thread, into a JSON this page owns
    m_call = m_api->send(req);
    const int generation = m_generation;
    connect(m_call, &api::ApiCall::finished, this, [this, since, generation](const api::ApiResponse &r) {
        m_call = nullptr;
        if (generation == m_generation && !m_stopped)
            onAnswer(since, r);
    });
}

void FeedReader::onAnswer(qint64 since, const api::ApiResponse &raw)
{
    if (!raw.ok()) {
        m_stopped = true;
        Q_EMIT failed(m_generation, since, raw.error);
        return;
    }
    api::ApiResponse r = api::parseAnswer(raw.status, raw.rawBody);
    if (!r.ok()) {
        m_stopped = true;
        Q_EMIT failed(m_generation, since, r.error);
        return;
    }
    auto page = std::make_shared<FeedPage>();
    page->generation = m_generation;
    page->since = since;
    auto data = std::make_shared<nlohmann::json>(std::move(r.data));
    try {
        page->page = data->get<api::dto::ChangesPage>();
    } catch (const api::DtoError &e) {
        m_stopped = true;
        Q_EMIT failed(m_generation, since,
                      api::ApiError::parse(api::jsonPathString("data." + e.path()), QString::fromStdString(e.why())));
        return;
    }
    if (!page->page.hasMoreGiven) {
        // A page-numbered backend (Artywiz's shape): whether more follows is
        // in the envelope. The next page still starts at last_seq.
        try {
            page->page.hasMore = api::dto::listPosition(r.pagination, r.meta).hasMore;
        } catch (const api::DtoError &e) {
            m_stopped = true;
            Q_EMIT failed(m_generation, since,
                          api::ApiError::parse(api::jsonPathString(e.path()), QString::fromStdString(e.why())));
            return;
        }
    }
    page->data = data;
    const std::size_t n = page->page.changes.size();
    page->rows.resize(n);
    page->problems.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const api::dto::Change &c = page->page.changes[i];
        if (c.unreadable || c.deleted)
            continue;
        const EntitySpec *spec = m_registry.find(c.type);
        if (!spec)
            continue;
        try {
            store::EntityRow row = spec->rowFromJson(*c.item);
            if (row.id != c.id)
                throw api::DtoError("id", "differs from the entry's id");
            page->rows[i] = std::move(row);
        } catch (const api::DtoError &e) {
            page->problems[i] = api::jsonPathString("data.changes[" + std::to_string(i) + "].item." + e.path())
                                + QStringLiteral(": ") + QString::fromStdString(e.why());
        }
    }
    const bool more = page->page.hasMore && page->page.lastSeq > since;
    const qint64 next = page->page.lastSeq;
    ++m_ahead;
    m_handedOver.push_back(page);
    Q_EMIT pageReady(page);
    if (!more)
        return;
    if (m_ahead < 2)
        fetch(next);
    else
        m_next = next;
}

} // namespace pitchside::sync
