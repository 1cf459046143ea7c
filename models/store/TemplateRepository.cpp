#include "TemplateRepository.h"

#include "ChangeHub.h"
#include "Outbox.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, profile_id, name, description, category, platforms, content, hashtags, variables, usage_count, "
    "created_at, updated_at, version, dirty, deleted, conflict");

StoreError queryError(const QSqlQuery &q)
{
    return {StoreError::Kind::QueryFailed, q.lastError().text()};
}

// A null QString binds as NULL; NOT NULL text columns want ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

PostTemplate readTemplate(const QSqlQuery &q)
{
    PostTemplate t;
    t.id = q.value(0).toString();
    t.profileId = q.value(1).toString();
    t.name = q.value(2).toString();
    t.description = q.value(3).toString();
    t.category = q.value(4).toString();
    t.platforms = Platforms::fromInt(q.value(5).toInt());
    t.content = q.value(6).toString();
    t.hashtags = listFromJson(q.value(7));
    t.variables = objectFromJson(q.value(8));
    t.usageCount = q.value(9).toInt();
    t.createdAt = dateFromMs(q.value(10));
    t.updatedAt = dateFromMs(q.value(11));
    t.sync = {q.value(12).toLongLong(), q.value(13).toBool(), q.value(14).toBool(), q.value(15).toBool()};
    return t;
}

} // namespace

QVector<PostTemplate> TemplateRepository::all(const QString &profileId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A template without a profile serves every profile.
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE deleted = 0 AND (? = '' OR profile_id IS NULL "
                             "OR profile_id = ?) ORDER BY usage_count DESC, name COLLATE NOCASE")
                  .arg(kColumns));
    const QString profile = profileId.isNull() ? QStringLiteral("") : profileId; // NULL would match nothing
    q.addBindValue(profile);
    q.addBindValue(profile);
    QVector<PostTemplate> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readTemplate(q));
    }
    return out;
}

std::optional<PostTemplate> TemplateRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readTemplate(q);
    return std::nullopt;
}

QStringList TemplateRepository::changedFields(const PostTemplate &a, const PostTemplate &b)
{
    QStringList f;
    const auto check = [&f](bool differs, const char *name) {
        if (differs)
            f << QString::fromLatin1(name);
    };
    check(a.profileId != b.profileId, "profile_id");
    check(a.name != b.name, "name");
    check(a.description != b.description, "description");
    check(a.category != b.category, "category");
    check(a.platforms != b.platforms, "platforms");
    check(a.content != b.content, "content");
    check(a.hashtags != b.hashtags, "hashtags");
    check(a.variables != b.variables, "variables");
    return f;
}

StoreError TemplateRepository::write(const PostTemplate &t, bool insert)
{
    QSqlQuery q(m_db);
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO templates (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns));
        q.addBindValue(t.id);
    } else {
        q.prepare(QStringLiteral("UPDATE templates SET profile_id=?, name=?, description=?, category=?, platforms=?, "
                                 "content=?, hashtags=?, variables=?, usage_count=?, created_at=?, updated_at=?, "
                                 "version=?, dirty=?, deleted=?, conflict=? WHERE id=?"));
    }
    q.addBindValue(textOrNull(t.profileId));
    q.addBindValue(notNull(t.name));
    q.addBindValue(textOrNull(t.description));
    q.addBindValue(notNull(t.category));
    q.addBindValue(int(t.platforms.toInt()));
    q.addBindValue(notNull(t.content));
    q.addBindValue(jsonList(t.hashtags));
    q.addBindValue(jsonObject(t.variables));
    q.addBindValue(t.usageCount);
    q.addBindValue(t.createdAt.toMSecsSinceEpoch());
    q.addBindValue(t.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(t.sync.version);
    q.addBindValue(t.sync.dirty ? 1 : 0);
    q.addBindValue(t.sync.deleted ? 1 : 0);
    q.addBindValue(t.sync.conflict ? 1 : 0);
    if (!insert)
        q.addBindValue(t.id);
    return q.exec() ? StoreError{} : queryError(q);
}

StoreError TemplateRepository::create(PostTemplate &tpl)
{
    if (tpl.id.isEmpty())
        tpl.id = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!tpl.createdAt.isValid())
        tpl.createdAt = now;
    tpl.updatedAt = now;
    tpl.sync = SyncFields{0, true, false, false};

    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (StoreError e = write(tpl, true))
        return e;
    if (StoreError e = Outbox(m_db).recordCreate(EntityType::Template, tpl.id))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Template, {tpl.id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

StoreError TemplateRepository::update(const QString &id, const std::function<void(PostTemplate &)> &edit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<PostTemplate> before = find(id);
    if (!before || before->sync.deleted)
        return {StoreError::Kind::NotFound};
    PostTemplate after = *before;
    edit(after);
    after.id = before->id;
    after.sync = before->sync;
    after.usageCount = before->usageCount; // the server counts uses
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty())
        return {};
    after.updatedAt = QDateTime::currentDateTimeUtc();
    after.sync.dirty = true;
    if (StoreError e = write(after, false))
        return e;
    if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Template, id, fields, before->sync.version))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Template, {id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

StoreError TemplateRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<PostTemplate> tpl = find(id);
    if (!tpl || tpl->sync.deleted)
        return {StoreError::Kind::NotFound};
    Outbox::DeleteOutcome outcome;
    if (StoreError e = Outbox(m_db).recordDelete(EntityType::Template, id, tpl->sync.version, &outcome))
        return e;
    QSqlQuery q(m_db);
    if (outcome == Outbox::DeleteOutcome::NeverSynced) {
        q.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE templates SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
    }
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Template, {id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

} // namespace pitchside::store
