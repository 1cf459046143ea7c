#include "api_error.h"

#include <QHash>

namespace {

Text ruleText(const char *rule)
{
    static const QHash<QByteArray, Text> catalogue = {
        {"schedule_in_past", {QStringLiteral("La date de publication doit être dans le futur."),
                              QStringLiteral("The scheduled time must be in the future.")}},
        {"schedule_missing", {QStringLiteral("Une publication planifiée doit avoir une date de publication."),
                              QStringLiteral("A scheduled post needs a scheduled time.")}},
        {"published_needs_date", {QStringLiteral("Une publication publiée doit avoir une date de publication effective."),
                                  QStringLiteral("A published post needs its publication time.")}},
        {"failed_needs_message", {QStringLiteral("Une publication en échec doit indiquer la cause de l'échec."),
                                  QStringLiteral("A failed post needs an error message.")}},
        {"instagram_needs_media", {QStringLiteral("Instagram exige au moins une image ou une vidéo."),
                                   QStringLiteral("Instagram needs at least one image or video.")}},
        {"caption_too_long", {QStringLiteral("Le texte est trop long pour cette plateforme."),
                              QStringLiteral("The caption is too long for this platform.")}},
        {"too_many_hashtags", {QStringLiteral("Instagram accepte au plus 30 hashtags."),
                               QStringLiteral("Instagram accepts at most 30 hashtags.")}},
        {"too_many_media", {QStringLiteral("Une publication contient au plus 10 médias."),
                            QStringLiteral("A post holds at most 10 media items.")}},
        {"published_post_immutable", {QStringLiteral("Une publication déjà publiée ne peut être ni modifiée ni supprimée."),
                                      QStringLiteral("A published post can be neither changed nor deleted.")}},
        {"media_in_use", {QStringLiteral("Ce média est utilisé par au moins une publication."),
                          QStringLiteral("This media item is used by at least one post.")}},
        {"ai_quota_exceeded", {QStringLiteral("Le quota mensuel de générations IA est épuisé."),
                               QStringLiteral("The monthly AI generation quota is used up.")}},
        {"unknown_media", {QStringLiteral("Un média cité n'existe pas dans votre médiathèque."),
                           QStringLiteral("A listed media item is not in your library.")}},
        {"needs_reconnect", {QStringLiteral("Ce compte doit être reconnecté : son autorisation a expiré ou a été retirée."),
                             QStringLiteral("This account must be reconnected: its authorisation expired or was withdrawn.")}},
        {"no_social_account", {QStringLiteral("Aucun compte connecté pour ce réseau."),
                               QStringLiteral("No account is connected for this network.")}},
        {"cannot_message_self", {QStringLiteral("Vous ne pouvez pas vous envoyer un message à vous-même."),
                                 QStringLiteral("You cannot send a message to yourself.")}},
        {"not_a_contact_conversation", {QStringLiteral("Cette conversation n'est pas avec un contact WhatsApp."),
                                        QStringLiteral("This conversation is not with a WhatsApp contact.")}},
        {"campaign_sending", {QStringLiteral("Une campagne en cours d'envoi ne peut être ni modifiée ni supprimée ; arrêtez-la d'abord."),
                              QStringLiteral("A campaign that is sending can be neither changed nor deleted; stop it first.")}},
        {"no_categories", {QStringLiteral("Choisissez au moins une catégorie de contacts pour cette campagne."),
                           QStringLiteral("Choose at least one contact category for this campaign.")}},
        {"no_recipients", {QStringLiteral("Aucun contact joignable sur WhatsApp dans les catégories choisies."),
                           QStringLiteral("No contact reachable on WhatsApp in the chosen categories.")}},
        {"campaign_not_sendable", {QStringLiteral("Cette campagne est déjà en cours d'envoi ou terminée ; une campagne terminée se relance."),
                                   QStringLiteral("This campaign is already sending or finished; a finished campaign is relaunched.")}},
        {"campaign_not_stoppable", {QStringLiteral("Seule une campagne en cours d'envoi ou planifiée peut être arrêtée."),
                                    QStringLiteral("Only a sending or scheduled campaign can be stopped.")}},
        {"campaign_not_relaunchable", {QStringLiteral("Seule une campagne terminée, en échec ou arrêtée peut être relancée."),
                                       QStringLiteral("Only a completed, failed or stopped campaign can be relaunched.")}},
        {"nothing_to_retry", {QStringLiteral("Aucun message en échec à renvoyer."),
                              QStringLiteral("No failed message to send again.")}},
        {"message_not_sent", {QStringLiteral("Ce message n'est pas encore parti : le contact ne peut pas y réagir."),
                              QStringLiteral("This message has not left yet: the contact cannot react to it.")}},
        {"checksum_mismatch", {QStringLiteral("L'empreinte SHA-256 du fichier reçu ne correspond pas ; les morceaux reçus sont effacés."),
                               QStringLiteral("The SHA-256 of the received file does not match; the received chunks were discarded.")}},
    };
    return catalogue.value(rule, {QStringLiteral("Règle métier non respectée."),
                                  QStringLiteral("A business rule was broken.")});
}

Text validationText(const std::string &field, const char *reason)
{
    const QString f = qs(field);
    const QByteArray r(reason);
    if (f.isEmpty()) {
        if (r == "type")
            return {QStringLiteral("Le corps de la requête doit être un objet JSON."),
                    QStringLiteral("The request body must be a JSON object.")};
        if (r == "required")
            return {QStringLiteral("Le corps de la requête est vide."),
                    QStringLiteral("The request body is empty.")};
        return {QStringLiteral("Le corps de la requête n'est pas du JSON UTF-8 valide."),
                QStringLiteral("The request body is not valid UTF-8 JSON.")};
    }
    if (r == "required")
        return Text{QStringLiteral("Le champ « %1 » est requis."), QStringLiteral("Field “%1” is required.")}.arg(f);
    if (r == "type")
        return Text{QStringLiteral("Le champ « %1 » n'a pas le bon type."), QStringLiteral("Field “%1” has the wrong type.")}.arg(f);
    if (r == "enum")
        return Text{QStringLiteral("La valeur du champ « %1 » n'est pas permise."), QStringLiteral("Field “%1” has a value that is not allowed.")}.arg(f);
    if (r == "too_long")
        return Text{QStringLiteral("Le champ « %1 » est trop long."), QStringLiteral("Field “%1” is too long.")}.arg(f);
    if (r == "range")
        return Text{QStringLiteral("La valeur du champ « %1 » est hors limites."), QStringLiteral("Field “%1” is out of range.")}.arg(f);
    return Text{QStringLiteral("Le format du champ « %1 » est invalide."), QStringLiteral("Field “%1” has an invalid format.")}.arg(f);
}

} // namespace

