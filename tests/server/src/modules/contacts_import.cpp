// POST /api/contacts/import (docs/api/campaigns.md): contacts from a CSV
// file (UTF-8, optional BOM, a header row). The delimiter (, ; or tab) is
// the header's most frequent one; columns are found by their folded name.
// Each broken line is reported with its number (1 = the header) while the
// others import; a number already among the contacts (or earlier in the
// file) is skipped.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"

#include <QSet>

namespace {

// One record by RFC 4180 quoting ("" inside quotes is a quote); false when
// a quote is left open or text follows a closing quote.
bool splitLine(const QString &line, QChar delimiter, QStringList *cells)
{
    cells->clear();
    QString cell;
    bool quoted = false, closed = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
                closed = true;
            } else {
                cell += c;
            }
        } else if (c == delimiter) {
            *cells << cell.trimmed();
            cell.clear();
            closed = false;
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !closed) {
            quoted = true;
            cell.clear();
        } else if (closed && !c.isSpace()) {
            return false;
        } else {
            cell += c;
        }
    }
    if (quoted)
        return false;
    *cells << cell.trimmed();
    return true;
}

int columnOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = textutil::fold(header[i]).remove(QLatin1Char(' '));
        for (const char *n : names)
            if (h == QLatin1String(n))
                return i;
    }
    return -1;
}

Response importCsv(AppContext &ctx, Request &req)
{
    QStringList categories;
    if (req.hasQuery(QStringLiteral("category_id"))) {
        const QString c = req.queryValue(QStringLiteral("category_id")).toLower();
        if (!ids::isUuid(c))
            throw ApiError::validation("category_id", "format", {{"expected", "uuid"}});
        categories = contacts::checkCategories(ctx, req.userId, {c}, "category_id");
    }
    QString text = QString::fromUtf8(req.body);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        throw ApiError::validation("body", "required", {{"expected", "a CSV file with a header row"}});
    const QString &head = lines.first();
    QChar delimiter = QLatin1Char(',');
    for (const QChar d : {QChar(QLatin1Char(';')), QChar(QLatin1Char('\t'))})
        if (head.count(d) > head.count(delimiter))
            delimiter = d;
    QStringList header;
    splitLine(head, delimiter, &header);
    const int first = columnOf(header, {"prenom", "first_name", "firstname"});
    const int last = columnOf(header, {"nom", "last_name", "lastname"});
    const int number = columnOf(header, {"telephone", "phone", "numero", "full_number", "tel"});
    if (number < 0)
        throw ApiError::validation("body", "missing_column", {{"column", "telephone"}});

    qint64 imported = 0, skipped = 0;
    json errors = json::array();
    QSet<QString> seen;
    auto fail = [&](int line, const char *reason) { errors.push_back({{"line", line}, {"reason", reason}}); };
    QStringList cells;
    for (int i = 1; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        if (!splitLine(lines[i], delimiter, &cells)) {
            fail(lineNo, "malformed");
            continue;
        }
        const QString raw = cells.value(number);
        if (raw.isEmpty()) {
            fail(lineNo, "missing_number");
            continue;
        }
        const std::optional<phone::Number> n = phone::parse(raw);
        if (!n) {
            fail(lineNo, "invalid_number");
            continue;
        }
        const QString firstName = first >= 0 ? cells.value(first) : QString();
        const QString lastName = last >= 0 ? cells.value(last) : QString();
        if (firstName.size() > 100 || lastName.size() > 100) {
            fail(lineNo, "name_too_long");
            continue;
        }
        if (seen.contains(n->e164) || contacts::byNumber(ctx, req.userId, n->e164)) {
            ++skipped;
            continue;
        }
        seen.insert(n->e164);
        contacts::NewContact c;
        c.userId = req.userId;
        c.firstName = firstName;
        c.lastName = lastName;
        c.number = *n;
        c.categoryIds = categories;
        contacts::create(ctx, c);
        ++imported;
    }
    contacts::recount(ctx, req.userId, categories);
    return Response::ok({{"imported", imported}, {"skipped", skipped}, {"errors", errors}});
}

} // namespace

PITCHSIDE_ROUTES(contacts_import)
{
    router.add("POST", QStringLiteral("/api/contacts/import"), [&ctx](Request &r) { return importCsv(ctx, r); });
}
