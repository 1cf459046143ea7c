<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
    <name>pitchside::ui::AccountsPage</name>
    <message>
        <source>Each account keeps its own store on this computer.</source>
        <translation>Chaque compte garde ses propres données sur cet ordinateur.</translation>
    </message>
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
    <name>pitchside::ui::CalendarPage</name>
    <message>
        <source>The next four weeks: posts, matches and events · times in %1</source>
        <translation>Les quatre prochaines semaines : publications, matchs et événements · heures en %1</translation>
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
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>Rien de prévu pour l'instant</translation>
    </message>
    <message>
        <source>Posts you schedule, your matches and your club's events appear here, day by day. Start by writing a post and giving it a date.</source>
        <translation>Vos publications planifiées, vos matchs et les événements du club apparaissent ici, jour par jour. Commencez par rédiger une publication et lui donner une date.</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Rédiger une publication</translation>
    </message>
    <message>
        <source>(empty post)</source>
        <translation>(publication vide)</translation>
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
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsPage</name>
    <message>
        <source>WhatsApp campaigns, contacts and sponsor deals.</source>
        <translation>Campagnes WhatsApp, contacts et partenariats sponsors.</translation>
    </message>
    <message>
        <source>No campaigns</source>
        <translation>Aucune campagne</translation>
    </message>
    <message>
        <source>Your WhatsApp campaigns, their delivery progress, your contact lists and your sponsor deals appear here when this computer is connected to your Pitchside account.</source>
        <translation>Vos campagnes WhatsApp, leur avancement, vos listes de contacts et vos partenariats sponsors apparaissent ici quand cet ordinateur est connecté à votre compte Pitchside.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
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
        <source>Publish on:</source>
        <translation>Publier sur :</translation>
    </message>
    <message>
        <source>What do you want to tell your supporters?</source>
        <translation>Que voulez-vous dire à vos supporters ?</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::InboxPage</name>
    <message>
        <source>Messages and notifications of your account.</source>
        <translation>Messages et notifications de votre compte.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Aucun message</translation>
    </message>
    <message>
        <source>Messages from sponsors, clubs and your WhatsApp contacts, and notifications about your posts, arrive here when this computer is connected to your Pitchside account.</source>
        <translation>Les messages des sponsors, des clubs et de vos contacts WhatsApp, ainsi que les notifications sur vos publications, arrivent ici quand cet ordinateur est connecté à votre compte Pitchside.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Messagerie</translation>
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
</context>
<context>
    <name>pitchside::ui::MediaPage</name>
    <message>
        <source>Photos and videos of your account, ready to attach to posts.</source>
        <translation>Les photos et vidéos de votre compte, prêtes à joindre aux publications.</translation>
    </message>
    <message>
        <source>Search by name, tag or description (Ctrl+F)</source>
        <translation>Rechercher par nom, mot-clé ou description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>Rechercher des médias</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>No photos or videos yet</source>
        <translation>Aucune photo ni vidéo pour l'instant</translation>
    </message>
    <message>
        <source>Your library keeps the photos and videos you attach to posts. Media already in your Pitchside account appear here after the first sync.</source>
        <translation>Votre médiathèque garde les photos et vidéos que vous joignez aux publications. Les médias déjà dans votre compte Pitchside apparaissent ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>%1
%2 × %3 · %4
%5</source>
        <translation>%1
%2 × %3 · %4
%5</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Try another word, or fewer words.</source>
        <translation>Essayez un autre mot, ou moins de mots.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
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
</context>
<context>
    <name>pitchside::ui::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
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
</context>
<context>
    <name>pitchside::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>il y a %n min || il y a %n min</translation>
    </message>
    <message>
        <source>in %n min</source>
        <translation>dans %n min || dans %n min</translation>
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
</TS>