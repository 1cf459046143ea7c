#pragma once

#include "../PostTemplate.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace pitchside::store {

class ChangeHub;

// Reads and writes templates (synced entity "template"). Like posts, every
// write records its outbox entry in the same transaction and is announced
// on the hub after the commit.
class TemplateRepository
{
public:
    TemplateRepository(QSqlDatabase &db, ChangeHub *hub) : m_db(db), m_hub(hub) {}

    // Most used first, then by name. An empty profile lists every template.
    QVector<PostTemplate> all(const QString &profileId = {}) const;
    std::optional<PostTemplate> find(const QString &id) const;

    StoreError create(PostTemplate &tpl);
    StoreError update(const QString &id, const std::function<void(PostTemplate &)> &edit);
    StoreError remove(const QString &id);

    // JSON keys a change touched, as the outbox records them.
    static QStringList changedFields(const PostTemplate &before, const PostTemplate &after);

private:
    StoreError write(const PostTemplate &tpl, bool insert);

    QSqlDatabase &m_db;
    ChangeHub *m_hub;
};

} // namespace pitchside::store
