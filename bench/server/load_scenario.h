// The mixed workload of bench_server_load: per simulated user, what it
// knows (its posts and their versions) and the next request to send.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <random>

struct LoadRequest {
    QByteArray method;
    QString path;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QString kind;          // for the per-kind report
    QString postId;        // the post it reads or changes, if any
};

struct LoadUser {
    QString token;
    QHash<QString, qint64> posts;   // id -> last known version
    QSet<QString> editable;         // drafts and scheduled posts (published ones are frozen)
    qint64 lastSeq = 0;
};

class LoadScenario {
public:
    explicit LoadScenario(quint32 seed) : m_rng(seed) {}

    LoadRequest next(LoadUser &user);
    // Learns from an answer (new ids, versions, feed position).
    static void learn(LoadUser &user, const LoadRequest &req, int status, const QByteArray &body);

private:
    QString anyPost(const LoadUser &user, bool editable);
    std::mt19937 m_rng;
    int m_counter = 0;
};
