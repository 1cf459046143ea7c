#pragma once

#include "EntitySpec.h"

namespace pitchside::sync::codec {

// JSON value -> column value. `value` is null when the key is absent.
// Throws api::DtoError (path empty: the caller knows the key) when the value
// has the wrong type. Nulls are typed, so that Qt binds them as SQL NULL.
QVariant decode(Codec codec, const nlohmann::json *value);
// Column value -> JSON value, the inverse of decode.
nlohmann::json encode(Codec codec, const QVariant &value);
// Column value -> a short text for people (dates in the locale, platform
// names…), for the conflict resolver and lists.
QString display(Codec codec, const QVariant &value);
// Whether two column values mean the same (JSON texts compared as JSON).
bool same(Codec codec, const QVariant &a, const QVariant &b);

} // namespace pitchside::sync::codec
