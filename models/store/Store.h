#pragma once

#include "UnreadableItems.h"
#include "CalendarRepository.h"
#include "ChangeHub.h"
#include "ConflictRepository.h"
#include "Database.h"
#include "MatchRepository.h"
#include "InboxRepository.h"
#include "NotificationRepository.h"
#include "PublicationRepository.h"
#include "SocialAccountRepository.h"
#include "MediaRepository.h"
#include "Outbox.h"
#include "PostHistoryRepository.h"
#include "PostRepository.h"
#include "ProfileRepository.h"
#include "SyncStateRepository.h"
#include "TemplateRepository.h"

#include <memory>

namespace pitchside::store {

class CampaignRepository;
class ContactRepository;
class MessageTemplateRepository;

// An account's local store as the UI thread sees it: one connection, the
// change hub item models listen to, and the repositories over them. The UI
// reads and writes through these (and through models/ classes built on a
// Store); it never takes the connection itself (tests/arch keeps ui/ free
// of SQL).
class Store
{
public:
    // ExistingOnly: a second, reading connection on another thread.
    static std::unique_ptr<Store> open(const QString &path, StoreError *error,
                                       Database::Mode mode = Database::Mode::Migrate);

    Database &database() { return *m_db; }
    ChangeHub &hub() { return m_hub; }
    QString path() const { return m_db->path(); }

    PostRepository &posts() { return m_posts; }
    MediaRepository &media() { return m_media; }
    CalendarRepository &calendar() { return m_calendar; }
    ProfileRepository &profiles() { return m_profiles; }
    SyncStateRepository &syncState() { return m_syncState; }
    Outbox &outbox() { return m_outbox; }
    TemplateRepository &templates() { return m_templates; }
    MatchRepository &matches() { return m_matches; }
    SocialAccountRepository &socialAccounts() { return m_socialAccounts; }
    PublicationRepository &publications() { return m_publications; }
    InboxRepository &inbox() { return m_inbox; }
    NotificationRepository &notifications() { return m_notifications; }
    PostHistoryRepository &postHistory() { return m_postHistory; }
    // WhatsApp contacts and their categories; campaigns, their messages and
    // commands. Made on each call (cheap), so that their headers stay out
    // of everyone's build.
    ContactRepository contacts();
    CampaignRepository campaigns();
    MessageTemplateRepository messageTemplates();
    // The server copies waiting for a person's choice (keep mine, take theirs…).
    ConflictRepository &conflicts() { return m_conflicts; }
    // Posts not deleted, for status lines (an index scan: cheap while a sync writes).
    int livePostCount();
    // The server's items that could not be read (the pending list shows them).
    UnreadableItems unreadableItems() { return UnreadableItems(m_db->sql()); }

private:
    explicit Store(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ChangeHub m_hub;
    PostRepository m_posts;
    MediaRepository m_media;
    CalendarRepository m_calendar;
    ProfileRepository m_profiles;
    SyncStateRepository m_syncState;
    Outbox m_outbox;
    TemplateRepository m_templates;
    MatchRepository m_matches;
    SocialAccountRepository m_socialAccounts;
    PublicationRepository m_publications;
    InboxRepository m_inbox;
    NotificationRepository m_notifications;
    PostHistoryRepository m_postHistory;
    ConflictRepository m_conflicts;
};

} // namespace pitchside::store
