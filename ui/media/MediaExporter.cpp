#include "MediaExporter.h"

#include "models/media/RemoteVariantSource.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QStandardPaths>
#include <QFileInfo>
#include <QThreadPool>

namespace pitchside::ui {

MediaExporter::MediaExporter(QObject *parent) : QObject(parent) {}

void MediaExporter::setRemoteSource(media::RemoteVariantSource *source)
{
    m_remote = source;
}

void MediaExporter::exportTo(const Media &media, const QString &destination)
{
    if (!media.localPath.isEmpty() && QFileInfo::exists(media.localPath)) {
        copy(media.localPath, destination);
        return;
    }
    if (!m_remote) {
        Q_EMIT finished(false, tr("This computer has no copy of “%1”, and no account to download it from.")
                                   .arg(media.filename));
        return;
    }
    const QString id = media.id;
    auto *context = new QObject(this); // one download, one answer
    connect(m_remote, &media::RemoteVariantSource::available, context,
            [this, context, id, destination](const QString &mediaId, const QString &variant, const QString &path) {
                if (mediaId != id || variant != u"original")
                    return;
                context->deleteLater();
                copy(path, destination);
            });
    connect(m_remote, &media::RemoteVariantSource::unavailable, context,
            [this, context, id, name = media.filename](const QString &mediaId, const QString &variant,
                                                       const QString &reason) {
                if (mediaId != id || variant != u"original")
                    return;
                context->deleteLater();
                Q_EMIT finished(false, tr("“%1” could not be downloaded: %2").arg(name, reason));
            });
    m_remote->request(id, QStringLiteral("original"));
}

void MediaExporter::askAndExport(const Media &media, QWidget *parent)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(media.filename);
    const QString destination = QFileDialog::getSaveFileName(parent, tr("Save a copy"), start);
    if (!destination.isEmpty())
        exportTo(media, destination);
}

void MediaExporter::copy(const QString &source, const QString &destination)
{
    QPointer<MediaExporter> self(this);
    QThreadPool::globalInstance()->start([self, source, destination] {
        QFile::remove(destination); // the dialog already asked before replacing it
        const bool ok = QFile::copy(source, destination);
        QMetaObject::invokeMethod(
            self,
            [self, ok, destination] {
                if (!self)
                    return;
                Q_EMIT self->finished(ok, ok ? tr("Saved a copy as %1").arg(QFileInfo(destination).fileName())
                                             : tr("Could not write %1").arg(destination));
            },
            Qt::QueuedConnection);
    });
}

} // namespace pitchside::ui
