// Background work on the server's thread (publishing due posts, finishing
// document renders, purging old tombstones). Each run is one transaction
// and its feed changes reach SSE streams like a request's would.
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <functional>

struct AppContext;

class Jobs : public QObject
{
    Q_OBJECT

public:
    explicit Jobs(AppContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    void every(int intervalMs, const char *name, std::function<void()> job);
    void after(int delayMs, const char *name, std::function<void()> job);
    // Runs now, in a transaction (used by the two above).
    void run(const char *name, const std::function<void()> &job);

private:
    AppContext &m_ctx;
};

// Modules that run background jobs declare them with PITCHSIDE_JOBS(name)
// in their own file; main() starts them once the services exist.
using JobModule = void (*)(AppContext &);
struct JobModules {
    static QList<QPair<const char *, JobModule>> &all();
    JobModules(const char *name, JobModule fn) { all().append({name, fn}); }
};

#define PITCHSIDE_JOBS(name)                                            \
    static void startJobs_##name(AppContext &ctx);                      \
    static const JobModules jobModule_##name(#name, &startJobs_##name); \
    static void startJobs_##name(AppContext &ctx)
