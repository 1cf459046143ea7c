#include "Envelope.h"

#include "JsonRead.h"
#include "models/Clock.h"

#include <QDateTime>
#include <QLocale>

#include <vector>

namespace pitchside::sync::api {

namespace {

// Follows the parser through the document so that, when it fails, we know
// which value it was in. Only run on a body that already failed to parse.
class PathTracker : public nlohmann::json_sax<json>
{
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override
    {
        m_stack.push_back({false, {}, 0, false});
        return true;
    }
    bool key(string_t &k) override
    {
        m_stack.back().key = k;
        m_stack.back().hasKey = true;
        return true;
    }
    bool end_object() override
    {
        m_stack.pop_back();
        return value();
    }
    bool start_array(std::size_t) override
    {
        m_stack.push_back({true, {}, 0, false});
        return true;
    }
    bool end_array() override
    {
        m_stack.pop_back();
        return value();
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &) override
    {
        m_position = position;
        std::string p;
        for (const Frame &f : m_stack) {
            if (f.array)
                p += "[" + std::to_string(f.index) + "]";
            else if (f.hasKey)
                p += (p.empty() ? "" : ".") + f.key;
        }
        m_path = p;
        return false;
    }

    std::string path() const { return m_path; }
    std::size_t position() const { return m_position; }

private:
    struct Frame
    {
        bool array;
        std::string key;
        std::size_t index;
        bool hasKey;
    };
    bool value()
    {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().index;
        return true;
    }
    std::vector<Frame> m_stack;
    std::string m_path;
    std::size_t m_position = 0;
};

QString stringAt(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? toQString(*it) : QString();
}

// Both error styles into one ApiError (kind Http).
ApiError errorFrom(int status, const json &root)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.status = status;
    const auto errIt = root.is_object() ? root.find("error") : root.end();
    if (errIt == root.end() || !errIt->is_object())
        return e; // not an error the contract describes: status only
    const json &err = *errIt;
    const bool problem = err.contains("type") || err.contains("title");
    e.code = stringAt(err, "code");
    if (problem) {
        // RFC 7807: the code is the upper-cased type when not given.
        if (e.code.isEmpty())
            e.code = stringAt(err, "type").toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        e.message = stringAt(err, "detail");
        if (e.message.isEmpty())
            e.message = stringAt(err, "title");
        if (const auto s = err.find("status"); s != err.end() && s->is_number_integer() && status == 0)
            e.status = s->get<int>();
        if (const auto list = err.find("errors"); list != err.end() && list->is_array() && !list->empty()
                                                  && list->front().is_object())
            e.field = stringAt(list->front(), "field");
    } else {
        e.message = stringAt(err, "message");
    }
    if (const auto d = err.find("details"); d != err.end() && d->is_object()) {
        e.details = *d;
        if (e.field.isEmpty())
            e.field = stringAt(*d, "field");
        e.reason = stringAt(*d, "rule");
        if (e.reason.isEmpty())
            e.reason = stringAt(*d, "reason");
        if (const auto ra = d->find("retry_after"); ra != d->end() && ra->is_number_integer())
            e.retryAfterSeconds = ra->get<int>();
    }
    if (const auto meta = root.find("meta"); meta != root.end() && meta->is_object())
        e.requestId = stringAt(*meta, "request_id");
    return e;
}

} // namespace

QString jsonPathOfSyntaxError(const QByteArray &text, QString *why)
{
    PathTracker tracker;
    const bool ok = json::sax_parse(text.constBegin(), text.constEnd(), &tracker);
    if (ok)
        return QStringLiteral("$");
    if (why) {
        *why = tracker.position() >= std::size_t(text.size())
                   ? QStringLiteral("the answer ends too early (%1 bytes)").arg(text.size())
                   : QStringLiteral("invalid JSON at byte %1").arg(tracker.position());
    }
    return jsonPathString(tracker.path());
}

ApiResponse parseAnswer(int status, const QByteArray &body)
{
    ApiResponse r;
    r.status = status;
    if (status == 204 || status == 304)
        return r;
    const bool failed = status >= 400;
    if (body.trimmed().isEmpty()) {
        if (failed)
            r.error = errorFrom(status, json());
        return r;
    }
    json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded()) {
        if (failed) {
            // An HTML error page from a proxy, say: the status is what counts.
            r.error = errorFrom(status, json());
            return r;
        }
        QString why;
        const QString path = jsonPathOfSyntaxError(body, &why);
        r.error = ApiError::parse(path, why);
        return r;
    }
    if (!root.is_object()) {
        r.error = failed ? errorFrom(status, json()) : ApiError::parse(QStringLiteral("$"), QStringLiteral("not a JSON object"));
        return r;
    }
    if (const auto meta = root.find("meta"); meta != root.end() && meta->is_object())
        r.meta = std::move(*meta);
    if (const auto pages = root.find("pagination"); pages != root.end() && !pages->is_null())
        r.pagination = std::move(*pages);

    const auto success = root.find("success");
    const bool envelopeFailure = success != root.end() && success->is_boolean() && !success->get<bool>();
    if (failed || envelopeFailure) {
        r.error = errorFrom(status, root);
        if (r.error.requestId.isEmpty() && r.meta.is_object())
            r.error.requestId = stringAt(r.meta, "request_id");
        if (!failed && r.error.code.isEmpty()) // success:false without an error object
            r.error = ApiError::parse(QStringLiteral("$.error"), QStringLiteral("required"));
        return r;
    }
    // Success: {success:true, data} or, in the RFC 7807 backend's style, {data}.
    const auto data = root.find("data");
    if (data == root.end()) {
        r.error = ApiError::parse(QStringLiteral("$.data"), QStringLiteral("required"));
        return r;
    }
    r.data = std::move(*data);
    return r;
}

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT"
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, Clock::nowUtc().secsTo(utc)));
}

} // namespace pitchside::sync::api
