#include "fields.h"

#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"

#include <QRegularExpression>
#include <QSet>

Fields::Fields(const json &j, std::string path) : m_j(j), m_path(std::move(path))
{
    if (!m_j.is_object())
        throw ApiError::validation(m_path, "type", {{"expected", "object"}});
}

std::string Fields::pathOf(const char *key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + key;
}

const json *Fields::get(const char *key, Need need, bool *isNull) const
{
    *isNull = false;
    const auto it = m_j.find(key);
    if (it == m_j.end()) {
        if (need == Need::Required)
            throw ApiError::validation(pathOf(key), "required");
        return nullptr;
    }
    if (it->is_null()) {
        if (need != Need::Nullable)
            throw ApiError::validation(pathOf(key), need == Need::Required ? "required" : "type");
        *isNull = true;
    }
    return &*it;
}

namespace {

QString checkedString(const json &v, const std::string &path, int maxLen, int minLen)
{
    if (!v.is_string())
        throw ApiError::validation(path, "type", {{"expected", "string"}});
    const QString s = qs(v.get<std::string>());
    const int n = textutil::codePoints(s);
    if (n > maxLen)
        throw ApiError::validation(path, "too_long", {{"max", maxLen}});
    if (n < minLen)
        throw ApiError::validation(path, minLen == 1 ? "required" : "range", {{"min", minLen}});
    return s;
}

} // namespace

Field<QString> Fields::str(const char *key, Need need, int maxLen, int minLen) const
{
    Field<QString> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (v && !f.null)
        f.value = checkedString(*v, pathOf(key), maxLen, minLen);
    return f;
}

Field<QString> Fields::oneOf(const char *key, Need need, std::initializer_list<const char *> allowed) const
{
    Field<QString> f = str(key, need, 200);
    if (f.isSet()) {
        bool ok = false;
        json list = json::array();
        for (const char *a : allowed) {
            list.push_back(a);
            ok = ok || f.value == QLatin1String(a);
        }
        if (!ok)
            throw ApiError::validation(pathOf(key), "enum", {{"allowed", list}});
    }
    return f;
}

Field<QString> Fields::uuid(const char *key, Need need) const
{
    Field<QString> f = str(key, need, 36);
    if (f.isSet()) {
        if (!ids::isUuid(f.value))
            throw ApiError::validation(pathOf(key), "format", {{"expected", "uuid"}});
        f.value = f.value.toLower();
    }
    return f;
}

Field<QString> Fields::email(const char *key, Need need) const
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    Field<QString> f = str(key, need, 254, 1);
    if (f.isSet()) {
        f.value = f.value.trimmed().toLower();
        if (!re.match(f.value).hasMatch())
            throw ApiError::validation(pathOf(key), "format", {{"expected", "email"}});
    }
    return f;
}

Field<QDateTime> Fields::time(const char *key, Need need) const
{
    Field<QDateTime> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (v && !f.null) {
        if (!v->is_string())
            throw ApiError::validation(pathOf(key), "type", {{"expected", "string"}});
        const auto t = timeutil::parse(qs(v->get<std::string>()));
        if (!t)
            throw ApiError::validation(pathOf(key), "format", {{"expected", "rfc3339"}});
        f.value = *t;
    }
    return f;
}

Field<qint64> Fields::integer(const char *key, Need need, qint64 min, qint64 max) const
{
    Field<qint64> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (v && !f.null) {
        qint64 n = 0;
        if (v->is_number_integer())
            n = v->get<qint64>();
        else if (v->is_number_float() && v->get<double>() == double(qint64(v->get<double>())))
            n = qint64(v->get<double>());
        else
            throw ApiError::validation(pathOf(key), "type", {{"expected", "integer"}});
        if (n < min || n > max)
            throw ApiError::validation(pathOf(key), "range", {{"min", min}, {"max", max}});
        f.value = n;
    }
    return f;
}

Field<bool> Fields::boolean(const char *key, Need need) const
{
    Field<bool> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (v && !f.null) {
        if (!v->is_boolean())
            throw ApiError::validation(pathOf(key), "type", {{"expected", "boolean"}});
        f.value = v->get<bool>();
    }
    return f;
}

Field<QStringList> Fields::strings(const char *key, Need need, int maxItems, int itemMaxLen,
                                   std::initializer_list<const char *> allowed, bool unique,
                                   int minItems) const
{
    Field<QStringList> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (!v || f.null)
        return f;
    if (!v->is_array())
        throw ApiError::validation(pathOf(key), "type", {{"expected", "array"}});
    if (int(v->size()) > maxItems)
        throw ApiError::validation(pathOf(key), "range", {{"max_items", maxItems}});
    if (int(v->size()) < minItems)
        throw ApiError::validation(pathOf(key), minItems == 1 && v->empty() ? "required" : "range",
                                   {{"min_items", minItems}});
    QSet<QString> seen;
    for (size_t i = 0; i < v->size(); ++i) {
        const std::string p = pathOf(key) + "[" + std::to_string(i) + "]";
        const QString s = checkedString((*v)[i], p, itemMaxLen, 1);
        if (allowed.size() > 0) {
            bool ok = false;
            json list = json::array();
            for (const char *a : allowed) {
                list.push_back(a);
                ok = ok || s == QLatin1String(a);
            }
            if (!ok)
                throw ApiError::validation(p, "enum", {{"allowed", list}});
        }
        if (unique && seen.contains(s))
            throw ApiError::validation(p, "format", {{"expected", "unique items"}});
        seen.insert(s);
        f.value << s;
    }
    return f;
}

Field<QStringList> Fields::uuids(const char *key, Need need, int maxItems) const
{
    Field<QStringList> f = strings(key, need, maxItems, 36);
    for (int i = 0; i < f.value.size(); ++i) {
        if (!ids::isUuid(f.value[i]))
            throw ApiError::validation(pathOf(key) + "[" + std::to_string(i) + "]", "format",
                                       {{"expected", "uuid"}});
        f.value[i] = f.value[i].toLower();
    }
    return f;
}

Field<json> Fields::object(const char *key, Need need) const
{
    Field<json> f;
    const json *v = get(key, need, &f.null);
    f.present = v != nullptr;
    if (v && !f.null) {
        if (!v->is_object())
            throw ApiError::validation(pathOf(key), "type", {{"expected", "object"}});
        f.value = *v;
    }
    return f;
}

Fields Fields::child(const char *key) const
{
    bool isNull = false;
    const json *v = get(key, Need::Required, &isNull);
    return Fields(*v, pathOf(key));
}
