#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace pitchside::PrivateFiles {

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool makeDir(const QString &path)
{
    QStringList created;
    for (QString p = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(p);
         p = QFileInfo(p).absolutePath()) {
        created << p;
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    if (!QDir().mkpath(path))
        return false;
    created << QDir::cleanPath(QDir(path).absolutePath());
    bool ok = true;
    for (const QString &p : created)
        ok = QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) && ok;
    return ok;
}

bool restrict(const QString &file)
{
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace pitchside::PrivateFiles
