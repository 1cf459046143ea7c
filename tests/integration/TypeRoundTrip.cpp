#include "TypeRoundTrip.h"

#include "models/Clock.h"
#include "models/Platform.h"
#include "models/store/ConflictRepository.h"
#include "models/store/SyncedRows.h"
#include "sync/ConflictResolver.h"

#include <QSqlQuery>
#include <QTest>

namespace pitchside::test {

using store::ColumnDecl;
using store::ColumnKind;

namespace {

store::SyncedRows rowsOf(SyncClient &client, const sync::EntitySpec &spec)
{
    return store::SyncedRows(client.store().database().sql(), &client.store().hub(), spec.declaration());
}

// What a column holds when nobody sets it: the server fills it in.
QVariant unset(const ColumnDecl &c)
{
    switch (c.kind) {
    case ColumnKind::TextNotNull:
        return QStringLiteral("");
    case ColumnKind::IntegerNotNull:
    case ColumnKind::Bool:
    case ColumnKind::TimestampNotNull:
    case ColumnKind::PlatformMask:
        return qint64(0);
    case ColumnKind::JsonArray:
        return QStringLiteral("[]");
    case ColumnKind::JsonObject:
        return QStringLiteral("{}");
    case ColumnKind::Text:
        return QVariant(QMetaType::fromType<QString>());
    case ColumnKind::Integer:
    case ColumnKind::Timestamp:
        return QVariant(QMetaType::fromType<qint64>());
    }
    return {};
}

} // namespace

QVariant TypeRoundTrip::sample(const ColumnDecl &c, int which, SyncClient &client) const
{
    if (const auto given = m_values.constFind(m_type + u'/' + c.name + u'/' + QString::number(which));
        given != m_values.cend())
        return (*given)();
    if (!c.referencedType.isEmpty()) {
        if (c.kind == ColumnKind::JsonArray)
            return QStringLiteral("[]");
        // A live item of the referenced type, the same for create and edit.
        if (const sync::EntitySpec *target = m_registry.find(c.referencedType)) {
            const QVector<store::EntityRow> rows = store::EntityRows(client.store().database().sql(), target->table())
                                                       .select(QStringLiteral("deleted = 0 ORDER BY id LIMIT 1"));
            if (!rows.isEmpty())
                return rows.constFirst().id;
        }
        return unset(c);
    }
    if (!c.allowed.isEmpty()) {
        const QString value = c.allowed.value(which, c.allowed.constFirst());
        if (c.kind == ColumnKind::Integer || c.kind == ColumnKind::IntegerNotNull)
            return value.toLongLong();
        return value;
    }
    switch (c.kind) {
    case ColumnKind::Text:
    case ColumnKind::TextNotNull:
        if (c.name.endsWith(u"_url"))
            return QStringLiteral("https://example.org/%1-%2.png").arg(c.name).arg(which + 1);
        // Accents and an emoji: what club staff type.
        return QStringLiteral("Essai %1 %2 · été ⚽").arg(c.name).arg(which + 1);
    case ColumnKind::Integer:
    case ColumnKind::IntegerNotNull:
        return qint64(which + 2);
    case ColumnKind::Bool:
        return which == 0 ? 1 : 0;
    case ColumnKind::Timestamp:
    case ColumnKind::TimestampNotNull:
        // Whole seconds some days ahead: in the future for every rule.
        return (Clock::nowMs() / 1000 + (3 + which) * 86400) * 1000;
    case ColumnKind::PlatformMask:
        return int(which == 0 ? (Platforms(Platform::LinkedIn) | Platform::Facebook).toInt()
                              : Platforms(Platform::Facebook).toInt());
    case ColumnKind::JsonArray:
        return which == 0 ? QStringLiteral(R"(["essai","été"])") : QStringLiteral(R"(["autre"])");
    case ColumnKind::JsonObject:
        return which == 0 ? QStringLiteral(R"({"essai":"été"})") : QStringLiteral(R"({"autre":"x"})");
    }
    return {};
}

bool TypeRoundTrip::syncBoth()
{
    return m_a.syncUntilClean() && m_b.syncUntilClean();
}

void TypeRoundTrip::bothSidesAgree(const sync::EntitySpec &spec)
{
    const TypeState remote = m_remote.state(spec);
    QCOMPARE(m_a.state(spec), remote);
    QCOMPARE(m_b.state(spec), remote);
}

const ColumnDecl *TypeRoundTrip::probe(const sync::EntitySpec &spec) const
{
    // The first text people edit: what the conflict steps change.
    for (const ColumnDecl &c : spec.declaration().columns()) {
        if (c.is(store::Pushed) && !c.is(store::CreateOnly) && c.referencedType.isEmpty() && c.allowed.isEmpty()
            && (c.kind == ColumnKind::Text || c.kind == ColumnKind::TextNotNull) && !c.name.endsWith(u"_url"))
            return &c;
    }
    return nullptr;
}

QString TypeRoundTrip::createIn(SyncClient &client, const sync::EntitySpec &spec)
{
    store::EntityRow row;
    for (const ColumnDecl &c : spec.declaration().columns()) {
        const bool given = m_values.contains(spec.type + u'/' + c.name + QStringLiteral("/0"));
        row.values << (c.is(store::Pushed) || given ? sample(c, 0, client) : unset(c));
    }
    row.children.resize(qsizetype(spec.declaration().children().size()));
    const int waiting = client.waiting();
    store::SyncedRows rows = rowsOf(client, spec);
    if (const store::StoreError e = rows.create(row)) {
        qWarning() << "create failed:" << e.detail;
        return {};
    }
    return client.waiting() == waiting + 1 ? row.id : QString();
}

void TypeRoundTrip::editEverything(SyncClient &client, const sync::EntitySpec &spec, const QString &id)
{
    const auto &columns = spec.declaration().columns();
    store::SyncedRows rows = rowsOf(client, spec);
    const store::StoreError e = rows.update(id, [&](const store::EntityRow &stored, store::EntityRow &before,
                                                    store::EntityRow &after) {
        before = after = stored;
        for (int i = 0; i < int(columns.size()); ++i) {
            const ColumnDecl &c = columns.at(std::size_t(i));
            if (c.is(store::Pushed) && !c.is(store::CreateOnly))
                after.values[i] = sample(c, 1, client);
        }
        return store::StoreError{};
    });
    QVERIFY2(!e, qPrintable(e.detail));
}

void TypeRoundTrip::setProbe(SyncClient &client, const sync::EntitySpec &spec, const QString &id, const QString &text)
{
    const int index = spec.declaration().columnIndex(probe(spec)->name);
    store::SyncedRows rows = rowsOf(client, spec);
    const store::StoreError e = rows.update(
        id, [&](const store::EntityRow &stored, store::EntityRow &before, store::EntityRow &after) {
            before = after = stored;
            after.values[index] = text;
            return store::StoreError{};
        });
    QVERIFY2(!e, qPrintable(e.detail));
}

QString TypeRoundTrip::probeValue(SyncClient &client, const sync::EntitySpec &spec, const QString &id)
{
    const auto row = rowsOf(client, spec).find(id);
    return row ? row->values.value(spec.declaration().columnIndex(probe(spec)->name)).toString() : QString();
}

void TypeRoundTrip::conflictBothWays(const sync::EntitySpec &spec, const QString &id)
{
    const int probeIndex = spec.table().columnIndex(probe(spec)->name);
    // A first, then B: B keeps both copies, then keeps its own.
    setProbe(m_a, spec, id, QStringLiteral("Version A · 1"));
    setProbe(m_b, spec, id, QStringLiteral("Version B · 1"));
    QVERIFY(m_a.syncUntilClean());
    m_b.sync();
    QCOMPARE(m_b.conflicts(), 1);
    QCOMPARE(probeValue(m_b, spec, id), QStringLiteral("Version B · 1"));
    const auto record = store::ConflictRepository(m_b.store().database().sql()).find(spec.type, id);
    QVERIFY(record);
    const store::EntityRow server = spec.rowFromJson(json::parse(record->serverCopy.toStdString()));
    QCOMPARE(server.values.value(probeIndex).toString(), QStringLiteral("Version A · 1"));
    {
        sync::ConflictResolver resolver(m_b.store().database(), &m_b.store().hub(), m_registry);
        const store::StoreError e = resolver.resolve(spec.type, id, sync::ConflictResolver::Choice::KeepMine);
        QVERIFY2(!e, qPrintable(e.detail));
    }
    QVERIFY(m_b.syncUntilClean());
    QVERIFY(m_a.syncUntilClean());
    QCOMPARE(probeValue(m_a, spec, id), QStringLiteral("Version B · 1"));
    bothSidesAgree(spec);
    if (QTest::currentTestFailed())
        return;

    // B first, then A: A keeps both copies, then takes the server's.
    setProbe(m_b, spec, id, QStringLiteral("Version B · 2"));
    setProbe(m_a, spec, id, QStringLiteral("Version A · 2"));
    QVERIFY(m_b.syncUntilClean());
    m_a.sync();
    QCOMPARE(m_a.conflicts(), 1);
    QCOMPARE(probeValue(m_a, spec, id), QStringLiteral("Version A · 2"));
    {
        sync::ConflictResolver resolver(m_a.store().database(), &m_a.store().hub(), m_registry);
        const store::StoreError e = resolver.resolve(spec.type, id, sync::ConflictResolver::Choice::TakeTheirs);
        QVERIFY2(!e, qPrintable(e.detail));
    }
    QCOMPARE(probeValue(m_a, spec, id), QStringLiteral("Version B · 2"));
    QVERIFY(syncBoth());
    QCOMPARE(m_a.conflicts(), 0);
    QCOMPARE(m_b.conflicts(), 0);
    bothSidesAgree(spec);
}

void TypeRoundTrip::removeIn(SyncClient &client, const sync::EntitySpec &spec, const QString &id)
{
    store::SyncedRows rows = rowsOf(client, spec);
    const store::StoreError e = rows.remove(id);
    QVERIFY2(!e, qPrintable(e.detail));
}

void TypeRoundTrip::run(const sync::EntitySpec &spec)
{
    QVERIFY2(m_registry.find(spec.type) == &spec || m_registry.find(spec.type), qPrintable(spec.type));
    m_type = spec.type;
    QVERIFY(syncBoth());
    bothSidesAgree(spec);
    if (QTest::currentTestFailed())
        return;
    const store::SyncedTable &decl = spec.declaration();

    QString id;
    if (decl.operations & store::CanCreate) {
        id = createIn(m_a, spec);
        QVERIFY2(!id.isEmpty(), "the create was not stored with its outbox entry");
        QVERIFY(m_a.syncUntilClean());
        QVERIFY2(m_remote.state(spec).items.contains(id), "the server did not get the new item");
        QVERIFY(m_b.syncUntilClean());
        QVERIFY(m_b.state(spec).items.contains(id));
        bothSidesAgree(spec);
    } else if (decl.operations) {
        // People cannot create it here (a media item comes from an upload):
        // the server makes one, as another device would.
        const auto make = m_serverMakes.find(spec.type);
        QVERIFY2(make != m_serverMakes.end(),
                 qPrintable(QStringLiteral("%1 cannot be created by a client: tell the round trip how the server "
                                           "makes one (TypeRoundTrip::serverMakes)")
                                .arg(spec.type)));
        id = (*make)();
        QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("the server did not make a %1").arg(spec.type)));
        QVERIFY(syncBoth());
        QVERIFY(m_a.state(spec).items.contains(id));
        bothSidesAgree(spec);
    }
    if (QTest::currentTestFailed() || id.isEmpty())
        return;

    if (decl.operations & store::CanUpdate) {
        const TypeState before = m_remote.state(spec);
        editEverything(m_a, spec, id);
        QVERIFY(syncBoth());
        const TypeState after = m_remote.state(spec);
        QVERIFY2(after.items.value(id) != before.items.value(id), "the edit did not reach the server");
        if (const ColumnDecl *p = probe(spec))
            QCOMPARE(probeValue(m_b, spec, id), sample(*p, 1, m_b).toString());
        bothSidesAgree(spec);
        if (QTest::currentTestFailed())
            return;
        if (probe(spec))
            conflictBothWays(spec, id);
        if (QTest::currentTestFailed())
            return;
    }

    if (decl.operations & store::CanDelete) {
        removeIn(m_a, spec, id);
        QVERIFY(m_a.syncUntilClean());
        QVERIFY2(!m_remote.state(spec).items.contains(id), "the server still has the deleted item");
        QVERIFY(m_b.syncUntilClean());
        QVERIFY(!m_b.state(spec).items.contains(id));
        bothSidesAgree(spec);
    }
}

} // namespace pitchside::test
