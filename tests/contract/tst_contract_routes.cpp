// Contract test: docs/api/openapi.yaml against the reference server.
//
// routesMatchServer   every route `pitchside-server --list-routes
//                     --test-mode` prints is an operation of the spec, and
//                     every operation of the spec is a route of the server.
// testModeMarking     the routes that only exist with --test-mode are
//                     exactly the operations marked `x-test-mode: true`
//                     (tag `test-mode`, under /api/test/).
// specIsWellFormed    every operation has a response, every `$ref` points
//                     at an existing component, path templates and path
//                     parameters agree, operationIds are unique.
//
// Arguments (before Qt Test's own): --server <pitchside-server binary>
// --spec <openapi.yaml>; or the environment variables PITCHSIDE_SERVER and
// PITCHSIDE_OPENAPI.
#include "openapi_outline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using contract::Operation;
using contract::Outline;

namespace {

QString g_server;
QString g_spec;

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    // By path, then method, like the server lists them.
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const QString pa = a.section(QLatin1Char(' '), 1), pb = b.section(QLatin1Char(' '), 1);
        return pa == pb ? a < b : pa < pb;
    });
    return list;
}

struct ServerRoutes {
    QSet<QString> routes;           // "METHOD /path"
    QStringList unparsed;           // stdout lines that are not routes
    QString error;
};

ServerRoutes listServerRoutes(bool testMode)
{
    ServerRoutes out;
    QStringList args{QStringLiteral("--list-routes")};
    if (testMode)
        args << QStringLiteral("--test-mode");
    QProcess proc;
    proc.setProgram(g_server);
    proc.setArguments(args);
    proc.start();
    if (!proc.waitForStarted(10000)) {
        out.error = QStringLiteral("cannot start %1: %2").arg(g_server, proc.errorString());
        return out;
    }
    if (!proc.waitForFinished(30000)) {
        proc.kill();
        proc.waitForFinished(5000);
        out.error = QStringLiteral("%1 %2 did not exit within 30 s").arg(g_server, args.join(QLatin1Char(' ')));
        return out;
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        out.error = QStringLiteral("%1 %2 failed (exit code %3): %4")
                        .arg(g_server, args.join(QLatin1Char(' ')))
                        .arg(proc.exitCode())
                        .arg(QString::fromUtf8(proc.readAllStandardError()).trimmed());
        return out;
    }
    static const QRegularExpression routeLine(
        QStringLiteral(R"(^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE) (/\S*)$)"));
    const QStringList lines = QString::fromUtf8(proc.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto m = routeLine.match(line);
        if (m.hasMatch())
            out.routes.insert(m.captured(1) + QLatin1Char(' ') + m.captured(2));
        else
            out.unparsed << line;
    }
    return out;
}

Outline loadSpec()
{
    QString error;
    Outline outline = Outline::parseFile(g_spec, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return outline;
}

// Prints both sides of a difference; returns the number of differences.
// Pairs that differ only by the names of their path parameters are shown
// side by side, since that is usually one route spelt two ways.
int reportDifference(const QSet<QString> &server, const QSet<QString> &spec, const char *serverName)
{
    const QSet<QString> onlyServer = server - spec;
    const QSet<QString> onlySpec = spec - server;

    auto shapeOf = [](const QString &key) {
        return key.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ')
            + contract::pathShape(key.section(QLatin1Char(' '), 1));
    };
    QHash<QString, QString> specByShape;
    for (const QString &k : onlySpec)
        specByShape.insert(shapeOf(k), k);

    QStringList renamed, missingInSpec, missingInServer;
    QSet<QString> pairedSpec;
    for (const QString &k : sorted(onlyServer)) {
        const QString other = specByShape.value(shapeOf(k));
        if (!other.isEmpty()) {
            renamed << QStringLiteral("  server: %1\n    spec: %2").arg(k, other);
            pairedSpec.insert(other);
        } else {
            missingInSpec << QStringLiteral("  ") + k;
        }
    }
    for (const QString &k : sorted(onlySpec))
        if (!pairedSpec.contains(k))
            missingInServer << QStringLiteral("  ") + k;

    if (!missingInSpec.isEmpty())
        qWarning().noquote() << QStringLiteral("Routes %1 has that docs/api/openapi.yaml lacks (%2):\n%3")
                                    .arg(QLatin1String(serverName))
                                    .arg(missingInSpec.size())
                                    .arg(missingInSpec.join(QLatin1Char('\n')));
    if (!missingInServer.isEmpty())
        qWarning().noquote() << QStringLiteral("Operations of docs/api/openapi.yaml that %1 lacks (%2):\n%3")
                                    .arg(QLatin1String(serverName))
                                    .arg(missingInServer.size())
                                    .arg(missingInServer.join(QLatin1Char('\n')));
    if (!renamed.isEmpty())
        qWarning().noquote() << QStringLiteral("Same route, different path parameter names (%1):\n%2")
                                    .arg(renamed.size())
                                    .arg(renamed.join(QLatin1Char('\n')));
    return int(missingInSpec.size() + missingInServer.size() + renamed.size());
}

} // namespace

class TestContractRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routesMatchServer();
    void testModeMarking();
    void specIsWellFormed();
};

void TestContractRoutes::initTestCase()
{
    QVERIFY2(!g_spec.isEmpty(), "no spec: pass --spec <openapi.yaml> or set PITCHSIDE_OPENAPI");
    QVERIFY2(QFileInfo::exists(g_spec), qPrintable(QStringLiteral("spec not found: ") + g_spec));
    const Outline outline = loadSpec();
    QVERIFY2(!outline.operations.isEmpty(), "the spec has no operations under paths:");
}

void TestContractRoutes::routesMatchServer()
{
    if (g_server.isEmpty())
        QSKIP("no server: pass --server <pitchside-server> or set PITCHSIDE_SERVER");
    const ServerRoutes server = listServerRoutes(true);
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
    QVERIFY2(!server.routes.isEmpty(), "pitchside-server --list-routes --test-mode printed no route");
    for (const QString &line : server.unparsed)
        qWarning().noquote() << "not a route line in --list-routes output:" << line;

    const Outline outline = loadSpec();
    QSet<QString> spec;
    for (const Operation &op : outline.operations)
        spec.insert(op.key());

    qInfo().noquote() << QStringLiteral("server: %1 routes (with --test-mode); spec: %2 operations")
                             .arg(server.routes.size())
                             .arg(spec.size());
    const int differences = reportDifference(server.routes, spec, "pitchside-server --test-mode");
    QVERIFY2(differences == 0,
             qPrintable(QStringLiteral("%1 difference(s) between the server's routes and the spec (listed above)")
                            .arg(differences)));
    QVERIFY2(server.unparsed.isEmpty(), "--list-routes printed lines that are not `METHOD /path`");
}

void TestContractRoutes::testModeMarking()
{
    if (g_server.isEmpty())
        QSKIP("no server: pass --server <pitchside-server> or set PITCHSIDE_SERVER");
    const ServerRoutes all = listServerRoutes(true);
    const ServerRoutes plain = listServerRoutes(false);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));

    const QSet<QString> serverTestOnly = all.routes - plain.routes;
    const QSet<QString> serverLeaked = plain.routes - all.routes;
    QVERIFY2(serverLeaked.isEmpty(),
             qPrintable(QStringLiteral("routes listed without --test-mode but not with it: ")
                            + sorted(serverLeaked).join(QStringLiteral(", "))));

    const Outline outline = loadSpec();
    QSet<QString> specTestOnly;
    QStringList badMarking;
    for (const Operation &op : outline.operations) {
        const bool underTest = op.path.startsWith(QLatin1String("/api/test/"));
        const bool tagged = op.tags.contains(QLatin1String("test-mode"));
        if (op.testMode)
            specTestOnly.insert(op.key());
        if (op.testMode != underTest || op.testMode != tagged)
            badMarking << QStringLiteral("  %1 (line %2): x-test-mode %3, tag test-mode %4, under /api/test/ %5")
                              .arg(op.key())
                              .arg(op.line)
                              .arg(QLatin1String(op.testMode ? "true" : "absent"), QLatin1String(tagged ? "yes" : "no"),
                                   QLatin1String(underTest ? "yes" : "no"));
    }
    if (!badMarking.isEmpty())
        qWarning().noquote() << "Operations whose test-mode marking is inconsistent:\n" + badMarking.join(QLatin1Char('\n'));

    const QSet<QString> serverOnly = serverTestOnly - specTestOnly;
    const QSet<QString> specOnly = specTestOnly - serverTestOnly;
    if (!serverOnly.isEmpty())
        qWarning().noquote() << "Routes that exist only with --test-mode but lack x-test-mode: true in the spec:\n  "
                                    + sorted(serverOnly).join(QStringLiteral("\n  "));
    if (!specOnly.isEmpty())
        qWarning().noquote() << "Operations marked x-test-mode: true that the server also has without --test-mode "
                                "(or lacks):\n  "
                                    + sorted(specOnly).join(QStringLiteral("\n  "));
    QVERIFY2(badMarking.isEmpty() && serverOnly.isEmpty() && specOnly.isEmpty(),
             "test-mode routes and x-test-mode operations differ (listed above)");
}

