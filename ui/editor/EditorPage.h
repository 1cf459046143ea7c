#pragma once

#include "../Page.h"
#include "../UiContext.h"
#include "models/Post.h"
#include "models/PostRules.h"
#include "models/Profile.h"
#include "models/Publication.h"
#include "models/SocialAccount.h"
#include "models/media/MediaPreflight.h"
#include "models/media/RemoteVariantSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

#include <memory>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace pitchside {
class PostListModel;
namespace media {
class MediaImporter;
class RemoteVariantSource;
}
} // namespace pitchside

namespace pitchside::sync::ai {
class AiAssistant;
}

namespace pitchside::ui {

class AiPanel;
class MediaThumbnails;
class MessageBanner;
class PostComposer;
class PostPreview;
class SpellChecker;
class VersionsPanel;

// Write a post once for every network: the composer in the middle, the
// live preview per network, AI help and the saved versions beside it, the
// posts (searchable) on the left. Nothing typed is held only in memory for
// long: the post is saved to the store about a second after the last
// keystroke, with a version every minute, so a crash or a kill loses at most
// that second. Rules are checked as you type and before scheduling, and a
// refusal from the server is shown beside the field it is about.
class EditorPage : public Page
{
    Q_OBJECT
public:
    // `undo`: the window's stack (Ctrl+Z); the page makes its own without one.
    explicit EditorPage(UiContext &context, QWidget *parent = nullptr, QUndoStack *undo = nullptr);
    ~EditorPage() override;

    QString title() const override { return tr("Editor"); }
    QString iconName() const override { return QStringLiteral("square-pen"); }

    // A new post; with a time, the schedule field proposes it.
    void newPost(const QDateTime &when = {});
    void openPost(const QString &id);
    void focusSearch();
    QString currentPostId() const { return m_postId; }
    // Saves now what the debounce would save a moment later.
    void flush();

    // Templates and matches.
    bool startFromTemplate(const QString &templateId = {}, const QHash<QString, QString> &given = {});
    bool saveAsTemplate();
    void startMatchdayPost(const QString &matchId);
    // Scheduling and deleting, with the rules; return whether it happened.
    bool schedule(const QDateTime &when);
    bool unschedule();
    // "Publier maintenant" (or "Réessayer" for a failed post).
    bool publishNow();
    // Media pre-flight's fix: copies of the post's photos every network of
    // it takes (cropped, or padded), imported as new items and put in place
    // of the originals, which stay in the library. Asynchronous: mediaFixed().
    bool fixMedia(bool pad);
    const QVector<media::PreflightProblem> &mediaProblems() const { return m_mediaProblems; }
    bool deleteCurrent();
    bool restoreVersion(qint64 versionId);
    void attachMedia(); // opens the library picker

    void setAiAssistant(sync::ai::AiAssistant *assistant);
    // The server's pictures of the club's photos not on this computer.
    void setRemoteMedia(media::RemoteVariantSource *source);

    PostComposer *composer() const { return m_composer; }
    QListView *postList() const { return m_list; }
    PostPreview *preview() const { return m_preview; }
    AiPanel *aiPanel() const { return m_ai; }
    VersionsPanel *versions() const { return m_versions; }
    MessageBanner *banner() const { return m_banner; }
    QTabWidget *sideTabs() const { return m_side; }
    SpellChecker *spelling() const { return m_spelling; }
    QUndoStack *undoStack() const { return m_undo; }
    QString saveStateText() const;

    static constexpr int kAutosaveMs = 1000;
    // Typing without a pause still saves this often.
    static constexpr int kAutosaveMaxDelayMs = 3000;

Q_SIGNALS:
    // Planifier succeeded: the calendar shows the post there next time.
    void postScheduled(const QString &postId);
    // A warning's button: the account to connect or reconnect is there.
    void accountsRequested();
    // The pre-flight of the attached media has an answer (tests, screenshots).
    void mediaChecked();
    // fixMedia() is done: `count` photos replaced (0: nothing could be).
    void mediaFixed(int count);

private:
    QWidget *buildPostList();
    QWidget *buildHeaderActions();
    void onEdited();
    void refreshLive();
    void scheduleSave();
    void save();
    void load(const Post &post);
    void showParkedReason();
    // The Publication section's per-network lines (PublishingPanel).
    void reloadPublishing();
    void refreshPublishing(const Post &current);
    void checkMedia(const Post &current); // on a worker, when the media or networks change
    // fixMedia()'s steps: the originals of photos made on another device
    // downloaded first, then every copy prepared on a worker and imported.
    struct MediaFixJob
    {
        QString id;     // the media item the copy replaces
        QString source; // its file here
        QString target; // the copy's
    };
    void downloadThenFix(QVector<MediaFixJob> jobs, const QVector<Media> &remote, bool pad);
    void prepareFixes(const QVector<MediaFixJob> &jobs, bool pad, const QStringList &notFixed);
    QString profileName(const QString &profileId) const;
    QVector<RuleViolation> liveViolations(const Post &post) const;
    void writeFromTemplate(const QString &content, const QStringList &hashtags, Platforms platforms,
                           const QString &templateId, const QJsonObject &metadata);

    UiContext &m_context;
    QUndoStack *m_undo;
    SpellChecker *m_spelling;
    MediaThumbnails *m_thumbnails;
    PostListModel *m_model;
    MessageBanner *m_banner;
    QWidget *m_listPanel;
    QListView *m_list;
    QLineEdit *m_search;
    PostComposer *m_composer;
    PostPreview *m_preview;
    AiPanel *m_ai;
    VersionsPanel *m_versions;
    QTabWidget *m_side;
    QSplitter *m_splitter;
    QToolButton *m_listToggle;
    QToolButton *m_deleteButton;
    QLabel *m_saveState;
    QTimer *m_saveTimer;
    QElapsedTimer m_unsavedSince; // the first keystroke not saved yet
    QString m_postId;
    Post m_post; // the post as last loaded or saved, with what the form does not show
    bool m_loading = false;
    QString m_parkedBanner; // the server's refusal on show, dismissed once it is resolved
    bool m_saving = false; // our own writes come back through the hub: not news
    QVector<SocialAccount> m_socialAccounts; // read again when they change, not per keystroke
    QVector<Publication> m_publications;     // the open post's
    QVector<media::PreflightProblem> m_mediaProblems;
    QString m_checkedMedia;  // the networks and media last checked
    quint64 m_checkTicket = 0;
    media::MediaImporter *m_fixImporter = nullptr;
    std::unique_ptr<QTemporaryDir> m_fixDir;
    QHash<QString, QString> m_fixSources; // copy's path → the media item it replaces
    QPointer<QObject> m_fixDownloads;     // while originals download (one fix at a time)
    QPointer<media::RemoteVariantSource> m_remoteMedia;
    mutable QVector<Profile> m_profiles;
    mutable bool m_profilesLoaded = false;
};

} // namespace pitchside::ui
