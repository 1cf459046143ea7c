#include "openapi_outline.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace contract {

namespace {

const QSet<QString> &httpMethods()
{
    static const QSet<QString> methods = {
        QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
        QStringLiteral("patch"),  QStringLiteral("trace"),
    };
    return methods;
}

// Keys a path item may have besides its methods (OpenAPI 3.1 §4.8.9).
const QSet<QString> &pathItemKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("$ref"),    QStringLiteral("summary"),    QStringLiteral("description"),
        QStringLiteral("servers"), QStringLiteral("parameters"),
    };
    return keys;
}

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2
        && ((s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\'')))
            || (s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))))
        s = s.mid(1, s.size() - 2);
    return s;
}

// One key (or list item) on the context stack.
struct Frame {
    int indent;
    QString key;        // unquoted key, or "-" for a list item
    QString id;         // unique id among siblings (list items are numbered)
};

// `a: b` → key a, value b. Keys may be quoted; plain keys stop at the first
// colon followed by a space or the end of the line.
const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s\-#{\[][^:]*?|-[^\s][^:]*?):(?:\s+(.*))?$)"));
    return re;
}

const QRegularExpression &refPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\$ref['"]?\s*:\s*['"]?([^'"\s},]+))"));
    return re;
}

bool isBlockScalarIndicator(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[|>][-+0-9]*(\s+#.*)?$)"));
    return re.match(value).hasMatch();
}

QStringList flowList(const QString &value)
{
    QString v = value.trimmed();
    if (!v.startsWith(QLatin1Char('[')) || !v.endsWith(QLatin1Char(']')))
        return {};
    v = v.mid(1, v.size() - 2);
    QStringList out;
    for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << unquote(part);
    return out;
}

} // namespace

QString pathShape(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"(\{[^}/]*\})"));
    QString s = path;
    s.replace(re, QStringLiteral("{}"));
    return s;
}

QStringList pathParameters(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"(\{([^}/]*)\})"));
    QStringList names;
    auto it = re.globalMatch(path);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QString Outline::componentOf(const QString &ref)
{
    static const QRegularExpression re(QStringLiteral(R"(^#/components/([A-Za-z]+)/([A-Za-z0-9._-]+)$)"));
    const auto m = re.match(ref);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('/') + m.captured(2) : QString();
}

bool Outline::resolves(const QString &ref) const
{
    const QString c = componentOf(ref);
    if (c.isEmpty())
        return false;
    const int slash = c.indexOf(QLatin1Char('/'));
    return components.value(c.left(slash)).contains(c.mid(slash + 1));
}

Outline Outline::parseFile(const QString &fileName, QString *error)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(fileName, f.errorString());
        return {};
    }
    return parse(QString::fromUtf8(f.readAll()));
}

