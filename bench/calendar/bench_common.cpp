#include "bench_common.h"

#include "models/store/Store.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace bench {

QVector<double> measure(int runs, const std::function<void()> &work)
{
    QVector<double> out;
    out.reserve(runs);
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        work();
        out << double(t.nsecsElapsed()) / 1e6;
    }
    return out;
}

double median(QVector<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const int n = int(samples.size());
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

void report(const char *name, double value, double floor, double target)
{
    std::printf("%s: %.2f ms median (floor %.2f ms, ratio %.2f), target <= %.0f ms: %s\n", name, value, floor,
                floor > 0 ? value / floor : 0.0, target, value <= target ? "ok" : "OVER");
    std::fflush(stdout);
}

namespace {

// The words clubs write with; any two make a realistic query.
const QStringList &words()
{
    static const QStringList list = {
        QStringLiteral("match"),     QStringLiteral("victoire"),   QStringLiteral("derby"),
        QStringLiteral("tournoi"),   QStringLiteral("supporters"), QStringLiteral("entraînement"),
        QStringLiteral("bénévoles"), QStringLiteral("stade"),      QStringLiteral("équipe"),
        QStringLiteral("coupe"),     QStringLiteral("partenaire"), QStringLiteral("buteur"),
        QStringLiteral("vestiaire"), QStringLiteral("gardienne"),  QStringLiteral("recrutement"),
        QStringLiteral("billetterie"), QStringLiteral("école"),    QStringLiteral("arbitre"),
        QStringLiteral("saison"),    QStringLiteral("maillots"),   QStringLiteral("assemblée"),
        QStringLiteral("loto"),      QStringLiteral("stage"),      QStringLiteral("déplacement")};
    return list;
}

QString sentence(int i)
{
    const QStringList &w = words();
    return QStringLiteral("Post %1 : %2 et %3 au %4, merci aux %5 ! #%6 #U%7")
        .arg(i)
        .arg(w[i % w.size()], w[(i * 7 + 3) % w.size()], w[(i * 13 + 5) % w.size()], w[(i * 17 + 11) % w.size()],
             w[(i * 5 + 1) % w.size()])
        .arg(11 + i % 7);
}

} // namespace

QStringList twoWordQueries(int count)
{
    const QStringList &w = words();
    QStringList out;
    for (int i = 0; out.size() < count; i += 7919) {
        QString q = w[i % w.size()] + QLatin1Char(' ') + w[(i * 13 + 5) % w.size()];
        // As typed in a search field: "equipe" finds "équipe" (FTS5 folds accents).
        q = q.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        if (!out.contains(q) && w[i % w.size()] != w[(i * 13 + 5) % w.size()])
            out << q;
    }
    return out;
}

bool seedMonth(pitchside::store::Store &store, QDate month, int count, int firstIndex)
{
    QSqlDatabase &db = store.database().sql();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO posts (id, platforms, content, status, scheduled_at, created_at, updated_at, "
                             "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
    const char *statuses[] = {"scheduled", "scheduled", "draft", "published", "failed", "publishing"};
    const QDate first(month.year(), month.month(), 1);
    const int days = first.daysInMonth();
    for (int i = 0; i < count; ++i) {
        const int n = firstIndex + i;
        const QDateTime at(first.addDays(i % days), QTime(7 + (i * 7) % 14, (i * 13) % 60));
        q.addBindValue(QStringLiteral("bench-%1").arg(n));
        q.addBindValue(1 + n % 7);
        q.addBindValue(sentence(n));
        q.addBindValue(QString::fromLatin1(statuses[n % 6]));
        q.addBindValue(at.toMSecsSinceEpoch());
        q.addBindValue(at.toMSecsSinceEpoch());
        q.addBindValue(at.toMSecsSinceEpoch());
        if (!q.exec())
            return false;
    }
    return db.commit();
}

bool seedText(pitchside::store::Store &store, int count)
{
    QSqlDatabase &db = store.database().sql();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO posts (id, platforms, content, hashtags, status, created_at, updated_at, "
                             "version) VALUES (?, ?, ?, '[\"FootAmateur\"]', 'draft', ?, ?, 1)"));
    const qint64 base = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        q.addBindValue(QStringLiteral("search-%1").arg(i));
        q.addBindValue(1 + i % 7);
        q.addBindValue(sentence(i));
        q.addBindValue(base + i * 60'000LL);
        q.addBindValue(base + i * 60'000LL);
        if (!q.exec())
            return false;
    }
    return db.commit();
}

} // namespace bench
