#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

QString StoreError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotCreateDirectory:
        return QCoreApplication::translate("pitchside::store::StoreError", "Pitchside cannot create its data folder %1. Check that the disk is not full and "
                  "that you may write there, or start Pitchside with --data-dir to choose another folder.")
            .arg(path);
    case Kind::DirectoryNotWritable:
        return QCoreApplication::translate("pitchside::store::StoreError", "Pitchside cannot write in its data folder %1. Give your user write permission on it, "
                  "or start Pitchside with --data-dir to choose another folder. Nothing was changed.")
            .arg(path);
    case Kind::FileNotWritable:
        return QCoreApplication::translate("pitchside::store::StoreError", "The database %1 is read-only. Give your user write permission on it. Nothing was changed.")
            .arg(path);
    case Kind::FileNotReadable:
        return QCoreApplication::translate("pitchside::store::StoreError", "The database %1 cannot be read. Check its permissions. Nothing was changed.").arg(path);
    case Kind::NotADatabase:
        return QCoreApplication::translate("pitchside::store::StoreError", "The database %1 is damaged or is not a Pitchside database. It was left exactly as it is: "
                  "keep a copy of it, then move it away to start with an empty store, or restore a backup.")
            .arg(path);
    case Kind::NewerSchema:
        return QCoreApplication::translate("pitchside::store::StoreError", "The database %1 was written by a newer version of Pitchside (schema %2; this version knows "
                  "up to %3). Install the newer version. The file was not changed.")
            .arg(path)
            .arg(fileVersion)
            .arg(appVersion);
    case Kind::MigrationFailed:
        return QCoreApplication::translate("pitchside::store::StoreError", "Pitchside could not upgrade the database %1 from schema %2 to %3: %4. The database was left "
                  "as it was before the upgrade.")
            .arg(path)
            .arg(fileVersion)
            .arg(appVersion)
            .arg(detail);
    case Kind::QueryFailed:
        return QCoreApplication::translate("pitchside::store::StoreError", "The local store refused a change: %1").arg(detail);
    case Kind::NotFound:
        return QCoreApplication::translate("pitchside::store::StoreError", "This item no longer exists.");
    case Kind::Refused:
        return detail;
    }
    return detail;
}

StoreError StoreError::queryFailed(const QSqlQuery &q)
{
    return {Kind::QueryFailed, q.lastError().text()};
}

} // namespace pitchside::store