ApiError::ApiError(int status, const char *code, Text message, json details)
    : m_status(status), m_code(code), m_message(std::move(message)), m_details(std::move(details))
{
}

ApiError &ApiError::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

ApiError ApiError::validation(const std::string &field, const char *reason, json extra)
{
    json d = {{"field", field}, {"reason", reason}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        d[it.key()] = it.value();
    return ApiError(400, "VALIDATION_ERROR", validationText(field, reason), std::move(d));
}

ApiError ApiError::unauthorized(const char *reason)
{
    return ApiError(401, "UNAUTHORIZED",
                    {QStringLiteral("Authentification requise ou jeton invalide."),
                     QStringLiteral("Authentication required or invalid token.")},
                    {{"reason", reason}});
}

ApiError ApiError::forbidden(const std::string &field)
{
    json d = json::object();
    if (!field.empty())
        d["field"] = field;
    return ApiError(403, "FORBIDDEN",
                    {QStringLiteral("Accès non autorisé à cette ressource."),
                     QStringLiteral("You may not access this resource.")},
                    std::move(d));
}

ApiError ApiError::notFound(const char *what)
{
    return ApiError(404, "NOT_FOUND",
                    {QStringLiteral("Ressource introuvable."), QStringLiteral("Resource not found.")},
                    {{"resource", what}});
}

ApiError ApiError::conflict(Text message, json details)
{
    return ApiError(409, "CONFLICT", std::move(message), std::move(details));
}

ApiError ApiError::gone(Text message, json details)
{
    return ApiError(410, "GONE", std::move(message), std::move(details));
}

ApiError ApiError::payloadTooLarge(qint64 limit)
{
    return ApiError(413, "PAYLOAD_TOO_LARGE",
                    {QStringLiteral("Le contenu envoyé est trop volumineux."),
                     QStringLiteral("The payload is too large.")},
                    {{"limit", limit}});
}

ApiError ApiError::rule(const char *rule, json details)
{
    json d = {{"rule", rule}};
    for (auto it = details.begin(); it != details.end(); ++it)
        d[it.key()] = it.value();
    return ApiError(422, "BUSINESS_RULE", ruleText(rule), std::move(d));
}

ApiError ApiError::rateLimited(int retryAfterSeconds, const char *scope)
{
    ApiError e(429, "RATE_LIMITED",
               {QStringLiteral("Trop de requêtes ; réessayez dans quelques secondes."),
                QStringLiteral("Too many requests; try again in a few seconds.")},
               {{"retry_after", retryAfterSeconds}, {"scope", scope}});
    e.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return e;
}

ApiError ApiError::serverError()
{
    return ApiError(500, "SERVER_ERROR",
                    {QStringLiteral("Erreur interne du serveur."), QStringLiteral("Internal server error.")});
}

ApiError ApiError::unavailable(int retryAfterSeconds)
{
    ApiError e(503, "UNAVAILABLE",
               {QStringLiteral("Service momentanément indisponible."),
                QStringLiteral("Service temporarily unavailable.")},
               {{"retry_after", retryAfterSeconds}});
    e.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return e;
}

ApiError ApiError::storageQuota(qint64 used, qint64 limit)
{
    return ApiError(507, "STORAGE_QUOTA",
                    {QStringLiteral("Votre espace de stockage est plein."),
                     QStringLiteral("Your storage quota is used up.")},
                    {{"used", used}, {"limit", limit}});
}

ApiError ApiError::methodNotAllowed(const QStringList &allowed)
{
    json list = json::array();
    for (const auto &m : allowed)
        list.push_back(ss(m));
    ApiError e(405, "METHOD_NOT_ALLOWED",
               {QStringLiteral("Méthode non permise sur cette ressource."),
                QStringLiteral("Method not allowed on this resource.")},
               {{"allowed", list}});
    e.withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    return e;
}

ApiError ApiError::routeNotFound(const QString &path)
{
    return ApiError(404, "NOT_FOUND",
                    {QStringLiteral("Aucune route ne correspond à cette adresse."),
                     QStringLiteral("No route matches this path.")},
                    {{"path", ss(path)}});
}
