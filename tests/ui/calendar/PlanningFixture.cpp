#include "PlanningFixture.h"

#include "models/Clock.h"
#include "models/store/ChangeHub.h"
#include "models/store/EntityTable.h"
#include "models/store/Store.h"
#include "models/store/types/SyncedTypes.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace pitchside;

namespace fixture {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void exec(store::Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.database().sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toUTC();
}

// The Saturday of the week of `day`.
QDate saturdayOf(QDate day)
{
    return day.addDays(6 - day.dayOfWeek());
}

} // namespace

QString addProfile(store::Store &store, const QString &type, const QString &name, int position)
{
    const QString id = uuid();
    exec(store,
         QStringLiteral("INSERT INTO profiles (id, type, name, position, created_at, updated_at, version) "
                        "VALUES (?, ?, ?, ?, 0, 0, 1)"),
         {id, type, name, position});
    store.hub().notify(store::EntityType::Profile);
    return id;
}

QString addEvent(store::Store &store, const QString &name, const QDateTime &start, const QDateTime &end,
                 const QString &address)
{
    const QString id = uuid();
    exec(store,
         QStringLiteral("INSERT INTO events (id, name, start_at, end_at, status, address, created_at, updated_at, "
                        "version) VALUES (?, ?, ?, ?, 'confirmed', ?, 0, 0, 1)"),
         {id, name, start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), address});
    store.hub().notify(store::EntityType::Event);
    return id;
}

namespace {

template <typename T>
QString writeAsPulled(store::Store &store, const store::SyncedType<T> &type, T item, const QString &entityType)
{
    item.id = uuid();
    item.createdAt = item.updatedAt = QDateTime::currentDateTimeUtc();
    store::EntityRow row = type.toRow(item);
    row.version = 1;
    if (const store::StoreError e = store::EntityRows(store.database().sql(), type.allColumns()).write(row))
        qFatal("fixture: %s", qPrintable(e.detail));
    store.hub().notify(entityType);
    return item.id;
}

} // namespace

QString addSocialAccount(store::Store &store, const QString &platform, const QString &name,
                         const QDateTime &expiresAt, bool needsReconnect)
{
    SocialAccount a;
    a.platform = platform;
    a.networkProfileId = QStringLiteral("1784%1").arg(qHash(name) % 100000);
    a.profileName = name;
    a.scopes = {QStringLiteral("publish")};
    a.expiresAt = expiresAt;
    a.needsReconnect = needsReconnect;
    a.reconnectReason = needsReconnect ? QStringLiteral("expired") : QString();
    a.connectedAt = QDateTime::currentDateTimeUtc().addDays(-10);
    return writeAsPulled(store, store::socialAccountType(), a, store::EntityType::SocialAccount);
}

QString addPublication(store::Store &store, Publication publication)
{
    return writeAsPulled(store, store::publicationType(), std::move(publication), store::EntityType::Publication);
}

QString addPicture(store::Store &store, const QString &dir, const QString &title, const QColor &colour,
                   const QString &altText)
{
    // A matchday poster: a gradient, a ball, the title.
    QImage image(1080, 1080, QImage::Format_RGB32);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        QLinearGradient g(0, 0, 1080, 1080);
        g.setColorAt(0, colour.darker(160));
        g.setColorAt(1, colour);
        p.fillRect(image.rect(), g);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 40));
        p.drawEllipse(QPoint(820, 260), 320, 320);
        p.setBrush(Qt::white);
        p.drawEllipse(QPoint(820, 260), 120, 120);
        QFont f;
        f.setPixelSize(110);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(60, 560, 960, 460), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, title);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = QDir(dir).filePath(sha + QStringLiteral(".jpg"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(bytes);
    out.close();
    const QString id = uuid();
    const QString name = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('\n'))
                         + QStringLiteral(".jpg");
    exec(store,
         QStringLiteral("INSERT INTO media (id, type, filename, mime_type, size_bytes, width, height, tags, alt_text, "
                        "sha256, local_path, created_at, updated_at, version) "
                        "VALUES (?, 'image', ?, 'image/jpeg', ?, 1080, 1080, '[]', ?, ?, ?, ?, ?, 1)"),
         {id, name, bytes.size(), altText, sha, path, Clock::nowMs(), Clock::nowMs()});
    store.hub().notify(store::EntityType::Media);
    return id;
}

