#pragma once

#include "../Campaign.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

class ChangeHub;

// The campaign message templates (synced type "message_template"). Names
// are unique once case and accents are folded, as the server checks them
// ("Convocation U13" and "convocation u13" would be the same to a reader).
class MessageTemplateRepository
{
public:
    MessageTemplateRepository(QSqlDatabase &db, ChangeHub *hub);

    // By name.
    QVector<MessageTemplate> all() const;
    std::optional<MessageTemplate> find(const QString &id) const { return m_templates.find(id); }
    // The live template with this name once folded, if any.
    std::optional<MessageTemplate> findByName(const QString &name) const;

    // Refused with detail "duplicate_name", "name_required" or "message_required".
    StoreError create(MessageTemplate &messageTemplate);
    StoreError update(const QString &id, const std::function<void(MessageTemplate &)> &edit);
    StoreError remove(const QString &id);

    // How names compare: trimmed, case and accents folded.
    static QString foldedName(const QString &name);

private:
    StoreError check(const MessageTemplate &t) const;

    SyncedRepository<MessageTemplate> m_templates;
};

} // namespace pitchside::store
