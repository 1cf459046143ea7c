#include "jobs.h"

#include "core/app_context.h"
#include "core/log.h"
#include "store/database.h"
#include "store/feed.h"

#include <QTimer>
#include <exception>

void Jobs::every(int intervalMs, const char *name, std::function<void()> job)
{
    auto *timer = new QTimer(this);
    timer->setInterval(intervalMs);
    connect(timer, &QTimer::timeout, this, [this, name, job] { run(name, job); });
    timer->start();
}

void Jobs::after(int delayMs, const char *name, std::function<void()> job)
{
    QTimer::singleShot(delayMs, this, [this, name, job] { run(name, job); });
}

void Jobs::run(const char *name, const std::function<void()> &job)
{
    Database &db = *m_ctx.db;
    try {
        db.begin();
        job();
        db.commit();
        m_ctx.feed->flushNotifications();
    } catch (const std::exception &e) {
        if (db.inTransaction())
            db.rollback();
        m_ctx.feed->discardNotifications();
        qCWarning(lcJobs) << "job" << name << "failed:" << e.what();
    }
}

QList<QPair<const char *, JobModule>> &JobModules::all()
{
    static QList<QPair<const char *, JobModule>> modules;
    return modules;
}
