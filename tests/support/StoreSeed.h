#pragma once

// Tests: an item written into a store as a pull from the server would leave
// it (clean, the next server version), for the seeds of the widget tests:
// the server makes some items (messages, counters) that no repository lets
// the app create. Writes through SyncedRows, so the row is what sync makes.
#include "models/store/Store.h"
#include "models/store/SyncedRepository.h"
#include "models/store/Transaction.h"

#include <QString>
#include <QUuid>
#include <QtGlobal>

namespace testsupport {

// Gives `item` an id when it has none; `item` then holds the id and the
// sync state written. Fails the test run (qFatal) when the store refuses:
// a seed that did not land would only make later checks fail obscurely.
template <class T>
void putAsPulled(pitchside::store::Store &store, const pitchside::store::SyncedType<T> &type, T &item,
                 const QString &entityType)
{
    if (item.id.isEmpty())
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.sync.version = qMax<qint64>(1, item.sync.version + 1);
    item.sync.dirty = false;
    pitchside::store::SyncedRows rows(store.database().sql(), &store.hub(), type);
    pitchside::store::Transaction tx(store.database().sql());
    const pitchside::store::EntityRow row = type.toRow(item);
    const pitchside::store::StoreError e = rows.find(item.id) ? rows.overwrite(row) : rows.insert(row);
    if (e || !tx.commit())
        qFatal("test seed: cannot write %s: %s", qPrintable(entityType), qPrintable(e.detail));
    store.hub().notify(entityType, {item.id});
}

} // namespace testsupport
