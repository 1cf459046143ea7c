#pragma once

#include <QString>

class QSqlQuery;

namespace pitchside::store {

// Why the store could not be opened or written. The UI turns the kind into a
// sentence for people; `detail` is the technical reason for the log.
struct [[nodiscard]] StoreError
{
    enum class Kind {
        None,
        CannotCreateDirectory,   // the data directory could not be made
        DirectoryNotWritable,    // the data directory is read-only for us
        FileNotWritable,         // the database file is read-only for us
        FileNotReadable,         // the database file cannot be read
        NotADatabase,            // corrupt, or not an SQLite file at all
        NewerSchema,             // written by a newer Pitchside
        MigrationFailed,         // an upgrade step failed; the file is untouched
        QueryFailed,             // a statement failed at run time
        NotFound,                // the entity does not exist (or is deleted)
        Refused,                 // a rule forbids the change (see detail)
    };

    StoreError() = default;
    StoreError(Kind k, QString d = {}, QString p = {}, int fileV = 0, int appV = 0)
        : kind(k), detail(std::move(d)), path(std::move(p)), fileVersion(fileV), appVersion(appV)
    {
    }

    Kind kind = Kind::None;
    QString detail;
    QString path;
    int fileVersion = 0;      // for NewerSchema / MigrationFailed
    int appVersion = 0;

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); }

    // A sentence a person can act on, translated (context "StoreError").
    QString userMessage() const;

    // A statement that failed: QueryFailed with SQLite's words.
    static StoreError queryFailed(const QSqlQuery &q);
    static StoreError queryFailed(const QString &detail) { return {Kind::QueryFailed, detail}; }
};

} // namespace pitchside::store
