<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountPrompts</name>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter de %1 ?</translation>
    </message>
    <message>
        <source>You can keep a copy of this account's posts and media on this computer, to find them again when you sign back in.</source>
        <translation>Vous pouvez garder sur cet ordinateur une copie des publications et médias de ce compte, pour les retrouver en vous reconnectant.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. Keep the copy so that they are sent when you sign in again.</source>
        <translation><numerusform>%n modification n'est pas encore arrivée au serveur. Gardez la copie pour qu'elle soit envoyée à votre prochaine connexion.</numerusform><numerusform>%n modifications ne sont pas encore arrivées au serveur. Gardez la copie pour qu'elles soient envoyées à votre prochaine connexion.</numerusform></translation>
    </message>
    <message>
        <source>Sign out, keep the copy</source>
        <translation>Se déconnecter, garder la copie</translation>
    </message>
    <message>
        <source>Sign out and delete it</source>
        <translation>Se déconnecter et l'effacer</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Vos brouillons</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n post(s) written on this computer into %1?</source>
        <translation><numerusform>Déplacer la publication écrite sur cet ordinateur dans %1 ?</numerusform><numerusform>Déplacer les %n publications écrites sur cet ordinateur dans %1 ?</numerusform></translation>
    </message>
    <message>
        <source>They will be sent to your account and appear wherever you sign in. If you say no, they stay here, outside any account.</source>
        <translation>Elles seront envoyées sur votre compte et apparaîtront partout où vous vous connectez. Sinon, elles restent ici, hors de tout compte.</translation>
    </message>
    <message>
        <source>Move them</source>
        <translation>Les déplacer</translation>
    </message>
    <message>
        <source>Leave them here</source>
        <translation>Les laisser ici</translation>
    </message>
