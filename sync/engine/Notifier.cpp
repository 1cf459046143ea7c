#include "Notifier.h"

#include "models/store/ChangeHub.h"

namespace pitchside::sync {

Notifier::Notifier(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::flush);
}

void Notifier::changed(const QString &type, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (!m_many.contains(type)) {
        QSet<QString> &set = m_pending[type];
        for (const QString &id : ids)
            set.insert(id);
        if (set.size() > kManyIds) {
            m_many.insert(type);
            m_pending.remove(type);
        }
    }
    if (!m_timer.isActive())
        m_timer.start(m_many.isEmpty() ? kIntervalMs : kBulkIntervalMs);
}

void Notifier::outboxChanged()
{
    m_many.insert(store::EntityType::Outbox);
    if (!m_timer.isActive())
        m_timer.start();
}

void Notifier::flush()
{
    m_timer.stop();
    QVector<QPair<QString, QStringList>> batch;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        batch.push_back({it.key(), QStringList(it.value().cbegin(), it.value().cend())});
    for (const QString &type : std::as_const(m_many))
        batch.push_back({type, {}});
    m_pending.clear();
    m_many.clear();
    if (!m_hub || batch.isEmpty())
        return;
    store::ChangeHub *hub = m_hub;
    // Emitted on the hub's thread, after our transactions committed.
    QMetaObject::invokeMethod(
        hub,
        [hub, batch] {
            for (const auto &change : batch)
                hub->notify(change.first, change.second);
        },
        Qt::AutoConnection);
}

} // namespace pitchside::sync
