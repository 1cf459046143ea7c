#include "ContentStore.h"

#include "models/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace pitchside::media {

namespace {

// Large blocks keep the syscalls few; small enough that cancel answers fast.
constexpr qint64 kBlock = 1024 * 1024;

using Outcome = ContentStore::Ingested::Outcome;

} // namespace

QString ContentStore::rootFor(const QString &accountDir)
{
    return QDir(accountDir).filePath(QStringLiteral("media"));
}

QString ContentStore::pathFor(const QString &sha256, const QString &extension) const
{
    // Two hex digits of fan-out keep folders small (256 of them) for libraries of any size.
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256.mid(2) + u'.' + extension);
}

ContentStore::Ingested ContentStore::ingest(const QString &source, const std::atomic_bool *cancel) const
{
    Ingested r;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        r.detail = in.errorString();
        return r;
    }
    r.size = in.size();
    if (r.size == 0) {
        r.outcome = Outcome::Empty;
        return r;
    }
    const QByteArray head = in.peek(kSniffBytes);
    r.format = sniffFormat(head);
    if (!r.format.accepted()) {
        r.outcome = Outcome::Unsupported;
        return r;
    }
    if (r.size > sizeLimit(r.format.type())) {
        r.outcome = Outcome::TooLarge;
        return r;
    }

    if (!PrivateFiles::makeDir(m_root)) {
        r.outcome = Outcome::WriteFailed;
        r.detail = QStringLiteral("cannot create %1").arg(m_root);
        return r;
    }
    // In the store's own folder, so the final rename never crosses file systems.
    QTemporaryFile temp(QDir(m_root).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!temp.open()) {
        r.outcome = Outcome::WriteFailed;
        r.detail = temp.errorString();
        return r;
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    StructureCheck check(r.format.kind);
    QByteArray block(kBlock, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.outcome = Outcome::Cancelled;
            return r;
        }
        const qint64 n = in.read(block.data(), kBlock);
        if (n < 0) {
            r.detail = in.errorString();
            return r; // Unreadable
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        check.feed(block.constData(), n);
        if (temp.write(block.constData(), n) != n) {
            r.outcome = Outcome::WriteFailed;
            r.detail = temp.errorString();
            return r;
        }
        copied += n;
    }
    r.size = copied; // what we read is what we stored, even if the source grew meanwhile
    r.problem = check.finish();
    if (r.problem != StructureCheck::Problem::None) {
        r.outcome = Outcome::Incomplete;
        return r;
    }
    if (copied > sizeLimit(r.format.type())) {
        r.outcome = Outcome::TooLarge;
        return r;
    }
    r.video = check.video();
    r.sha256 = QString::fromLatin1(hash.result().toHex());
    r.path = pathFor(r.sha256, r.format.extension());

    const QFileInfo existing(r.path);
    if (existing.exists() && existing.size() == copied) {
        r.alreadyStored = true; // the same name is the same bytes
        r.outcome = Outcome::Stored;
        return r;
    }
    if (!temp.flush() || !PrivateFiles::makeDir(existing.absolutePath())) {
        r.outcome = Outcome::WriteFailed;
        r.detail = temp.errorString();
        return r;
    }
    QFile::remove(r.path); // a damaged copy of the same name is replaced
    if (!temp.rename(r.path)) {
        r.outcome = Outcome::WriteFailed;
        r.detail = temp.errorString();
        return r;
    }
    temp.setAutoRemove(false);
    r.outcome = Outcome::Stored;
    return r;
}

QString ContentStore::hashFile(const QString &path, const std::atomic_bool *cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 n = f.read(block.data(), kBlock);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace pitchside::media
