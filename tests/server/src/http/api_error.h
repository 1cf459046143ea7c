// Errors of the contract (API.md §1). Handlers throw ApiError; the pipeline
// renders it as the envelope or, with --error-style rfc7807, as a problem.
#pragma once

#include "core/json.h"
#include "http/request.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <exception>

// A sentence in both languages of the app; the pipeline picks one with
// Accept-Language.
struct Text {
    QString fr;
    QString en;
    const QString &in(Lang lang) const { return lang == Lang::En ? en : fr; }
    Text arg(const QString &a) const { return {fr.arg(a), en.arg(a)}; }
    Text arg(qint64 a) const { return {fr.arg(a), en.arg(a)}; }
};

class ApiError : public std::exception {
public:
    ApiError(int status, const char *code, Text message, json details = json::object());
    const char *what() const noexcept override { return m_code; }

    int status() const { return m_status; }
    const char *code() const { return m_code; }
    const Text &message() const { return m_message; }
    const json &details() const { return m_details; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    ApiError &withHeader(const QByteArray &name, const QByteArray &value);

    // 400: details {field, reason} (+ extra keys such as min/max/allowed).
    static ApiError validation(const std::string &field, const char *reason,
                               json extra = json::object());
    static ApiError unauthorized(const char *reason);
    static ApiError forbidden(const std::string &field = {});
    static ApiError notFound(const char *what);
    static ApiError conflict(Text message, json details = json::object());
    static ApiError gone(Text message, json details = json::object());
    static ApiError payloadTooLarge(qint64 limit);
    // 422: the rule name goes to details.rule; the sentence comes from the catalogue.
    static ApiError rule(const char *rule, json details = json::object());
    static ApiError rateLimited(int retryAfterSeconds, const char *scope);
    static ApiError serverError();
    static ApiError unavailable(int retryAfterSeconds);
    static ApiError storageQuota(qint64 used, qint64 limit);
    static ApiError methodNotAllowed(const QStringList &allowed);
    static ApiError routeNotFound(const QString &path);

private:
    int m_status;
    const char *m_code;
    Text m_message;
    json m_details;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
