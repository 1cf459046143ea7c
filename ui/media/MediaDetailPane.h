#pragma once

#include "models/Media.h"
#include "models/media/UploadControl.h"
#include "models/store/StoreError.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QToolButton;

namespace pitchside::store {
class Store;
}
namespace pitchside::media {
class MediaGridModel;
}

namespace pitchside::ui {

class TagEditor;

// The right-hand pane of the library: the selected item's picture, its name,
// alt text and tags (edited in place, saved to the store as you go), its
// facts, where it stands with the server, and the posts that use it (a
// click opens one in the editor). Several items selected: tag them all, or
// delete them. A write the store refuses is said (writeFailed), never
// dropped in silence.
class MediaDetailPane : public QWidget
{
    Q_OBJECT
public:
    MediaDetailPane(store::Store &store, media::MediaGridModel &model, QWidget *parent = nullptr);

    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_ids; }
    // Saves what is being typed (before the selection changes, on close).
    void flush();
    void refresh();

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *altEdit() const { return m_alt; }
    TagEditor *tagEditor() const { return m_tags; }
    QPushButton *deleteButton() const { return m_delete; }
    QString usageText() const;

Q_SIGNALS:
    void openPostRequested(const QString &postId);
    void deleteRequested();
    void uploadCommandRequested(pitchside::media::UploadControl::Command command, const QStringList &ids);
    // A rename, alt text or tags could not be saved: what, and why.
    void writeFailed(const QString &message);

private:
    void showOne(const Media &m);
    void showMany();
    void updatePreview();
    void saveName();
    void saveAlt();
    void saveTags(const QStringList &tags);
    void addTagsToAll(const QStringList &added);
    // Says a failed write on writeFailed(): `sentence` with the store's reason as %1.
    void report(const store::StoreError &error, const QString &sentence);
    void updateUpload();

    store::Store &m_store;
    media::MediaGridModel &m_model;
    QStringList m_ids;
    QStackedLayout *m_stack;
    QWidget *m_none;
    QWidget *m_one;
    QLabel *m_preview;
    QLineEdit *m_name;
    QPlainTextEdit *m_alt;
    TagEditor *m_tags;
    QLabel *m_facts;
    QLabel *m_uploadIcon;
    QLabel *m_upload;
    QToolButton *m_uploadAction;
    QLabel *m_usage;
    QLabel *m_manyTitle;
    TagEditor *m_manyTags;
    QPushButton *m_delete;
    QTimer m_altTimer;
    bool m_loading = false;
};

} // namespace pitchside::ui
