#include "JsonRead.h"

#include <QStringList>

namespace pitchside::sync::api {

void requireObject(const json &value)
{
    if (!value.is_object())
        throw DtoError({}, "must be an object");
}

const json &required(const json &object, const char *key)
{
    requireObject(object);
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        throw DtoError(key, "required");
    return *it;
}

const json *optional(const json &object, const char *key)
{
    requireObject(object);
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString toQString(const json &value)
{
    const std::string &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString requiredString(const json &object, const char *key)
{
    const json &v = required(object, key);
    if (!v.is_string())
        throw DtoError(key, "must be a string");
    return toQString(v);
}

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

QString requiredUuid(const json &object, const char *key)
{
    const QString id = requiredString(object, key);
    if (!isUuid(id))
        throw DtoError(key, "must be a UUID");
    return id;
}

QString optionalString(const json &object, const char *key)
{
    const json *v = optional(object, key);
    if (!v)
        return {};
    if (!v->is_string())
        throw DtoError(key, "must be a string");
    return toQString(*v);
}

qint64 requiredInteger(const json &object, const char *key)
{
    const json &v = required(object, key);
    if (!v.is_number_integer())
        throw DtoError(key, "must be an integer");
    return v.get<qint64>();
}

std::optional<qint64> optionalInteger(const json &object, const char *key)
{
    const json *v = optional(object, key);
    if (!v)
        return std::nullopt;
    if (!v->is_number_integer())
        throw DtoError(key, "must be an integer");
    return v->get<qint64>();
}

bool requiredBool(const json &object, const char *key)
{
    const json &v = required(object, key);
    if (!v.is_boolean())
        throw DtoError(key, "must be true or false");
    return v.get<bool>();
}

bool optionalBool(const json &object, const char *key, bool fallback)
{
    const json *v = optional(object, key);
    if (!v)
        return fallback;
    if (!v->is_boolean())
        throw DtoError(key, "must be true or false");
    return v->get<bool>();
}

QStringList optionalStringList(const json &object, const char *key)
{
    const json *v = optional(object, key);
    QStringList out;
    if (!v)
        return out;
    if (!v->is_array())
        throw DtoError(key, "must be an array");
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json &item = (*v)[i];
        if (!item.is_string())
            throw DtoError(std::string(key) + "[" + std::to_string(i) + "]", "must be a string");
        out << toQString(item);
    }
    return out;
}

QString jsonPathString(const std::string &relative)
{
    if (relative.empty())
        return QStringLiteral("$");
    return QStringLiteral("$") + (relative.front() == '[' ? QString() : QStringLiteral(".")) +
           QString::fromStdString(relative);
}

} // namespace pitchside::sync::api
