#pragma once

#include "../Page.h"
#include "../UiContext.h"
#include "models/media/MediaQuery.h"
#include "models/media/UploadControl.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QLineEdit;
class QPushButton;
class QStackedLayout;

namespace pitchside::media {
class MediaGridModel;
class MediaImporter;
class RemoteVariantSource;
class ThumbnailCache;
struct ImportReport;
} // namespace pitchside::media
namespace pitchside::sync::uploads {
class UploadController;
struct UploadProgress;
} // namespace pitchside::sync::uploads

namespace pitchside::ui {

class EmptyState;
class ImportBanner;
class MediaDetailPane;
class MediaExporter;
class MediaFilterBar;
class MediaGridView;
class UploadPanel;

// The media library: import by drag and drop or a dialog (off the UI
// thread, with progress and cancel), a grid of every photo and video with
// search, filters and order, a detail pane to rename, tag and describe, and
// the uploads' progress. Items are dragged onto posts in the editor.
class MediaPage : public Page
{
    Q_OBJECT
public:
    explicit MediaPage(UiContext &context, QWidget *parent = nullptr);
    ~MediaPage() override;

    QString title() const override { return tr("Media"); }
    QString iconName() const override { return QStringLiteral("image"); }
    bool isLoaded() const override;
    void activate() override;

    void focusSearch();
    int shownCount() const;
    // Imports files and folders (what a drop or the dialog gives).
    void importPaths(const QStringList &paths);
    void deleteItems(const QStringList &ids);

    // Services of a signed-in account (app/ wires them; absent: local only).
    void setUploadController(sync::uploads::UploadController *uploads);
    void setRemoteSource(media::RemoteVariantSource *source);

    // For tests and screenshots.
    media::MediaGridModel *model() const { return m_model; }
    MediaGridView *grid() const { return m_grid; }
    MediaDetailPane *details() const { return m_details; }
    ImportBanner *importBanner() const { return m_banner; }
    UploadPanel *uploadPanel() const { return m_uploads; }
    media::MediaImporter *importer() const { return m_importer; }
    media::ThumbnailCache *thumbnails() const { return m_thumbnails.get(); }
    QLineEdit *searchField() const { return m_search; }
    MediaFilterBar *filterBar() const { return m_filters; }

Q_SIGNALS:
    void openPostRequested(const QString &postId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyQuery();
    void updateEmptyState();
    void chooseFiles();
    void chooseFolder();
    QString rememberedImportFolder() const;
    void onImportFinished(const media::ImportReport &report);
    void onSelectionChanged();
    void showContextMenu(const QPoint &globalPos);
    // Runs a person's upload command (empty ids: every unfinished upload) and says what failed.
    void runUploadCommand(media::UploadControl::Command command, const QStringList &ids);
    void onUploadProgress(const sync::uploads::UploadProgress &progress);
    void primeThumbnails() const;

    UiContext &m_context;
    QString m_accountDir;
    std::unique_ptr<media::ThumbnailCache> m_thumbnails;
    media::MediaGridModel *m_model;
    media::MediaImporter *m_importer;
    QPointer<sync::uploads::UploadController> m_uploadController;
    QLineEdit *m_search;
    QPushButton *m_import;
    MediaFilterBar *m_filters;
    ImportBanner *m_banner;
    MediaGridView *m_grid;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QWidget *m_dropHint;
    MediaDetailPane *m_details;
    UploadPanel *m_uploads;
    MediaExporter *m_exporter;
    QStringList m_queuedImports;
    QStringList m_selectionBeforeReset; // the details' selection while the grid resets
    QTimer m_searchTimer;
    QTimer m_tagsTimer;
};

} // namespace pitchside::ui
