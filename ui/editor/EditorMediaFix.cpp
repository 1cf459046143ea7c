// EditorPage's media pre-flight (issue 13): each attached photo or video
// checked against the rules of the post's networks on a worker thread, and
// the one-click fix — copies cropped or padded to an aspect every network
// takes, imported as new library items in place of the originals.
#include "EditorPage.h"

#include "MediaStrip.h"
#include "PostComposer.h"
#include "../common/MessageBanner.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaImporter.h"
#include "models/media/RemoteVariantSource.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent>

namespace pitchside::ui {

namespace {

// A file name for the copy from the item's name, kept to plain characters:
// the name may come from the server and never becomes a path as it is.
QString copyName(const QString &filename, int index)
{
    QString base = QFileInfo(filename).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")), QStringLiteral("_"));
    base = base.left(60).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("photo");
    return QStringLiteral("%1-%2-reseaux.jpg").arg(index).arg(base);
}

} // namespace

void EditorPage::checkMedia(const Post &current)
{
    QStringList key{QString::number(int(current.platforms))};
    key << current.mediaIds;
    const QString checked = key.join(QLatin1Char(','));
    if (checked == m_checkedMedia)
        return;
    m_checkedMedia = checked;
    QVector<Media> media;
    for (const QString &id : current.mediaIds)
        if (const std::optional<Media> m = m_context.store.media().find(id))
            media << *m;
    const quint64 ticket = ++m_checkTicket;
    if (media.isEmpty() || !current.platforms) {
        m_mediaProblems.clear();
        Q_EMIT mediaChecked();
        return;
    }
    // The headers of the local copies are read off the UI thread.
    auto *watcher = new QFutureWatcher<QVector<media::PreflightProblem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket != m_checkTicket)
            return; // the media or networks changed meanwhile: a newer check runs
        m_mediaProblems = watcher->result();
        Post now = m_post;
        m_composer->applyTo(now);
        refreshPublishing(now);
        Q_EMIT mediaChecked();
    });
    const Platforms platforms = current.platforms;
    watcher->setFuture(QtConcurrent::run([media, platforms] {
        QVector<media::MediaFacts> facts;
        for (const Media &m : media)
            facts << media::factsOf(m);
        return media::checkMedia(facts, platforms);
    }));
}

bool EditorPage::fixMedia(bool pad)
{
    if ((m_fixImporter && m_fixImporter->isRunning()) || m_fixDownloads)
        return false;
    Post current = m_post;
    m_composer->applyTo(current);
    QVector<MediaFixJob> jobs;
    QVector<Media> remote; // made on another device: the original is on the server only
    m_fixDir = std::make_unique<QTemporaryDir>();
    for (const media::PreflightProblem &p : std::as_const(m_mediaProblems)) {
        if (!p.fixable() || !current.mediaIds.contains(p.mediaId)
            || std::any_of(jobs.begin(), jobs.end(), [&p](const MediaFixJob &j) { return j.id == p.mediaId; })
            || std::any_of(remote.begin(), remote.end(), [&p](const Media &m) { return m.id == p.mediaId; }))
            continue;
        const std::optional<Media> m = m_context.store.media().find(p.mediaId);
        if (!m)
            continue;
        if (m->localPath.isEmpty() || !QFileInfo::exists(m->localPath)) {
            remote << *m;
            continue;
        }
        jobs.push_back({m->id, m->localPath, m_fixDir->filePath(copyName(m->filename, int(jobs.size()) + 1))});
    }
    if (!remote.isEmpty() && m_remoteMedia) {
        downloadThenFix(jobs, remote, pad);
        return true;
    }
    QStringList notFixed;
    for (const Media &m : std::as_const(remote))
        notFixed << tr("“%1” is not on this computer, and no Pitchside account is signed in to download it")
                        .arg(m.filename);
    if (jobs.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              notFixed.isEmpty() ? tr("Nothing to fix: every photo suits the post's networks.")
                                                 : notFixed.join(QStringLiteral("; ")));
        Q_EMIT mediaFixed(0);
        return false;
    }
    prepareFixes(jobs, pad, notFixed);
    return true;
}

