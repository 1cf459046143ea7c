// Route table: "METHOD /api/path/{param}" patterns, matched segment by
// segment. Literal segments win over parameters, so /api/documents/stats
// is never taken for /api/documents/{id}.
#pragma once

#include "http/request.h"
#include "http/response.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

using Handler = std::function<Response(Request &)>;

enum class Access { User, Public, TestMode };
enum class Limit { Standard, Ai, Generation, None };

struct Route {
    QByteArray method;
    QString pattern;
    Handler handler;
    Access access = Access::User;
    Limit limit = Limit::Standard;
    qint64 maxBody = 10 * 1024 * 1024;   // JSON bodies: 10 MB
    bool writesOnGet = false;            // a GET that changes state runs in a transaction

    QStringList segments;                // split pattern
    int literalCount = 0;
    QString key() const { return QString::fromLatin1(method) + QLatin1Char(' ') + pattern; }
};

class Router {
public:
    Route &add(const QByteArray &method, const QString &pattern, Handler handler);

    struct Match {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods;      // when the path exists with other methods
    };
    Match match(const QByteArray &method, const QString &path) const;
    QStringList list() const;            // "METHOD /pattern", sorted by path then method

private:
    QList<Route> m_routes;
};

// Route modules register themselves with PITCHSIDE_ROUTES(name) { ... } in
// their own file, so adding a module is adding one file to the build.
struct AppContext;
using RouteModule = void (*)(Router &, AppContext &);
struct RouteModules {
    static QList<QPair<const char *, RouteModule>> &all();
    RouteModules(const char *name, RouteModule fn) { all().append({name, fn}); }
};

#define PITCHSIDE_ROUTES(name)                                                   \
    static void registerRoutes_##name(Router &router, AppContext &ctx);          \
    static const RouteModules routeModule_##name(#name, &registerRoutes_##name); \
    static void registerRoutes_##name(Router &router, AppContext &ctx)
