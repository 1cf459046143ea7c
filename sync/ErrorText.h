#pragma once

#include "api/ApiError.h"

#include <QString>

namespace pitchside::sync {

// Sentences for people about a failed request: what happened and, where
// there is one, what to do. Translated (context "SyncError").
QString explainError(const api::ApiError &error);
// What the user can do about a change the server refused, by its stored
// reason code ("BUSINESS_RULE/caption_too_long", "FORBIDDEN"…).
QString adviceForRefusal(const QString &reasonCode);

} // namespace pitchside::sync
