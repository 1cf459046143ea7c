#pragma once

#include "../api/ApiClient.h"
#include "../api/Dto.h"
#include "models/store/EntityTable.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace pitchside::sync {

class EntityRegistry;

// One page of the changes feed, read: the answer's JSON (the changes point
// into it), the page, and each upsert's item already turned into a row (or
// why it does not read), so that the writer only writes.
struct FeedPage
{
    int generation = 0;
    qint64 since = 0;
    std::shared_ptr<const nlohmann::json> data;
    api::dto::ChangesPage page;
    std::vector<std::optional<store::EntityRow>> rows; // per change; empty for deletes and unknown types
    std::vector<QString> problems;                     // per change: why its item does not read, or ""
};
using FeedPagePtr = std::shared_ptr<const FeedPage>;

// Fetches and reads the changes feed on a thread of its own, a page or two
// ahead of the Puller, which writes them on the sync thread: a first sync
// parses on one core while SQLite writes on the other. Pages are handed over
// in order; the reader waits when two are waiting to be written (memory
// stays bounded: a page is about 1000 items).
class FeedReader : public QObject
{
    Q_OBJECT
public:
    FeedReader(api::ApiConfig config, api::TokenSource *tokens, const EntityRegistry &registry, int pageSize);
    ~FeedReader() override;

    // Called on the reader's thread (queued).
    Q_INVOKABLE void start(int generation, qint64 since);
    Q_INVOKABLE void consumed(int generation);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void pageReady(pitchside::sync::FeedPagePtr page);
    void failed(int generation, qint64 since, pitchside::sync::api::ApiError error);

private:
    void fetch(qint64 since);
    void onAnswer(qint64 since, const api::ApiResponse &r);

    api::ApiConfig m_config;
    api::TokenSource *m_tokens;
    const EntityRegistry &m_registry;
    int m_pageSize;
    std::unique_ptr<api::ApiClient> m_api; // made on the reader's thread
    QPointer<api::ApiCall> m_call;
    int m_generation = 0;
    int m_ahead = 0;        // pages handed over, not yet written
    qint64 m_next = -1;     // where to go on when the writer catches up
    bool m_stopped = true;
    std::vector<FeedPagePtr> m_handedOver; // freed on this thread once the writer is done with them
};

} // namespace pitchside::sync

Q_DECLARE_METATYPE(pitchside::sync::FeedPagePtr)
