#include "Logging.h"

Q_LOGGING_CATEGORY(lcSync, "pitchside.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "pitchside.sync.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "pitchside.sync.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLive, "pitchside.sync.live", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEntities, "pitchside.sync.entities", QtInfoMsg)