Ids populate(store::Store &store, const QString &dir)
{
    Ids ids;
    ids.club = addProfile(store, QStringLiteral("club"), QStringLiteral("FC Vaulx-en-Velin"), 0);
    ids.u17 = addProfile(store, QStringLiteral("equipe"), QStringLiteral("FC Vaulx U17"), 1);
    ids.sponsor = addProfile(store, QStringLiteral("sponsor"), QStringLiteral("Boulangerie Martin"), 2);

    ids.media << addPicture(store, dir, QStringLiteral("JOUR DE\nMATCH"), QColor(0x1D, 0x4E, 0xD8),
                            QStringLiteral("Affiche bleue « Jour de match » avec un ballon"));
    ids.media << addPicture(store, dir, QStringLiteral("VICTOIRE\n3-1"), QColor(0x15, 0x80, 0x3D),
                            QStringLiteral("Affiche verte annonçant la victoire 3-1"));
    ids.media << addPicture(store, dir, QStringLiteral("TOURNOI\nU11"), QColor(0xB4, 0x5A, 0x09),
                            QStringLiteral("Affiche orange du tournoi U11"));

    const QDate today = Clock::today();
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate lastSaturday = saturdayOf(today).addDays(-7);
    const QDate nextSaturday = saturdayOf(today) > today ? saturdayOf(today) : saturdayOf(today).addDays(7);
    const QStringList opponents = {QStringLiteral("AS Bron"), QStringLiteral("FC Villeurbanne"),
                                   QStringLiteral("Olympique Rillieux"), QStringLiteral("US Meyzieu"),
                                   QStringLiteral("ES Genas")};

    // Fixtures: Saturdays at 15:00, home and away in turn; played ones have a score.
    int n = 0;
    for (QDate sat = saturdayOf(monthStart).addDays(-7); sat <= monthStart.addMonths(1).addDays(7); sat = sat.addDays(7)) {
        Match m;
        const bool home = n % 2 == 0;
        const QString us = QStringLiteral("FC Vaulx-en-Velin");
        m.home.name = home ? us : opponents.at(n % opponents.size());
        m.away.name = home ? opponents.at(n % opponents.size()) : us;
        m.matchDate = at(sat, 15);
        m.venue = home ? QStringLiteral("Stade Jean-Bouin, Vaulx-en-Velin") : QStringLiteral("Stade municipal");
        m.competition = QStringLiteral("Régional 2");
        m.profileId = ids.club;
        if (sat < today) {
            m.status = Match::Status::Finished;
            m.scoreHome = home ? 3 : 1;
            m.scoreAway = home ? 1 : 1;
        }
        if (!store.matches().create(m))
            ids.matches << m.id;
        ++n;
    }
    PostTemplate day;
    day.name = QStringLiteral("Jour de match");
    day.category = QStringLiteral("actualite");
    day.platforms = Platform::Instagram | Platform::Facebook;
    day.content = QStringLiteral("⚽ JOUR DE MATCH ⚽\n\n🆚 {{home}} – {{away}}\n🕒 {{time}}\n📍 {{venue}}\n🏆 "
                                 "{{competition}}\n\nOn compte sur vous en tribune ! 💙");
    day.hashtags = {QStringLiteral("JourDeMatch"), QStringLiteral("FCVaulx")};
    day.variables = {{QStringLiteral("home"), QString()}, {QStringLiteral("away"), QString()},
                     {QStringLiteral("time"), QStringLiteral("15:00")}, {QStringLiteral("venue"), QString()},
                     {QStringLiteral("competition"), QStringLiteral("Régional 2")}};
    PostTemplate result;
    result.name = QStringLiteral("Résultat du match");
    result.category = QStringLiteral("actualite");
    result.platforms = Platform::Instagram | Platform::Facebook | Platform::LinkedIn;
    result.content = QStringLiteral("Score final : {{home}} {{score}} {{away}}.\n\n{{message}}\n\nMerci aux supporters "
                                    "présents au {{venue}} ! 💪");
    result.hashtags = {QStringLiteral("FCVaulx"), QStringLiteral("Resultat")};
    result.variables = {{QStringLiteral("message"), QStringLiteral("Bravo à tout le groupe !")}};
    PostTemplate partner;
    partner.name = QStringLiteral("Merci à notre partenaire");
    partner.category = QStringLiteral("promo");
    partner.platforms = Platform::LinkedIn | Platform::Facebook;
    partner.content = QStringLiteral("Un grand merci à {{partner}} qui soutient le club cette saison. {{offer}}");
    partner.variables = {{QStringLiteral("partner"), QStringLiteral("Boulangerie Martin")},
                         {QStringLiteral("offer"), QString()}};
    for (PostTemplate *t : {&day, &result, &partner}) {
        if (!store.templates().create(*t))
            ids.templates << t->id;
    }

    struct Plan
    {
        int dayOffset; // from today
        int hour;
        int minute;
        PostStatus status;
        Platforms platforms;
        QString profile;
        QString content;
        QStringList hashtags;
        int media; // index into ids.media, -1 none
    };
    const QString club = ids.club;
    const QList<Plan> plans = {
        {int(today.daysTo(lastSaturday)) - 3, 18, 0, PostStatus::Published, Platform::Facebook | Platform::Instagram,
         club, QStringLiteral("⏳ J-3 avant la réception de l'AS Bron ! Entrée gratuite pour les moins de 12 ans. 💙"),
         {QStringLiteral("FCVaulx")}, 0},
        {int(today.daysTo(lastSaturday)), 10, 0, PostStatus::Published, Platform::Instagram | Platform::Facebook, club,
         QStringLiteral("⚽ JOUR DE MATCH ⚽ FC Vaulx-en-Velin – AS Bron, 15:00 au stade Jean-Bouin."),
         {QStringLiteral("JourDeMatch")}, 0},
        {int(today.daysTo(lastSaturday)), 17, 30, PostStatus::Published, Platform::Instagram | Platform::LinkedIn,
         club, QStringLiteral("✅ VICTOIRE 3-1 face à l'AS Bron ! Bravo à tout le groupe."), {QStringLiteral("Resultat")},
         1},
        {int(today.daysTo(lastSaturday)) + 1, 11, 0, PostStatus::Failed, Platform::LinkedIn, ids.sponsor,
         QStringLiteral("Merci à la Boulangerie Martin pour les viennoiseries offertes aux U11 !"), {}, -1},
        {1, 18, 0, PostStatus::Scheduled, Platform::Facebook | Platform::Instagram, club,
         QStringLiteral("⏳ J-3 : déplacement chez le FC Villeurbanne. Covoiturage au club-house à 13h. 🚗"),
         {QStringLiteral("FCVaulx")}, 0},
        {1, 18, 15, PostStatus::Scheduled, Platform::Instagram, ids.u17,
         QStringLiteral("Les U17 s'entraînent ce soir à 18h30 sur le synthétique. Pensez aux protège-tibias !"), {}, 2},
        {2, 12, 0, PostStatus::Scheduled, Platform::LinkedIn, ids.sponsor,
         QStringLiteral("Offre partenaires : -10 % à la Boulangerie Martin sur présentation de la carte de membre."),
         {QStringLiteral("Partenaire")}, -1},
        {3, 9, 0, PostStatus::Scheduled, Platform::Facebook, club,
         QStringLiteral("Rappel : l'assemblée générale du club se tient vendredi à 19h au club-house."), {}, -1},
        {int(today.daysTo(nextSaturday)), 10, 0, PostStatus::Scheduled, Platform::Instagram | Platform::Facebook, club,
         QStringLiteral("⚽ JOUR DE MATCH ⚽ Rendez-vous à 15:00 pour soutenir l'équipe !"),
         {QStringLiteral("JourDeMatch")}, 0},
        {int(today.daysTo(nextSaturday)), 14, 30, PostStatus::Draft, Platform::Instagram, club,
         QStringLiteral("Composition d'équipe à venir…"), {}, 0},
        {8, 19, 0, PostStatus::Scheduled, Platform::Facebook | Platform::LinkedIn, club,
         QStringLiteral("Le club recrute des éducateurs pour la saison prochaine. Écrivez-nous !"),
         {QStringLiteral("Recrutement")}, -1},
        {12, 17, 0, PostStatus::Scheduled, Platform::Instagram, ids.u17,
         QStringLiteral("Tournoi de Pâques U11 : les inscriptions sont ouvertes jusqu'au 15 !"), {}, 2},
        {16, 10, 0, PostStatus::Draft, Platform::Facebook, club,
         QStringLiteral("Retour en images sur le tournoi de Pâques."), {}, -1},
    };
    for (const Plan &plan : plans) {
        Post p;
        p.profileId = plan.profile;
        p.platforms = plan.platforms;
        p.content = plan.content;
        p.hashtags = plan.hashtags;
        p.status = plan.status;
        p.scheduledAt = at(today.addDays(plan.dayOffset), plan.hour, plan.minute);
        if (plan.status == PostStatus::Published)
            p.publishedAt = p.scheduledAt;
        if (plan.status == PostStatus::Failed)
            p.errorMessage = QStringLiteral("LinkedIn a refusé le jeton d'accès : reconnectez le compte.");
        if (plan.media >= 0)
            p.mediaIds = {ids.media.at(plan.media)};
        if (!store.posts().create(p))
            ids.posts << p.id;
    }
    const QStringList drafts = {QStringLiteral("Portrait du mois : Inès, 15 ans, gardienne des U17 et arbitre le dimanche."),
                                QStringLiteral("Vide-grenier du club le 12 : réservez votre emplacement au secrétariat."),
                                QStringLiteral("Photos de la remise des maillots offerts par la Boulangerie Martin.")};
    for (const QString &text : drafts) {
        Post p;
        p.profileId = club;
        p.platforms = Platform::Facebook;
        p.content = text;
        if (!store.posts().create(p))
            ids.drafts << p.id;
    }
    addEvent(store, QStringLiteral("Tournoi de Pâques U11"), at(today.addDays(12), 9), at(today.addDays(13), 18),
             QStringLiteral("Complexe sportif Jesse-Owens"));
    addEvent(store, QStringLiteral("Assemblée générale"), at(today.addDays(4), 19), at(today.addDays(4), 21),
             QStringLiteral("Club-house, 12 rue du Stade"));
    return ids;
}

void addBulkPosts(store::Store &store, QDate month, int count)
{
    const QDate first(month.year(), month.month(), 1);
    const int days = first.daysInMonth();
    const Platforms choices[] = {Platform::Instagram, Platform::Facebook | Platform::Instagram, Platform::LinkedIn,
                                 Platform::Facebook};
    for (int i = 0; i < count; ++i) {
        Post p;
        p.platforms = choices[i % 4];
        p.content = QStringLiteral("Publication %1 de l'agence pour le club partenaire n°%2").arg(i).arg(i % 37);
        p.status = i % 5 == 0 ? PostStatus::Draft : PostStatus::Scheduled;
        p.scheduledAt = at(first.addDays(i % days), 8 + (i * 7) % 12, (i * 13) % 60);
        if (const auto e_ = store.posts().create(p))
            qFatal("set-up write refused: %s", qPrintable(e_.detail));
    }
}

} // namespace fixture
