// Strict reading of JSON request bodies: every failure is a 400 with the
// JSON path of the field (`platforms[1]`, `idea.title`) and a reason
// (required, type, enum, too_long, format, range). Unknown keys are ignored
// so clients may echo read-only fields such as version or created_at.
#pragma once

#include "core/json.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

enum class Need { Required, Optional, Nullable };

// A field that may be absent (present = false), explicitly null, or set.
template <typename T>
struct Field {
    bool present = false;
    bool null = false;
    T value{};
    bool isSet() const { return present && !null; }
    explicit operator bool() const { return isSet(); }
};

class Fields {
public:
    // Throws unless j is an object; path is the prefix of nested fields.
    explicit Fields(const json &j, std::string path = {});

    std::string pathOf(const char *key) const;
    bool has(const char *key) const { return m_j.contains(key); }
    const json &raw() const { return m_j; }

    Field<QString> str(const char *key, Need need, int maxLen, int minLen = 0) const;
    Field<QString> oneOf(const char *key, Need need, std::initializer_list<const char *> allowed) const;
    Field<QString> uuid(const char *key, Need need) const;
    Field<QString> email(const char *key, Need need) const;
    Field<QDateTime> time(const char *key, Need need) const;
    Field<qint64> integer(const char *key, Need need, qint64 min, qint64 max) const;
    Field<bool> boolean(const char *key, Need need) const;
    Field<QStringList> strings(const char *key, Need need, int maxItems, int itemMaxLen,
                               std::initializer_list<const char *> allowed = {},
                               bool unique = false, int minItems = 0) const;
    Field<QStringList> uuids(const char *key, Need need, int maxItems) const;
    Field<json> object(const char *key, Need need) const;
    // A nested object read with the same rules; throws when absent/invalid.
    Fields child(const char *key) const;

private:
    const json *get(const char *key, Need need, bool *isNull) const;

    const json &m_j;
    std::string m_path;
};
