#include "MediaPage.h"

#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "ImportBanner.h"
#include "ImportFileDialog.h"
#include "models/Preferences.h"
#include "MediaDeleteDialog.h"
#include "MediaDelegate.h"
#include "MediaDetailPane.h"
#include "MediaExporter.h"
#include "MediaFilterBar.h"
#include "MediaGridView.h"
#include "UploadPanel.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaDeletion.h"
#include "models/media/MediaGridModel.h"
#include "models/media/MediaImporter.h"
#include "models/media/ThumbnailCache.h"
#include "models/store/Store.h"
#include "sync/uploads/UploadController.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
const QString kImportFolderKey = QStringLiteral("media/lastImportFolder"); // where the last import came from
}

MediaPage::MediaPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_accountDir(QFileInfo(context.store.path()).absolutePath()),
      m_thumbnails(std::make_unique<media::ThumbnailCache>(QDir(m_accountDir).filePath(QStringLiteral("thumbnails")))),
      m_model(new media::MediaGridModel(context.store, *m_thumbnails, this)),
      m_importer(new media::MediaImporter(context.store, media::ContentStore::rootFor(m_accountDir), this)),
      m_search(new QLineEdit(this)), m_import(new QPushButton(this)), m_filters(new MediaFilterBar(this)),
      m_banner(new ImportBanner(this)), m_grid(new MediaGridView(this)),
      m_empty(new EmptyState(QStringLiteral("images"), this)), m_stack(new QStackedLayout), m_dropHint(new QWidget(this)),
      m_details(new MediaDetailPane(context.store, *m_model, this)), m_uploads(new UploadPanel(context.store, this)),
      m_exporter(new MediaExporter(this))
{
    setAcceptDrops(true);
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Photos and videos of your club, ready to drag onto posts."));
    m_search->setPlaceholderText(tr("Search names, tags, descriptions"));
    m_search->setToolTip(tr("Search names, tags and descriptions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    m_search->addAction(Icons::ui(QStringLiteral("search"), Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search media"));
    header->addWidget(m_search);
    auto *importFolder = new QToolButton(this);
    importFolder->setIcon(Icons::ui(QStringLiteral("folder-plus")));
    importFolder->setIconSize(QSize(20, 20));
    importFolder->setToolTip(tr("Import a folder…"));
    importFolder->setAccessibleName(tr("Import a folder…"));
    connect(importFolder, &QToolButton::clicked, this, &MediaPage::chooseFolder);
    header->addWidget(importFolder);
    m_import->setText(tr("Import"));
    m_import->setIcon(Icons::ui(QStringLiteral("image-plus"), Theme::onAccent()));
    m_import->setDefault(true);
    m_import->setObjectName(QStringLiteral("PrimaryButton"));
    m_import->setToolTip(tr("Import photos and videos (Ctrl+I), or drop them on this page"));
    connect(m_import, &QPushButton::clicked, this, &MediaPage::chooseFiles);
    header->addWidget(m_import);
    auto *importShortcut = new QAction(this);
    importShortcut->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    importShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(importShortcut, &QAction::triggered, this, &MediaPage::chooseFiles);
    addAction(importShortcut);

    m_grid->setModel(m_model);
    m_empty->setTitle(tr("No photos or videos yet"));
    QPushButton *emptyImport = m_empty->setAction(tr("Import photos and videos"));
    connect(emptyImport, &QPushButton::clicked, this, &MediaPage::chooseFiles);

    // While something is dragged over the page: say where it goes.
    m_dropHint->setObjectName(QStringLiteral("Card"));
    auto *dropLayout = new QVBoxLayout(m_dropHint);
    auto *dropIcon = new QLabel(m_dropHint);
    dropIcon->setPixmap(Icons::uiPixmap(QStringLiteral("image-plus"), 48, Theme::accent()));
    dropIcon->setAlignment(Qt::AlignCenter);
    auto *dropText = new QLabel(tr("Drop photos, videos or folders to import them"), m_dropHint);
    dropText->setAlignment(Qt::AlignCenter);
    dropText->setObjectName(QStringLiteral("EmptyStateTitle"));
    dropLayout->addStretch(1);
    dropLayout->addWidget(dropIcon);
    dropLayout->addWidget(dropText);
    dropLayout->addStretch(1);

    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_dropHint);
    auto *gridArea = new QWidget(this);
    gridArea->setLayout(m_stack);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(gridArea);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 300});

    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 2, 0, Theme::spacing * 2, Theme::spacing);
    body->setSpacing(Theme::spacing);
    body->addWidget(m_banner);
    body->addWidget(splitter, 1);
    body->addWidget(m_uploads);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_filters);
    layout->addLayout(body, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(120); // typing stays fluid; results follow at once
    connect(&m_searchTimer, &QTimer::timeout, this, &MediaPage::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_filters, &MediaFilterBar::changed, this, &MediaPage::applyQuery);
    m_tagsTimer.setSingleShot(true);
    m_tagsTimer.setInterval(300);
    connect(&m_tagsTimer, &QTimer::timeout, this, [this] {
        m_filters->setTags(m_context.store.media().allTags());
        updateEmptyState();
    });
    connect(&context.store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &ids) {
        if (type != store::EntityType::Media && type != store::EntityType::Post)
            return;
        m_tagsTimer.start();
        const QStringList selected = m_details->selection();
        if (ids.isEmpty() || type == store::EntityType::Post ||
            std::any_of(ids.begin(), ids.end(), [&selected](const QString &id) { return selected.contains(id); }))
            m_details->refresh();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MediaPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MediaPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediaPage::updateEmptyState);
    // A new search resets the grid: keep what is still shown selected, and
    // never detail an item the search has hidden (issue 11).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = m_details->selection(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_grid->selectIds(std::exchange(m_selectionBeforeReset, {}));
        m_details->setSelection(m_grid->selectedIds());
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MediaPage::onSelectionChanged);
    connect(m_grid, &MediaGridView::deleteRequested, this, [this] { deleteItems(m_grid->selectedIds()); });
    connect(m_grid, &MediaGridView::contextMenuRequested, this, &MediaPage::showContextMenu);
    connect(m_details, &MediaDetailPane::deleteRequested, this, [this] { deleteItems(m_details->selection()); });
    connect(m_details, &MediaDetailPane::openPostRequested, this, &MediaPage::openPostRequested);
    connect(m_details, &MediaDetailPane::uploadCommandRequested, this, [this](media::UploadControl::Command command,
                                                                               const QStringList &ids) {
        if (!ids.isEmpty())
            runUploadCommand(command, ids);
    });
    connect(m_uploads, &UploadPanel::commandRequested, this,
            [this](media::UploadControl::Command command) { runUploadCommand(command, {}); });
    connect(m_details, &MediaDetailPane::writeFailed, this, [this](const QString &message) {
        m_banner->showMessage(false, message);
    });
    connect(m_importer, &media::MediaImporter::progress, m_banner, &ImportBanner::showProgress);
    connect(m_importer, &media::MediaImporter::finished, this, &MediaPage::onImportFinished);
    connect(m_banner, &ImportBanner::cancelRequested, m_importer, &media::MediaImporter::cancel);
    connect(m_exporter, &MediaExporter::finished, m_banner, &ImportBanner::showMessage);
    // Loaded when the first screen's pictures are there: decoded here, and
    // the club's photos from other devices downloaded first.
    const auto settled = [this] {
        if (m_thumbnails->pending() == 0 && m_model->remoteWaiting() == 0)
            Q_EMIT loaded();
    };
    connect(m_thumbnails.get(), &media::ThumbnailCache::ready, this, settled);
    connect(m_thumbnails.get(), &media::ThumbnailCache::failed, this, settled);
    connect(m_model, &media::MediaGridModel::remoteSettled, this, [this, settled] {
        primeThumbnails(); // the downloaded ones are decoded now
        settled();
    });

    setUploadController(nullptr);
    m_filters->setTags(context.store.media().allTags());
    applyQuery();
}

