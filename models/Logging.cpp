#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "pitchside.models.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "pitchside.models", QtInfoMsg)