void TestContractRoutes::specIsWellFormed()
{
    const Outline outline = loadSpec();
    QStringList problems = outline.problems;

    if (!outline.openapiVersion.startsWith(QLatin1String("3.1")))
        problems << QStringLiteral("openapi is '%1', expected 3.1.x").arg(outline.openapiVersion);

    // Operations: responses, unique operationIds, tags, known methods once.
    QHash<QString, QString> operationIds;
    QSet<QString> keys;
    for (const Operation &op : outline.operations) {
        if (keys.contains(op.key()))
            problems << QStringLiteral("line %1: %2 is defined twice").arg(op.line).arg(op.key());
        keys.insert(op.key());
        if (op.responseCodes.isEmpty())
            problems << QStringLiteral("line %1: %2 has no response").arg(op.line).arg(op.key());
        static const QRegularExpression code(QStringLiteral(R"(^([1-5][0-9][0-9]|[1-5]XX|default)$)"));
        for (const QString &c : op.responseCodes)
            if (!code.match(c).hasMatch())
                problems << QStringLiteral("line %1: %2 has a response key '%3' that is not a status code")
                                .arg(op.line).arg(op.key(), c);
        if (op.operationId.isEmpty())
            problems << QStringLiteral("line %1: %2 has no operationId").arg(op.line).arg(op.key());
        else if (operationIds.contains(op.operationId))
            problems << QStringLiteral("line %1: operationId %2 of %3 is already used by %4")
                            .arg(op.line).arg(op.operationId, op.key(), operationIds.value(op.operationId));
        else
            operationIds.insert(op.operationId, op.key());
        if (op.tags.isEmpty())
            problems << QStringLiteral("line %1: %2 has no tag").arg(op.line).arg(op.key());
    }

    // References.
    for (const contract::Ref &ref : outline.refs) {
        if (Outline::componentOf(ref.target).isEmpty())
            problems << QStringLiteral("line %1: $ref '%2' is not a local #/components/<section>/<name> reference")
                            .arg(ref.line).arg(ref.target);
        else if (!outline.resolves(ref.target))
            problems << QStringLiteral("line %1: $ref '%2' points at no component").arg(ref.line).arg(ref.target);
    }

    // Path templates and path parameters agree (OpenAPI 3.1 §4.8.12.1).
    for (const contract::PathItem &item : outline.pathItems) {
        const QStringList templ = contract::pathParameters(item.path);
        QSet<QString> common;
        for (const auto &p : item.parameters) {
            if (p.name.isEmpty())
                problems << QStringLiteral("line %1: a parameter of %2 has no name (unresolved $ref '%3'?)")
                                .arg(p.line).arg(item.path, p.ref);
            if (p.in == QLatin1String("path"))
                common.insert(p.name);
        }
        for (const Operation &op : outline.operations) {
            if (op.path != item.path)
                continue;
            QSet<QString> declared = common;
            for (const auto &p : op.parameters) {
                if (p.name.isEmpty())
                    problems << QStringLiteral("line %1: a parameter of %2 has no name (unresolved $ref '%3'?)")
                                    .arg(p.line).arg(op.key(), p.ref);
                if (p.in == QLatin1String("path"))
                    declared.insert(p.name);
            }
            for (const QString &name : templ)
                if (!declared.contains(name))
                    problems << QStringLiteral("line %1: %2 does not declare the path parameter {%3}")
                                    .arg(op.line).arg(op.key(), name);
            for (const QString &name : std::as_const(declared))
                if (!templ.contains(name))
                    problems << QStringLiteral("line %1: %2 declares path parameter '%3' that its path lacks")
                                    .arg(op.line).arg(op.key(), name);
        }
    }

    // Components the rest of the spec relies on.
    for (const char *section : {"schemas", "responses", "parameters", "headers", "securitySchemes"})
        if (outline.components.value(QLatin1String(section)).isEmpty())
            problems << QStringLiteral("components/%1 is missing or empty").arg(QLatin1String(section));

    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << p;
    qInfo().noquote() << QStringLiteral("%1 operations, %2 $refs, %3 components checked")
                             .arg(outline.operations.size())
                             .arg(outline.refs.size())
                             .arg([&] {
                                 qsizetype n = 0;
                                 for (const auto &s : outline.components)
                                     n += s.size();
                                 return n;
                             }());
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2 (listed above)").arg(problems.size()).arg(g_spec)));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_server = qEnvironmentVariable("PITCHSIDE_SERVER");
    g_spec = qEnvironmentVariable("PITCHSIDE_OPENAPI");

    // Take our options out; the rest goes to Qt Test.
    QStringList rest;
    const QStringList args = app.arguments();
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == QLatin1String("--server") || a == QLatin1String("--spec")) && i + 1 < args.size()) {
            (a == QLatin1String("--server") ? g_server : g_spec) = args[++i];
        } else if (a.startsWith(QLatin1String("--server="))) {
            g_server = a.mid(9);
        } else if (a.startsWith(QLatin1String("--spec="))) {
            g_spec = a.mid(7);
        } else {
            rest << a;
        }
    }

    TestContractRoutes test;
    return QTest::qExec(&test, rest);
}

#include "tst_contract_routes.moc"
