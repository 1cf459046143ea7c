// A line-based outline of docs/api/openapi.yaml: just enough of the YAML to
// check the contract against the reference server, without a YAML library.
//
// It relies on the layout the spec promises in its header comment:
// `paths:` keys at 2 spaces, methods at 4, operation keys at 6, response
// codes at 8; `components:` sections at 2, their entries at 4. Block scalars
// (`key: |`, `key: >-`) are skipped, so descriptions may contain anything.
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace contract {

struct ParamDecl {
    QString name;       // from `name:` or resolved through `$ref`
    QString in;         // path, query, header, cookie
    QString ref;        // the `$ref` target when declared by reference
    int line = 0;
};

struct Operation {
    QString method;     // upper case: GET, POST…
    QString path;       // /api/content/posts/{id}
    int line = 0;
    QStringList responseCodes;      // '200', '4XX', default…
    QStringList tags;
    QString operationId;
    bool testMode = false;          // x-test-mode: true
    QList<ParamDecl> parameters;    // operation-level only

    QString key() const { return method + QLatin1Char(' ') + path; }
};

struct PathItem {
    QString path;
    int line = 0;
    QList<ParamDecl> parameters;    // path-level
};

struct Ref {
    QString target;     // as written: #/components/schemas/Post
    int line = 0;
};

struct Outline {
    QString openapiVersion;
    QList<PathItem> pathItems;
    QList<Operation> operations;
    // section (schemas, responses, parameters…) → entry names
    QMap<QString, QSet<QString>> components;
    // components/parameters entries: name → (name, in)
    QMap<QString, ParamDecl> componentParameters;
    QList<Ref> refs;
    // Layout problems met while reading (unexpected indentation, a
    // duplicate key…); each names its line.
    QStringList problems;

    static Outline parse(const QString &text);
    static Outline parseFile(const QString &fileName, QString *error);

    // "<section>/<name>" for a local components reference, empty otherwise.
    static QString componentOf(const QString &ref);
    bool resolves(const QString &ref) const;
};

// `{id}` → `{}`: compares path shapes regardless of parameter names.
QString pathShape(const QString &path);
// The `{name}` parameters of a path template, in order.
QStringList pathParameters(const QString &path);

} // namespace contract
