#pragma once

#include "models/Media.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pitchside::media {
class RemoteVariantSource;
}

namespace pitchside::ui {

// "Save a copy…": writes an item's original where the person chooses. The
// library's own copy when this computer has it; otherwise the original is
// downloaded first (the one case where a remote item's full bytes are
// fetched). Copies run off the UI thread.
class MediaExporter : public QObject
{
    Q_OBJECT
public:
    explicit MediaExporter(QObject *parent = nullptr);

    void setRemoteSource(media::RemoteVariantSource *source);
    void exportTo(const Media &media, const QString &destination);
    // Asks where (a save dialog, in the pictures folder), then exports.
    void askAndExport(const Media &media, QWidget *parent);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void copy(const QString &source, const QString &destination);

    QPointer<media::RemoteVariantSource> m_remote;
};

} // namespace pitchside::ui