</context>
<context>
    <name>AccountRuntime</name>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour envoyer vos modifications ; elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in to sync this account.</source>
        <translation>Connectez-vous pour synchroniser ce compte.</translation>
    </message>
    <message>
        <source>No secure storage available on this computer, so Pitchside could not keep you signed in. Sign in to sync this account.</source>
        <translation>Aucun stockage sécurisé n'est disponible sur cet ordinateur : Pitchside n'a pas pu garder votre connexion. Connectez-vous pour synchroniser ce compte.</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>%1 · report of %2</source>
        <translation>%1 · rapport du %2</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation>Relances envoyées</translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d'envoi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Impossible d'ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; at most %2 MB).</source>
        <translation>Le fichier est trop volumineux (%1 Mo ; %2 Mo au maximum).</translation>
    </message>
    <message>
        <source>This is not a text file (a spreadsheet? Save it as CSV first).</source>
        <translation>Ce n'est pas un fichier texte (un classeur ? Enregistrez-le d'abord au format CSV).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l'en-tête en a %2</translation>
    </message>
    <message>
        <source>Same number as line %1</source>
        <translation>Même numéro qu'à la ligne %1</translation>
    </message>
    <message>
        <source>Already one of your contacts</source>
        <translation>Déjà dans vos contacts</translation>
    </message>
    <message>
        <source>Text after a closing quote</source>
        <translation>Du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>A quote opens and never closes</source>
        <translation>Un guillemet s'ouvre et ne se ferme jamais</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Near the limit</source>
        <translation>Proche de la limite</translation>
    </message>
    <message>
        <source>Blocked until tomorrow</source>
        <translation>Bloqué jusqu'à demain</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>This is not a phone number</source>
        <translation>Ce n'est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>Unknown country code (write it as +33…)</source>
        <translation>Indicatif de pays inconnu (écrivez-le +33…)</translation>
    </message>
    <message>
        <source>Too short for a phone number</source>
        <translation>Trop court pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>Too long for a phone number</source>
        <translation>Trop long pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>No phone number is written like this in that country</source>
        <translation>Aucun numéro ne s'écrit ainsi dans ce pays</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n destinataire</numerusform><numerusform>%n destinataires</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation><numerusform>%n envoyé</numerusform><numerusform>%n envoyés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n échec</numerusform><numerusform>%n échecs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation><numerusform>%n réponse</numerusform><numerusform>%n réponses</numerusform></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Deleted contact</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message numerus="yes">
        <source>Tried again %n time(s)</source>
        <translation><numerusform>Renvoyé %n fois</numerusform><numerusform>Renvoyé %n fois</numerusform></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: pitchside-cli login EMAIL (password on stdin or in PITCHSIDE_PASSWORD)</source>
        <translation>usage : pitchside-cli login EMAIL (mot de passe sur l'entrée standard ou dans PITCHSIDE_PASSWORD)</translation>
    </message>
    <message>
        <source>No secure storage available: Pitchside cannot keep you signed in on this computer. Nothing was written to disk; sign in again next time.</source>
        <translation>Aucun stockage sécurisé disponible : Pitchside ne peut pas garder votre connexion sur cet ordinateur. Rien n'a été écrit sur le disque ; reconnectez-vous la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>unknown platform: %1 (linkedin, instagram or facebook)</source>
        <translation>réseau inconnu : %1 (linkedin, instagram ou facebook)</translation>
    </message>
    <message>
        <source>--schedule must be an ISO 8601 time, like 2026-03-14T15:00:00Z</source>
        <translation>--schedule doit être une date ISO 8601, par exemple 2026-03-14T15:00:00Z</translation>
    </message>
    <message>
        <source>no post %1</source>
        <translation>aucune publication %1</translation>
    </message>
    <message>
        <source>Not signed in: run pitchside-cli login EMAIL first.</source>
        <translation>Non connecté : lancez d'abord pitchside-cli login EMAIL.</translation>
    </message>
    <message>
        <source>Signed out: run pitchside-cli login %1 again.</source>
        <translation>Déconnecté : relancez pitchside-cli login %1.</translation>
    </message>
    <message>
        <source>No secure storage available, so no stored sign-in: run pitchside-cli login %1 again.</source>
        <translation>Aucun stockage sécurisé disponible, donc aucune connexion enregistrée : relancez pitchside-cli login %1.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 refused, %4 in conflict.</source>
        <translation>Synchronisé : %1 envoyées, %2 reçues, %3 refusées, %4 en conflit.</translation>
    </message>
    <message>
        <source>Account: %1 on %2 (%3)</source>
        <translation>Compte : %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>Account: none (this computer only)</source>
        <translation>Compte : aucun (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 · refused: %2 · conflicts: %3</source>
        <translation>En attente d'envoi : %1 · refusées : %2 · conflits : %3</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l'entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 and try again</source>
        <translation>%1 n'est pas du texte UTF-8 : enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>saved, but: %1</source>
        <translation>enregistrée, mais : %1</translation>
    </message>
    <message numerus="yes">
        <source>slot taken: %n other post(s) of this profile on the same network less than 30 minutes away</source>
        <translation><numerusform>créneau pris : %n autre publication de ce profil sur le même réseau à moins de 30 minutes</numerusform><numerusform>créneau pris : %n autres publications de ce profil sur le même réseau à moins de 30 minutes</numerusform></translation>
    </message>
    <message>
        <source>usage: pitchside-cli posts create --platform P (--content TEXT | --content-file FILE|-) [--schedule ISO8601] [--sync]</source>
        <translation>usage : pitchside-cli posts create --platform P (--content TEXTE | --content-file FICHIER|-) [--schedule ISO8601] [--sync]</translation>
    </message>
    <message>
        <source>usage: pitchside-cli posts edit ID [--content TEXT | --content-file FILE|-] [--schedule ISO8601 | --unschedule] [--sync]</source>
        <translation>usage : pitchside-cli posts edit ID [--content TEXTE | --content-file FICHIER|-] [--schedule ISO8601 | --unschedule] [--sync]</translation>
    </message>
    <message>
        <source>usage: pitchside-cli [--server URL] [--data-dir DIR] COMMAND

commands:
  login EMAIL              sign in (password on stdin or in PITCHSIDE_PASSWORD)
  logout                   sign out; this computer keeps the account's data
  sync                     send waiting changes, receive the server's
  status [--json]          account, waiting changes, conflicts, last sync
  posts list [--json]
  posts create --platform P (--content TEXT | --content-file FILE|-)
               [--schedule ISO8601] [--sync]
                           prints the new post's id once it is saved
  posts edit ID [--content TEXT | --content-file FILE|-]
             [--schedule ISO8601 | --unschedule] [--sync]

--content-file reads UTF-8 text from FILE, or from standard input with -.
A post is scheduled only if it passes the rules the app checks (Instagram
needs a photo or video, the time must be to come, the text must fit each
network); otherwise it prints why, saves nothing and exits with 2.

exit codes: 0 ok, 1 local store error, 2 usage or a post the rules refuse,
3 not signed in or refused credentials, 4 server unreachable or failing,
5 conflicts wait for a choice, 6 the server refused some changes (see status)</source>
        <translation>usage : pitchside-cli [--server URL] [--data-dir DOSSIER] COMMANDE

commandes :
  login EMAIL              se connecter (mot de passe sur l'entrée standard ou dans PITCHSIDE_PASSWORD)
  logout                   se déconnecter ; cet ordinateur garde les données du compte
  sync                     envoyer les modifications en attente, recevoir celles du serveur
  status [--json]          compte, modifications en attente, conflits, dernière synchronisation
  posts list [--json]
  posts create --platform P (--content TEXTE | --content-file FICHIER|-)
               [--schedule ISO8601] [--sync]
                           affiche l'identifiant de la publication une fois enregistrée
  posts edit ID [--content TEXTE | --content-file FICHIER|-]
             [--schedule ISO8601 | --unschedule] [--sync]

--content-file lit le texte en UTF-8 depuis FICHIER, ou depuis l'entrée standard avec -.
Une publication n'est programmée que si elle respecte les règles que l'application vérifie
(Instagram demande une photo ou une vidéo, l'heure doit être à venir, le texte doit tenir
sur chaque réseau) ; sinon la commande dit pourquoi, n'enregistre rien et sort avec 2.

codes de sortie : 0 ok, 1 erreur du stockage local, 2 usage ou publication refusée par les règles,
3 non connecté ou identifiants refusés, 4 serveur injoignable ou en panne,
5 des conflits attendent un choix, 6 le serveur a refusé des modifications (voir status)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent: %1</source>
        <translation><numerusform>%n modification n’a pas pu être envoyée : %1</numerusform><numerusform>%n modifications n’ont pas pu être envoyées : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pitchside: plan, write and sync your club's social media.</source>
        <translation>Pitchside : planifiez, rédigez et synchronisez les réseaux sociaux de votre club.</translation>
    </message>
    <message>
        <source>Pitchside server to use.</source>
        <translation>Serveur Pitchside à utiliser.</translation>
    </message>
    <message>
        <source>Folder for accounts, settings and logs.</source>
        <translation>Dossier des comptes, des réglages et des journaux.</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l'interface : fr ou en.</translation>
    </message>
    <message>
        <source>Open on this page: calendar, editor, media, inbox, campaigns, analytics, accounts or settings.</source>
        <translation>Ouvrir sur cette page : calendar, editor, media, inbox, campaigns, analytics, accounts ou settings.</translation>
    </message>
    <message>
        <source>Save the window as a PNG once the page has loaded, then quit.</source>
        <translation>Enregistrer la fenêtre en PNG une fois la page chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--lang must be fr or en, not “%1”.</source>
        <translation>--lang doit valoir fr ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation>Page inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), in another order or different</source>
        <translation><numerusform>%n élément, différent</numerusform><numerusform>%n éléments, dans un autre ordre ou différents</numerusform></translation>
    </message>
    <message>
        <source>The server's copy cannot be read.</source>
        <translation>La version du serveur est illisible.</translation>
    </message>
    <message>
        <source>This kind of item cannot be copied.</source>
        <translation>Ce type d'élément ne peut pas être copié.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Clubs</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>Publications that went out</source>
        <translation>Publications réussies</translation>
    </message>
    <message>
        <source>Publications that failed</source>
        <translation>Publications refusées</translation>
    </message>
    <message>
        <source>Sponsor offers</source>
        <translation>Offres de sponsors</translation>
    </message>
    <message>
        <source>Documents ready</source>
        <translation>Documents prêts</translation>
    </message>
    <message>
        <source>Campaigns finished</source>
        <translation>Campagnes terminées</translation>
    </message>
    <message>
        <source>Accounts to reconnect</source>
        <translation>Comptes à reconnecter</translation>
    </message>
    <message>
        <source>Other notifications</source>
        <translation>Autres notifications</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation>Le message compte %1 caractères ; %2 au maximum peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
</context>
<context>
    <name>MatchStatus</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>MediaPreflight</name>
    <message>
        <source>%1 is too tall for %2 (%3; it takes photos no taller than %4). Crop or pad it to %4.</source>
        <translation>%1 est trop haute pour %2 (%3 ; le réseau n'accepte pas plus haut que %4). Recadrez-la ou ajoutez des bandes pour la mettre en %4.</translation>
    </message>
    <message>
        <source>%1 is too wide for %2 (%3; it takes photos no wider than %4). Crop or pad it to %4.</source>
        <translation>%1 est trop large pour %2 (%3 ; le réseau n'accepte pas plus large que %4). Recadrez-la ou ajoutez des bandes pour la mettre en %4.</translation>
    </message>
    <message>
        <source>%2 takes only JPEG photos: %1 will be converted.</source>
        <translation>%2 n'accepte que des photos JPEG : %1 sera convertie.</translation>
    </message>
    <message>
        <source>%1 is too heavy for %2: it will be made lighter.</source>
        <translation>%1 est trop lourde pour %2 : elle sera allégée.</translation>
    </message>
    <message>
        <source>%1 has too many pixels for %2: it will be scaled down.</source>
        <translation>%1 a trop de pixels pour %2 : elle sera réduite.</translation>
    </message>
    <message>
        <source>%1 is too short for %2. Choose a longer video.</source>
        <translation>%1 est trop courte pour %2. Choisissez une vidéo plus longue.</translation>
    </message>
    <message>
        <source>%1 is too long for %2. Trim it, or choose another video.</source>
        <translation>%1 est trop longue pour %2. Raccourcissez-la, ou choisissez une autre vidéo.</translation>
    </message>
    <message>
        <source>%1 is too heavy for %2. Export it smaller, then attach it again.</source>
        <translation>%1 est trop lourde pour %2. Exportez-la plus légère, puis joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 has proportions %2 does not take (%3). Export it closer to square.</source>
        <translation>%1 a des proportions que %2 n'accepte pas (%3). Exportez-la dans un format plus proche du carré.</translation>
    </message>
    <message>
        <source>%1 cannot be read any more on this computer. Remove it and attach it again.</source>
        <translation>%1 ne peut plus être lue sur cet ordinateur. Retirez-la et joignez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>PostItemDelegate</name>
    <message>
        <source>(empty post)</source>
        <translation>(publication vide)</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>A published post cannot be deleted: it is already on the network.</source>
        <translation>Une publication déjà publiée ne peut pas être supprimée : elle est en ligne sur le réseau.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <source>%1 refused the post: the text is longer than %2 characters (%3). Shorten it by %4.</source>
        <translation>%1 a refusé la publication : le texte dépasse %2 caractères (%3). Raccourcissez-le de %4.</translation>
    </message>
    <message>
        <source>%1 will refuse the post: the text is longer than %2 characters (%3). Shorten it by %4.</source>
        <translation>%1 refusera la publication : le texte dépasse %2 caractères (%3). Raccourcissez-le de %4.</translation>
    </message>
    <message>
        <source>Instagram refused the post: it has %1 hashtags, at most %2 are allowed. Remove %3.</source>
        <translation>Instagram a refusé la publication : elle compte %1 hashtags, %2 au maximum sont permis. Retirez-en %3.</translation>
    </message>
    <message>
        <source>Instagram will refuse the post: it has %1 hashtags, at most %2 are allowed. Remove %3.</source>
        <translation>Instagram refusera la publication : elle compte %1 hashtags, %2 au maximum sont permis. Retirez-en %3.</translation>
    </message>
    <message>
        <source>Instagram needs at least one photo or video. Add one, or untick Instagram.</source>
        <translation>Instagram demande au moins une photo ou une vidéo. Ajoutez-en une, ou décochez Instagram.</translation>
    </message>
    <message>
        <source>A post carries at most %1 photos or videos (%2 attached). Remove %3.</source>
        <translation>Une publication porte au plus %1 photos ou vidéos (%2 jointes). Retirez-en %3.</translation>
    </message>
    <message>
        <source>This time has already passed. Pick a later date or time.</source>
        <translation>Cette heure est déjà passée. Choisissez une date ou une heure plus tard.</translation>
    </message>
    <message>
        <source>Choose a date and a time to schedule the post.</source>
        <translation>Choisissez une date et une heure pour planifier la publication.</translation>
    </message>
    <message>
        <source>This post is already published: it can no longer be changed or deleted.</source>
        <translation>Cette publication est déjà en ligne : elle ne peut plus être modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>A photo or video of this post is no longer in your library. Remove it and attach another.</source>
        <translation>Une photo ou une vidéo de cette publication n'est plus dans votre médiathèque. Retirez-la et joignez-en une autre.</translation>
    </message>
    <message>
        <source>A published post needs its publication date.</source>
        <translation>Une publication en ligne doit avoir sa date de publication.</translation>
    </message>
    <message>
        <source>A failed post needs the reason it failed.</source>
        <translation>Une publication en échec doit indiquer la raison de l'échec.</translation>
    </message>
    <message>
        <source>Choose at least one network to publish on.</source>
        <translation>Choisissez au moins un réseau où publier.</translation>
    </message>
    <message>
        <source>The first comment is longer than %1 characters (%2). Shorten it by %3.</source>
        <translation>Le premier commentaire dépasse %1 caractères (%2). Raccourcissez-le de %3.</translation>
    </message>
    <message>
        <source>The server refused the post (%1).</source>
        <translation>Le serveur a refusé la publication (%1).</translation>
    </message>
    <message>
        <source>A published post cannot be deleted: it is already on the network.</source>
        <translation>Une publication déjà publiée ne peut pas être supprimée : elle est en ligne sur le réseau.</translation>
    </message>
    <message>
        <source>This post is being published right now; wait until it is done.</source>
        <translation>Cette publication est en train de partir ; attendez qu'elle soit publiée.</translation>
    </message>
    <message>
        <source>This post is already published: its time cannot change.</source>
        <translation>Cette publication est déjà en ligne : son heure ne peut plus changer.</translation>
    </message>
    <message>
        <source>This post is being published right now; its time cannot change.</source>
        <translation>Cette publication est en train de partir ; son heure ne peut plus changer.</translation>
    </message>
</context>
<context>
    <name>PostStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>En cours de publication</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>League</source>
        <translation>Ligue</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publiée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Being published</source>
        <translation>En cours de publication</translation>
    </message>
    <message>
        <source>No %1 account is connected. Connect one on the Accounts page, then choose Try again.</source>
        <translation>Aucun compte %1 n'est connecté. Connectez-en un dans Comptes, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>The %1 account must be reconnected: its authorisation ended or was withdrawn. Reconnect it on the Accounts page, then choose Try again.</source>
        <translation>Le compte %1 doit être reconnecté : son autorisation a pris fin ou a été retirée. Reconnectez-le dans Comptes, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Instagram refuses a post without a photo or a video. Add one, then choose Try again.</source>
        <translation>Instagram refuse une publication sans photo ni vidéo. Ajoutez-en une, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>%1 refused a photo or video (its format or proportions). Fix the media, then choose Try again.</source>
        <translation>%1 a refusé une photo ou une vidéo (son format ou ses proportions). Corrigez le média, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>%1 is limiting how many posts go out: too many in a short time. Try again in an hour.</source>
        <translation>%1 limite le nombre de publications : trop en peu de temps. Réessayez dans une heure.</translation>
    </message>
    <message>
        <source>%1 refuses a text identical to a recent post. Change the text, then choose Try again.</source>
        <translation>%1 refuse un texte identique à une publication récente. Modifiez le texte, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>%1 is not answering at the moment. Try again in a few minutes.</source>
        <translation>%1 ne répond pas pour le moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 refused the post. Try again; if it keeps failing, contact support.</source>
        <translation>%1 a refusé la publication. Réessayez ; si cela continue, contactez l'assistance.</translation>
    </message>
    <message>
        <source>%1 refused the post (“%2”). Try again; if it keeps failing, contact support.</source>
        <translation>%1 a refusé la publication (« %2 »). Réessayez ; si cela continue, contactez l'assistance.</translation>
    </message>
</context>
<context>
    <name>PublishingAlert</name>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: connect an account.</source>
        <translation><numerusform>%n publication %1 échouera le %2 : connectez un compte.</numerusform><numerusform>%n publications %1 échoueront à partir du %2 : connectez un compte.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: reconnect the account.</source>
        <translation><numerusform>%n publication %1 échouera le %2 : reconnectez le compte.</numerusform><numerusform>%n publications %1 échoueront à partir du %2 : reconnectez le compte.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: renew the authorisation before then.</source>
        <translation><numerusform>%n publication %1 échouera le %2 : renouvelez l'autorisation d'ici là.</numerusform><numerusform>%n publications %1 échoueront à partir du %2 : renouvelez l'autorisation d'ici là.</numerusform></translation>
    </message>
</context>
<context>
    <name>PublishingMonitor</name>
    <message>
        <source>Not published on %1</source>
        <translation>Non publiée sur %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>« %1 » — %2</translation>
    </message>
</context>
<context>
    <name>PublishingOutlook</name>
    <message>
        <source>Pitchside · no social account connected yet</source>
        <translation>Pitchside · aucun réseau social connecté</translation>
    </message>
    <message>
        <source>Pitchside · every account can publish</source>
        <translation>Pitchside · tous les comptes peuvent publier</translation>
    </message>
    <message>
        <source>Pitchside · an account needs attention soon</source>
        <translation>Pitchside · un compte demandera bientôt votre attention</translation>
    </message>
    <message>
        <source>Pitchside · posts will not be published</source>
        <translation>Pitchside · des publications vont échouer</translation>
    </message>
</context>
<context>
    <name>PublishingRisk</name>
    <message>
        <source>%1: no account is connected, so it will not be published. Connect one on the Accounts page.</source>
        <translation>%1 : aucun compte n'est connecté, la publication échouera. Connectez-en un dans Comptes.</translation>
    </message>
    <message>
        <source>%1: the account must be reconnected, or it will not be published. Reconnect it on the Accounts page.</source>
        <translation>%1 : le compte doit être reconnecté, sinon la publication échouera. Reconnectez-le dans Comptes.</translation>
    </message>
    <message>
        <source>%1: the authorisation ends on %2, before this post goes out. Renew it on the Accounts page.</source>
        <translation>%1 : l'autorisation prend fin le %2, avant la publication. Renouvelez-la dans Comptes.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renouveler %1</translation>
    </message>
</context>
<context>
    <name>SocialAccountHealth</name>
    <message>
        <source>Needs reconnecting</source>
        <translation>À reconnecter</translation>
    </message>
    <message>
        <source>Authorisation ends today</source>
        <translation>L'autorisation expire aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>Authorisation ends in %n day(s)</source>
        <translation><numerusform>L'autorisation expire dans %n jour</numerusform><numerusform>L'autorisation expire dans %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n day(s) left</source>
        <translation><numerusform>Connecté · encore %n jour</numerusform><numerusform>Connecté · encore %n jours</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncEntity</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Social account</source>
        <translation>Compte de réseau social</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Diffusion sur un réseau</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Message de campagne</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Contact category</source>
        <translation>Catégorie de contacts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server cannot be reached. Your changes are kept on this computer and will be sent when it is back.</source>
        <translation>Le serveur est injoignable. Vos modifications sont conservées sur cet ordinateur et partiront dès son retour.</translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Pitchside will try again by itself.</source>
        <translation>Le serveur met trop de temps à répondre. Pitchside réessaiera tout seul.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (certificate not trusted). Nothing was sent.</source>
        <translation>La connexion sécurisée au serveur a échoué (certificat non reconnu). Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The server sent an answer Pitchside cannot read (%1). It will try again later.</source>
        <translation>Le serveur a envoyé une réponse que Pitchside ne sait pas lire (%1). Il réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour envoyer vos modifications ; elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server address is not encrypted (http://). Use an https:// address.</source>
        <translation>L'adresse du serveur n'est pas chiffrée (http://). Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks Pitchside to slow down; it will try again in %n second(s).</source>
        <translation><numerusform>Le serveur demande à Pitchside de ralentir ; nouvel essai dans %n seconde.</numerusform><numerusform>Le serveur demande à Pitchside de ralentir ; nouvel essai dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>The server asks Pitchside to slow down; it will try again shortly.</source>
        <translation>Le serveur demande à Pitchside de ralentir ; nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>The server has a problem (error %1). Pitchside will try again by itself.</source>
        <translation>Le serveur rencontre un problème (erreur %1). Pitchside réessaiera tout seul.</translation>
    </message>
    <message>
        <source>The server refused the change (error %1).</source>
        <translation>Le serveur a refusé la modification (erreur %1).</translation>
    </message>
    <message>
        <source>Shorten the text, then save: it will be sent again.</source>
        <translation>Raccourcissez le texte puis enregistrez : il sera renvoyé.</translation>
    </message>
    <message>
        <source>Pick a time in the future, then save: it will be sent again.</source>
        <translation>Choisissez une date à venir puis enregistrez : la publication sera renvoyée.</translation>
    </message>
    <message>
        <source>Add a photo or a video, or remove Instagram, then save.</source>
        <translation>Ajoutez une photo ou une vidéo, ou retirez Instagram, puis enregistrez.</translation>
    </message>
    <message>
        <source>Remove some hashtags (30 at most for Instagram), then save.</source>
        <translation>Retirez des hashtags (30 au plus pour Instagram) puis enregistrez.</translation>
    </message>
    <message>
        <source>A photo of this post is not in your library on the server. Remove it from the post, then save.</source>
        <translation>Une photo de cette publication n'est pas dans votre médiathèque sur le serveur. Retirez-la de la publication puis enregistrez.</translation>
    </message>
    <message>
        <source>This post is already published and cannot change. Make a copy to publish a new version.</source>
        <translation>Cette publication est déjà publiée et ne peut plus changer. Faites-en une copie pour publier une nouvelle version.</translation>
    </message>
    <message>
        <source>Remove this media item from the posts that use it first.</source>
        <translation>Retirez d'abord ce média des publications qui l'utilisent.</translation>
    </message>
    <message>
        <source>Change what the message names, then save: it will be sent again.</source>
        <translation>Corrigez ce que le message indique puis enregistrez : ce sera renvoyé.</translation>
    </message>
    <message>
        <source>Your account may not make this change. Check the profile, or ask your club's administrator.</source>
        <translation>Votre compte n'a pas le droit de faire cette modification. Vérifiez le profil ou demandez à l'administrateur de votre club.</translation>
    </message>
    <message>
        <source>Correct the field the message names, then save: it will be sent again.</source>
        <translation>Corrigez le champ indiqué par le message puis enregistrez : ce sera renvoyé.</translation>
    </message>
    <message>
        <source>The change is too large for the server. Shorten it, then save.</source>
        <translation>La modification est trop volumineuse pour le serveur. Raccourcissez-la puis enregistrez.</translation>
    </message>
    <message>
        <source>This version of Pitchside cannot send this kind of change. Update Pitchside.</source>
        <translation>Cette version de Pitchside ne sait pas envoyer ce type de modification. Mettez Pitchside à jour.</translation>
    </message>
    <message>
        <source>Retry now, or change the item and save it again.</source>
        <translation>Réessayez maintenant, ou modifiez l'élément et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>This kind of change cannot be sent to the server.</source>
        <translation>Ce type de modification ne peut pas être envoyé au serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not send a complete answer within %n second(s). Your changes are kept on this computer; Pitchside will try again by itself.</source>
        <translation><numerusform>Le serveur n’a pas envoyé de réponse complète en %n seconde. Vos modifications sont gardées sur cet ordinateur ; Pitchside réessaiera tout seul.</numerusform><numerusform>Le serveur n’a pas envoyé de réponse complète en %n secondes. Vos modifications sont gardées sur cet ordinateur ; Pitchside réessaiera tout seul.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation number</source>
        <translation>Numéro d'affiliation</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>First comment</source>
        <translation>Premier commentaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programmée pour</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Written with AI</source>
        <translation>Écrite avec l'IA</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Home team</source>
        <translation>Équipe à domicile</translation>
    </message>
    <message>
        <source>Away team</source>
        <translation>Équipe à l'extérieur</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Coup d'envoi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Compétition</translation>
    </message>
    <message>
        <source>Home score</source>
        <translation>Score à domicile</translation>
    </message>
    <message>
        <source>Away score</source>
        <translation>Score à l'extérieur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Authorisation ends</source>
        <translation>Fin de l'autorisation</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>On WhatsApp</source>
        <translation>Sur WhatsApp</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
</context>
<context>
    <name>pitchside::ConversationListModel</name>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation>Brouillon : pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>pitchside::OutboxListModel</name>
    <message>
        <source>An item from the server (%1)</source>
        <translation>Un élément du serveur (%1)</translation>
    </message>
    <message>
        <source>Could not be read (%1). Pitchside asks the server for it again at each sync; a fixed server or a newer Pitchside will bring it.</source>
        <translation>Illisible (%1). Pitchside le redemande au serveur à chaque synchronisation ; un serveur corrigé ou une version plus récente de Pitchside l’apportera.</translation>
    </message>
</context>
<context>
    <name>pitchside::ThreadModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
</context>
<context>
    <name>pitchside::app::Application</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossible d'enregistrer la capture %1</translation>
    </message>
</context>
<context>
    <name>pitchside::campaigns::ContactTableModel</name>
    <message>
        <source>On WhatsApp</source>
        <translation>Sur WhatsApp</translation>
    </message>
    <message>
        <source>No WhatsApp</source>
        <translation>Pas de WhatsApp</translation>
    </message>
    <message>
        <source>Check waiting</source>
        <translation>Vérification en attente</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>pitchside::store::StoreError</name>
    <message>
        <source>Pitchside cannot create its data folder %1. Check that the disk is not full and that you may write there, or start Pitchside with --data-dir to choose another folder.</source>
        <translation>Pitchside ne peut pas créer son dossier de données %1. Vérifiez que le disque n'est pas plein et que vous avez le droit d'y écrire, ou lancez Pitchside avec --data-dir pour choisir un autre dossier.</translation>
    </message>
    <message>
        <source>Pitchside cannot write in its data folder %1. Give your user write permission on it, or start Pitchside with --data-dir to choose another folder. Nothing was changed.</source>
        <translation>Pitchside ne peut pas écrire dans son dossier de données %1. Donnez à votre utilisateur le droit d'y écrire, ou lancez Pitchside avec --data-dir pour choisir un autre dossier. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Give your user write permission on it. Nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule. Donnez à votre utilisateur le droit d'y écrire. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read. Check its permissions. Nothing was changed.</source>
        <translation>La base de données %1 ne peut pas être lue. Vérifiez ses droits d'accès. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Pitchside database. It was left exactly as it is: keep a copy of it, then move it away to start with an empty store, or restore a backup.</source>
        <translation>La base de données %1 est endommagée ou n'est pas une base Pitchside. Elle a été laissée telle quelle : gardez-en une copie, puis déplacez-la pour repartir d'une base vide, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Pitchside (schema %2; this version knows up to %3). Install the newer version. The file was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Pitchside (schéma %2 ; cette version connaît jusqu'au schéma %3). Installez la version la plus récente. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Pitchside could not upgrade the database %1 from schema %2 to %3: %4. The database was left as it was before the upgrade.</source>
        <translation>Pitchside n'a pas pu mettre à jour la base de données %1 du schéma %2 au schéma %3 : %4. La base a été laissée telle qu'elle était avant la mise à jour.</translation>
    </message>
    <message>
        <source>The local store refused a change: %1</source>
        <translation>La base locale a refusé une modification : %1</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n'existe plus.</translation>
    </message>
</context>
<context>
    <name>pitchside::sync::BackendUrl</name>
    <message>
        <source>Enter the address of your Pitchside server, for example https://api.monclub.fr.</source>
        <translation>Saisissez l'adresse de votre serveur Pitchside, par exemple https://api.monclub.fr.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Write it like https://api.monclub.fr.</source>
        <translation>« %1 » n'est pas une adresse web. Écrivez-la comme https://api.monclub.fr.</translation>
    </message>
    <message>
        <source>“%1” must start with https://.</source>
        <translation>« %1 » doit commencer par https://.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted. Use https:// — plain http:// is only allowed for a server on this computer (127.0.0.1 or localhost).</source>
        <translation>« %1 » n'est pas chiffrée. Utilisez https:// : le simple http:// n'est permis que pour un serveur sur cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>“%1” should be just the server's address, without “?” or “#” parts.</source>
        <translation>« %1 » doit être seulement l'adresse du serveur, sans partie « ? » ni « # ».</translation>
    </message>
</context>
<context>
    <name>pitchside::sync::ai::AiAssistant</name>
    <message>
        <source>Sign in to your Pitchside account to get AI suggestions: they are made by the server.</source>
        <translation>Connectez-vous à votre compte Pitchside pour recevoir des suggestions de l'IA : c'est le serveur qui les rédige.</translation>
    </message>
    <message>
        <source>You are offline: AI suggestions need the Pitchside server. Everything else keeps working.</source>
        <translation>Vous êtes hors ligne : les suggestions de l'IA passent par le serveur Pitchside. Tout le reste fonctionne.</translation>
    </message>
    <message numerus="yes">
        <source>Too many AI requests in a minute: try again in %n second(s).</source>
        <translation><numerusform>Trop de demandes à l'IA en une minute : réessayez dans %n seconde.</numerusform><numerusform>Trop de demandes à l'IA en une minute : réessayez dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>The AI suggestion failed; try again in a moment.</source>
        <translation>La suggestion de l'IA a échoué ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This month's idea generations are used up. They come back on %1; writing posts and variants still works.</source>
        <translation>Les générations d'idées de ce mois-ci sont épuisées. Elles reviennent le %1 ; la rédaction de publications et de variantes reste possible.</translation>
    </message>
    <message>
        <source>This month's idea generations are used up. Writing posts and variants still works.</source>
        <translation>Les générations d'idées de ce mois-ci sont épuisées. La rédaction de publications et de variantes reste possible.</translation>
    </message>
</context>
<context>
    <name>pitchside::sync::auth::ProviderSignIn</name>
    <message>
        <source>%1 did not allow the sign-in. Try again, and accept when %1 asks whether Pitchside may use your account.</source>
        <translation>%1 n'a pas autorisé la connexion. Réessayez, et acceptez quand %1 demande si Pitchside peut utiliser votre compte.</translation>
    </message>
    <message>
        <source>%1 did not complete the sign-in (%2). Try again.</source>
        <translation>%1 n'a pas terminé la connexion (%2). Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing came back from the browser within %n minute(s). Start again, and finish the sign-in in the browser window that opens.</source>
        <translation><numerusform>Le navigateur n'est pas revenu au bout de %n minute. Recommencez, et terminez la connexion dans la fenêtre du navigateur qui s'ouvre.</numerusform><numerusform>Le navigateur n'est pas revenu au bout de %n minutes. Recommencez, et terminez la connexion dans la fenêtre du navigateur qui s'ouvre.</numerusform></translation>
    </message>
    <message>
        <source>This sign-in provider is not known.</source>
        <translation>Ce service de connexion est inconnu.</translation>
    </message>
    <message>
        <source>Pitchside</source>
        <translation>Pitchside</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Pitchside.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à Pitchside.</translation>
    </message>
    <message>
        <source>This page does not belong to a sign-in Pitchside is waiting for. You can close it.</source>
        <translation>Cette page ne correspond à aucune connexion attendue par Pitchside. Vous pouvez la fermer.</translation>
    </message>
    <message>
        <source>Pitchside could not prepare the sign-in on this computer (no local port could be opened). Try again.</source>
        <translation>Pitchside n'a pas pu préparer la connexion sur cet ordinateur (aucun port local n'a pu être ouvert). Réessayez.</translation>
    </message>
    <message>
        <source>This server does not offer sign-in with %1. Use your email and password.</source>
        <translation>Ce serveur ne propose pas la connexion avec %1. Utilisez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>The server sent a sign-in address Pitchside will not open. Check the server address.</source>
        <translation>Le serveur a envoyé une adresse de connexion que Pitchside n'ouvrira pas. Vérifiez l'adresse du serveur.</translation>
    </message>
    <message>
        <source>Pitchside could not open your web browser. Check that a default browser is set, then try again.</source>
        <translation>Pitchside n'a pas pu ouvrir votre navigateur web. Vérifiez qu'un navigateur par défaut est choisi, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in with %1 could not be completed. Start again.</source>
        <translation>La connexion avec %1 n'a pas pu aboutir. Recommencez.</translation>
    </message>
</context>
<context>
    <name>pitchside::sync::auth::SignIn</name>
    <message>
        <source>The email address or the password is not right. Check them and try again.</source>
        <translation>L'adresse e-mail ou le mot de passe n'est pas bon. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Pitchside cannot reach %1. Check the address and your internet connection, then try again.</source>
        <translation>Pitchside ne parvient pas à joindre %1. Vérifiez l'adresse et votre connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 n'a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: its certificate is not trusted or the address is wrong. Check the address, or ask the person who runs the server.</source>
        <translation>La connexion sécurisée à %1 n'a pas pu s'établir : son certificat n'est pas reconnu ou l'adresse est fausse. Vérifiez l'adresse, ou demandez à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>Something answered at %1, but it is not a Pitchside server. Check the address.</source>
        <translation>Quelque chose répond à %1, mais ce n'est pas un serveur Pitchside. Vérifiez l'adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation><numerusform>Trop de tentatives. Attendez %n seconde puis réessayez.</numerusform><numerusform>Trop de tentatives. Attendez %n secondes puis réessayez.</numerusform></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Attendez une minute puis réessayez.</translation>
    </message>
    <message>
        <source>The server has a problem right now (error %1). Try again in a few minutes.</source>
        <translation>Le serveur rencontre un problème en ce moment (erreur %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (error %1).</source>
        <translation>Le serveur a refusé la connexion (erreur %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not send a complete answer within %n second(s). Try again in a moment.</source>
        <translation><numerusform>%1 n’a pas envoyé de réponse complète en %n seconde. Réessayez dans un moment.</numerusform><numerusform>%1 n’a pas envoyé de réponse complète en %n secondes. Réessayez dans un moment.</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::sync::auth::SocialConnect</name>
    <message>
        <source>The server did not confirm the connection. Try again.</source>
        <translation>Le serveur n'a pas confirmé la connexion. Réessayez.</translation>
    </message>
    <message>
        <source>%1 was not connected: the permission was refused in the browser. Try again, and choose "Allow" when %1 asks.</source>
        <translation>%1 n'a pas été connecté : l'autorisation a été refusée dans le navigateur. Réessayez, et choisissez « Autoriser » quand %1 le demande.</translation>
    </message>
    <message>
        <source>%1 did not complete the connection (%2). Try again.</source>
        <translation>%1 n'a pas terminé la connexion (%2). Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing came back from the browser within %n minute(s). Start again, and finish in the browser window that opens.</source>
        <translation><numerusform>Le navigateur n'est pas revenu au bout de %n minute. Recommencez, et terminez dans la fenêtre du navigateur qui s'ouvre.</numerusform><numerusform>Le navigateur n'est pas revenu au bout de %n minutes. Recommencez, et terminez dans la fenêtre du navigateur qui s'ouvre.</numerusform></translation>
    </message>
    <message>
        <source>This network is not known.</source>
        <translation>Ce réseau est inconnu.</translation>
    </message>
    <message>
        <source>Pitchside</source>
        <translation>Pitchside</translation>
    </message>
    <message>
        <source>%1 is connected. You can close this tab and go back to Pitchside.</source>
        <translation>%1 est connecté. Vous pouvez fermer cet onglet et revenir à Pitchside.</translation>
    </message>
    <message>
        <source>This page does not belong to a connection Pitchside is waiting for. You can close it.</source>
        <translation>Cette page ne correspond à aucune connexion attendue par Pitchside. Vous pouvez la fermer.</translation>
    </message>
    <message>
        <source>Pitchside could not prepare the connection on this computer (no local port could be opened). Try again.</source>
        <translation>Pitchside n'a pas pu préparer la connexion sur cet ordinateur (aucun port local n'a pu être ouvert). Réessayez.</translation>
    </message>
    <message>
        <source>The server sent an address Pitchside will not open. Check the server address.</source>
        <translation>Le serveur a envoyé une adresse que Pitchside n'ouvrira pas. Vérifiez l'adresse du serveur.</translation>
    </message>
    <message>
        <source>Pitchside could not open your web browser. Check that a default browser is set, then try again.</source>
        <translation>Pitchside n'a pas pu ouvrir votre navigateur. Vérifiez qu'un navigateur par défaut est choisi, puis réessayez.</translation>
    </message>
    <message>
        <source>Sign in to Pitchside again, then connect %1.</source>
        <translation>Reconnectez-vous à Pitchside, puis connectez %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so %1 cannot be connected now. Check the connection and try again.</source>
        <translation>Le serveur est injoignable : %1 ne peut pas être connecté maintenant. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this authorisation: reconnect the account.</source>
        <translation>%1 n'accepte plus cette autorisation : reconnectez le compte.</translation>
    </message>
    <message>
        <source>This server does not connect %1 accounts.</source>
        <translation>Ce serveur ne permet pas de connecter des comptes %1.</translation>
    </message>
</context>
<context>
    <name>pitchside::sync::downloads::VariantDownloader</name>
    <message>
        <source>This media item has an invalid id.</source>
        <translation>Ce média a un identifiant invalide.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::AccountsPage</name>
    <message>
        <source>Show data folder</source>
        <translation>Afficher le dossier des données</translation>
    </message>
    <message>
        <source>%1 · %2 waiting to be sent to the server</source>
        <translation>%1 · %2 en attente d'envoi au serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation><numerusform>%n publication</numerusform><numerusform>%n publications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n modification</numerusform><numerusform>%n modifications</numerusform></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Each account keeps its own data on this computer; you can switch between them.</source>
        <translation>Chaque compte garde ses propres données sur cet ordinateur ; vous pouvez passer de l'un à l'autre.</translation>
    </message>
    <message>
        <source>No secure storage available on this computer: Pitchside cannot keep you signed in. You will be asked for your password at the next start; nothing is written to disk.</source>
        <translation>Aucun stockage sécurisé n'est disponible sur cet ordinateur : Pitchside ne peut pas garder votre connexion. Votre mot de passe vous sera redemandé au prochain démarrage ; rien n'est écrit sur le disque.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send your changes and get the latest from the server (Ctrl+R)</source>
        <translation>Envoyer vos modifications et recevoir les dernières nouveautés du serveur (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pending changes…</source>
        <translation>Modifications en attente…</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Comptes sur cet ordinateur</translation>
    </message>
    <message>
        <source>No account yet. Your posts are kept on this computer only until you sign in; then you can move them into your account.</source>
        <translation>Aucun compte pour l'instant. Vos publications restent sur cet ordinateur jusqu'à votre connexion ; vous pourrez alors les déplacer dans votre compte.</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Passer à ce compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this computer.</source>
        <translation>Non connecté : tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Not connected to the server yet.</source>
        <translation>Pas encore connecté au serveur.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Aujourd'hui · %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::AiPanel</name>
    <message>
        <source>Suggest ideas</source>
        <translation>Proposer des idées</translation>
    </message>
    <message>
        <source>Write a post from this idea</source>
        <translation>Rédiger une publication sur cette idée</translation>
    </message>
    <message>
        <source>Three variants of my text</source>
        <translation>Trois variantes de mon texte</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Topic, e.g. the derby on Saturday</source>
        <translation>Sujet, par ex. le derby de samedi</translation>
    </message>
    <message>
        <source>Topic of the ideas</source>
        <translation>Sujet des idées</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Décontracté</translation>
    </message>
    <message>
        <source>Inspiring</source>
        <translation>Inspirant</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Post from “%1”</source>
        <translation>Publication sur « %1 »</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante : %1</translation>
    </message>
    <message>
        <source>Sign in to your Pitchside account to get AI suggestions: they are made by the server.</source>
        <translation>Connectez-vous à votre compte Pitchside pour recevoir des suggestions de l'IA : c'est le serveur qui les rédige.</translation>
    </message>
    <message>
        <source>Ideas of posts for your club</source>
        <translation>Des idées de publications pour votre club</translation>
    </message>
    <message>
        <source>Three rewrites: shorter, more casual, with a call to action</source>
        <translation>Trois réécritures : plus courte, plus décontractée, avec un appel à l'action</translation>
    </message>
    <message>
        <source>A post written from the chosen idea</source>
        <translation>Une publication rédigée à partir de l'idée choisie</translation>
    </message>
    <message>
        <source>Idea generations this month: %1 of %2 used · renewed on %3</source>
        <translation>Générations d'idées ce mois-ci : %1 sur %2 utilisées · renouvelées le %3</translation>
    </message>
    <message>
        <source>Idea generations: 100 a month. The count shows after the first request.</source>
        <translation>Générations d'idées : 100 par mois. Le compteur s'affiche après la première demande.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert at the cursor</source>
        <translation>Insérer à l'emplacement du curseur</translation>
    </message>
    <message>
        <source>Replace my text</source>
        <translation>Remplacer mon texte</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::AnalyticsPage</name>
    <message>
        <source>Your content at a glance, from what is on this computer.</source>
        <translation>Vos contenus en un coup d'œil, d'après ce qui est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Posts in total</source>
        <translation>Publications au total</translation>
    </message>
    <message>
        <source>Planned in the next 7 days</source>
        <translation>Planifiées dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>Published in the last 30 days</source>
        <translation>Publiées ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Drafts to finish</source>
        <translation>Brouillons à terminer</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Rien à mesurer pour l'instant</translation>
    </message>
    <message>
        <source>Once you write and plan posts, this page shows how many are planned, published and waiting, by status and by network.</source>
        <translation>Dès que vous rédigez et planifiez des publications, cette page montre combien sont planifiées, publiées ou en attente, par statut et par réseau.</translation>
    </message>
    <message>
        <source>Posts by status</source>
        <translation>Publications par statut</translation>
    </message>
    <message>
        <source>Posts by network</source>
        <translation>Publications par réseau</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarActions</name>
    <message numerus="yes">
        <source>Slot taken: %n other post(s) of this profile on the same network less than 30 minutes away (%1).</source>
        <translation><numerusform>Créneau occupé : %n autre publication de ce profil sur le même réseau à moins de 30 minutes (%1).</numerusform><numerusform>Créneau occupé : %n autres publications de ce profil sur le même réseau à moins de 30 minutes (%1).</numerusform></translation>
    </message>
    <message>
        <source>Schedule post</source>
        <translation>la planification de la publication</translation>
    </message>
    <message>
        <source>Move post</source>
        <translation>le déplacement de la publication</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Planifiée pour le %1.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacée au %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unschedule post</source>
        <translation>le retrait de la date</translation>
    </message>
    <message>
        <source>Back in the drafts without a date.</source>
        <translation>De retour dans les brouillons sans date.</translation>
    </message>
    <message>
        <source>Copied as a draft at the same time.</source>
        <translation>Copiée en brouillon à la même heure.</translation>
    </message>
    <message>
        <source>Post deleted.</source>
        <translation>Publication supprimée.</translation>
    </message>
    <message>
        <source>Match deleted.</source>
        <translation>Match supprimé.</translation>
    </message>
    <message>
        <source>Match added.</source>
        <translation>Match ajouté.</translation>
    </message>
    <message>
        <source>Match saved.</source>
        <translation>Match enregistré.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation>%1 : du %2 au %3.</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l'éditeur</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Déplanifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit the match…</source>
        <translation>Modifier le match…</translation>
    </message>
    <message>
        <source>Create matchday post</source>
        <translation>Créer la publication du jour de match</translation>
    </message>
    <message>
        <source>Delete the match</source>
        <translation>Supprimer le match</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New post on %1</source>
        <translation>Nouvelle publication le %1</translation>
    </message>
    <message>
        <source>New match on %1</source>
        <translation>Nouveau match le %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarFilterButton</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Choose the profile, networks and statuses the calendar shows</source>
        <translation>Choisissez le profil, les réseaux et les statuts que montre le calendrier</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Afficher aussi</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matchs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarPage</name>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Write a new post (Ctrl+N)</source>
        <translation>Rédiger une nouvelle publication (Ctrl+N)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Times in your time zone: %1 (%2)</source>
        <translation>Heures dans votre fuseau horaire : %1 (%2)</translation>
    </message>
    <message>
        <source>New match</source>
        <translation>Nouveau match</translation>
    </message>
    <message>
        <source>Add a fixture to the calendar</source>
        <translation>Ajouter une rencontre au calendrier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Revenir à aujourd'hui (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Jour précédent ou suivant</translation>
    </message>
    <message>
        <source>Previous or next week (month view), hours (week and day views)</source>
        <translation>Semaine précédente ou suivante (vue mois), heures (vues semaine et jour)</translation>
    </message>
    <message>
        <source>Previous or next period</source>
        <translation>Période précédente ou suivante</translation>
    </message>
    <message>
        <source>Next or previous post of the day</source>
        <translation>Publication suivante ou précédente du jour</translation>
    </message>
    <message>
        <source>Open the selected post, or the day</source>
        <translation>Ouvrir la publication sélectionnée, ou le jour</translation>
    </message>
    <message>
        <source>Delete the selected post (undo with Ctrl+Z)</source>
        <translation>Supprimer la publication sélectionnée (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Actions on the selected post</source>
        <translation>Actions sur la publication sélectionnée</translation>
    </message>
    <message>
        <source>Open Accounts</source>
        <translation>Ouvrir Comptes</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignDelegate</name>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de connexion</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignDetail</name>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Not sent: nobody in the chosen categories can receive it on WhatsApp. Add contacts to them, or choose other categories, then send again.</source>
        <translation>Non envoyée : personne dans les catégories choisies ne peut la recevoir sur WhatsApp. Ajoutez-y des contacts ou choisissez d’autres catégories, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Not sent: choose at least one category of contacts, then send again.</source>
        <translation>Non envoyée : choisissez au moins une catégorie de contacts, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Not sent: this campaign has already gone out. Relaunch it to send it again.</source>
        <translation>Non envoyée : cette campagne est déjà partie. Relancez-la pour l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>Nothing to send again: no message had failed.</source>
        <translation>Rien à renvoyer : aucun message n’avait échoué.</translation>
    </message>
    <message>
        <source>Not stopped: the campaign had already finished.</source>
        <translation>Non arrêtée : la campagne était déjà terminée.</translation>
    </message>
    <message>
        <source>Not relaunched: only a finished or stopped campaign can be.</source>
        <translation>Non relancée : seule une campagne terminée ou arrêtée peut l’être.</translation>
    </message>
    <message>
        <source>Not changed: the campaign was being sent. Stop it first.</source>
        <translation>Non modifiée : la campagne était en cours d’envoi. Arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>Le serveur a refusé cette action.</translation>
    </message>
    <message>
        <source>The server refused this action: %1</source>
        <translation>Le serveur a refusé cette action : %1</translation>
    </message>
    <message>
        <source>Sending asked: it starts as soon as Pitchside reaches the server.</source>
        <translation>Envoi demandé : il commence dès que Pitchside joint le serveur.</translation>
    </message>
    <message>
        <source>Stop asked: it takes effect as soon as Pitchside reaches the server.</source>
        <translation>Arrêt demandé : il prend effet dès que Pitchside joint le serveur.</translation>
    </message>
    <message>
        <source>Sending the failed messages again as soon as Pitchside reaches the server.</source>
        <translation>Les messages en échec repartent dès que Pitchside joint le serveur.</translation>
    </message>
    <message>
        <source>Relaunch asked: it starts as soon as Pitchside reaches the server.</source>
        <translation>Relance demandée : elle commence dès que Pitchside joint le serveur.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation>Relances envoyées</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send failed again</source>
        <translation>Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Relaunch</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation>Tableur (CSV)…</translation>
    </message>
    <message>
        <source>Report to print (PDF)…</source>
        <translation>Rapport à imprimer (PDF)…</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>Follow-up, to those who reply</source>
        <translation>Relance, pour ceux qui répondent</translation>
    </message>
    <message>
        <source>Recipients and what became of each message</source>
        <translation>Les destinataires et ce qu’est devenu chaque message</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programmée pour %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>commencée %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminée %1</translation>
    </message>
    <message numerus="yes">
        <source>the last of %n waiting message(s) should leave around %1</source>
        <translation><numerusform>le dernier des %n messages en attente devrait partir vers %1</numerusform><numerusform>le dernier des %n messages en attente devrait partir vers %1</numerusform></translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 of %2 first messages handled (%p %)</source>
        <translation>Premiers messages traités : %1 sur %2 (%p %)</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <source>No follow-up.</source>
        <translation>Pas de relance.</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogrammer…</translation>
    </message>
    <message>
        <source>The campaign could not be sent: %1</source>
        <translation>La campagne n’a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>The campaign could not be stopped: %1</source>
        <translation>La campagne n’a pas pu être arrêtée : %1</translation>
    </message>
    <message>
        <source>The failed messages could not be sent again: %1</source>
        <translation>Les messages en échec n’ont pas pu être renvoyés : %1</translation>
    </message>
    <message>
        <source>Relaunch “%1”?</source>
        <translation>Relancer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in its categories now (%n contact(s)) gets the first message again, including those who already received it. Its figures start over.</source>
        <translation><numerusform>Tous les contacts actuellement dans ses catégories (%n contact) reçoivent à nouveau le premier message, y compris ceux qui l’ont déjà reçu. Ses chiffres repartent de zéro.</numerusform><numerusform>Tous les contacts actuellement dans ses catégories (%n contacts) reçoivent à nouveau le premier message, y compris ceux qui l’ont déjà reçu. Ses chiffres repartent de zéro.</numerusform></translation>
    </message>
    <message>
        <source>The campaign could not be relaunched: %1</source>
        <translation>La campagne n’a pas pu être relancée : %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation>La copie n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>The campaign and its figures are deleted on every device. Messages already sent stay with their recipients.</source>
        <translation>La campagne et ses chiffres sont supprimés sur tous vos appareils. Les messages déjà envoyés restent chez leurs destinataires.</translation>
    </message>
    <message>
        <source>The campaign is being sent: stop it before deleting it.</source>
        <translation>La campagne est en cours d’envoi : arrêtez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>The campaign could not be deleted: %1</source>
        <translation>La campagne n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export the recipients</source>
        <translation>Exporter les destinataires</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Le fichier n’a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the only waiting message should leave around %1</source>
        <translation>le seul message en attente devrait partir vers %1</translation>
    </message>
    <message>
        <source>The only contact in its categories now gets the first message again, even if they already received it. Its figures start over.</source>
        <translation>Le seul contact actuellement dans ses catégories reçoit à nouveau le premier message, même s’il l’a déjà reçu. Ses chiffres repartent de zéro.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Christmas tournament — parents</source>
        <translation>Tournoi de Noël — parents</translation>
    </message>
    <message>
        <source>Hello {{prenom}}, the Christmas tournament is on Saturday at 10 am…</source>
        <translation>Bonjour {{prenom}}, le tournoi de Noël a lieu samedi à 10 h…</translation>
    </message>
    <message>
        <source>Optional: sent once to each person who replies ("Thank you {{prenom}}! …")</source>
        <translation>Facultatif : envoyé une fois à chaque personne qui répond (« Merci {{prenom}} ! … »)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Inserts {{%1}}: each recipient reads their own</source>
        <translation>Insère {{%1}} : chaque destinataire lit le sien</translation>
    </message>
    <message>
        <source>Categories the campaign goes to</source>
        <translation>Catégories auxquelles la campagne est envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation><numerusform>%1 (%n contact)</numerusform><numerusform>%1 (%n contacts)</numerusform></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer en brouillon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First message</source>
        <translation>&amp;Premier message</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>R&amp;elance</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Tick the categories the campaign goes to.</source>
        <translation>Cochez les catégories auxquelles envoyer la campagne.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): each contact once, without the numbers found to have no WhatsApp.</source>
        <translation><numerusform>%n destinataire : chaque contact une seule fois, sans les numéros sans WhatsApp.</numerusform><numerusform>%n destinataires : chaque contact une seule fois, sans les numéros sans WhatsApp.</numerusform></translation>
    </message>
    <message>
        <source>Camille</source>
        <translation>Camille</translation>
    </message>
    <message>
        <source>Martin</source>
        <translation>Martin</translation>
    </message>
    <message>
        <source>If they reply:</source>
        <translation>S’il ou elle répond :</translation>
    </message>
    <message>
        <source>The message as a recipient reads it appears here.</source>
        <translation>Le message tel qu’un destinataire le lira s’affiche ici.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>Écrivez le premier message.</translation>
    </message>
    <message>
        <source>A WhatsApp message is at most %1 characters.</source>
        <translation>Un message WhatsApp fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>{{%1}} is not a variable WhatsApp campaigns know: use {{prenom}} or {{nom}}.</source>
        <translation>{{%1}} n’est pas une variable des campagnes WhatsApp : utilisez {{prenom}} ou {{nom}}.</translation>
    </message>
    <message>
        <source>The campaign is being sent: stop it before changing it.</source>
        <translation>La campagne est en cours d’envoi : arrêtez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>La campagne n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d'un modèle</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Supprimer ce modèle</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Keeps both messages under a name, to start another campaign from</source>
        <translation>Garde les deux messages sous un nom, pour en partir lors d'une prochaine campagne</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>No template yet: “Save as template…” keeps these messages</source>
        <translation>Aucun modèle pour l'instant : « Enregistrer comme modèle… » garde ces messages</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Partir d'un modèle…</translation>
    </message>
    <message>
        <source>Replace the messages?</source>
        <translation>Remplacer les messages ?</translation>
    </message>
    <message>
        <source>The messages you wrote will be replaced by those of “%1”.</source>
        <translation>Les messages que vous avez écrits seront remplacés par ceux de « %1 ».</translation>
    </message>
    <message>
        <source>Write the first message before saving it as a template.</source>
        <translation>Écrivez le premier message avant de l'enregistrer comme modèle.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Replace the template?</source>
        <translation>Remplacer le modèle ?</translation>
    </message>
    <message>
        <source>A template is already called “%1”. Replace its messages with these?</source>
        <translation>Un modèle s'appelle déjà « %1 ». Remplacer ses messages par ceux-ci ?</translation>
    </message>
    <message>
        <source>A template is already called “%1”.</source>
        <translation>Un modèle s'appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Le modèle n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Delete the template?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <source>“%1” will be deleted, here and on the server. Campaigns already written from it keep their messages.</source>
        <translation>« %1 » sera supprimé, ici et sur le serveur. Les campagnes déjà écrites à partir de lui gardent leurs messages.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The template could not be deleted: %1</source>
        <translation>Le modèle n'a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>WhatsApp campaigns to your contacts, paced within WhatsApp's daily limit.</source>
        <translation>Des campagnes WhatsApp vers vos contacts, au rythme permis par la limite quotidienne de WhatsApp.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsView</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Aucune campagne pour l’instant</translation>
    </message>
    <message>
        <source>A campaign sends one WhatsApp message to the contacts of the categories you choose, one by one within WhatsApp's daily limit, and a follow-up to those who reply.</source>
        <translation>Une campagne envoie un message WhatsApp aux contacts des catégories choisies, un par un dans la limite quotidienne de WhatsApp, puis une relance à ceux qui répondent.</translation>
    </message>
    <message>
        <source>Choose a campaign</source>
        <translation>Choisissez une campagne</translation>
    </message>
    <message>
        <source>Its progress, its figures and each recipient's message show here.</source>
        <translation>Sa progression, ses chiffres et le message de chaque destinataire s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Parents U11, Volunteers, Sponsors…</source>
        <translation>Parents U11, Bénévoles, Partenaires…</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Another colour</source>
        <translation>Une autre couleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>Donnez un nom à la catégorie.</translation>
    </message>
    <message>
        <source>Another category is already called “%1”.</source>
        <translation>Une autre catégorie s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Another category already has this name.</source>
        <translation>Une autre catégorie porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The category could not be saved: %1</source>
        <translation>La catégorie n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>Supprimer la catégorie « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln contact(s) stay in your contacts, without this category.</source>
        <translation><numerusform>Son contact reste dans vos contacts, sans cette catégorie.</numerusform><numerusform>Ses %Ln contacts restent dans vos contacts, sans cette catégorie.</numerusform></translation>
    </message>
    <message>
        <source>No contact is in it.</source>
        <translation>Elle ne contient aucun contact.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The category could not be deleted: %1</source>
        <translation>La catégorie n’a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ConflictResolverDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>The two versions, side by side</source>
        <translation>Les deux versions, côte à côte</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Your version replaces the server's.</source>
        <translation>Votre version remplace celle du serveur.</translation>
    </message>
    <message>
        <source>The server's version replaces yours.</source>
        <translation>La version du serveur remplace la vôtre.</translation>
    </message>
    <message>
        <source>Your version becomes a new draft; the original takes the server's version.</source>
        <translation>Votre version devient un nouveau brouillon ; l'original prend la version du serveur.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>You changed this item here, and someone deleted it on the server. Keep yours to put it back, or accept the deletion.</source>
        <translation>Vous avez modifié cet élément ici, et quelqu'un l'a supprimé sur le serveur. Gardez le vôtre pour le remettre, ou acceptez la suppression.</translation>
    </message>
    <message>
        <source>You deleted this item here, and someone changed it on the server. Keep yours to delete it there too, or take theirs to get it back.</source>
        <translation>Vous avez supprimé cet élément ici, et quelqu'un l'a modifié sur le serveur. Gardez votre choix pour le supprimer là-bas aussi, ou prenez la version du serveur pour le récupérer.</translation>
    </message>
    <message>
        <source>This item was changed here and on the server (seen %1). The differences are highlighted.</source>
        <translation>Cet élément a été modifié ici et sur le serveur (constaté %1). Les différences sont surlignées.</translation>
    </message>
    <message>
        <source>Accept the deletion</source>
        <translation>Accepter la suppression</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>06 12 34 56 78 or +44 7911 123456</source>
        <translation>06 12 34 56 78 ou +44 7911 123456</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>No category yet: create one with New category, then tick it here.</source>
        <translation>Aucune catégorie pour l’instant : créez-en une avec Nouvelle catégorie, puis cochez-la ici.</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>un contact sans nom</translation>
    </message>
    <message>
        <source>Another contact already has this number: %1</source>
        <translation>Un autre contact a déjà ce numéro : %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous la forme %1</translation>
    </message>
    <message>
        <source>Another contact already has this number.</source>
        <translation>Un autre contact a déjà ce numéro.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ContactImportDialog</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Déposez un fichier CSV ici</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>The first line names the columns (first name, last name, phone number…). From Excel: File › Save as › CSV. From Google Sheets: File › Download › CSV.</source>
        <translation>La première ligne nomme les colonnes (prénom, nom, téléphone…). Depuis Excel : Fichier › Enregistrer sous › CSV. Depuis Google Sheets : Fichier › Télécharger › CSV.</translation>
    </message>
    <message>
        <source>Say what each column holds. The phone number is needed; names are optional.</source>
        <translation>Indiquez ce que contient chaque colonne. Le numéro de téléphone est indispensable ; les noms sont facultatifs.</translation>
    </message>
    <message>
        <source>The file's first lines</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>The first lines of the file:</source>
        <translation>Les premières lignes du fichier :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Pourquoi elle n’est pas importée</translation>
    </message>
    <message>
        <source>Lines not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Categories of the imported contacts</source>
        <translation>Catégories des contacts importés</translation>
    </message>
    <message>
        <source>No category yet: you can put the contacts in categories later.</source>
        <translation>Aucune catégorie pour l’instant : vous pourrez ranger les contacts dans des catégories plus tard.</translation>
    </message>
    <message>
        <source>Put them in these categories (optional):</source>
        <translation>Les ranger dans ces catégories (facultatif) :</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. Le fichier</translation>
    </message>
    <message>
        <source>2. The columns</source>
        <translation>2. Les colonnes</translation>
    </message>
    <message>
        <source>3. The check</source>
        <translation>3. La vérification</translation>
    </message>
    <message>
        <source>4. The import</source>
        <translation>4. L’import</translation>
    </message>
    <message>
        <source>Check the lines</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s)</source>
        <translation><numerusform>Importer %Ln contact</numerusform><numerusform>Importer %Ln contacts</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be added…</source>
        <translation>Annulation : rien ne sera ajouté…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>The file has its header line and no contact under it.</source>
        <translation>Le fichier a sa ligne d’en-tête, mais aucun contact en dessous.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1, separated by %2 · %Ln line(s) of contacts</source>
        <translation><numerusform>%1, séparé par des %2 · %Ln ligne de contacts</numerusform><numerusform>%1, séparé par des %2 · %Ln lignes de contacts</numerusform></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Contenu de la colonne %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex. %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choisissez la colonne qui contient les numéros de téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)…</source>
        <translation><numerusform>Vérification de %Ln ligne…</numerusform><numerusform>Vérification de %Ln lignes…</numerusform></translation>
    </message>
    <message>
        <source>The contacts already on this computer cannot be read, so the file cannot be checked: %1</source>
        <translation>Les contacts déjà présents sur cet ordinateur sont illisibles ; le fichier ne peut donc pas être vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) to import</source>
        <translation><numerusform>%Ln contact à importer</numerusform><numerusform>%Ln contacts à importer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) that cannot be read</source>
        <translation><numerusform>%Ln numéro illisible</numerusform><numerusform>%Ln numéros illisibles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) already on an earlier line of the file</source>
        <translation><numerusform>%Ln numéro déjà présent plus haut dans le fichier</numerusform><numerusform>%Ln numéros déjà présents plus haut dans le fichier</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already among your contacts</source>
        <translation><numerusform>%Ln déjà dans vos contacts</numerusform><numerusform>%Ln déjà dans vos contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln broken line(s)</source>
        <translation><numerusform>%Ln ligne mal formée</numerusform><numerusform>%Ln lignes mal formées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln lines not imported.</source>
        <translation><numerusform>Ci-dessus, les %1 premières des %Ln ligne non importée.</numerusform><numerusform>Ci-dessus, les %1 premières des %Ln lignes non importées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing: %1 of %Ln contact(s)…</source>
        <translation><numerusform>Import : %1 sur %Ln contact…</numerusform><numerusform>Import : %1 sur %Ln contacts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported</source>
        <translation><numerusform>%Ln contact importé</numerusform><numerusform>%Ln contacts importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %Ln line(s) skipped</source>
        <translation><numerusform>, %Ln ligne ignorée</numerusform><numerusform>, %Ln lignes ignorées</numerusform></translation>
    </message>
    <message>
        <source>They are on this computer now and go to your Pitchside account at the next sync.</source>
        <translation>Ils sont maintenant sur cet ordinateur et rejoindront votre compte Pitchside à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Import cancelled: no contact was added.</source>
        <translation>Import annulé : aucun contact n’a été ajouté.</translation>
    </message>
    <message>
        <source>The import stopped and no contact was added: %1</source>
        <translation>L’import s’est arrêté et aucun contact n’a été ajouté : %1</translation>
    </message>
    <message>
        <source>Every number of the file is already among your contacts: nothing to add.</source>
        <translation>Tous les numéros du fichier sont déjà dans vos contacts : rien à ajouter.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ContactsView</name>
    <message>
        <source>Search a name or a number</source>
        <translation>Rechercher un nom ou un numéro</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rename, recolour or delete this category</source>
        <translation>Renommer, changer la couleur ou supprimer cette catégorie</translation>
    </message>
    <message>
        <source>Edit this category</source>
        <translation>Modifier cette catégorie</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Tous les numéros</translation>
    </message>
    <message>
        <source>On WhatsApp</source>
        <translation>Sur WhatsApp</translation>
    </message>
    <message>
        <source>No WhatsApp</source>
        <translation>Pas de WhatsApp</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiés</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV file (Excel, Google Sheets, a phone's export)</source>
        <translation>Ajouter des contacts depuis un fichier CSV (Excel, Google Sheets, export d’un téléphone)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add to category</source>
        <translation>Ajouter à une catégorie</translation>
    </message>
    <message>
        <source>Remove from category</source>
        <translation>Retirer d’une catégorie</translation>
    </message>
    <message>
        <source>Check WhatsApp</source>
        <translation>Vérifier WhatsApp</translation>
    </message>
    <message>
        <source>Ask whether these numbers have WhatsApp (sent when you are online)</source>
        <translation>Demander si ces numéros ont WhatsApp (envoyé dès que vous êtes en ligne)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Campaigns go to your WhatsApp contacts, by category. Import them from a CSV file (Excel, Google Sheets, a phone's export), or add them one by one with New contact.</source>
        <translation>Les campagnes partent vers vos contacts WhatsApp, par catégorie. Importez-les depuis un fichier CSV (Excel, Google Sheets, export d’un téléphone) ou ajoutez-les un par un avec Nouveau contact.</translation>
    </message>
    <message>
        <source>No contact matches</source>
        <translation>Aucun contact ne correspond</translation>
    </message>
    <message>
        <source>Try other words or another filter.</source>
        <translation>Essayez d’autres mots ou un autre filtre.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Afficher tous les contacts</translation>
    </message>
    <message>
        <source>The contacts cannot be read from this computer's store: %1</source>
        <translation>Les contacts ne peuvent pas être lus dans les données de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>No category yet</source>
        <translation>Aucune catégorie pour l’instant</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) added to the new category.</source>
        <translation><numerusform>%Ln contact ajouté à la nouvelle catégorie.</numerusform><numerusform>%Ln contacts ajoutés à la nouvelle catégorie.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation><numerusform>%1 sur %Ln contact</numerusform><numerusform>%1 sur %Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>%Ln sélectionné</numerusform><numerusform>%Ln sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>Category “%1” created. Select contacts, then Add to category.</source>
        <translation>Catégorie « %1 » créée. Sélectionnez des contacts, puis Ajouter à une catégorie.</translation>
    </message>
    <message>
        <source>A contact of the selection was deleted meanwhile (by a sync?), so nothing was changed. Select them again and retry.</source>
        <translation>Un contact de la sélection a été supprimé entre-temps (par une synchronisation ?) : rien n’a été modifié. Sélectionnez-les de nouveau et recommencez.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in “%1”.</source>
        <translation><numerusform>%Ln contact dans « %1 ».</numerusform><numerusform>%Ln contacts dans « %1 ».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) taken out of “%1”.</source>
        <translation><numerusform>%Ln contact retiré de « %1 ».</numerusform><numerusform>%Ln contacts retirés de « %1 ».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp check asked for %Ln contact(s); it is sent when you are online.</source>
        <translation><numerusform>Vérification WhatsApp demandée pour %Ln contact ; elle part dès que vous êtes en ligne.</numerusform><numerusform>Vérification WhatsApp demandée pour %Ln contacts ; elle part dès que vous êtes en ligne.</numerusform></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)?</source>
        <translation><numerusform>Supprimer %Ln contact ?</numerusform><numerusform>Supprimer %Ln contacts ?</numerusform></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <source>They are removed from this computer and from your Pitchside account. Campaigns will no longer reach them.</source>
        <translation>Ils sont supprimés de cet ordinateur et de votre compte Pitchside. Les campagnes ne les atteindront plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation><numerusform>%Ln contact supprimé.</numerusform><numerusform>%Ln contacts supprimés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln contact(s) to “%1”…</source>
        <translation><numerusform>Ajout de %Ln contact à « %1 »…</numerusform><numerusform>Ajout de %Ln contacts à « %1 »…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Taking %Ln contact(s) out of “%1”…</source>
        <translation><numerusform>Retrait de %Ln contact de « %1 »…</numerusform><numerusform>Retrait de %Ln contacts de « %1 »…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Asking the WhatsApp check for %Ln contact(s)…</source>
        <translation><numerusform>Demande de vérification WhatsApp pour %Ln contact…</numerusform><numerusform>Demande de vérification WhatsApp pour %Ln contacts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contact(s)…</source>
        <translation><numerusform>Suppression de %Ln contact…</numerusform><numerusform>Suppression de %Ln contacts…</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DailyGauge</name>
    <message>
        <source>Messages sent today against the daily limit</source>
        <translation>Messages envoyés aujourd’hui par rapport à la limite quotidienne</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DeleteMatchCommand</name>
    <message>
        <source>Delete match</source>
        <translation>la suppression du match</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DeletePostCommand</name>
    <message>
        <source>Delete post</source>
        <translation>la suppression de la publication</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DraftTray</name>
    <message>
        <source>Drafts without a date</source>
        <translation>Brouillons sans date</translation>
    </message>
    <message>
        <source>Drag onto a day to schedule it · double-click to open it</source>
        <translation>Glissez-le sur un jour pour le planifier · double-cliquez pour l'ouvrir</translation>
    </message>
    <message>
        <source>Drafts without a date (%1)</source>
        <translation>Brouillons sans date (%1)</translation>
    </message>
    <message>
        <source>Drafts you write without a date wait here. Drop a planned post here to take its date away.</source>
        <translation>Les brouillons écrits sans date attendent ici. Déposez ici une publication planifiée pour lui retirer sa date.</translation>
    </message>
    <message>
        <source>Drag a draft onto a day to schedule it.</source>
        <translation>Glissez un brouillon sur un jour pour le planifier.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DuplicatePostCommand</name>
    <message>
        <source>Duplicate post</source>
        <translation>la duplication de la publication</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::EditorPage</name>
    <message>
        <source>Write once, publish on each network. Everything is saved as you type.</source>
        <translation>Rédigez une fois, publiez sur chaque réseau. Tout est enregistré pendant que vous tapez.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Write a new post (Ctrl+N)</source>
        <translation>Rédiger une nouvelle publication (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search posts (Ctrl+F)</source>
        <translation>Rechercher dans les publications (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Rechercher dans les publications</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>No template yet. Write a post, then choose Templates › Save this post as a template to reuse it.</source>
        <translation>Aucun modèle pour l'instant. Écrivez une publication, puis choisissez Modèles › Enregistrer cette publication comme modèle pour la réutiliser.</translation>
    </message>
    <message>
        <source>Matchday! %1 – %2, %3 at %4.</source>
        <translation>Jour de match ! %1 – %2, %3 à %4.</translation>
    </message>
    <message>
        <source>Write the post first: the template keeps its text.</source>
        <translation>Écrivez d'abord la publication : le modèle en garde le texte.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Write the post first, then give it a date.</source>
        <translation>Écrivez d'abord la publication, puis donnez-lui une date.</translation>
    </message>
    <message>
        <source>Schedule post</source>
        <translation>la planification de la publication</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for %1. Slot taken: %n other post(s) of this profile on the same network less than 30 minutes away.</source>
        <translation><numerusform>Planifiée pour le %1. Créneau occupé : %n autre publication de ce profil sur le même réseau à moins de 30 minutes.</numerusform><numerusform>Planifiée pour le %1. Créneau occupé : %n autres publications de ce profil sur le même réseau à moins de 30 minutes.</numerusform></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Planifiée pour le %1.</translation>
    </message>
    <message>
        <source>Unschedule post</source>
        <translation>le retrait de la date</translation>
    </message>
    <message>
        <source>Back in the drafts without a date.</source>
        <translation>De retour dans les brouillons sans date.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Post deleted.</source>
        <translation>Publication supprimée.</translation>
    </message>
    <message>
        <source>The version of %1 is back. The text before it is in the versions too.</source>
        <translation>La version du %1 est rétablie. Le texte d'avant figure aussi dans les versions.</translation>
    </message>
    <message>
        <source>A post carries at most 10 photos or videos.</source>
        <translation>Une publication porte au plus 10 photos ou vidéos.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>AI assist</source>
        <translation>Aide de l'IA</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message numerus="yes">
        <source>A post carries at most 10 photos or videos: %n were not attached.</source>
        <translation><numerusform>Une publication porte au plus 10 photos ou vidéos : %n n'a pas été jointe.</numerusform><numerusform>Une publication porte au plus 10 photos ou vidéos : %n n'ont pas été jointes.</numerusform></translation>
    </message>
    <message>
        <source>Show or hide the list of posts (Ctrl+F searches it)</source>
        <translation>Afficher ou masquer la liste des publications (Ctrl+F pour y chercher)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Partir d'un modèle…</translation>
    </message>
    <message>
        <source>Save this post as a template…</source>
        <translation>Enregistrer cette publication comme modèle…</translation>
    </message>
    <message>
        <source>Delete this post (it can be undone)</source>
        <translation>Supprimer cette publication (annulable)</translation>
    </message>
    <message>
        <source>Delete this post</source>
        <translation>Supprimer cette publication</translation>
    </message>
    <message>
        <source>This post is being published right now; it cannot be changed.</source>
        <translation>Cette publication est en train de partir ; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>New post: saved as soon as you type</source>
        <translation>Nouvelle publication : enregistrée dès la première frappe</translation>
    </message>
    <message>
        <source>Saved and synced</source>
        <translation>Enregistrée et synchronisée</translation>
    </message>
    <message>
        <source>Your club</source>
        <translation>Votre club</translation>
    </message>
    <message>
        <source>The server did not accept the last change of this post: %1 It stays saved here; correct it and it will be sent again.</source>
        <translation>Le serveur n'a pas accepté la dernière modification de cette publication : %1 Elle reste enregistrée ici ; corrigez-la et elle sera renvoyée.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Dernières modifiées en premier</translation>
    </message>
    <message>
        <source>Write the post first, then publish it.</source>
        <translation>Écrivez d'abord la publication, puis publiez-la.</translation>
    </message>
    <message>
        <source>Sent for publishing on %1. Each network's outcome shows under Publication.</source>
        <translation>Envoyée pour publication sur %1. Le résultat de chaque réseau s'affiche sous Publication.</translation>
    </message>
    <message>
        <source>Sent for publishing on %1, but it will fail on some: %2</source>
        <translation>Envoyée pour publication sur %1, mais elle échouera sur certains : %2</translation>
    </message>
    <message>
        <source>Nothing to fix: every photo suits the post's networks.</source>
        <translation>Rien à corriger : chaque photo convient aux réseaux de la publication.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s) for the networks…</source>
        <translation><numerusform>Préparation de %n photo pour les réseaux…</numerusform><numerusform>Préparation de %n photos pour les réseaux…</numerusform></translation>
    </message>
    <message>
        <source>The photos could not be prepared: %1</source>
        <translation>Les photos n'ont pas pu être préparées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) adapted for the post's networks. The originals stay in the library.</source>
        <translation><numerusform>%n photo adaptée aux réseaux de la publication. L'original reste dans la médiathèque.</numerusform><numerusform>%n photos adaptées aux réseaux de la publication. Les originaux restent dans la médiathèque.</numerusform></translation>
    </message>
    <message>
        <source>The adapted photos could not be added to the library.</source>
        <translation>Les photos adaptées n'ont pas pu être ajoutées à la médiathèque.</translation>
    </message>
    <message>
        <source>“%1” is not on this computer, and no Pitchside account is signed in to download it</source>
        <translation>« %1 » n'est pas sur cet ordinateur, et aucun compte Pitchside n'est connecté pour la télécharger</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n photo(s) from the server to adapt them…</source>
        <translation><numerusform>Téléchargement de %n photo depuis le serveur pour l'adapter…</numerusform><numerusform>Téléchargement de %n photos depuis le serveur pour les adapter…</numerusform></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>« %1 » n'a pas pu être téléchargée : %2</translation>
    </message>
    <message>
        <source>Not adapted: %1</source>
        <translation>Non adaptées : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::EntryPainter</name>
    <message>
        <source>(empty post)</source>
        <translation>(publication vide)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or video(s)</source>
        <translation><numerusform>%n photo ou vidéo</numerusform><numerusform>%n photos ou vidéos</numerusform></translation>
    </message>
    <message>
        <source>Changed here and on the server: open it to choose.</source>
        <translation>Modifiée ici et sur le serveur : ouvrez-la pour choisir.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message>
        <source>Drag to move it · double-click to open it</source>
        <translation>Glissez pour la déplacer · double-cliquez pour l'ouvrir</translation>
    </message>
    <message>
        <source>Double-click to edit the match</source>
        <translation>Double-cliquez pour modifier le match</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n autre</numerusform><numerusform>+%n autres</numerusform></translation>
    </message>
    <message>
        <source>Click to see the whole day</source>
        <translation>Cliquez pour voir toute la journée</translation>
    </message>
    <message>
        <source>Not published: open it to see why and try again.</source>
        <translation>Non publiée : ouvrez-la pour voir pourquoi et réessayer.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ImportBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Voir le détail</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the import summary</source>
        <translation>Fermer le bilan de l'import</translation>
    </message>
    <message>
        <source>Looking for photos and videos…</source>
        <translation>Recherche des photos et vidéos…</translation>
    </message>
    <message>
        <source>Importing %1 of %2 — %3</source>
        <translation>Import de %1 sur %2 — %3</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ImportFileDialog</name>
    <message>
        <source>Import photos and videos</source>
        <translation>Importer des photos et vidéos</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.JPG *.JPEG *.PNG *.MP4 *.MOV)</source>
        <translation>Photos et vidéos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.JPG *.JPEG *.PNG *.MP4 *.MOV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of photos and videos</source>
        <translation>Importer un dossier de photos et vidéos</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ImportReportDialog</name>
    <message>
        <source>Import details</source>
        <translation>Détail de l'import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Sponsors, clubs and WhatsApp contacts: every conversation, also offline.</source>
        <translation>Sponsors, clubs et contacts WhatsApp : toutes vos conversations, même hors ligne.</translation>
    </message>
    <message>
        <source>Search a name, a subject, a message</source>
        <translation>Rechercher un nom, un objet, un message</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Clubs</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>The message cannot be sent again: %1</source>
        <translation>Le message ne peut pas être renvoyé : %1</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <source>Its messages show here, with what you had started to write.</source>
        <translation>Ses messages s'affichent ici, avec ce que vous aviez commencé à écrire.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation>Aucune conversation ne correspond</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Pas encore de conversation</translation>
    </message>
    <message>
        <source>Try other words, or show all conversations.</source>
        <translation>Essayez d'autres mots, ou affichez toutes les conversations.</translation>
    </message>
    <message>
        <source>When a sponsor, a club or a WhatsApp contact writes to you, the conversation appears here.</source>
        <translation>Quand un sponsor, un club ou un contact WhatsApp vous écrit, la conversation apparaît ici.</translation>
    </message>
    <message>
        <source>The message could not be saved on this computer: %1. What you wrote is still here.</source>
        <translation>Le message n'a pas pu être enregistré sur cet ordinateur : %1. Ce que vous avez écrit est toujours là.</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Le brouillon n'a pas pu être conservé : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New post</source>
        <translation>&amp;Nouvelle publication</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Rechercher dans cette page</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Pitchside</source>
        <translation>À &amp;propos de Pitchside</translation>
    </message>
    <message>
        <source>%1 — Pitchside</source>
        <translation>%1 — Pitchside</translation>
    </message>
    <message>
        <source>About Pitchside</source>
        <translation>À propos de Pitchside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pitchside %1&lt;/h3&gt;&lt;p&gt;Plan, write and publish your club's posts, on this computer first, synced with your Pitchside account when you are online.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pitchside %1&lt;/h3&gt;&lt;p&gt;Planifiez, rédigez et publiez les posts de votre club, d'abord sur cet ordinateur, synchronisés avec votre compte Pitchside dès que vous êtes en ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s): it will not have them until they are fixed.</source>
        <translation><numerusform>Le serveur a refusé %n modification : il ne l’aura pas tant qu’elle n’est pas corrigée.</numerusform><numerusform>Le serveur a refusé %n modifications : il ne les aura pas tant qu’elles ne sont pas corrigées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed here and elsewhere wait for you to choose a version.</source>
        <translation><numerusform>%n élément modifié ici et ailleurs attend que vous choisissiez une version.</numerusform><numerusform>%n éléments modifiés ici et ailleurs attendent que vous choisissiez une version.</numerusform></translation>
    </message>
    <message>
        <source>Changes wait for you</source>
        <translation>Des modifications vous attendent</translation>
    </message>
    <message>
        <source>Nothing is lost: they stay on this computer and wait for you next time.</source>
        <translation>Rien n’est perdu : elles restent sur cet ordinateur et vous attendront la prochaine fois.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les voir</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation><numerusform>%n message non lu</numerusform><numerusform>%n messages non lus</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MatchDialog</name>
    <message>
        <source>New match</source>
        <translation>Nouveau match</translation>
    </message>
    <message>
        <source>Edit match</source>
        <translation>Modifier le match</translation>
    </message>
    <message>
        <source>Home team</source>
        <translation>Équipe à domicile</translation>
    </message>
    <message>
        <source>Away team</source>
        <translation>Équipe à l'extérieur</translation>
    </message>
    <message>
        <source>Home team's goals</source>
        <translation>Buts de l'équipe à domicile</translation>
    </message>
    <message>
        <source>Away team's goals</source>
        <translation>Buts de l'équipe à l'extérieur</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Coup d'envoi</translation>
    </message>
    <message>
        <source>Championship, cup, friendly…</source>
        <translation>Championnat, coupe, amical…</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Compétition</translation>
    </message>
    <message>
        <source>Stadium, pitch or town</source>
        <translation>Stade, terrain ou ville</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All my profiles</source>
        <translation>Tous mes profils</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Delete match</source>
        <translation>Supprimer le match</translation>
    </message>
    <message>
        <source>Create matchday post</source>
        <translation>Créer la publication du jour de match</translation>
    </message>
    <message>
        <source>Save the match and write a post from a template with its teams, date, venue and score</source>
        <translation>Enregistrer le match et rédiger une publication à partir d'un modèle avec ses équipes, sa date, son lieu et son score</translation>
    </message>
    <message>
        <source>Team logo</source>
        <translation>Logo de l'équipe</translation>
    </message>
    <message>
        <source>Home team's logo</source>
        <translation>Logo de l'équipe à domicile</translation>
    </message>
    <message>
        <source>Away team's logo</source>
        <translation>Logo de l'équipe à l'extérieur</translation>
    </message>
    <message>
        <source>Choose from the media library…</source>
        <translation>Choisir dans la médiathèque…</translation>
    </message>
    <message>
        <source>Enter the logo's address…</source>
        <translation>Saisir l'adresse du logo…</translation>
    </message>
    <message>
        <source>Address of the logo (https://…)</source>
        <translation>Adresse du logo (https://…)</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Name both teams.</source>
        <translation>Nommez les deux équipes.</translation>
    </message>
    <message>
        <source>A finished match needs its score.</source>
        <translation>Un match terminé doit avoir son score.</translation>
    </message>
    <message>
        <source>The score is kept once the match is live or finished</source>
        <translation>Le score se saisit une fois le match en cours ou terminé</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaDeleteDialog</name>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>“%1” is used by posts</source>
        <translation>« %1 » est utilisé par des publications</translation>
    </message>
    <message>
        <source>These items are used by posts</source>
        <translation>Ces éléments sont utilisés par des publications</translation>
    </message>
    <message>
        <source>Take it out of these posts first; your Pitchside account refuses to delete media that a post uses.</source>
        <translation>Retirez-le d'abord de ces publications : votre compte Pitchside refuse de supprimer un média utilisé par une publication.</translation>
    </message>
    <message>
        <source>Delete media</source>
        <translation>Supprimer des médias</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation><numerusform>Supprimer %n élément ?</numerusform><numerusform>Supprimer %n éléments ?</numerusform></translation>
    </message>
    <message>
        <source>They are removed from this computer and from your Pitchside account.</source>
        <translation>Ils sont supprimés de cet ordinateur et de votre compte Pitchside.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) used by posts will be kept:</source>
        <translation><numerusform>%n élément utilisé par des publications sera conservé :</numerusform><numerusform>%n éléments utilisés par des publications seront conservés :</numerusform></translation>
    </message>
    <message>
        <source>(post without text)</source>
        <translation>(publication sans texte)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaDetailPane</name>
    <message>
        <source>Select a photo or video to see its details, tags and the posts that use it.</source>
        <translation>Sélectionnez une photo ou une vidéo pour voir ses informations, ses mots-clés et les publications qui l'utilisent.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation>Ce que montre l'image, pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <source>Add a tag to all of them</source>
        <translation>Ajouter un mot-clé à tous</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete from the library (Delete)</source>
        <translation>Supprimer de la médiathèque (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>%n élément sélectionné</numerusform><numerusform>%n éléments sélectionnés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation><numerusform>Supprimer %n élément</numerusform><numerusform>Supprimer %n éléments</numerusform></translation>
    </message>
    <message>
        <source>On your Pitchside account only (not downloaded to this computer)</source>
        <translation>Seulement sur votre compte Pitchside (pas téléchargé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>No post uses it yet. Drag it onto a post in the editor.</source>
        <translation>Aucune publication ne l'utilise encore. Glissez-le sur une publication dans l'éditeur.</translation>
    </message>
    <message>
        <source>(post without text)</source>
        <translation>(publication sans texte)</translation>
    </message>
    <message>
        <source>On your Pitchside account</source>
        <translation>Sur votre compte Pitchside</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Seulement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Added %1 at %2</source>
        <translation>Ajouté le %1 à %2</translation>
    </message>
    <message>
        <source>File name (Enter to rename)</source>
        <translation>Nom du fichier (Entrée pour renommer)</translation>
    </message>
    <message>
        <source>The new name could not be saved: %1</source>
        <translation>Le nouveau nom n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The alternative text could not be saved: %1</source>
        <translation>Le texte alternatif n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation>Les mots-clés n'ont pas pu être enregistrés : %1</translation>
    </message>
    <message numerus="yes">
        <source>The tags of %n item(s) could not be saved: %1</source>
        <translation><numerusform>Les mots-clés de %n élément n'ont pas pu être enregistrés : %1</numerusform><numerusform>Les mots-clés de %n éléments n'ont pas pu être enregistrés : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaExporter</name>
    <message>
        <source>This computer has no copy of “%1”, and no account to download it from.</source>
        <translation>Cet ordinateur n'a pas de copie de « %1 », et aucun compte d'où la télécharger.</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>« %1 » n'a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaFilterBar</name>
    <message>
        <source>Photos and videos</source>
        <translation>Photos et vidéos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d'ajout</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d'abord</translation>
    </message>
    <message>
        <source>Name A → Z</source>
        <translation>Nom A → Z</translation>
    </message>
    <message>
        <source>Name Z → A</source>
        <translation>Nom Z → A</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln élément</numerusform><numerusform>%Ln éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation><numerusform>%1 sur %Ln élément</numerusform><numerusform>%1 sur %Ln éléments</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaGridView</name>
    <message>
        <source>Media library</source>
        <translation>Médiathèque</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaPage</name>
    <message>
        <source>Search media</source>
        <translation>Rechercher dans les médias</translation>
    </message>
    <message>
        <source>No photos or videos yet</source>
        <translation>Pas encore de photos ni de vidéos</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Rien ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Photos and videos of your club, ready to drag onto posts.</source>
        <translation>Les photos et vidéos de votre club, prêtes à glisser sur vos publications.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import photos and videos (Ctrl+I), or drop them on this page</source>
        <translation>Importer des photos et vidéos (Ctrl+I), ou les déposer sur cette page</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Import photos and videos</source>
        <translation>Importer des photos et vidéos</translation>
    </message>
    <message>
        <source>Drop photos, videos or folders to import them</source>
        <translation>Déposez des photos, des vidéos ou des dossiers pour les importer</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Rien ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Try another word, fewer words, or other filters.</source>
        <translation>Essayez un autre mot, moins de mots ou d'autres filtres.</translation>
    </message>
    <message>
        <source>Drag photos, videos or whole folders here, or import them. Pitchside keeps its own copy on this computer, so moving the originals changes nothing, and uploads them to your account, resuming where it stopped.</source>
        <translation>Glissez ici des photos, des vidéos ou des dossiers entiers, ou importez-les. Pitchside garde sa propre copie sur cet ordinateur (déplacer les originaux ne change rien) et les envoie sur votre compte, en reprenant là où l'envoi s'était arrêté.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Relancer l'envoi</translation>
    </message>
    <message>
        <source>Pause upload</source>
        <translation>Mettre l'envoi en pause</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Search names, tags, descriptions</source>
        <translation>Rechercher : nom, mot-clé, description</translation>
    </message>
    <message>
        <source>Search names, tags and descriptions (Ctrl+F)</source>
        <translation>Rechercher dans les noms, mots-clés et descriptions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>The uploads could not be changed: %1</source>
        <translation>Les envois n'ont pas pu être modifiés : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaPickerDialog</name>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Attach photos and videos</source>
        <translation>Joindre des photos et des vidéos</translation>
    </message>
    <message>
        <source>Search by name, tag or description</source>
        <translation>Chercher par nom, étiquette ou description</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la médiathèque</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>No description for screen readers yet</source>
        <translation>Pas encore de description pour les lecteurs d'écran</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Your library is empty. Add photos and videos in the Media module (Ctrl+3).</source>
        <translation>Votre médiathèque est vide. Ajoutez des photos et des vidéos dans le module Médias (Ctrl+3).</translation>
    </message>
    <message>
        <source>Nothing in the library matches this search.</source>
        <translation>Rien dans la médiathèque ne correspond à cette recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation><numerusform>%n choisie</numerusform><numerusform>%n choisies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>room for %n more on this post</source>
        <translation><numerusform>encore %n place sur cette publication</numerusform><numerusform>encore %n places sur cette publication</numerusform></translation>
    </message>
    <message>
        <source>Choose at most %1: a post carries at most 10 photos or videos.</source>
        <translation>Choisissez-en %1 au plus : une publication porte au plus 10 photos ou vidéos.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Attached photos and videos</source>
        <translation>Photos et vidéos jointes</translation>
    </message>
    <message>
        <source>Attach photos or videos from the library (or drop them here from the Media module)</source>
        <translation>Joindre des photos ou des vidéos de la médiathèque (ou les déposer ici depuis le module Médias)</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Remove from the post</source>
        <translation>Retirer de la publication</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sans description</translation>
    </message>
    <message>
        <source>%1
No description for screen readers: add one in the Media module.</source>
        <translation>%1
Pas de description pour les lecteurs d'écran : ajoutez-en une dans le module Médias.</translation>
    </message>
    <message>
        <source>%1
Description: %2</source>
        <translation>%1
Description : %2</translation>
    </message>
    <message>
        <source>No photo or video yet. Drop some here from the Media module.</source>
        <translation>Aucune photo ni vidéo pour l'instant. Déposez-en ici depuis le module Médias.</translation>
    </message>
    <message>
        <source>%1 of %2 · drag to reorder; the first one leads the post.</source>
        <translation>%1 sur %2 · glissez pour changer l'ordre ; la première ouvre la publication.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaTexts</name>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>Photo JPEG</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Image WebP</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <source>MOV video</source>
        <translation>Vidéo MOV</translation>
    </message>
    <message>
        <source>Imported as a %1 (its name says otherwise, its content decides)</source>
        <translation>Importé comme %1 (son nom dit autre chose, son contenu décide)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already in the library: kept once</source>
        <translation>Déjà dans la médiathèque : gardé une seule fois</translation>
    </message>
    <message>
        <source>Refused: the file is empty (0 bytes)</source>
        <translation>Refusé : le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>Refused: %1 files are not supported. Use PNG, JPEG or WebP photos, MP4 or MOV videos.</source>
        <translation>Refusé : les fichiers %1 ne sont pas pris en charge. Utilisez des photos PNG, JPEG ou WebP, des vidéos MP4 ou MOV.</translation>
    </message>
    <message>
        <source>Refused: not a photo or video Pitchside can use (PNG, JPEG, WebP, MP4, MOV)</source>
        <translation>Refusé : ce n'est pas une photo ou une vidéo utilisable par Pitchside (PNG, JPEG, WebP, MP4, MOV)</translation>
    </message>
    <message>
        <source>Refused: videos can be up to %1, this one is %2</source>
        <translation>Refusé : les vidéos peuvent peser jusqu'à %1, celle-ci pèse %2</translation>
    </message>
    <message>
        <source>Refused: photos can be up to %1, this one is %2. Export it smaller and import it again.</source>
        <translation>Refusé : les photos peuvent peser jusqu'à %1, celle-ci pèse %2. Exportez-la plus petite et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>Refused: the file is incomplete (cut off before its end); copy it again from the camera or phone</source>
        <translation>Refusé : le fichier est incomplet (coupé avant la fin) ; copiez-le de nouveau depuis l'appareil photo ou le téléphone</translation>
    </message>
    <message>
        <source>Refused: the video has no index (it was not finished recording or copying)</source>
        <translation>Refusé : la vidéo n'a pas d'index (son enregistrement ou sa copie n'est pas allé au bout)</translation>
    </message>
    <message>
        <source>Refused: the file is damaged and cannot be read</source>
        <translation>Refusé : le fichier est endommagé et illisible</translation>
    </message>
    <message>
        <source>Refused: the file cannot be read (%1)</source>
        <translation>Refusé : le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>Not imported: the library folder cannot be written (%1)</source>
        <translation>Non importé : impossible d'écrire dans le dossier de la médiathèque (%1)</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled</source>
        <translation>Non importé : l'import a été annulé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation><numerusform>%Ln importé</numerusform><numerusform>%Ln importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation><numerusform>%Ln déjà dans la médiathèque</numerusform><numerusform>%Ln déjà dans la médiathèque</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln refusé</numerusform><numerusform>%Ln refusés</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>Import annulé : %1</translation>
    </message>
    <message>
        <source>The server refused the file: it is larger than it accepts. The file stays in your library on this computer.</source>
        <translation>Le serveur a refusé le fichier : il est plus lourd que ce qu'il accepte. Le fichier reste dans votre médiathèque sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your Pitchside storage is full (%1 of %2 used). Delete media you no longer need, then retry.</source>
        <translation>Votre espace Pitchside est plein (%1 utilisés sur %2). Supprimez les médias dont vous n'avez plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>Your Pitchside storage is full. Delete media you no longer need, then retry.</source>
        <translation>Votre espace Pitchside est plein. Supprimez les médias dont vous n'avez plus besoin, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused this file as it is (%1). The file stays in your library on this computer.</source>
        <translation>Le serveur a refusé ce fichier en l'état (%1). Le fichier reste dans votre médiathèque sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum did not match). Check the network, then retry.</source>
        <translation>Le fichier est arrivé abîmé deux fois (sa somme de contrôle ne correspondait pas). Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The library's copy of this file was changed or damaged on this computer, so it was not sent. Import the original again.</source>
        <translation>La copie de ce fichier dans la médiathèque a été modifiée ou abîmée sur cet ordinateur : elle n'a pas été envoyée. Importez de nouveau l'original.</translation>
    </message>
    <message>
        <source>The library's copy of this file is missing on this computer, so it cannot be sent. Import the original again.</source>
        <translation>La copie de ce fichier dans la médiathèque a disparu de cet ordinateur : elle ne peut pas être envoyée. Importez de nouveau l'original.</translation>
    </message>
    <message>
        <source>Your account may not upload media. Ask the club's administrator.</source>
        <translation>Votre compte ne peut pas envoyer de médias. Demandez à l'administrateur du club.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the upload resumes by itself.</source>
        <translation>Le serveur est injoignable ; l'envoi reprendra tout seul.</translation>
    </message>
    <message>
        <source>The server had a problem; the upload resumes by itself.</source>
        <translation>Le serveur a eu un problème ; l'envoi reprendra tout seul.</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation>Envoi : %1 sur %2</translation>
    </message>
    <message>
        <source>Upload paused at %1 of %2</source>
        <translation>Envoi en pause à %1 sur %2</translation>
    </message>
    <message>
        <source>On your Pitchside account</source>
        <translation>Sur votre compte Pitchside</translation>
    </message>
    <message>
        <source>Upload cancelled: only on this computer</source>
        <translation>Envoi annulé : seulement sur cet ordinateur</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MessageComposer</name>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation>Écrivez un message… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1 / %2 characters: shorten it by %3 to send it</source>
        <translation>%1 / %2 caractères : raccourcissez-le de %3 pour l'envoyer</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MonitoringView</name>
    <message>
        <source>Today (UTC day)</source>
        <translation>Aujourd’hui (journée UTC)</translation>
    </message>
    <message>
        <source>First messages sent today</source>
        <translation>Premiers messages envoyés aujourd’hui</translation>
    </message>
    <message>
        <source>Follow-ups sent today</source>
        <translation>Relances envoyées aujourd’hui</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Échecs aujourd’hui</translation>
    </message>
    <message>
        <source>Replies today</source>
        <translation>Réponses aujourd’hui</translation>
    </message>
    <message>
        <source>Contacts that can still get a first message today</source>
        <translation>Contacts pouvant encore recevoir un premier message aujourd’hui</translation>
    </message>
    <message>
        <source>Messages of the last 30 days</source>
        <translation>Messages des 30 derniers jours</translation>
    </message>
    <message>
        <source>%1 % of the %2 messages WhatsApp allows a day</source>
        <translation>%1 % des %2 messages permis par jour par WhatsApp</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (%2 % of first messages)</source>
        <translation>%1 (%2 % des premiers messages)</translation>
    </message>
    <message>
        <source>Today's WhatsApp limit is reached: campaigns being sent go on after midnight UTC (%1 here).</source>
        <translation>La limite WhatsApp du jour est atteinte : les campagnes en cours reprennent après minuit UTC (%1 ici).</translation>
    </message>
    <message>
        <source>%1 % of today's messages failed (more than 10 %). Check the numbers of the failed contacts before sending more: WhatsApp may block a sender that keeps failing.</source>
        <translation>%1 % des messages du jour ont échoué (plus de 10 %). Vérifiez les numéros des contacts en échec avant d’envoyer davantage : WhatsApp peut bloquer un expéditeur qui échoue trop.</translation>
    </message>
    <message>
        <source>Close to today's limit: keep the rest for tomorrow.</source>
        <translation>Limite du jour presque atteinte : gardez le reste pour demain.</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>Premiers messages</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::NavigationRail</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1, %n non lu</numerusform><numerusform>%1, %n non lus</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>No notification. Messages, publications and offers will be told here.</source>
        <translation>Aucune notification. Messages, publications et offres vous seront signalés ici.</translation>
    </message>
    <message>
        <source>Notifications: nothing new</source>
        <translation>Notifications : rien de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation><numerusform>Notifications : %n non lue</numerusform><numerusform>Notifications : %n non lues</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PendingChangesDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Refused by the server: %1 %2</source>
        <translation>Refusé par le serveur : %1 %2</translation>
    </message>
    <message>
        <source>Changed on the server too: choose which version to keep.</source>
        <translation>Modifié aussi sur le serveur : choisissez la version à garder.</translation>
    </message>
    <message>
        <source>%1 Next try %2.</source>
        <translation>%1 Prochain essai %2.</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>En attente d'envoi.</translation>
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Modifications en attente du serveur</translation>
    </message>
    <message>
        <source>These changes are saved on this computer. Pitchside sends them by itself; the ones the server refused wait for you to fix them.</source>
        <translation>Ces modifications sont enregistrées sur cet ordinateur. Pitchside les envoie tout seul ; celles que le serveur a refusées attendent que vous les corrigiez.</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Tout est sur le serveur.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tout réessayer</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation>%1 Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>Du serveur</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PlatformCounters</name>
    <message numerus="yes">
        <source>%n character(s) too many for %1</source>
        <translation><numerusform>%n caractère de trop pour %1</numerusform><numerusform>%n caractères de trop pour %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left on %1</source>
        <translation><numerusform>Encore %n caractère possible sur %1</numerusform><numerusform>Encore %n caractères possibles sur %1</numerusform></translation>
    </message>
    <message>
        <source>Hashtags on Instagram: at most %1</source>
        <translation>Hashtags sur Instagram : %1 au maximum</translation>
    </message>
    <message>
        <source>Characters per network</source>
        <translation>Caractères par réseau</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PostComposer</name>
    <message>
        <source>What do you want to tell your supporters?</source>
        <translation>Qu'avez-vous envie de dire à vos supporters ?</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Hashtags, e.g. #JourDeMatch #FCVaulx</source>
        <translation>Hashtags, par ex. #JourDeMatch #FCVaulx</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Posted as the first comment, e.g. the hashtags or a link</source>
        <translation>Publié en premier commentaire, par ex. les hashtags ou un lien</translation>
    </message>
    <message>
        <source>First comment</source>
        <translation>Premier commentaire</translation>
    </message>
    <message>
        <source>Add a first comment</source>
        <translation>Ajouter un premier commentaire</translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Photos et vidéos</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Publish on %1</source>
        <translation>Publier sur %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The club, team or sponsor this post speaks for</source>
        <translation>Le club, l'équipe ou le partenaire au nom duquel parle cette publication</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Langue de l'orthographe</translation>
    </message>
    <message>
        <source>Language of the spelling check for this post</source>
        <translation>Langue de la vérification orthographique de cette publication</translation>
    </message>
    <message>
        <source>No spelling check</source>
        <translation>Sans vérification orthographique</translation>
    </message>
    <message>
        <source>Publication date and time</source>
        <translation>Date et heure de publication</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Publish at this date and time</source>
        <translation>Publier à cette date et cette heure</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Retirer la date</translation>
    </message>
    <message>
        <source>Keep it as a draft without a date</source>
        <translation>La garder comme brouillon sans date</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Not applied yet: the post still goes out on %1. Click “%2” to use the new date.</source>
        <translation>Pas encore appliquée : la publication part toujours le %1. Cliquez sur « %2 » pour prendre la nouvelle date.</translation>
    </message>
    <message>
        <source>Not applied yet: the draft keeps %1. Click “%2” to publish at the new date.</source>
        <translation>Pas encore appliquée : le brouillon garde le %1. Cliquez sur « %2 » pour publier à la nouvelle date.</translation>
    </message>
    <message>
        <source>Not applied yet: click “%1” to publish at this date. Otherwise the post stays a draft without a date.</source>
        <translation>Pas encore appliquée : cliquez sur « %1 » pour publier à cette date. Sinon la publication reste un brouillon sans date.</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <source>Send it to its networks now (offline: as soon as the connection is back)</source>
        <translation>L'envoyer maintenant sur ses réseaux (hors ligne : dès le retour de la connexion)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PostPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PostTextEdit</name>
    <message>
        <source>No suggestion</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PreviewCard</name>
    <message>
        <source>…see more</source>
        <translation>…voir plus</translation>
    </message>
    <message>
        <source>See more</source>
        <translation>Voir plus</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… plus</translation>
    </message>
    <message>
        <source>Preview on %1</source>
        <translation>Aperçu sur %1</translation>
    </message>
    <message>
        <source>Now · Public</source>
        <translation>À l'instant · Public</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ProfileSwitcher</name>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>The club, team or sponsor you are working for</source>
        <translation>Le club, l'équipe ou le sponsor pour qui vous travaillez</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
The club, team or sponsor new posts are for</source>
        <translation>%1
Le club, l'équipe ou le sponsor des nouvelles publications</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PublishingPanel</name>
    <message>
        <source>%1: published on %2.</source>
        <translation>%1 : publiée le %2.</translation>
    </message>
    <message>
        <source>See the post</source>
        <translation>Voir la publication</translation>
    </message>
    <message>
        <source>%1 people reached, %2 likes</source>
        <translation>%1 personnes touchées, %2 j'aime</translation>
    </message>
    <message>
        <source>%1: not published. %2</source>
        <translation>%1 : non publiée. %2</translation>
    </message>
    <message>
        <source>%1: waiting to reach the server; it goes out as soon as Pitchside is connected.</source>
        <translation>%1 : en attente du serveur ; elle partira dès que Pitchside sera connecté.</translation>
    </message>
    <message>
        <source>%1: being published…</source>
        <translation>%1 : publication en cours…</translation>
    </message>
    <message>
        <source>Pitchside can make copies of these photos that every network of the post takes; the originals stay in the library.</source>
        <translation>Pitchside peut faire des copies de ces photos acceptées par chaque réseau de la publication ; les originaux restent dans la médiathèque.</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <source>Keeps the centre of each photo</source>
        <translation>Garde le centre de chaque photo</translation>
    </message>
    <message>
        <source>Add bands</source>
        <translation>Ajouter des bandes</translation>
    </message>
    <message>
        <source>Keeps the whole photo, with bands of its own colour</source>
        <translation>Garde toute la photo, avec des bandes de sa couleur</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::PublishingTray</name>
    <message>
        <source>Open Pitchside</source>
        <translation>Ouvrir Pitchside</translation>
    </message>
    <message>
        <source>Social accounts…</source>
        <translation>Réseaux sociaux…</translation>
    </message>
    <message>
        <source>Quit Pitchside</source>
        <translation>Quitter Pitchside</translation>
    </message>
    <message>
        <source>Posts will not be published</source>
        <translation>Des publications vont échouer</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation><numerusform>%n nouvelle notification</numerusform><numerusform>%n nouvelles notifications</numerusform></translation>
    </message>
    <message>
        <source>Open Pitchside to read them.</source>
        <translation>Ouvrez Pitchside pour les lire.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>il y a %n min</numerusform><numerusform>il y a %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation><numerusform>dans %n min</numerusform><numerusform>dans %n min</numerusform></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd'hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>in a few seconds</source>
        <translation>dans quelques secondes</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>e.g. Matchday announcement</source>
        <translation>par ex. Annonce du jour de match</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>When to use it (optional)</source>
        <translation>Quand l'utiliser (facultatif)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tip: write {{name}} in the text where something changes each time (a team, a date): the template will ask for it.</source>
        <translation>Astuce : écrivez {{nom}} dans le texte là où quelque chose change à chaque fois (une équipe, une date) : le modèle le demandera.</translation>
    </message>
    <message>
        <source>Filled in each time: %1.</source>
        <translation>À remplir à chaque fois : %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SendCampaignDialog</name>
    <message>
        <source>Send “%1”</source>
        <translation>Envoyer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n contact(s)?</source>
        <translation><numerusform>Envoyer à %n contact ?</numerusform><numerusform>Envoyer à %n contacts ?</numerusform></translation>
    </message>
    <message>
        <source>Nobody to send to</source>
        <translation>Personne à qui envoyer</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp allows %1 messages a day. Today %2 have left; room for %n more first message(s), keeping some for the follow-ups replies bring.</source>
        <translation><numerusform>WhatsApp permet %1 messages par jour. Aujourd’hui, %2 sont partis ; il reste de la place pour %n premier message, en gardant de quoi envoyer les relances des réponses.</numerusform><numerusform>WhatsApp permet %1 messages par jour. Aujourd’hui, %2 sont partis ; il reste de la place pour %n premiers messages, en gardant de quoi envoyer les relances des réponses.</numerusform></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation>&amp;Programmer pour</translation>
    </message>
    <message>
        <source>No contact in the chosen categories can receive it. Add contacts to them, or choose other categories.</source>
        <translation>Aucun contact des catégories choisies ne peut la recevoir. Ajoutez-y des contacts ou choisissez d’autres catégories.</translation>
    </message>
    <message>
        <source>The daily limit leaves no room for first messages.</source>
        <translation>La limite quotidienne ne laisse aucune place aux premiers messages.</translation>
    </message>
    <message>
        <source>It leaves %1.</source>
        <translation>Départ : %1.</translation>
    </message>
    <message>
        <source>All %1 leave one by one, about one every 25 seconds; the last around %2.</source>
        <translation>Les %1 messages partent un par un, environ un toutes les 25 secondes ; le dernier vers %2.</translation>
    </message>
    <message numerus="yes">
        <source>It takes %n day(s) within WhatsApp's daily limit: %1 on the first day, the rest from 00:00 UTC on the next ones. The last message should leave %2.</source>
        <translation><numerusform>Il faut %n jour dans la limite quotidienne de WhatsApp : %1 le premier jour, le reste à partir de 00:00 UTC les jours suivants. Le dernier message devrait partir %2.</numerusform><numerusform>Il faut %n jours dans la limite quotidienne de WhatsApp : %1 le premier jour, le reste à partir de 00:00 UTC les jours suivants. Le dernier message devrait partir %2.</numerusform></translation>
    </message>
    <message>
        <source>Contacts will receive it on different days.</source>
        <translation>Les contacts la recevront à des jours différents.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>Choisissez une heure à venir, ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>Today more than 10 % of messages failed: check the numbers before sending more.</source>
        <translation>Aujourd’hui, plus de 10 % des messages ont échoué : vérifiez les numéros avant d’envoyer davantage.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n contact(s)</source>
        <translation><numerusform>Envoyer à %n contact</numerusform><numerusform>Envoyer à %n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Pitchside will use this language the next time it starts.</source>
        <translation>Pitchside utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Only when I ask (Ctrl+R)</source>
        <translation>Seulement à la demande (Ctrl+R)</translation>
    </message>
    <message>
        <source>Sync interval</source>
        <translation>Fréquence de synchronisation</translation>
    </message>
    <message>
        <source>Pitchside server</source>
        <translation>Serveur Pitchside</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The address of the Pitchside server your account is on.</source>
        <translation>L'adresse du serveur Pitchside où se trouve votre compte.</translation>
    </message>
    <message>
        <source>Saved. Pitchside will use this server from now on.</source>
        <translation>Enregistré. Pitchside utilisera désormais ce serveur.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Shown on the desktop when Pitchside is in the background. The bell keeps them all.</source>
        <translation>Affichées sur le bureau quand Pitchside est en arrière-plan. La cloche les garde toutes.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab et Maj+Tab passent d'une commande à l'autre ; Espace ou Entrée actionne celle qui porte le cadre de focus.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SignInDialog</name>
    <message>
        <source>Sign in to Pitchside</source>
        <translation>Connexion à Pitchside</translation>
    </message>
    <message>
        <source>Sign in to your Pitchside account</source>
        <translation>Connectez-vous à votre compte Pitchside</translation>
    </message>
    <message>
        <source>Your posts stay on this computer and are also kept on your club's server, so that you can work from anywhere.</source>
        <translation>Vos publications restent sur cet ordinateur et sont aussi gardées sur le serveur de votre club, pour que vous puissiez travailler de partout.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>you@yourclub.fr</source>
        <translation>vous@votreclub.fr</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The address your club or agency gave you with your account, for example %1.</source>
        <translation>L’adresse que votre club ou votre agence vous a donnée avec votre compte, par exemple %1.</translation>
    </message>
    <message>
        <source>Welcome to Pitchside</source>
        <translation>Bienvenue dans Pitchside</translation>
    </message>
    <message>
        <source>Sign in with the account your club or agency gave you: your posts, photos and calendar are then kept on the club's server too, and you find them on any computer. Or start right away on this computer only; you can sign in later from File &gt; Sign in…</source>
        <translation>Connectez-vous avec le compte que votre club ou votre agence vous a donné : vos publications, photos et calendrier sont alors aussi gardés sur le serveur du club, et vous les retrouvez sur n’importe quel ordinateur. Ou commencez tout de suite sur cet ordinateur seulement ; vous pourrez vous connecter plus tard depuis Fichier &gt; Se connecter…</translation>
    </message>
    <message>
        <source>Work without an account</source>
        <translation>Travailler sans compte</translation>
    </message>
    <message>
        <source>Everything stays on this computer. When you sign in later, Pitchside offers to bring your drafts into the account.</source>
        <translation>Tout reste sur cet ordinateur. Quand vous vous connecterez plus tard, Pitchside proposera d’emporter vos brouillons dans le compte.</translation>
    </message>
    <message>
        <source>Or continue with</source>
        <translation>Ou continuer avec</translation>
    </message>
    <message>
        <source>Sign in with your %1 account, in your web browser.</source>
        <translation>Se connecter avec votre compte %1, dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Finish signing in with %1 in the browser window that opened. Pitchside goes on by itself as soon as you are done there.</source>
        <translation>Terminez la connexion avec %1 dans la fenêtre du navigateur qui s'est ouverte. Pitchside reprend tout seul dès que c'est fait.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SocialAccountsCard</name>
    <message>
        <source>publish</source>
        <translation>publier</translation>
    </message>
    <message>
        <source>read statistics</source>
        <translation>lire les statistiques</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Pitchside publishes through these accounts. The server keeps their authorisations: no password or key of theirs is stored on this computer.</source>
        <translation>Pitchside publie par ces comptes. Le serveur garde leurs autorisations : aucun mot de passe ni aucune clé n'est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Finish in your web browser: allow Pitchside to use your %1 account. Waiting…</source>
        <translation>Terminez dans votre navigateur : autorisez Pitchside à utiliser votre compte %1. En attente…</translation>
    </message>
    <message>
        <source>Sign in to your Pitchside account to connect a network.</source>
        <translation>Connectez-vous à votre compte Pitchside pour connecter un réseau.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Ouvre %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>Peut %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>utilisé %1</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>pas encore utilisé</translation>
    </message>
    <message>
        <source>The authorisation ends on %1.</source>
        <translation>L'autorisation expire le %1.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Extends the authorisation without leaving Pitchside</source>
        <translation>Prolonge l'autorisation sans quitter Pitchside</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Opening %1 in your web browser…</source>
        <translation>Ouverture de %1 dans votre navigateur…</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>Renewing the %1 authorisation…</source>
        <translation>Renouvellement de l'autorisation %1…</translation>
    </message>
    <message>
        <source>The %1 authorisation is renewed.</source>
        <translation>L'autorisation %1 est renouvelée.</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Pitchside will no longer publish to %1. Scheduled posts for this network will fail until you connect it again.</source>
        <translation>Pitchside ne publiera plus sur %1. Les publications planifiées pour ce réseau échoueront tant que vous ne l'aurez pas reconnecté.</translation>
    </message>
    <message>
        <source>The account could not be disconnected: %1</source>
        <translation>Le compte n'a pas pu être déconnecté : %1</translation>
    </message>
    <message>
        <source>%1 is disconnected. The server forgets its authorisation at the next sync.</source>
        <translation>%1 est déconnecté. Le serveur oubliera son autorisation à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SpellChecker</name>
    <message>
        <source>English (UK)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::StatusStrip</name>
    <message>
        <source>Changes saved on this computer that the server has not received yet</source>
        <translation>Modifications enregistrées sur cet ordinateur que le serveur n'a pas encore reçues</translation>
    </message>
    <message>
        <source>Items changed both here and elsewhere: choose which version to keep</source>
        <translation>Éléments modifiés ici et ailleurs : choisissez la version à garder</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n modification en attente de synchronisation</numerusform><numerusform>%n modifications en attente de synchronisation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflit</numerusform><numerusform>%n conflits</numerusform></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Items the server sent that Pitchside could not read: it asks for them again at each sync</source>
        <translation>Des éléments envoyés par le serveur que Pitchside n’a pas pu lire : il les redemande à chaque synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation><numerusform>%n élément illisible</numerusform><numerusform>%n éléments illisibles</numerusform></translation>
    </message>
    <message>
        <source>Offline · checked at %1</source>
        <translation>Hors ligne · vérifié à %1</translation>
    </message>
    <message>
        <source>Pitchside tries again by itself at %1; Ctrl+R tries now.</source>
        <translation>Pitchside réessaiera tout seul à %1 ; Ctrl+R pour réessayer maintenant.</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::StoreErrorWindow</name>
    <message>
        <source>Pitchside cannot open your data</source>
        <translation>Pitchside ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SyncUiBinder</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pending changes…</source>
        <translation>Modifications en &amp;attente…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>Connected; changes from elsewhere arrive as they happen.</source>
        <translation>Connecté ; les modifications faites ailleurs arrivent au fur et à mesure.</translation>
    </message>
    <message>
        <source>Not connected to the server yet.</source>
        <translation>Pas encore connecté au serveur.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to &amp;another account…</source>
        <translation>Se connecter à un &amp;autre compte…</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::TagEditor</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Ajoutez un mot-clé puis Entrée</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouveau mot-clé</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Retirer le mot-clé « %1 »</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::TemplatePickerDialog</name>
    <message>
        <source>Start from a template</source>
        <translation>Partir d'un modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message numerus="yes">
        <source> · used %n time(s)</source>
        <translation><numerusform> · utilisé %n fois</numerusform><numerusform> · utilisé %n fois</numerusform></translation>
    </message>
    <message>
        <source>The post as it will read</source>
        <translation>La publication telle qu'elle se lira</translation>
    </message>
    <message>
        <source>The post as it will read:</source>
        <translation>La publication telle qu'elle se lira :</translation>
    </message>
    <message>
        <source>Write this post</source>
        <translation>Rédiger cette publication</translation>
    </message>
    <message>
        <source>No template yet. Write a post, then choose “Save as template” to reuse it.</source>
        <translation>Aucun modèle pour l'instant. Écrivez une publication, puis choisissez « Enregistrer comme modèle » pour la réutiliser.</translation>
    </message>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation>Ce modèle n'a rien à remplir.</translation>
    </message>
    <message>
        <source>Home team</source>
        <translation>Équipe à domicile</translation>
    </message>
    <message>
        <source>Away team</source>
        <translation>Équipe à l'extérieur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Compétition</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Adversaire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Scorers</source>
        <translation>Buteurs</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Prochain match</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Nouveaux messages ↓</translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Réessayer l'envoi</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::TimeGridView</name>
    <message>
        <source>Show the posts hidden here</source>
        <translation>Voir les publications masquées ici</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::UploadPanel</name>
    <message>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Stop uploading: the files stay in your library on this computer</source>
        <translation>Arrêter l'envoi : les fichiers restent dans votre médiathèque sur cet ordinateur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation>Envoi : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or video(s) will be uploaded once you sign in to your Pitchside account (Accounts).</source>
        <translation><numerusform>%n photo ou vidéo sera envoyée dès que vous serez connecté à votre compte Pitchside (Comptes).</numerusform><numerusform>%n photos ou vidéos seront envoyées dès que vous serez connecté à votre compte Pitchside (Comptes).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s): %1 of %2</source>
        <translation><numerusform>Envoi de %n fichier : %1 sur %2</numerusform><numerusform>Envoi de %n fichiers : %1 sur %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploads paused: %n file(s) wait</source>
        <translation><numerusform>Envois en pause : %n fichier attend</numerusform><numerusform>Envois en pause : %n fichiers attendent</numerusform></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed (see the list)</source>
        <translation><numerusform>%n envoi a échoué (voir la liste)</numerusform><numerusform>%n envois ont échoué (voir la liste)</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::UploadStatus</name>
    <message numerus="yes">
        <source>Uploading %n file(s) · %1 %</source>
        <translation><numerusform>Envoi de %n fichier · %1 %</numerusform><numerusform>Envoi de %n fichiers · %1 %</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 sent to your Pitchside account; uploads resume by themselves after a cut.</source>
        <translation>%1 sur %2 envoyés sur votre compte Pitchside ; les envois reprennent tout seuls après une coupure.</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed</source>
        <translation><numerusform>%n envoi a échoué</numerusform><numerusform>%n envois ont échoué</numerusform></translation>
    </message>
    <message>
        <source>Open the media library to see why and retry</source>
        <translation>Ouvrez la médiathèque pour voir pourquoi et réessayer</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::VersionsPanel</name>
    <message>
        <source>Restore this version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Text of the version</source>
        <translation>Texte de la version</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Versions appear here as you write: the text is saved every second, and a version is kept each minute (the last 20).</source>
        <translation>Les versions apparaissent ici au fil de l'écriture : le texte est enregistré chaque seconde, et une version est gardée chaque minute (les 20 dernières).</translation>
    </message>
    <message numerus="yes">
        <source>The last %n version(s) saved on this computer.</source>
        <translation><numerusform>La dernière version enregistrée sur cet ordinateur.</numerusform><numerusform>Les %n dernières versions enregistrées sur cet ordinateur.</numerusform></translation>
    </message>
</context>
</TS>