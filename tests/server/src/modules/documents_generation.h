// Rendering of a document's visuals (POST /api/documents/{id}/generate):
// each support becomes a media item drawn with QPainter, after a short
// simulated rendering time so clients see "en_cours" then "pret".
#pragma once

#include <QString>

struct AppContext;

namespace documents {

// Schedules the render of a document already marked en_cours.
void scheduleGeneration(AppContext &ctx, const QString &documentId);
// Renders now (inside the caller's transaction).
void generateNow(AppContext &ctx, const QString &documentId);

} // namespace documents