MediaPage::~MediaPage()
{
    m_details->flush();
    m_importer->cancel();
    m_importer->wait();
}

bool MediaPage::isLoaded() const
{
    primeThumbnails();
    return m_thumbnails->pending() == 0 && m_model->remoteWaiting() == 0;
}

void MediaPage::activate()
{
    m_grid->setFocus();
}

void MediaPage::primeThumbnails() const
{
    // Ask for what the first screen shows, so --screenshot waits for it.
    const int rows = qMin(m_model->rowCount(), 40);
    for (int i = 0; i < rows; ++i)
        m_model->index(i).data(media::MediaGridModel::ThumbnailRole);
}

void MediaPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

int MediaPage::shownCount() const
{
    return m_model->rowCount();
}

void MediaPage::applyQuery()
{
    media::MediaQuery q = m_filters->query();
    q.search = m_search->text();
    m_model->setQuery(q);
    updateEmptyState();
}

void MediaPage::updateEmptyState()
{
    const int shown = m_model->rowCount();
    const int total = m_context.store.media().count();
    m_filters->setCount(shown, total);
    const QString search = m_search->text().trimmed();
    if (shown == 0 && total > 0) {
        m_empty->setTitle(search.isEmpty() ? tr("Nothing matches these filters") : tr("Nothing matches “%1”").arg(search));
        m_empty->setText(tr("Try another word, fewer words, or other filters."));
    } else {
        m_empty->setTitle(tr("No photos or videos yet"));
        m_empty->setText(tr("Drag photos, videos or whole folders here, or import them. Pitchside keeps its own copy "
                            "on this computer, so moving the originals changes nothing, and uploads them to your "
                            "account, resuming where it stopped."));
    }
    if (m_stack->currentWidget() != m_dropHint)
        m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_grid);
    m_details->setVisible(total > 0); // an empty library has nothing to detail
}

