#pragma once

#include "../common/LocalDateTimeEdit.h"
#include "models/Post.h"
#include "models/PostRules.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class FieldMessage;
class MediaStrip;
class MediaThumbnails;
class PlatformCounters;
class PostTextEdit;
class PublishingPanel;
class SpellChecker;

// The form of a post: networks, profile, text (with spelling), counters per
// network, hashtags, first comment, media, and when it goes out. It holds
// what is typed and says when it changed; the page saves it. Rule messages
// sit under the field they are about.
class PostComposer : public QWidget
{
    Q_OBJECT
public:
    PostComposer(store::Store &store, SpellChecker &spelling, MediaThumbnails &thumbnails, QWidget *parent = nullptr);

    // Shows a post (no edited() while loading).
    void setPost(const Post &post);
    // Writes the form's fields into `post` (the rest of it is left alone).
    void applyTo(Post &post) const;
    Platforms platforms() const;
    void setPlatforms(Platforms platforms);
    QString spellLanguage() const;
    void setSpellLanguage(const QString &language);
    // Messages under the fields: the local rules, a parked server refusal.
    void setViolations(const QVector<RuleViolation> &violations);
    QStringList messagesFor(const QString &field) const;
    // Whether the field's messages are errors (broken now) or a draft's advice.
    bool messagesAreErrors(const QString &field) const;
    void setReadOnly(bool readOnly, const QString &why = {});
    void updateCounters();

    PostTextEdit *text() const { return m_text; }
    QLineEdit *hashtags() const { return m_hashtags; }
    QPlainTextEdit *firstComment() const { return m_firstComment; }
    QToolButton *platformButton(Platform p) const { return m_platformButtons.value(p); }
    PlatformCounters *counters() const { return m_counters; }
    MediaStrip *media() const { return m_media; }
    LocalDateTimeEdit *scheduleEdit() const { return m_when; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *unscheduleButton() const { return m_unschedule; }
    QPushButton *publishNowButton() const { return m_publishNow; }
    PublishingPanel *publishing() const { return m_publishing; }
    // Shown while the date field holds a date that Schedule has not applied.
    FieldMessage *unappliedDateHint() const { return m_whenHint; }
    QComboBox *profile() const { return m_profile; }
    QComboBox *spellLanguageBox() const { return m_language; }

Q_SIGNALS:
    void edited();                                  // any field, typed or clicked
    void scheduleRequested(const QDateTime &when);  // local time
    void unscheduleRequested();
    void publishNowRequested();
    void addMediaRequested();

private:
    QWidget *buildNetworks();
    QWidget *buildSchedule();
    void fieldChanged();
    void reloadProfiles();
    void refreshSchedule(const Post &post);
    void refreshWhenHint();

    store::Store &m_store;
    QMap<Platform, QToolButton *> m_platformButtons;
    QComboBox *m_profile;
    QComboBox *m_language;
    PostTextEdit *m_text;
    PlatformCounters *m_counters;
    QLineEdit *m_hashtags;
    QToolButton *m_commentToggle;
    QPlainTextEdit *m_firstComment;
    MediaStrip *m_media;
    QLabel *m_status;
    LocalDateTimeEdit *m_when;
    FieldMessage *m_whenHint;
    QDateTime m_appliedWhen;   // the post's own date (local), invalid if it has none
    QDateTime m_suggestedWhen; // what the field offered when the post was shown
    bool m_whenScheduled = false;
    QPushButton *m_schedule;
    QPushButton *m_unschedule;
    QPushButton *m_publishNow;
    PublishingPanel *m_publishing;
    QLabel *m_readOnly;
    QMap<QString, FieldMessage *> m_messages; // by post field
    QString m_lastText;
    bool m_loading = false;
};

} // namespace pitchside::ui
