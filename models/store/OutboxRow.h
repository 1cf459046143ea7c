#pragma once

#include "Outbox.h"

#include <QJsonObject>
#include <QSqlQuery>

// How an outbox entry is stored: its keys, its payload, the columns read
// back. Shared by Outbox (what writers record) and PushQueue (what the
// engine sends), so the two never read a row differently.
namespace pitchside::store::outbox_row {

// The columns `read` expects, in its order; error_code last.
inline constexpr const char *kColumns = "seq, entity_type, entity_id, op, payload, base_version, idempotency_key, "
                                        "attempts, next_attempt_at, last_error, state, created_at, error_code";

Outbox::Op opFromKey(const QString &key);
Outbox::State stateFromKey(const QString &key);

// `{"fields": [...]}`: what an update changed.
QString fieldsPayload(const QStringList &fields);

// `{"fields": [command], "command_body": "{...}"}`: an action and its body.
QString commandPayload(const QString &command, const QJsonObject &body);

// The entry on the query's current row (selected with kColumns); `payload`,
// when given, receives the whole payload object (a frozen entry keeps its
// body there).
Outbox::Entry read(const QSqlQuery &q, QJsonObject *payload = nullptr);
inline QString errorCode(const QSqlQuery &q) { return q.value(12).toString(); }

} // namespace pitchside::store::outbox_row