void EditorPage::downloadThenFix(QVector<MediaFixJob> jobs, const QVector<Media> &remote, bool pad)
{
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Downloading %n photo(s) from the server to adapt them…", nullptr, int(remote.size())));
    struct Pending
    {
        QVector<MediaFixJob> jobs;
        QHash<QString, QString> waiting; // media id → its file name
        QStringList notFixed;
    };
    auto pending = std::make_shared<Pending>();
    pending->jobs = std::move(jobs);
    for (const Media &m : remote)
        pending->waiting.insert(m.id, m.filename);
    auto *context = new QObject(this); // this fix's connections, gone with it
    m_fixDownloads = context;
    auto answered = [this, context, pending, pad](const QString &id) {
        pending->waiting.remove(id);
        if (!pending->waiting.isEmpty())
            return;
        context->deleteLater();
        m_fixDownloads = nullptr;
        if (pending->jobs.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error, pending->notFixed.join(QStringLiteral("; ")));
            Q_EMIT mediaFixed(0);
            return;
        }
        prepareFixes(pending->jobs, pad, pending->notFixed);
    };
    const QString original = QStringLiteral("original");
    connect(m_remoteMedia, &media::RemoteVariantSource::available, context,
            [this, pending, answered, original](const QString &id, const QString &variant, const QString &path) {
                if (variant != original || !pending->waiting.contains(id))
                    return;
                // The download cache may evict its file later: the copy is made from it right away.
                const int index = int(pending->jobs.size()) + 1;
                pending->jobs.push_back({id, path, m_fixDir->filePath(copyName(pending->waiting.value(id), index))});
                answered(id);
            });
    connect(m_remoteMedia, &media::RemoteVariantSource::unavailable, context,
            [pending, answered, original](const QString &id, const QString &variant, const QString &reason) {
                if (variant != original || !pending->waiting.contains(id))
                    return;
                pending->notFixed << tr("“%1” could not be downloaded: %2").arg(pending->waiting.value(id), reason);
                answered(id);
            });
    for (const Media &m : remote)
        m_remoteMedia->request(m.id, original);
}

void EditorPage::prepareFixes(const QVector<MediaFixJob> &jobs, bool pad, const QStringList &notFixed)
{
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Preparing %n photo(s) for the networks…", nullptr, int(jobs.size())));
    Post current = m_post;
    m_composer->applyTo(current);
    const Platforms platforms = current.platforms;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, jobs, notFixed] {
        watcher->deleteLater();
        const QStringList errors = watcher->result() + notFixed;
        m_fixSources.clear();
        QStringList made;
        for (const MediaFixJob &j : jobs)
            if (QFileInfo::exists(j.target)) {
                m_fixSources.insert(j.target, j.id);
                made << j.target;
            }
        if (made.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The photos could not be prepared: %1").arg(errors.join(QStringLiteral("; "))));
            Q_EMIT mediaFixed(0);
            return;
        }
        if (!m_fixImporter) {
            const QString accountDir = QFileInfo(m_context.store.path()).absolutePath();
            m_fixImporter = new media::MediaImporter(m_context.store, media::ContentStore::rootFor(accountDir), this);
        }
        m_fixImporter->disconnect(this);
        connect(m_fixImporter, &media::MediaImporter::finished, this, [this, errors](const media::ImportReport &report) {
            QStringList ids = m_composer->media()->mediaIds();
            int replaced = 0;
            for (const media::ImportOutcome &o : report.outcomes) {
                const QString original = m_fixSources.value(o.source);
                const int at = int(ids.indexOf(original));
                if (o.kind == media::ImportOutcome::Kind::Refused || o.mediaId.isEmpty() || at < 0)
                    continue;
                ids[at] = o.mediaId;
                ++replaced;
            }
            m_fixSources.clear();
            m_fixDir.reset();
            if (replaced > 0) {
                m_composer->media()->setMediaIds(ids);
                onEdited();
                flush();
                const QString done = tr("%n photo(s) adapted for the post's networks. The originals stay in the "
                                        "library.",
                                        nullptr, replaced);
                if (errors.isEmpty())
                    m_banner->showMessage(MessageBanner::Kind::Info, done);
                else
                    m_banner->showMessage(MessageBanner::Kind::Warning,
                                          done + QLatin1Char(' ')
                                              + tr("Not adapted: %1").arg(errors.join(QStringLiteral("; "))));
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error,
                                      tr("The adapted photos could not be added to the library."));
            }
            Q_EMIT mediaFixed(replaced);
        });
        m_fixImporter->start(made);
    });
    watcher->setFuture(QtConcurrent::run([jobs, platforms, pad] {
        QStringList errors;
        for (const MediaFixJob &j : jobs) {
            QString error;
            const QByteArray bytes = media::preparedCopy(
                j.source, platforms, pad ? media::AspectFix::Pad : media::AspectFix::Crop, &error);
            QFile out(j.target);
            if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                errors << (error.isEmpty() ? out.errorString() : error);
                out.remove();
            }
        }
        return errors;
    }));
}

} // namespace pitchside::ui
