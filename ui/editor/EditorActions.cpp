// EditorPage's commands beyond typing: templates, matchday posts,
// scheduling, deleting with undo, restoring a version, attaching media, AI.
#include "EditorPage.h"

#include "AiPanel.h"
#include "MediaStrip.h"
#include "PostComposer.h"
#include "PostTextEdit.h"
#include "SpellChecker.h"
#include "TemplatePickerDialog.h"
#include "VersionsPanel.h"
#include "../common/MediaPickerDialog.h"
#include "../common/MediaThumbnails.h"
#include "../common/MessageBanner.h"
#include "../common/PostCommands.h"
#include "models/Clock.h"
#include "models/PostPlanner.h"
#include "models/PublishingRisk.h"
#include "models/TemplateFill.h"
#include "models/store/Store.h"
#include "sync/ai/AiAssistant.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QLocale>
#include <QUndoStack>

namespace pitchside::ui {

void EditorPage::writeFromTemplate(const QString &content, const QStringList &hashtags, Platforms platforms,
                                   const QString &templateId, const QJsonObject &metadata)
{
    newPost();
    Post post = m_post;
    post.content = content;
    post.hashtags = hashtags;
    if (platforms)
        post.platforms = platforms;
    post.templateId = templateId;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        post.metadata.insert(it.key(), it.value());
    load(post);
    save(); // a post from a template is a draft at once
}

bool EditorPage::startFromTemplate(const QString &templateId, const QHash<QString, QString> &given)
{
    flush();
    TemplatePickerDialog dialog(m_context.store, m_post.profileId, given, this);
    if (!dialog.hasTemplates()) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("No template yet. Write a post, then choose Templates › Save this post as a "
                                 "template to reuse it."));
        return false;
    }
    if (!templateId.isEmpty())
        dialog.selectTemplate(templateId);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const PostTemplate t = dialog.selectedTemplate();
    writeFromTemplate(dialog.filledContent(), dialog.filledHashtags(), t.platforms, t.id, {});
    return true;
}

void EditorPage::startMatchdayPost(const QString &matchId)
{
    const std::optional<Match> match = m_context.store.calendar().findMatch(matchId);
    if (!match)
        return;
    // The template that speaks of matches first: one that uses {{home}} or {{away}}.
    QString preferred;
    for (const PostTemplate &t : m_context.store.templates().all(match->profileId)) {
        const QStringList vars = TemplateFill::variablesIn(t.content);
        if (vars.contains(QStringLiteral("home")) || vars.contains(QStringLiteral("away"))
            || vars.contains(QStringLiteral("domicile")) || vars.contains(QStringLiteral("exterieur"))) {
            preferred = t.id;
            break;
        }
    }
    flush();
    TemplatePickerDialog dialog(m_context.store, match->profileId, TemplateFill::matchValues(*match), this);
    QJsonObject link{{QStringLiteral("match_id"), match->id}};
    if (!dialog.hasTemplates()) {
        // No template: a plain matchday post to start from.
        const QLocale locale;
        const QString text = tr("Matchday! %1 – %2, %3 at %4.")
                                 .arg(match->home.name, match->away.name,
                                      locale.toString(match->matchDate.toLocalTime().time(), QLocale::ShortFormat),
                                      match->venue.isEmpty() ? match->competition : match->venue);
        writeFromTemplate(text, {}, {}, {}, link);
        return;
    }
    if (!preferred.isEmpty())
        dialog.selectTemplate(preferred);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PostTemplate t = dialog.selectedTemplate();
    writeFromTemplate(dialog.filledContent(), dialog.filledHashtags(), t.platforms, t.id, link);
    // Proposed for the morning of the match.
    m_composer->scheduleEdit()->setDateTime(QDateTime(match->matchDate.toLocalTime().date(), QTime(10, 0)));
}

bool EditorPage::saveAsTemplate()
{
    flush();
    Post current = m_post;
    m_composer->applyTo(current);
    if (current.content.trimmed().isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Write the post first: the template keeps its text."));
        return false;
    }
    SaveTemplateDialog dialog(current.content, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PostTemplate t;
    t.name = dialog.name();
    t.description = dialog.description();
    t.category = dialog.category();
    t.profileId = current.profileId;
    t.platforms = current.platforms;
    t.content = current.content;
    t.hashtags = current.hashtags;
    t.variables = TemplateFill::variablesObject(current.content);
    if (const store::StoreError e = m_context.store.templates().create(t)) {
        m_banner->showMessage(MessageBanner::Kind::Error, e.userMessage());
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Template “%1” saved.").arg(t.name));
    return true;
}

bool EditorPage::schedule(const QDateTime &when)
{
    flush();
    if (m_postId.isEmpty()) {
        save(); // a new post must exist to be scheduled
        if (m_postId.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Info, tr("Write the post first, then give it a date."));
            return false;
        }
    }
    const PostCommandResult result = PostPlanner(m_context.store).schedule(m_postId, when);
    if (result.outcome == PostCommandResult::Outcome::NotFound)
        return false;
    if (!result.ok()) {
        if (result.outcome == PostCommandResult::Outcome::Refused)
            m_composer->setViolations(result.plan.violations);
        m_banner->showMessage(MessageBanner::Kind::Error, result.message());
        return false;
    }
    if (result.outcome == PostCommandResult::Outcome::Done)
        m_undo->push(new PostTimingCommand(m_context.store, result, tr("Schedule post"), [this](const QString &message) {
            m_banner->showMessage(MessageBanner::Kind::Error, message);
        }));
    load(*m_context.store.posts().find(m_postId));
    const QDateTime local = result.plan.scheduledAt.toLocalTime();
    const QString at = tr("%1 at %2").arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM")),
                                          QLocale().toString(local.time(), QLocale::ShortFormat));
    if (!result.plan.slotTakenBy.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Scheduled for %1. Slot taken: %n other post(s) of this profile on the same network "
                                 "less than 30 minutes away.",
                                 nullptr, int(result.plan.slotTakenBy.size()))
                                  .arg(at),
                              tr("Undo"));
    else
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Scheduled for %1.").arg(at), tr("Undo"));
    Q_EMIT postScheduled(m_postId);
    return true;
}

