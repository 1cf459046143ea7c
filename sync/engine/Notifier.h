#pragma once

#include "models/store/ChangeHub.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace pitchside::sync {

// Tells the UI's ChangeHub what the sync changed, from the sync thread,
// throttled: during a full sync 100 000 rows change in a few seconds, and
// item models must refresh a few times, not 200 times. A type with many
// changed ids is announced as "refresh everything" (an empty id list), and
// then at most every 2 s: pages that reload on a change (the calendar)
// would otherwise spend the sync reloading.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);

    void setHub(store::ChangeHub *hub) { m_hub = hub; }
    void changed(const QString &type, const QStringList &ids);
    void outboxChanged();
    void flush();

    static constexpr int kIntervalMs = 250;
    static constexpr int kBulkIntervalMs = 2000;
    static constexpr int kManyIds = 200;

private:
    QPointer<store::ChangeHub> m_hub;
    QHash<QString, QSet<QString>> m_pending;
    QSet<QString> m_many;
    QTimer m_timer;
};

} // namespace pitchside::sync
