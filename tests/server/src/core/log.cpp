#include "log.h"

Q_LOGGING_CATEGORY(lcHttp, "pitchside.server.http")
Q_LOGGING_CATEGORY(lcDb, "pitchside.server.db")
Q_LOGGING_CATEGORY(lcAuth, "pitchside.server.auth")
Q_LOGGING_CATEGORY(lcMedia, "pitchside.server.media")
Q_LOGGING_CATEGORY(lcFaults, "pitchside.server.faults")
Q_LOGGING_CATEGORY(lcSeed, "pitchside.server.seed")
Q_LOGGING_CATEGORY(lcJobs, "pitchside.server.jobs")