bool EditorPage::unschedule()
{
    flush();
    const PostCommandResult result = PostPlanner(m_context.store).unschedule(m_postId);
    if (result.outcome == PostCommandResult::Outcome::NotFound)
        return false;
    if (!result.ok()) {
        m_banner->showMessage(MessageBanner::Kind::Error, result.message());
        return false;
    }
    if (result.outcome == PostCommandResult::Outcome::Done)
        m_undo->push(new PostTimingCommand(m_context.store, result, tr("Unschedule post")));
    load(*m_context.store.posts().find(m_postId));
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Back in the drafts without a date."), tr("Undo"));
    return true;
}

bool EditorPage::publishNow()
{
    flush();
    if (m_postId.isEmpty()) {
        save();
        if (m_postId.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Info, tr("Write the post first, then publish it."));
            return false;
        }
    }
    const PostCommandResult result = PostPlanner(m_context.store).publishNow(m_postId);
    if (result.outcome == PostCommandResult::Outcome::NotFound)
        return false;
    if (!result.ok()) {
        if (result.outcome == PostCommandResult::Outcome::Refused)
            m_composer->setViolations(result.plan.violations);
        m_banner->showMessage(MessageBanner::Kind::Error, result.message());
        return false;
    }
    const Post post = *m_context.store.posts().find(m_postId);
    load(post);
    QStringList networks;
    for (Platform p : AllPlatforms)
        if (post.platforms.testFlag(p))
            networks << platformName(p);
    const QDateTime now = Clock::nowUtc();
    const QVector<PublishingRisk> risks = publishingRisks(post.platforms, now, m_socialAccounts, now);
    if (risks.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Sent for publishing on %1. Each network's outcome shows under Publication.")
                                  .arg(QLocale().createSeparatedList(networks)));
    } else {
        QStringList why;
        for (const PublishingRisk &r : risks)
            why << r.text();
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Sent for publishing on %1, but it will fail on some: %2")
                                  .arg(QLocale().createSeparatedList(networks), why.join(QLatin1Char(' '))));
    }
    return true;
}

bool EditorPage::deleteCurrent()
{
    flush();
    const std::optional<Post> post = m_postId.isEmpty() ? std::nullopt : m_context.store.posts().find(m_postId);
    if (!post)
        return false;
    QString why;
    if (!PostRules::canDelete(*post, &why)) {
        m_banner->showMessage(MessageBanner::Kind::Error, why);
        return false;
    }
    auto *command = new DeletePostCommand(m_context.store, *post, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
    });
    m_undo->push(command);
    if (command->isObsolete())
        return false;
    newPost();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          post->status == PostStatus::Draft ? tr("Draft deleted.") : tr("Post deleted."), tr("Undo"));
    return true;
}

bool EditorPage::restoreVersion(qint64 versionId)
{
    const std::optional<store::PostVersion> v = m_context.store.postHistory().find(versionId);
    if (!v || v->postId != m_postId || m_composer->text()->isReadOnly())
        return false;
    Post restored = m_post;
    restored.content = v->content;
    restored.hashtags = v->hashtags;
    restored.firstComment = v->firstComment;
    restored.platforms = v->platforms ? v->platforms : restored.platforms;
    restored.mediaIds = v->mediaIds;
    load(restored);
    save();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("The version of %1 is back. The text before it is in the versions too.")
                              .arg(QLocale().toString(v->savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void EditorPage::attachMedia()
{
    const int room = PostRules::kMaxMedia - int(m_composer->media()->mediaIds().size());
    if (room <= 0) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("A post carries at most 10 photos or videos."));
        return;
    }
    MediaPickerDialog picker(m_context.store, *m_thumbnails, room, this);
    picker.setExcluded(m_composer->media()->mediaIds());
    if (picker.exec() == QDialog::Accepted)
        m_composer->media()->addMediaIds(picker.selectedIds());
}

void EditorPage::setAiAssistant(sync::ai::AiAssistant *assistant)
{
    m_ai->setAssistant(assistant);
}

void EditorPage::setRemoteMedia(media::RemoteVariantSource *source)
{
    m_remoteMedia = source;
    m_thumbnails->setRemoteSource(source);
}

} // namespace pitchside::ui
