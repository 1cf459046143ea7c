#pragma once

// Reading the contract's JSON into DTOs: required fields are checked, unknown
// fields ignored, and a failure says where it happened as a JSON path, so a
// bad answer is reported as "$.data.user.profiles[2].type: required" rather
// than as a crash or a silently empty value.
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pitchside::sync::api {

using json = nlohmann::json;

// Thrown by from_json functions. `path` is relative to the value being read;
// callers that know where it sits prefix it (see within()).
class DtoError : public std::runtime_error
{
public:
    DtoError(std::string path, std::string why)
        : std::runtime_error(why), m_path(std::move(path)), m_why(std::move(why))
    {
    }
    const std::string &path() const { return m_path; }
    const std::string &why() const { return m_why; }
    void prefix(const std::string &segment)
    {
        if (m_path.empty())
            m_path = segment;
        else if (m_path.front() == '[')
            m_path = segment + m_path;
        else
            m_path = segment + "." + m_path;
    }

private:
    std::string m_path;
    std::string m_why;
};

// Runs fn(); a DtoError it throws gets `segment` in front of its path.
template <class F>
auto within(const std::string &segment, F &&fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (DtoError &e) {
        e.prefix(segment);
        throw;
    }
}

void requireObject(const json &value);
const json &required(const json &object, const char *key);
// nullptr when the key is absent or null.
const json *optional(const json &object, const char *key);

QString toQString(const json &value);
QString requiredString(const json &object, const char *key);
// Ids from a server are UUIDs (API.md §1), nothing else: an id is used in
// request paths and store keys, so "../x" or "a/b" is refused here.
bool isUuid(const QString &text);
QString requiredUuid(const json &object, const char *key);
QString optionalString(const json &object, const char *key); // absent or null: empty
qint64 requiredInteger(const json &object, const char *key);
std::optional<qint64> optionalInteger(const json &object, const char *key);
bool requiredBool(const json &object, const char *key);
bool optionalBool(const json &object, const char *key, bool fallback);
QStringList optionalStringList(const json &object, const char *key);

template <class T>
T requiredObject(const json &object, const char *key)
{
    const json &v = required(object, key);
    return within(key, [&] { return v.get<T>(); });
}

template <class T>
std::vector<T> requiredArray(const json &object, const char *key)
{
    const json &v = required(object, key);
    if (!v.is_array())
        throw DtoError(key, "must be an array");
    std::vector<T> out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        out.push_back(within(std::string(key) + "[" + std::to_string(i) + "]", [&] { return v[i].get<T>(); }));
    return out;
}

// "$" plus the path: how DtoError paths are shown.
QString jsonPathString(const std::string &relative);

} // namespace pitchside::sync::api
