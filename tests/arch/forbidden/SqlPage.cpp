// Not compiled: what tests/arch/NoSqlInUi.cmake must find (6 lines here, 1 in SqlPage.h).
#include <QSqlDatabase>
#  include <QtSql/QSqlQuery>
#include "QSqlError"

void breaches(Store &store, Store *other)
{
    ConflictRepository(store.database().sql()).count();
    auto &db = other->sql();
    auto &raw = store.database ();
    // Not breaches: sqlite, a word in a comment: the sql() of the store.
    const QString sqlite = QStringLiteral("mysql()");
}
