#pragma once

#include <QString>
#include <QUrl>

namespace pitchside::sync {

// The backend's base URL as a person or a command line gives it. HTTPS is
// required, except plain HTTP to this computer (the local reference server).
struct BackendUrl
{
    enum class Problem { None, Empty, Malformed, UnsupportedScheme, InsecureRemote, HasQuery };

    static Problem check(const QString &text, QUrl *normalized = nullptr);
    static QString explain(Problem problem, const QString &text); // translated, actionable
    static bool isLoopback(const QUrl &url);

    static QString defaultUrl() { return QStringLiteral("http://127.0.0.1:8765"); }
};

} // namespace pitchside::sync