Outline Outline::parse(const QString &text)
{
    Outline out;
    QList<Frame> stack;
    QHash<QString, QSet<QString>> childrenSeen;     // parent id path → child keys
    QHash<QString, int> listCounters;               // parent id path → items so far
    int blockIndent = -1;                           // inside a block scalar deeper than this

    // The parameter list being filled, and the item in it.
    QList<ParamDecl> *paramList = nullptr;
    int paramListDepth = -1;                        // stack depth of the `parameters` key
    int paramItem = -1;

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString raw = lines[i];
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        int indent = 0;
        while (indent < raw.size() && raw[indent] == QLatin1Char(' '))
            ++indent;
        const QString rest = raw.mid(indent).trimmed();

        if (blockIndent >= 0) {
            if (rest.isEmpty() || indent > blockIndent)
                continue;
            blockIndent = -1;
        }
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('#')))
            continue;
        if (indent < raw.size() && raw[indent] == QLatin1Char('\t')) {
            out.problems << QStringLiteral("line %1: tab in indentation").arg(lineNo);
            continue;
        }
        if (rest == QLatin1String("---") || rest == QLatin1String("..."))
            continue;

        // References anywhere outside block scalars.
        auto refs = refPattern().globalMatch(rest);
        while (refs.hasNext())
            out.refs.append({unquote(refs.next().captured(1)), lineNo});

        // A list item opens a frame of its own; its content sits 2 deeper.
        QString content = rest;
        int contentIndent = indent;
        bool listItem = false;
        if (content == QLatin1String("-") || content.startsWith(QLatin1String("- "))) {
            listItem = true;
            while (!stack.isEmpty() && stack.last().indent >= indent)
                stack.removeLast();
            if (!stack.isEmpty() && indent != stack.last().indent + 2)
                out.problems << QStringLiteral("line %1: list item indented %2 spaces, expected %3")
                                    .arg(lineNo).arg(indent).arg(stack.last().indent + 2);
            QString parentId;
            for (const Frame &f : std::as_const(stack))
                parentId += QLatin1Char('/') + f.id;
            const int n = listCounters[parentId]++;
            stack.append({indent, QStringLiteral("-"), QStringLiteral("-%1").arg(n)});
            content = content.mid(1).trimmed();
            contentIndent = indent + 2;
            if (paramList && stack.size() == paramListDepth + 1) {
                paramList->append(ParamDecl{});
                paramItem = int(paramList->size()) - 1;
                (*paramList)[paramItem].line = lineNo;
            }
            if (content.isEmpty())
                continue;
        }

        const auto m = keyPattern().match(content);
        if (!m.hasMatch()) {
            // A scalar list item or a flow collection: nothing structural,
            // except a flow-style `$ref` inside a parameter list item.
            if (listItem && paramList && paramItem >= 0 && stack.size() == paramListDepth + 1) {
                const auto r = refPattern().match(content);
                if (r.hasMatch())
                    (*paramList)[paramItem].ref = unquote(r.captured(1));
            }
            // Block-style tags list: paths/<path>/<method>/tags/-
            if (listItem && stack.size() == 5 && stack[0].key == QLatin1String("paths")
                && stack[3].key == QLatin1String("tags") && !out.operations.isEmpty())
                out.operations.last().tags << unquote(content);
            continue;
        }
        const QString key = unquote(m.captured(1));
        const QString value = m.captured(2).trimmed();

        while (!stack.isEmpty() && stack.last().indent >= contentIndent)
            stack.removeLast();
        // Regular layout: every key 2 spaces deeper than its parent.
        if (!listItem) {
            const int expected = stack.isEmpty() ? 0 : stack.last().indent + 2;
            if (contentIndent != expected)
                out.problems << QStringLiteral("line %1: '%2' is indented %3 spaces, expected %4")
                                    .arg(lineNo).arg(key).arg(contentIndent).arg(expected);
        }
        QString parentId;
        for (const Frame &f : std::as_const(stack))
            parentId += QLatin1Char('/') + f.id;
        if (childrenSeen[parentId].contains(key))
            out.problems << QStringLiteral("line %1: duplicate key '%2'").arg(lineNo).arg(key);
        childrenSeen[parentId].insert(key);
        stack.append({contentIndent, key, key});

        if (isBlockScalarIndicator(value))
            blockIndent = contentIndent;

        // Leaving a parameter list?
        if (paramList && stack.size() <= paramListDepth) {
            paramList = nullptr;
            paramListDepth = -1;
            paramItem = -1;
        }

        QStringList ctx;
        for (const Frame &f : std::as_const(stack))
            ctx << f.key;
        const int depth = int(ctx.size());
        const QString &top = ctx.first();

        if (depth == 1) {
            if (key == QLatin1String("openapi"))
                out.openapiVersion = unquote(value);
            continue;
        }

        if (top == QLatin1String("paths")) {
            if (depth == 4 && ctx[2] == QLatin1String("parameters") && ctx[3] != QLatin1String("-"))
                out.problems << QStringLiteral("line %1: '%2' under the parameters of %3 is not a list item")
                                    .arg(lineNo).arg(key, ctx[1]);
            if (depth == 2) {
                if (!key.startsWith(QLatin1Char('/')))
                    out.problems << QStringLiteral("line %1: path '%2' does not start with /").arg(lineNo).arg(key);
                out.pathItems.append({key, lineNo, {}});
                continue;
            }
            if (out.pathItems.isEmpty())
                continue;
            PathItem &item = out.pathItems.last();
            if (depth == 3) {
                if (httpMethods().contains(key)) {
                    Operation op;
                    op.method = key.toUpper();
                    op.path = item.path;
                    op.line = lineNo;
                    out.operations.append(op);
                } else if (key == QLatin1String("parameters")) {
                    paramList = &item.parameters;
                    paramListDepth = depth;
                    paramItem = -1;
                } else if (!pathItemKeys().contains(key) && !key.startsWith(QLatin1String("x-"))) {
                    out.problems << QStringLiteral("line %1: unknown key '%2' in path item %3")
                                        .arg(lineNo).arg(key, item.path);
                }
                continue;
            }
            // Inside a path-level parameter item: paths/<p>/parameters/-/<key>
            if (paramList == &item.parameters && depth == paramListDepth + 2 && paramItem >= 0) {
                ParamDecl &p = (*paramList)[paramItem];
                if (key == QLatin1String("$ref"))
                    p.ref = unquote(value);
                else if (key == QLatin1String("name"))
                    p.name = unquote(value);
                else if (key == QLatin1String("in"))
                    p.in = unquote(value);
                continue;
            }
            if (!httpMethods().contains(ctx[2]) || out.operations.isEmpty())
                continue;
            Operation &op = out.operations.last();
            if (depth == 4) {
                if (key == QLatin1String("operationId")) {
                    op.operationId = unquote(value);
                } else if (key == QLatin1String("x-test-mode")) {
                    op.testMode = value == QLatin1String("true");
                } else if (key == QLatin1String("tags")) {
                    op.tags << flowList(value);
                } else if (key == QLatin1String("parameters")) {
                    paramList = &op.parameters;
                    paramListDepth = depth;
                    paramItem = -1;
                }
                continue;
            }
            if (depth == 5 && ctx[3] == QLatin1String("responses")) {
                op.responseCodes << key;
                continue;
            }
            if (paramList == &op.parameters && depth == paramListDepth + 2 && paramItem >= 0) {
                ParamDecl &p = (*paramList)[paramItem];
                if (key == QLatin1String("$ref"))
                    p.ref = unquote(value);
                else if (key == QLatin1String("name"))
                    p.name = unquote(value);
                else if (key == QLatin1String("in"))
                    p.in = unquote(value);
            }
            continue;
        }

        if (top == QLatin1String("components")) {
            if (depth == 2) {
                out.components[key];
            } else if (depth == 3) {
                out.components[ctx[1]].insert(key);
            } else if (depth == 4 && ctx[1] == QLatin1String("parameters")) {
                ParamDecl &p = out.componentParameters[ctx[2]];
                if (key == QLatin1String("name"))
                    p.name = unquote(value);
                else if (key == QLatin1String("in"))
                    p.in = unquote(value);
                p.line = p.line ? p.line : lineNo;
            }
            continue;
        }
    }

    // Resolve parameters declared by reference.
    auto resolve = [&out](QList<ParamDecl> &list) {
        for (ParamDecl &p : list) {
            if (p.ref.isEmpty())
                continue;
            const QString c = componentOf(p.ref);
            if (c.startsWith(QLatin1String("parameters/"))) {
                const ParamDecl target = out.componentParameters.value(c.mid(int(qstrlen("parameters/"))));
                p.name = target.name;
                p.in = target.in;
            }
        }
    };
    for (PathItem &item : out.pathItems)
        resolve(item.parameters);
    for (Operation &op : out.operations)
        resolve(op.parameters);
    return out;
}

} // namespace contract
