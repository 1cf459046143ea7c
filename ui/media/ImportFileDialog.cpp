#include "ImportFileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTreeView>

namespace pitchside::ui {

ImportFileDialog::ImportFileDialog(Mode mode, const QString &rememberedFolder, QWidget *parent)
    : QFileDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("ImportFileDialog"));
    setAcceptMode(QFileDialog::AcceptOpen);
    if (mode == Mode::Files) {
        setWindowTitle(tr("Import photos and videos"));
        setFileMode(QFileDialog::ExistingFiles);
        setNameFilters({tr("Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.JPG *.JPEG *.PNG *.MP4 *.MOV)"),
                        tr("All files (*)")});
    } else {
        setWindowTitle(tr("Import a folder of photos and videos"));
        setFileMode(QFileDialog::Directory);
        setOption(QFileDialog::ShowDirsOnly, true);
    }
    setDirectory(startFolder(rememberedFolder));
    resize(920, 580);
}

QString ImportFileDialog::startFolder(const QString &rememberedFolder)
{
    const QStringList candidates{rememberedFolder, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                 QDir::homePath()};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QDir(folder).absolutePath();
    }
    return QDir::rootPath();
}

QString ImportFileDialog::folderToRemember() const
{
    const QStringList chosen = selectedFiles();
    if (chosen.isEmpty())
        return {};
    const QFileInfo first(chosen.constFirst());
    return m_mode == Mode::Folder ? first.absoluteDir().absolutePath() : first.absolutePath();
}

void ImportFileDialog::showEvent(QShowEvent *event)
{
    QFileDialog::showEvent(event);
    // Qt's widget dialog only (a native one has no such children): the
    // name column takes the room, the others fit their contents.
    if (auto *details = findChild<QTreeView *>()) {
        QHeaderView *header = details->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < header->count(); ++c)
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    if (auto *name = findChild<QLineEdit *>(QStringLiteral("fileNameEdit")); name && m_mode == Mode::Files
        && QFileInfo(directory().filePath(name->text())).isDir())
        name->clear(); // a folder's name is not a file to import
}

} // namespace pitchside::ui
