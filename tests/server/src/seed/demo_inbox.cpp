// Demo seed, inbox: the club user's conversations with a sponsor
// negotiating (Boulangerie Martin), the district (District de l'Ain) and a
// WhatsApp contact answering the loto message (Karim B.), and a handful of
// notifications. Times are counted back from the seed's now, so the story
// is always "the last few days".
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "modules/contacts_model.h"
#include "modules/inbox_model.h"
#include "modules/users_model.h"
#include "seed/demo_seed_parts.h"
#include "store/entity_store.h"

namespace demo {

namespace {

struct Line {
    bool fromClub;
    int days, hours, minutes; // how long before now
    const char *text;         // null: that side reads the thread then
};

QString ago(const QDateTime &now, int days, int hours, int minutes)
{
    return timeutil::iso(now.addSecs(-((qint64(days) * 24 + hours) * 3600 + qint64(minutes) * 60)));
}

QString personWithProfile(AppContext &ctx, const QString &email, const QString &password, const QString &name,
                          const char *profileType, const QString &profileName)
{
    const QString id = users::create(ctx, email, password, name, {{"is_verified", true}, {"has_completed_onboarding", true}});
    users::addProfile(ctx, id,
                      {{"type", profileType}, {"name", ss(profileName)}, {"logo", nullptr}, {"club_id", nullptr},
                       {"numero", nullptr}, {"is_active", true}});
    return id;
}

// Writes a conversation line by line. Whoever answers has read what came
// before, a few minutes earlier; a line without text is a read of the
// thread; the last lines of the other side stay unread unless `readAtEnd`.
// A contact never reads (what the club sends on WhatsApp stays unread, as
// the contract says).
QString converse(AppContext &ctx, const inbox::Party &club, const inbox::Party &other, const QString &subject,
                 const QList<Line> &lines, const QDateTime &now, const QString &readAtEnd = {})
{
    QString conversationId;
    auto readBy = [&](const inbox::Party &reader, const QString &at) {
        if (!reader.isUser())
            return;
        const inbox::Conversation c = *inbox::findConversation(ctx, conversationId);
        inbox::markRead(ctx, c, reader.id, at, at);
        if (inbox::setLastReadAt(ctx, c.id, reader.id, at))
            inbox::touchView(ctx, c, reader.id, at);
    };
    std::optional<bool> lastFromClub;
    for (const Line &l : lines) {
        const QString at = ago(now, l.days, l.hours, l.minutes);
        const inbox::Party &from = l.fromClub ? club : other;
        const inbox::Party &to = l.fromClub ? other : club;
        if (!l.text) {
            readBy(from, at);
            continue;
        }
        if (lastFromClub && *lastFromClub != l.fromClub)
            readBy(from, ago(now, l.days, l.hours, l.minutes + 5));
        inbox::Outgoing m;
        m.sender = from;
        m.recipient = to;
        m.content = QString::fromUtf8(l.text);
        m.subject = lastFromClub ? QString() : subject;
        m.createdAt = at;
        m.notify = false; // the seed makes the notifications it wants below
        conversationId = qs(inbox::send(ctx, m)["conversation_id"].get<std::string>());
        lastFromClub = l.fromClub;
    }
    if (!readAtEnd.isEmpty()) {
        readBy(club, readAtEnd);
        readBy(other, readAtEnd);
    }
    return conversationId;
}

// The user's latest entity (by its calendar time) that `where` selects.
std::optional<Entity> latestOf(AppContext &ctx, const QString &userId, const QString &where, const QVariantList &binds = {})
{
    QVariantList all{userId};
    all << binds;
    const QList<Entity> found = ctx.store->load(QStringLiteral("user_id = ? AND ") + where, all,
                                                QStringLiteral("ORDER BY at DESC, created_at DESC LIMIT 1"));
    return found.isEmpty() ? std::nullopt : std::optional<Entity>(found.first());
}

// Karim is one of the club's contacts (a parent of the U11s), checked on
// WhatsApp; the campaigns seed finds him by his number.
QString karimContact(AppContext &ctx, const QString &userId, const QString &at)
{
    contacts::NewContact c;
    c.userId = userId;
    c.firstName = QStringLiteral("Karim");
    c.lastName = QStringLiteral("B.");
    c.number = *phone::parse(kKarimNumber);
    c.createdAt = at;
    c.verifiedAt = at;
    c.verified = true;
    return contacts::create(ctx, c).id;
}

} // namespace

const InboxPeople &inboxPeople()
{
    static const InboxPeople p{QStringLiteral("contact@boulangerie-martin.fr"), QStringLiteral("Martin2026!"),
                               QStringLiteral("communication@district-ain.fr"), QStringLiteral("District2026!")};
    return p;
}

void seedInbox(AppContext &ctx, const Account &clubAccount)
{
    const QDateTime now = timeutil::now();
    const inbox::Party club{clubAccount.userId, QStringLiteral("user")};
    const inbox::Party sponsor{personWithProfile(ctx, inboxPeople().sponsorEmail, inboxPeople().sponsorPassword,
                                                 QStringLiteral("Julien Martin"), "sponsor",
                                                 QStringLiteral("Boulangerie Martin")),
                               QStringLiteral("user")};
    const inbox::Party district{personWithProfile(ctx, inboxPeople().districtEmail, inboxPeople().districtPassword,
                                                  QStringLiteral("Nathalie Perrin"), "district",
                                                  QStringLiteral("District de l'Ain")),
                                QStringLiteral("user")};
    const inbox::Party karim{karimContact(ctx, club.id, ago(now, 12, 0, 0)), QStringLiteral("contact")};

    const QString withDistrict = converse(
        ctx, club, district, QStringLiteral("Feuilles de match U17"),
        {{false, 6, 2, 0, "Bonjour, petit rappel : les feuilles de match des U17 doivent être saisies avant mardi 18 h."},
         {true, 6, 1, 10, "Bien reçu, c'est fait pour le match de dimanche. Merci !"},
         {false, 5, 4, 0, "Merci. Pensez aussi à inscrire vos équipes au tournoi de Pâques du district avant la fin du mois."},
         {true, 5, 2, 30, "C'est noté : nous inscrivons deux équipes U13 et une équipe U11."}},
        now, ago(now, 5, 1, 0));
    const QString withKarim = converse(
        ctx, club, karim, {},
        {{true, 2, 8, 0, "Bonjour ! Le loto de l'US Rivière a lieu samedi à 20 h à la salle des fêtes. Réservez vos "
                         "cartons auprès du secrétariat 🎉 Une question ? Répondez à ce message."},
         {false, 2, 6, 15, "Bonjour, je viendrai avec ma famille. Est-ce qu'on peut réserver 6 cartons ?"},
         {true, 2, 5, 0, nullptr}, // read the same evening; this morning's question is not
         {false, 0, 5, 0, "Il reste des places pour le repas avant le loto ?"}},
        now);
    const QString withSponsor = converse(
        ctx, club, sponsor, QStringLiteral("Partenariat de la saison"),
        {{false, 4, 3, 0, "Bonjour Claire, suite à notre rencontre au tournoi des U11, la Boulangerie Martin aimerait "
                          "soutenir l'US Rivière cette saison. Quelles formules proposez-vous à vos partenaires ?"},
         {true, 4, 1, 20, "Bonjour Julien, merci pour votre message ! Nous avons trois formules : le maillot, le panneau "
                          "au stade et la visibilité sur nos réseaux sociaux. Je vous envoie notre plaquette."},
         {false, 3, 5, 0, "Merci pour la plaquette. La visibilité sur les réseaux nous intéresse le plus : combien de "
                          "publications par mois ?"},
         {true, 3, 3, 40, "Quatre publications par mois, dont l'affiche du jour de match avec votre logo, pour 600 € la saison."},
         {false, 2, 6, 30, "C'est un peu au-dessus de notre budget. Seriez-vous d'accord pour 450 € si vous ajoutez notre "
                           "logo sur les affiches des U17 ?"},
         {true, 2, 4, 0, "Je dois en parler au bureau, mais 500 € avec les affiches des U17 me semble jouable. Je reviens "
                         "vers vous très vite."},
         {false, 0, 20, 0, "Parfait pour 500 €. Pouvez-vous nous préparer la convention de partenariat ?"},
         {false, 0, 2, 0, "Et nous offrirons les viennoiseries pour le tournoi de Pâques 🥐"}},
        now);

    auto note = [&](const char *type, const QString &title, const QString &message, const QString &subjectType,
                    const QString &subjectId, const QString &link, const QString &at, const QString &readAt) {
        inbox::NewNotification n;
        n.userId = club.id;
        n.type = QString::fromLatin1(type);
        n.title = title;
        n.message = message;
        n.subjectType = subjectType;
        n.subjectId = subjectId;
        n.link = link;
        n.createdAt = at;
        n.readAt = readAt;
        n.live = false;
        inbox::notify(ctx, n);
    };
    note("message", QStringLiteral("Nouveau message du District de l'Ain"),
         QStringLiteral("Merci. Pensez aussi à inscrire vos équipes au tournoi de Pâques du district avant la fin du mois."),
         QStringLiteral("conversation"), withDistrict, QStringLiteral("/messages/") + withDistrict, ago(now, 5, 4, 0),
         ago(now, 5, 2, 35));
    if (const auto document = latestOf(ctx, club.id, QStringLiteral("type = 'document' AND status = 'pret'")))
        note("document_ready",
             QStringLiteral("Document prêt : %1").arg(qs(document->body.value("title", std::string()))),
             QStringLiteral("Vos visuels sont prêts à être publiés."), QStringLiteral("document"), document->id,
             QStringLiteral("/documents/") + document->id, ago(now, 1, 3, 0), ago(now, 1, 1, 0));
    if (const auto account = latestOf(ctx, club.id, QStringLiteral("type = 'social_account' AND status = 'needs_reconnect'")))
        note("account_reconnect", QStringLiteral("Compte LinkedIn à reconnecter"),
             QStringLiteral("Le compte LinkedIn « %1 » doit être reconnecté : son autorisation a expiré.")
                 .arg(qs(account->body.value("profile_name", std::string()))),
             QStringLiteral("social_account"), account->id, QStringLiteral("/accounts/") + account->id,
             ago(now, 3, 0, 0), {});
    // The latest post that failed to go out, told of a minute after its time.
    if (const auto post = latestOf(ctx, club.id, QStringLiteral("type = 'post' AND status = 'failed' AND at <= ?"),
                                   {timeutil::iso(now.addSecs(-120))}))
        note("publication_failed", QStringLiteral("Échec de publication"),
             QStringLiteral("Votre publication n'a pas pu partir : « %1 ». Ouvrez-la pour voir pourquoi.")
                 .arg(textutil::preview(qs(post->body.value("content", std::string())).simplified(), 80)),
             QStringLiteral("post"), post->id, QStringLiteral("/posts/") + post->id,
             timeutil::iso(timeutil::parse(post->at).value_or(now.addDays(-1)).addSecs(60)), {});
    note("message", QStringLiteral("Nouveau message de Karim B."),
         QStringLiteral("Il reste des places pour le repas avant le loto ?"), QStringLiteral("conversation"), withKarim,
         QStringLiteral("/messages/") + withKarim, ago(now, 0, 5, 0), {});
    note("message", QStringLiteral("Nouveau message de Boulangerie Martin"),
         QStringLiteral("Et nous offrirons les viennoiseries pour le tournoi de Pâques 🥐"), QStringLiteral("conversation"),
         withSponsor, QStringLiteral("/messages/") + withSponsor, ago(now, 0, 2, 0), {});
}

} // namespace demo
