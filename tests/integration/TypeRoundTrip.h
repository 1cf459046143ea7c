#pragma once

// The round trip every synced type must pass, generated from its
// declaration and wire mapping, so that a type is covered the day it is
// registered: two clients of one user and the server, compared with one
// QCOMPARE per side after each step.
//
//   pull       both clients hold what the server holds
//   create     made offline in client A (values generated from the
//              declaration), pushed, pulled by client B
//   edit       every column people may change, in A; B sees it
//   conflict   both edit offline; the second to sync keeps both copies
//              (its own row and the server's), then "keep mine"; and the
//              other way round with "take theirs"
//   delete     in A; gone from the server and from B
//
// Steps a type does not allow (its declaration's operations) are skipped;
// a type people cannot create here but may edit (media: uploads create
// them) is edited and deleted on an item the server makes as another device
// would (serverMakes); without one the test fails and says so.
#include "SyncFixture.h"

#include "sync/entities/EntityRegistry.h"

#include <QHash>

#include <functional>

namespace pitchside::test {

class TypeRoundTrip
{
public:
    TypeRoundTrip(RemoteUser &remote, SyncClient &a, SyncClient &b, const sync::EntityRegistry &registry)
        : m_remote(remote), m_a(a), m_b(b), m_registry(registry)
    {
    }

    // How the server gets an item of a type clients cannot create: returns its id.
    void serverMakes(const QString &type, std::function<QString()> make) { m_serverMakes.insert(type, std::move(make)); }

    // A value the server needs that the declaration cannot tell (a message's
    // recipient: someone the server knows): used for `column` of `type` on
    // a create (which 0) or an edit (which 1) instead of the generated one.
    void use(const QString &type, const QString &column, int which, std::function<QVariant()> value)
    {
        m_values.insert(type + u'/' + column + u'/' + QString::number(which), std::move(value));
    }

    // QTest macros report failures; check QTest::currentTestFailed() after.
    void run(const sync::EntitySpec &spec);

    // A value for a column people may set: `which` 0 for a create, 1 for an
    // edit, so that the two always differ. References name a live item of
    // the referenced type in `client` (or nothing when there is none).
    QVariant sample(const store::ColumnDecl &column, int which, SyncClient &client) const;

private:
    void bothSidesAgree(const sync::EntitySpec &spec);
    QString createIn(SyncClient &client, const sync::EntitySpec &spec);
    void editEverything(SyncClient &client, const sync::EntitySpec &spec, const QString &id);
    void setProbe(SyncClient &client, const sync::EntitySpec &spec, const QString &id, const QString &text);
    QString probeValue(SyncClient &client, const sync::EntitySpec &spec, const QString &id);
    void conflictBothWays(const sync::EntitySpec &spec, const QString &id);
    void removeIn(SyncClient &client, const sync::EntitySpec &spec, const QString &id);
    const store::ColumnDecl *probe(const sync::EntitySpec &spec) const;
    bool syncBoth();

    RemoteUser &m_remote;
    SyncClient &m_a;
    SyncClient &m_b;
    const sync::EntityRegistry &m_registry;
    QHash<QString, std::function<QString()>> m_serverMakes;
    QHash<QString, std::function<QVariant()>> m_values;
    QString m_type; // the type run() is on
};

} // namespace pitchside::test
