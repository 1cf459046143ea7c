// JSON conventions shared by the whole server: nlohmann::json (ordered keys
// give stable, readable output) and small Qt <-> std conversions.
#pragma once

#include <QString>
#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline std::string ss(const QString &s) { return s.toStdString(); }

// Serialises without throwing on invalid UTF-8 (stored text is always valid,
// but a defensive replace beats a 500 on an edge case).
inline std::string dumpJson(const json &j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}
