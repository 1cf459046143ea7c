#include "router.h"

#include <algorithm>

QList<QPair<const char *, RouteModule>> &RouteModules::all()
{
    static QList<QPair<const char *, RouteModule>> modules;
    return modules;
}

Route &Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.handler = std::move(handler);
    r.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto &s : std::as_const(r.segments))
        if (!s.startsWith(QLatin1Char('{')))
            ++r.literalCount;
    m_routes.append(std::move(r));
    return m_routes.last();
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match best;
    int bestScore = -1;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (int i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(QLatin1Char('{')))
                params.insert(seg.mid(1, seg.size() - 2), parts[i]);
            else
                ok = seg == parts[i];
        }
        if (!ok)
            continue;
        if (r.method != method) {
            // Only paths that no literal route claims count for 405.
            best.allowedMethods << QString::fromLatin1(r.method);
            continue;
        }
        if (r.literalCount > bestScore) {
            bestScore = r.literalCount;
            best.route = &r;
            best.params = params;
        }
    }
    if (best.route) {
        // Methods of less specific routes (a {param} matching a literal) do
        // not describe this resource.
        best.allowedMethods.clear();
    }
    best.allowedMethods.removeDuplicates();
    return best;
}

QStringList Router::list() const
{
    QList<const Route *> sorted;
    for (const Route &r : m_routes)
        sorted << &r;
    std::sort(sorted.begin(), sorted.end(), [](const Route *a, const Route *b) {
        return a->pattern == b->pattern ? a->method < b->method : a->pattern < b->pattern;
    });
    QStringList out;
    for (const Route *r : sorted)
        out << r->key();
    return out;
}
