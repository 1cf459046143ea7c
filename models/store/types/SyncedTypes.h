#pragma once

// The synced types this build knows, declared once each (one file per
// type in this folder). sync/entities maps each one to the server's JSON.
#include "../../Campaign.h"
#include "../../Contact.h"
#include "../../Conversation.h"
#include "../../Match.h"
#include "../../Media.h"
#include "../../Message.h"
#include "../../Notification.h"
#include "../../Post.h"
#include "../../PostTemplate.h"
#include "../../Profile.h"
#include "../../Publication.h"
#include "../../SocialAccount.h"
#include "../SyncedType.h"

namespace pitchside::store {

const SyncedType<Profile> &profileType();
const SyncedType<Post> &postType();
const SyncedType<PostTemplate> &templateType();
const SyncedType<Media> &mediaType();
const SyncedType<Match> &matchType();
const SyncedType<Event> &eventType();
const SyncedType<SocialAccount> &socialAccountType();
const SyncedType<Publication> &publicationType();
const SyncedType<Conversation> &conversationType();
const SyncedType<Message> &messageType();
const SyncedType<Notification> &notificationType();
const SyncedType<Contact> &contactType();
const SyncedType<ContactCategory> &contactCategoryType();
const SyncedType<Campaign> &campaignType();
const SyncedType<CampaignMessage> &campaignMessageType();
const SyncedType<MessageTemplate> &messageTemplateType();

} // namespace pitchside::store
