#pragma once

#include "../PostTemplate.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace pitchside::store {

class ChangeHub;

// Reads and writes templates (synced type "template",
// models/store/types/TemplateType.cpp), through the generic writes.
class TemplateRepository
{
public:
    TemplateRepository(QSqlDatabase &db, ChangeHub *hub);

    // Most used first, then by name. An empty profile lists every template.
    QVector<PostTemplate> all(const QString &profileId = {}) const;
    std::optional<PostTemplate> find(const QString &id) const { return m_items.find(id); }

    StoreError create(PostTemplate &tpl) { return m_items.create(tpl); }
    // The use count is the server's: an edit never changes it.
    StoreError update(const QString &id, const std::function<void(PostTemplate &)> &edit)
    {
        return m_items.update(id, edit);
    }
    StoreError remove(const QString &id) { return m_items.remove(id); }

private:
    SyncedRepository<PostTemplate> m_items;
};

} // namespace pitchside::store
