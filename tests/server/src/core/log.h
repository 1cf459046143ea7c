// Logging categories of the server (pitchside.server.*). Never log a
// password, a token or a request body that may hold one.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcFaults)
Q_DECLARE_LOGGING_CATEGORY(lcSeed)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
