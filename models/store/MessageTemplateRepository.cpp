#include "MessageTemplateRepository.h"

#include "types/SyncedTypes.h"

#include <algorithm>

namespace pitchside::store {

MessageTemplateRepository::MessageTemplateRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_templates(db, hub, messageTemplateType())
{
}

QString MessageTemplateRepository::foldedName(const QString &name)
{
    // NFD splits "É" into "E" and its accent; dropping the marks leaves the letters.
    QString folded;
    for (const QChar c : name.simplified().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded();
}

QVector<MessageTemplate> MessageTemplateRepository::all() const
{
    QVector<MessageTemplate> templates = m_templates.select(QStringLiteral("deleted = 0 ORDER BY name, id"));
    // SQLite's NOCASE is ASCII-only: "Élections" sorts with the E's by its
    // folded name (the same on every computer, whatever its locale).
    std::stable_sort(templates.begin(), templates.end(), [](const MessageTemplate &a, const MessageTemplate &b) {
        return foldedName(a.name) < foldedName(b.name);
    });
    return templates;
}

std::optional<MessageTemplate> MessageTemplateRepository::findByName(const QString &name) const
{
    const QString folded = foldedName(name);
    for (const MessageTemplate &t : m_templates.select(QStringLiteral("deleted = 0"))) {
        if (foldedName(t.name) == folded)
            return t;
    }
    return std::nullopt;
}

StoreError MessageTemplateRepository::check(const MessageTemplate &t) const
{
    if (t.name.trimmed().isEmpty())
        return {StoreError::Kind::Refused, QStringLiteral("name_required")};
    if (t.message1.trimmed().isEmpty())
        return {StoreError::Kind::Refused, QStringLiteral("message_required")};
    if (const auto same = findByName(t.name); same && same->id != t.id)
        return {StoreError::Kind::Refused, QStringLiteral("duplicate_name")};
    return {};
}

StoreError MessageTemplateRepository::create(MessageTemplate &messageTemplate)
{
    messageTemplate.name = messageTemplate.name.trimmed();
    if (StoreError e = check(messageTemplate))
        return e;
    return m_templates.create(messageTemplate);
}

StoreError MessageTemplateRepository::update(const QString &id, const std::function<void(MessageTemplate &)> &edit)
{
    return m_templates.update(
        id,
        [&edit](MessageTemplate &t) {
            edit(t);
            t.name = t.name.trimmed();
        },
        [this](const MessageTemplate &, const MessageTemplate &after) { return check(after); });
}

StoreError MessageTemplateRepository::remove(const QString &id)
{
    return m_templates.remove(id);
}

} // namespace pitchside::store
