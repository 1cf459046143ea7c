#include "FieldCodec.h"

#include "../api/JsonRead.h"
#include "../api/Rfc3339.h"
#include "models/Platform.h"

#include <QDateTime>
#include <QLocale>

namespace pitchside::sync::codec {

using json = nlohmann::json;
using api::DtoError;

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QString text(const json &v)
{
    return api::toQString(v);
}

QString compact(const json &v)
{
    return QString::fromStdString(v.dump());
}

json parseText(const QVariant &v, const json &fallback)
{
    const QByteArray bytes = v.toString().toUtf8();
    json j = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    return j.is_discarded() ? fallback : j;
}

} // namespace

QVariant decode(Codec codec, const json *v)
{
    const bool absent = !v || v->is_null();
    switch (codec) {
    case Codec::Text:
        if (absent)
            return nullText();
        if (!v->is_string())
            throw DtoError({}, "must be a string");
        return text(*v);
    case Codec::TextNotNull:
        // A null QString binds as SQL NULL: NOT NULL columns (a media
        // item's alt_text) need an empty text instead.
        if (absent)
            return QStringLiteral("");
        if (!v->is_string())
            throw DtoError({}, "must be a string");
        return v->get_ref<const std::string &>().empty() ? QStringLiteral("") : text(*v);
    case Codec::Integer:
    case Codec::IntegerNotNull:
        if (absent)
            return codec == Codec::Integer ? nullInt() : QVariant(qint64(0));
        if (!v->is_number_integer())
            throw DtoError({}, "must be an integer");
        return v->get<qint64>();
    case Codec::Bool:
        if (absent)
            return 0;
        if (!v->is_boolean())
            throw DtoError({}, "must be true or false");
        return v->get<bool>() ? 1 : 0;
    case Codec::Timestamp:
    case Codec::TimestampNotNull: {
        if (absent) {
            if (codec == Codec::TimestampNotNull)
                throw DtoError({}, "required");
            return nullInt();
        }
        if (!v->is_string())
            throw DtoError({}, "must be an RFC 3339 time");
        const std::string &s = v->get_ref<const std::string &>();
        const auto ms = api::parseRfc3339(s);
        if (!ms)
            throw DtoError({}, "must be an RFC 3339 time, not \"" + s + "\"");
        return *ms;
    }
    case Codec::PlatformMask: {
        if (absent)
            return 0;
        if (!v->is_array())
            throw DtoError({}, "must be an array");
        int mask = 0;
        for (const json &p : *v) {
            Platform platform;
            // A platform this build does not know yet is ignored, not fatal.
            if (p.is_string() && platformFromKey(text(p), &platform))
                mask |= int(platform);
        }
        return mask;
    }
    case Codec::SinglePlatform: {
        if (absent)
            return 0;
        if (!v->is_string())
            throw DtoError({}, "must be a string");
        if (text(*v) == u"both")
            return int(Platform::LinkedIn) | int(Platform::Instagram);
        Platform platform;
        // As in a list: a platform this build does not know yet is ignored.
        return platformFromKey(text(*v), &platform) ? int(platform) : 0;
    }
    case Codec::JsonArray:
        if (absent)
            return QStringLiteral("[]");
        if (!v->is_array())
            throw DtoError({}, "must be an array");
        return compact(*v);
    case Codec::JsonObject:
        if (absent)
            return QStringLiteral("{}");
        if (!v->is_object())
            throw DtoError({}, "must be an object");
        return compact(*v);
    case Codec::SecondsAsMs:
        if (absent)
            return nullInt();
        if (!v->is_number())
            throw DtoError({}, "must be a number");
        return qint64(v->get<double>() * 1000.0 + 0.5);
    case Codec::AddressLine: {
        if (absent)
            return nullText();
        if (v->is_string())
            return text(*v);
        if (!v->is_object())
            throw DtoError({}, "must be an object");
        QStringList parts;
        const auto part = [&](const char *key) {
            const auto it = v->find(key);
            return it != v->end() && it->is_string() ? text(*it).trimmed() : QString();
        };
        const QString line = part("address_line");
        const QString town = QStringList{part("postal_code"), part("city")}.join(QLatin1Char(' ')).trimmed();
        for (const QString &p : {line, town, part("country")}) {
            if (!p.isEmpty())
                parts << p;
        }
        return parts.isEmpty() ? nullText() : QVariant(parts.join(QStringLiteral(", ")));
    }
    }
    return {};
}

json encode(Codec codec, const QVariant &v)
{
    switch (codec) {
    case Codec::Text:
    case Codec::AddressLine:
        return v.isNull() ? json(nullptr) : json(v.toString().toStdString());
    case Codec::TextNotNull:
        return v.toString().toStdString();
    case Codec::Integer:
        return v.isNull() ? json(nullptr) : json(v.toLongLong());
    case Codec::IntegerNotNull:
        return v.toLongLong();
    case Codec::Bool:
        return v.toInt() != 0;
    case Codec::Timestamp:
    case Codec::TimestampNotNull:
        return v.isNull() ? json(nullptr) : json(api::formatRfc3339(v.toLongLong()).toStdString());
    case Codec::SinglePlatform: // read only: sent as the list it was read into
    case Codec::PlatformMask: {
        json a = json::array();
        for (const QString &k : platformKeys(Platforms::fromInt(v.toInt())))
            a.push_back(k.toStdString());
        return a;
    }
    case Codec::JsonArray:
        return parseText(v, json::array());
    case Codec::JsonObject:
        return parseText(v, json::object());
    case Codec::SecondsAsMs:
        return v.isNull() ? json(nullptr) : json(double(v.toLongLong()) / 1000.0);
    }
    return nullptr;
}

QString display(Codec codec, const QVariant &v)
{
    switch (codec) {
    case Codec::Timestamp:
    case Codec::TimestampNotNull:
        return v.isNull() ? QString()
                          : QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toLongLong()).toLocalTime(),
                                               QLocale::ShortFormat);
    case Codec::PlatformMask: {
        QStringList names;
        for (Platform p : AllPlatforms) {
            if (Platforms::fromInt(v.toInt()).testFlag(p))
                names << platformName(p);
        }
        return names.join(QStringLiteral(", "));
    }
    case Codec::JsonArray: {
        QStringList items;
        for (const json &item : encode(codec, v))
            items << (item.is_string() ? text(item) : compact(item));
        return items.join(QStringLiteral(", "));
    }
    case Codec::Bool:
        return v.toInt() ? QStringLiteral("✓") : QStringLiteral("—");
    case Codec::SinglePlatform:
        return display(Codec::PlatformMask, v);
    case Codec::SecondsAsMs:
        return v.isNull() ? QString() : QLocale().toString(double(v.toLongLong()) / 1000.0, 'f', 1);
    case Codec::Integer:
        return v.isNull() ? QString() : QLocale().toString(v.toLongLong());
    default:
        return v.toString();
    }
}

bool same(Codec codec, const QVariant &a, const QVariant &b)
{
    switch (codec) {
    case Codec::JsonArray:
    case Codec::JsonObject:
        return encode(codec, a) == encode(codec, b);
    case Codec::Text: // the store keeps "" as NULL (textOrNull): the same text
    case Codec::AddressLine:
    case Codec::TextNotNull:
        return a.toString() == b.toString();
    default:
        return a.isNull() == b.isNull() && a.toLongLong() == b.toLongLong();
    }
}

} // namespace pitchside::sync::codec
