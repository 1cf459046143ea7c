// Shared state of the demo seed while it runs (one account at a time).
#pragma once

#include "seed/demo_posts.h"
#include "seed/demo_world.h"

#include <QHash>
#include <QString>
#include <random>

struct AppContext;

namespace demo {

struct SeedPost {
    QString id;
    QString profileKey;
    QString kind;
    QString status;
    QDateTime when;
    QStringList platforms;
    QString mediaId;
    QString caption;
};

struct Account {
    QString userId;
    QHash<QString, QString> profiles;   // profile key -> profile id
    QHash<QString, QString> media;      // image key -> media id
    QHash<int, QString> matches;        // fixture index -> match id
    QList<SeedPost> posts;
};

void seedTemplates(AppContext &ctx, const Account &a, const Club &club, bool agency, std::mt19937 &rng);
void seedDocuments(AppContext &ctx, Account &a, const QList<Fixture> &fixtures, const QDateTime &today);
void seedPublications(AppContext &ctx, const Account &a, std::mt19937 &rng);
void seedAiHistory(AppContext &ctx, const Account &a, int count);
void seedSocialAccounts(AppContext &ctx, const Account &a, const QDateTime &today, bool withTrouble);

// The other users the club talks to in the inbox (seed/demo_inbox.cpp).
struct InboxPeople {
    QString sponsorEmail, sponsorPassword;
    QString districtEmail, districtPassword;
};
const InboxPeople &inboxPeople();
// Conversations (a sponsor, the district, a WhatsApp contact) and
// notifications of the club user; after its posts, documents and accounts,
// which some notifications are about.
void seedInbox(AppContext &ctx, const Account &club);
// Categories, contacts and campaigns of the club (after the inbox: a
// U11 parent of the campaigns is its WhatsApp contact).
void seedCampaigns(AppContext &ctx, const Account &club, std::mt19937 &rng);
// The WhatsApp contact of the inbox seed, whom the campaigns seed puts
// among the U11 parents.
inline const QString kKarimNumber = QStringLiteral("+33645127891");

} // namespace demo
