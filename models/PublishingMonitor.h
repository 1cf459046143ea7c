#pragma once

#include "Publication.h"
#include "PublishingOutlook.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace pitchside {

namespace store {
class Store;
}

// Watches the store for what publishing people must hear about: the
// outlook (accounts' health, scheduled posts that would fail) as it
// changes, and each publication a network refuses as it arrives from the
// server. What the tray icon and its notifications show; no widgets here.
class PublishingMonitor : public QObject
{
    Q_OBJECT
public:
    explicit PublishingMonitor(store::Store &store, QObject *parent = nullptr);

    // The first read, this long after the monitor is made (the window's
    // first paint comes well before).
    static constexpr int kFirstReadDelayMs = 1000;

    const PublishingOutlook &outlook() const { return m_outlook; }
    // Reads the store again now, on this thread (otherwise shortly after a
    // change and every hour, on a worker thread: over 10,000 scheduled posts
    // the read takes 100 ms and more, which the window must not wait for).
    void refresh();
    // The outlook as the store holds it at `now`: what refresh() reads
    // (also timed alone by bench/startup).
    static PublishingOutlook readOutlook(store::Store &store, const QDateTime &now);

Q_SIGNALS:
    void outlookChanged();
    // Alerts not told before in this session: worth a notification.
    void newAlerts(const QVector<pitchside::PublishingAlert> &alerts);
    // A network refused a post (told once per publication and attempt).
    void publicationFailed(const QString &postId, const QString &title, const QString &message);

private:
    struct Reading
    {
        PublishingOutlook outlook;
        QVector<Publication> failed;
        QHash<QString, QString> previews; // post id → its first words, for a failure's notice
        bool ok = false;
    };
    static Reading read(store::Store &store, const QDateTime &now, const QSet<QString> &seen);
    void refreshInBackground();
    void apply(const Reading &reading);

    store::Store &m_store;
    PublishingOutlook m_outlook;
    QVector<PublishingAlert> m_told;
    QSet<QString> m_failuresSeen; // publication id + attempt
    QTimer m_debounce;
    QTimer m_hourly;
    bool m_loaded = false;
    bool m_reading = false;      // a background read runs
    bool m_readAgain = false;    // a change came meanwhile
};

} // namespace pitchside
