#include "Logging.h"

Q_LOGGING_CATEGORY(lcSync, "pitchside.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "pitchside.sync.network", QtInfoMsg)
