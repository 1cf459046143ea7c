// EditorPage's live feedback while a post is written: the rules the
// networks would apply, the previews, and a refusal parked by the server.
#include "EditorPage.h"

#include "AiPanel.h"
#include "PostComposer.h"
#include "PostPreview.h"
#include "PublishingPanel.h"
#include "../common/MessageBanner.h"
#include "models/Clock.h"
#include "models/PostPlanner.h"
#include "models/PublishingRisk.h"
#include "models/store/ParkedChanges.h"
#include "models/store/Store.h"

#include <algorithm>

namespace pitchside::ui {

QVector<RuleViolation> EditorPage::liveViolations(const Post &post) const
{
    // While typing: what the networks would refuse. The schedule rules wait
    // for the Schedule button (a draft may sit on an old date).
    return PostPlanner::writingViolations(post);
}

void EditorPage::refreshLive()
{
    Post current = m_post;
    m_composer->applyTo(current);
    PostPreview::Input input;
    input.profileName = profileName(current.profileId);
    input.content = current.content;
    input.hashtags = current.hashtags;
    input.firstComment = current.firstComment;
    input.mediaIds = current.mediaIds;
    input.platforms = current.platforms;
    m_preview->setInput(input);
    m_ai->setCurrentText(current.content);
    m_ai->setContext(input.profileName, current.platforms);
    m_composer->setViolations(liveViolations(current));
    refreshPublishing(current);
}

void EditorPage::reloadPublishing()
{
    m_socialAccounts = m_context.store.socialAccounts().all();
    m_publications = m_postId.isEmpty() ? QVector<Publication>() : m_context.store.publications().forPost(m_postId);
}

void EditorPage::refreshPublishing(const Post &current)
{
    // Warned before it fails: at its time when it has one, else now (the
    // Publish now button). A published post has nothing left to risk.
    const QDateTime now = Clock::nowUtc();
    const QDateTime at = current.scheduledAt.isValid() && current.scheduledAt > now ? current.scheduledAt : now;
    QVector<PublishingRisk> risks;
    if (current.status != PostStatus::Published && current.status != PostStatus::Publishing) {
        risks = publishingRisks(current.platforms, at, m_socialAccounts, now);
        // A failed network says its own reason (and what to do) already.
        risks.erase(std::remove_if(risks.begin(), risks.end(),
                                   [this](const PublishingRisk &r) {
                                       for (const Publication &p : std::as_const(m_publications))
                                           if (p.isFailed() && p.platform == platformKey(r.platform))
                                               return true;
                                       return false;
                                   }),
                    risks.end());
    }
    checkMedia(current);
    QVector<media::PreflightProblem> problems;
    for (const media::PreflightProblem &p : std::as_const(m_mediaProblems))
        if (current.mediaIds.contains(p.mediaId) && current.platforms.testFlag(p.platform))
            problems << p;
    if (current.status == PostStatus::Published || current.status == PostStatus::Publishing)
        problems.clear();
    m_composer->publishing()->showState(current, m_publications, risks, problems);
}

QString EditorPage::profileName(const QString &profileId) const
{
    // Asked on every keystroke (the preview's header): read once, then
    // again only when the profiles change.
    if (!m_profilesLoaded) {
        m_profiles = m_context.store.profiles().all();
        m_profilesLoaded = true;
    }
    for (const Profile &p : std::as_const(m_profiles)) {
        if (p.id == profileId)
            return p.name;
    }
    return m_profiles.isEmpty() ? tr("Your club") : m_profiles.first().name;
}

void EditorPage::showParkedReason()
{
    if (m_postId.isEmpty())
        return;
    const auto parked = store::parkedChange(m_context.store, store::EntityType::Post, m_postId);
    if (!parked) {
        // The cause is gone (corrected and accepted): so is the banner.
        if (!m_parkedBanner.isEmpty() && m_banner->isVisible() && m_banner->text() == m_parkedBanner) {
            m_banner->dismiss();
            refreshLive();
        }
        m_parkedBanner.clear();
        return;
    }
    // The server refused this post: say it next to the field, and above.
    Post current = m_post;
    m_composer->applyTo(current);
    QVector<RuleViolation> violations = liveViolations(current);
    const std::optional<RuleViolation> rule = PostRules::fromParkedReason(parked->errorCode, parked->message);
    if (rule && !violations.contains(*rule))
        violations.prepend(*rule);
    m_composer->setViolations(violations);
    const QString reason = rule ? rule->message() : parked->message;
    m_parkedBanner = tr("The server did not accept the last change of this post: %1 It stays saved here; "
                        "correct it and it will be sent again.")
                         .arg(reason);
    m_banner->showMessage(MessageBanner::Kind::Error, m_parkedBanner);
}

} // namespace pitchside::ui