void MediaPage::chooseFiles()
{
    ImportFileDialog dialog(ImportFileDialog::Mode::Files, rememberedImportFolder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_context.preferences.setValue(kImportFolderKey, dialog.folderToRemember());
    importPaths(dialog.selectedFiles());
}

void MediaPage::chooseFolder()
{
    ImportFileDialog dialog(ImportFileDialog::Mode::Folder, rememberedImportFolder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_context.preferences.setValue(kImportFolderKey, dialog.folderToRemember());
    importPaths({dialog.selectedFiles().constFirst()});
}

QString MediaPage::rememberedImportFolder() const
{
    return m_context.preferences.value(kImportFolderKey).toString();
}

void MediaPage::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // One import at a time; what is dropped meanwhile follows it.
    if (m_importer->isRunning()) {
        m_queuedImports << paths;
        return;
    }
    m_importer->start(paths);
    m_banner->showProgress(0, 0, {});
}

void MediaPage::onImportFinished(const media::ImportReport &report)
{
    m_banner->showReport(report);
    if (!m_queuedImports.isEmpty()) {
        // The next import starts once this one's thread is done.
        QTimer::singleShot(0, this, [this] { importPaths(std::exchange(m_queuedImports, {})); });
    }
    // A single photo that was already there: show the one kept.
    if (report.outcomes.size() == 1 && report.outcomes.constFirst().kind == media::ImportOutcome::Kind::Duplicate)
        m_grid->selectId(report.outcomes.constFirst().mediaId);
    updateEmptyState();
}

void MediaPage::onSelectionChanged()
{
    m_details->setSelection(m_grid->selectedIds());
}

void MediaPage::deleteItems(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QHash<QString, QStringList> usedBy;
    for (const QString &id : ids) {
        QStringList posts;
        for (const PostSummary &p : m_context.store.posts().usingMedia(id))
            posts << p.id;
        if (!posts.isEmpty())
            usedBy.insert(id, posts);
    }
    auto *dialog = new MediaDeleteDialog(m_context.store, ids, usedBy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MediaDeleteDialog::openPostRequested, this, &MediaPage::openPostRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_details->flush();
        media::MediaDeletion::run(m_context.store, dialog->deletable(), m_thumbnails.get());
    });
    dialog->open();
}

void MediaPage::showContextMenu(const QPoint &globalPos)
{
    const QStringList ids = m_grid->selectedIds();
    QMenu menu(this);
    menu.addAction(Icons::ui(QStringLiteral("rotate-ccw")), tr("Retry upload"), this,
                   [this, ids] {
                       if (!ids.isEmpty()) // none selected is not "all"
                           runUploadCommand(media::UploadControl::Command::Resume, ids);
                   });
    menu.addAction(Icons::ui(QStringLiteral("pause")), tr("Pause upload"), this,
                   [this, ids] {
                       if (!ids.isEmpty())
                           runUploadCommand(media::UploadControl::Command::Pause, ids);
                   });
    if (ids.size() == 1) {
        menu.addAction(Icons::ui(QStringLiteral("download")), tr("Save a copy…"), this, [this, id = ids.constFirst()] {
            if (const std::optional<Media> m = m_context.store.media().find(id))
                m_exporter->askAndExport(*m, this);
        });
    }
    menu.addSeparator();
    menu.addAction(Icons::ui(QStringLiteral("trash-2"), Theme::danger()), tr("Delete…"), this,
                   [this, ids] { deleteItems(ids); });
    menu.exec(globalPos);
}

void MediaPage::runUploadCommand(media::UploadControl::Command command, const QStringList &ids)
{
    if (const store::StoreError e = media::UploadControl(m_context.store).run(command, ids))
        m_banner->showMessage(false, tr("The uploads could not be changed: %1").arg(e.userMessage()));
}

void MediaPage::setUploadController(sync::uploads::UploadController *uploads)
{
    if (m_uploadController)
        disconnect(m_uploadController, nullptr, this, nullptr);
    m_uploadController = uploads;
    m_grid->mediaDelegate()->setUploadsEnabled(uploads != nullptr);
    m_uploads->setUploadsEnabled(uploads != nullptr);
    if (uploads) {
        connect(uploads, &sync::uploads::UploadController::progressChanged, this, &MediaPage::onUploadProgress);
        onUploadProgress(uploads->progress());
    }
}

void MediaPage::onUploadProgress(const sync::uploads::UploadProgress &progress)
{
    m_grid->mediaDelegate()->setLiveProgress(progress.running);
    m_uploads->setLive(progress.running, progress.bytesDone);
    for (auto it = progress.running.constBegin(); it != progress.running.constEnd(); ++it) {
        const int row = m_model->rowOf(it.key());
        if (row >= 0)
            m_grid->update(m_model->index(row));
    }
}

void MediaPage::setRemoteSource(media::RemoteVariantSource *source)
{
    m_model->setRemoteSource(source);
    m_exporter->setRemoteSource(source);
}

void MediaPage::dragEnterEvent(QDragEnterEvent *event)
{
    // Files from the system, not our own items dragged within the page.
    if (!event->mimeData()->hasUrls() || event->mimeData()->hasFormat(media::MediaGridModel::mimeType()))
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            m_stack->setCurrentWidget(m_dropHint);
            return;
        }
    }
}

void MediaPage::dragLeaveEvent(QDragLeaveEvent *)
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_grid);
}

void MediaPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    m_stack->setCurrentWidget(m_grid);
    updateEmptyState();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace pitchside::ui
