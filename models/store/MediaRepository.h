#pragma once

#include "../Media.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

// Reads the media library.
class MediaRepository
{
public:
    explicit MediaRepository(QSqlDatabase &db) : m_db(db) {}

    std::optional<Media> find(const QString &id) const;
    // Newest first; `search` is what a person typed (name, tags, alt text).
    QVector<Media> list(const QString &search = {}, int limit = 500, int offset = 0) const;
    int count(const QString &search = {}) const;

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
