<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Pitchside: plan, write and sync your club's social media.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside server to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for accounts, settings and logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open on this page: calendar, editor, media, inbox, campaigns, analytics, accounts or settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the window as a PNG once the page has loaded, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang must be fr or en, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown page “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostItemDelegate</name>
    <message>
        <source>(empty post)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>A published post cannot be deleted: it is already on the network.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Club</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>League</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::app::Application</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::store::StoreError</name>
    <message>
        <source>Pitchside cannot create its data folder %1. Check that the disk is not full and that you may write there, or start Pitchside with --data-dir to choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside cannot write in its data folder %1. Give your user write permission on it, or start Pitchside with --data-dir to choose another folder. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is read-only. Give your user write permission on it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 cannot be read. Check its permissions. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged or is not a Pitchside database. It was left exactly as it is: keep a copy of it, then move it away to start with an empty store, or restore a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 was written by a newer version of Pitchside (schema %2; this version knows up to %3). Install the newer version. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside could not upgrade the database %1 from schema %2 to %3: %4. The database was left as it was before the upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local store refused a change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::sync::BackendUrl</name>
    <message>
        <source>Enter the address of your Pitchside server, for example https://api.monclub.fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web address. Write it like https://api.monclub.fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not encrypted. Use https:// — plain http:// is only allowed for a server on this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” should be just the server's address, without “?” or “#” parts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::AccountsPage</name>
    <message>
        <source>Each account keeps its own store on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 waiting to be sent to the server</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::AnalyticsPage</name>
    <message>
        <source>Your content at a glance, from what is on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts in total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned in the next 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published in the last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts to finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once you write and plan posts, this page shows how many are planned, published and waiting, by status and by network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts by network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarPage</name>
    <message>
        <source>The next four weeks: posts, matches and events · times in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new post (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts you schedule, your matches and your club's events appear here, day by day. Start by writing a post and giving it a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsPage</name>
    <message>
        <source>WhatsApp campaigns, contacts and sponsor deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your WhatsApp campaigns, their delivery progress, your contact lists and your sponsor deals appear here when this computer is connected to your Pitchside account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::EditorPage</name>
    <message>
        <source>Write once, publish on each network. Everything is saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new post (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search posts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What do you want to tell your supporters?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::InboxPage</name>
    <message>
        <source>Messages and notifications of your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages from sponsors, clubs and your WhatsApp contacts, and notifications about your posts, arrive here when this computer is connected to your Pitchside account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Pitchside %1&lt;/h3&gt;&lt;p&gt;Plan, write and publish your club's posts, on this computer first, synced with your Pitchside account when you are online.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaPage</name>
    <message>
        <source>Photos and videos of your account, ready to attach to posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, tag or description (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos or videos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your library keeps the photos and videos you attach to posts. Media already in your Pitchside account appear here after the first sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 × %3 · %4
%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try another word, or fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::NavigationRail</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PageHeader</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ProfileSwitcher</name>
    <message>
        <source>Active profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The club, team or sponsor you are working for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n min ago || %n min ago</translation>
    </message>
    <message>
        <source>in %n min</source>
        <translation>in %n min || in %n min</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::SettingsPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside will use this language the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when I ask (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the Pitchside server your account is on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Pitchside will use this server from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::StatusStrip</name>
    <message>
        <source>Changes saved on this computer that the server has not received yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items changed both here and elsewhere: choose which version to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n change waiting to sync</numerusform><numerusform>%n changes waiting to sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::StoreErrorWindow</name>
    <message>
        <source>Pitchside cannot open your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>