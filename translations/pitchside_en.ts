<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountPrompts</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can keep a copy of this account's posts and media on this computer, to find them again when you sign back in.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. Keep the copy so that they are sent when you sign in again.</source>
        <translation><numerusform>%n change has not reached the server yet. Keep the copy so that it is sent when you sign in again.</numerusform><numerusform>%n changes have not reached the server yet. Keep the copy so that they are sent when you sign in again.</numerusform></translation>
    </message>
    <message>
        <source>Sign out, keep the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out and delete it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move the %n post(s) written on this computer into %1?</source>
        <translation><numerusform>Move the post written on this computer into %1?</numerusform><numerusform>Move the %n posts written on this computer into %1?</numerusform></translation>
    </message>
    <message>
        <source>They will be sent to your account and appear wherever you sign in. If you say no, they stay here, outside any account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave them here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountRuntime</name>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to sync this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure storage available on this computer, so Pitchside could not keep you signed in. Sign in to sync this account.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · report of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large (%1 MB; at most %2 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a text file (a spreadsheet? Save it as CSV first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same number as line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already one of your contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text after a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote opens and never closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Near the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown country code (write it as +33…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too short for a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long for a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No phone number is written like this in that country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n recipient</numerusform><numerusform>%n recipients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation><numerusform>%n sent</numerusform><numerusform>%n sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation><numerusform>%n replied</numerusform><numerusform>%n replied</numerusform></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tried again %n time(s)</source>
        <translation><numerusform>Tried again %n time</numerusform><numerusform>Tried again %n times</numerusform></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: pitchside-cli login EMAIL (password on stdin or in PITCHSIDE_PASSWORD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure storage available: Pitchside cannot keep you signed in on this computer. Nothing was written to disk; sign in again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown platform: %1 (linkedin, instagram or facebook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--schedule must be an ISO 8601 time, like 2026-03-14T15:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no post %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in: run pitchside-cli login EMAIL first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out: run pitchside-cli login %1 again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure storage available, so no stored sign-in: run pitchside-cli login %1 again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 refused, %4 in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account: %1 on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account: none (this computer only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent: %1 · refused: %2 · conflicts: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not UTF-8 text: save it as UTF-8 and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved, but: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>slot taken: %n other post(s) of this profile on the same network less than 30 minutes away</source>
        <translation><numerusform>slot taken: %n other post of this profile on the same network less than 30 minutes away</numerusform><numerusform>slot taken: %n other posts of this profile on the same network less than 30 minutes away</numerusform></translation>
    </message>
    <message>
        <source>usage: pitchside-cli posts create --platform P (--content TEXT | --content-file FILE|-) [--schedule ISO8601] [--sync]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pitchside-cli posts edit ID [--content TEXT | --content-file FILE|-] [--schedule ISO8601 | --unschedule] [--sync]</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent: %1</source>
        <translation><numerusform>%n change could not be sent: %1</numerusform><numerusform>%n changes could not be sent: %1</numerusform></translation>
    </message>
</context>
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
    <name>ConflictResolver</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), in another order or different</source>
        <translation><numerusform>%n item, different</numerusform><numerusform>%n items, in another order or different</numerusform></translation>
    </message>
    <message>
        <source>The server's copy cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of item cannot be copied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clubs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publications that went out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publications that failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sponsor offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts to reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchStatus</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaPreflight</name>
    <message>
        <source>%1 is too tall for %2 (%3; it takes photos no taller than %4). Crop or pad it to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too wide for %2 (%3; it takes photos no wider than %4). Crop or pad it to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%2 takes only JPEG photos: %1 will be converted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too heavy for %2: it will be made lighter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has too many pixels for %2: it will be scaled down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too short for %2. Choose a longer video.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too long for %2. Trim it, or choose another video.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too heavy for %2. Export it smaller, then attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has proportions %2 does not take (%3). Export it closer to square.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read any more on this computer. Remove it and attach it again.</source>
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
    <name>PostRules</name>
    <message>
        <source>%1 refused the post: the text is longer than %2 characters (%3). Shorten it by %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will refuse the post: the text is longer than %2 characters (%3). Shorten it by %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram refused the post: it has %1 hashtags, at most %2 are allowed. Remove %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram will refuse the post: it has %1 hashtags, at most %2 are allowed. Remove %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram needs at least one photo or video. Add one, or untick Instagram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A post carries at most %1 photos or videos (%2 attached). Remove %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This time has already passed. Pick a later date or time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date and a time to schedule the post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is already published: it can no longer be changed or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A photo or video of this post is no longer in your library. Remove it and attach another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A published post needs its publication date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A failed post needs the reason it failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one network to publish on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first comment is longer than %1 characters (%2). Shorten it by %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the post (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A published post cannot be deleted: it is already on the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is being published right now; wait until it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is already published: its time cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is being published right now; its time cannot change.</source>
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
    <name>Publication</name>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 account is connected. Connect one on the Accounts page, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 account must be reconnected: its authorisation ended or was withdrawn. Reconnect it on the Accounts page, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instagram refuses a post without a photo or a video. Add one, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused a photo or video (its format or proportions). Fix the media, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is limiting how many posts go out: too many in a short time. Try again in an hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refuses a text identical to a recent post. Change the text, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not answering at the moment. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the post. Try again; if it keeps failing, contact support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the post (“%2”). Try again; if it keeps failing, contact support.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishingAlert</name>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: connect an account.</source>
        <translation><numerusform>%n %1 post will fail on %2: connect an account.</numerusform><numerusform>%n %1 posts will fail from %2: connect an account.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: reconnect the account.</source>
        <translation><numerusform>%n %1 post will fail on %2: reconnect the account.</numerusform><numerusform>%n %1 posts will fail from %2: reconnect the account.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 post(s) will fail from %2: renew the authorisation before then.</source>
        <translation><numerusform>%n %1 post will fail on %2: renew the authorisation before then.</numerusform><numerusform>%n %1 posts will fail from %2: renew the authorisation before then.</numerusform></translation>
    </message>
</context>
<context>
    <name>PublishingMonitor</name>
    <message>
        <source>Not published on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishingOutlook</name>
    <message>
        <source>Pitchside · no social account connected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside · every account can publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside · an account needs attention soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside · posts will not be published</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishingRisk</name>
    <message>
        <source>%1: no account is connected, so it will not be published. Connect one on the Accounts page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the account must be reconnected, or it will not be published. Reconnect it on the Accounts page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the authorisation ends on %2, before this post goes out. Renew it on the Accounts page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SocialAccountHealth</name>
    <message>
        <source>Needs reconnecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorisation ends today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Authorisation ends in %n day(s)</source>
        <translation><numerusform>Authorisation ends in %n day</numerusform><numerusform>Authorisation ends in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n day(s) left</source>
        <translation><numerusform>Connected · %n day left</numerusform><numerusform>Connected · %n days left</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncEntity</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server cannot be reached. Your changes are kept on this computer and will be sent when it is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is taking too long to answer. Pitchside will try again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to the server failed (certificate not trusted). Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an answer Pitchside cannot read (%1). It will try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is not encrypted (http://). Use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server asks Pitchside to slow down; it will try again in %n second(s).</source>
        <translation><numerusform>The server asks Pitchside to slow down; it will try again in %n second.</numerusform><numerusform>The server asks Pitchside to slow down; it will try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>The server asks Pitchside to slow down; it will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has a problem (error %1). Pitchside will try again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the change (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorten the text, then save: it will be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a time in the future, then save: it will be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a photo or a video, or remove Instagram, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove some hashtags (30 at most for Instagram), then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A photo of this post is not in your library on the server. Remove it from the post, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is already published and cannot change. Make a copy to publish a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this media item from the posts that use it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change what the message names, then save: it will be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account may not make this change. Check the profile, or ask your club's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the field the message names, then save: it will be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change is too large for the server. Shorten it, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This version of Pitchside cannot send this kind of change. Update Pitchside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry now, or change the item and save it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of change cannot be sent to the server.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server did not send a complete answer within %n second(s). Your changes are kept on this computer; Pitchside will try again by itself.</source>
        <translation><numerusform>The server did not send a complete answer within %n second. Your changes are kept on this computer; Pitchside will try again by itself.</numerusform><numerusform>The server did not send a complete answer within %n seconds. Your changes are kept on this computer; Pitchside will try again by itself.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affiliation number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written with AI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kick-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorisation ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ConversationListModel</name>
    <message>
        <source>You: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::OutboxListModel</name>
    <message>
        <source>An item from the server (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be read (%1). Pitchside asks the server for it again at each sync; a fixed server or a newer Pitchside will bring it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ThreadModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New messages</source>
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
    <name>pitchside::campaigns::ContactTableModel</name>
    <message>
        <source>On WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
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
    <name>pitchside::sync::ai::AiAssistant</name>
    <message>
        <source>Sign in to your Pitchside account to get AI suggestions: they are made by the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are offline: AI suggestions need the Pitchside server. Everything else keeps working.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many AI requests in a minute: try again in %n second(s).</source>
        <translation><numerusform>Too many AI requests in a minute: try again in %n second.</numerusform><numerusform>Too many AI requests in a minute: try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>The AI suggestion failed; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month's idea generations are used up. They come back on %1; writing posts and variants still works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month's idea generations are used up. Writing posts and variants still works.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::sync::auth::ProviderSignIn</name>
    <message>
        <source>%1 did not allow the sign-in. Try again, and accept when %1 asks whether Pitchside may use your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not complete the sign-in (%2). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing came back from the browser within %n minute(s). Start again, and finish the sign-in in the browser window that opens.</source>
        <translation><numerusform>Nothing came back from the browser within %n minute. Start again, and finish the sign-in in the browser window that opens.</numerusform><numerusform>Nothing came back from the browser within %n minutes. Start again, and finish the sign-in in the browser window that opens.</numerusform></translation>
    </message>
    <message>
        <source>This sign-in provider is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in. You can close this tab and go back to Pitchside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page does not belong to a sign-in Pitchside is waiting for. You can close it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside could not prepare the sign-in on this computer (no local port could be opened). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server does not offer sign-in with %1. Use your email and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a sign-in address Pitchside will not open. Check the server address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside could not open your web browser. Check that a default browser is set, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in with %1 could not be completed. Start again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::sync::auth::SignIn</name>
    <message>
        <source>The email address or the password is not right. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside cannot reach %1. Check the address and your internet connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: its certificate is not trusted or the address is wrong. Check the address, or ask the person who runs the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something answered at %1, but it is not a Pitchside server. Check the address.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many attempts. Wait %n second(s), then try again.</source>
        <translation><numerusform>Too many attempts. Wait %n second, then try again.</numerusform><numerusform>Too many attempts. Wait %n seconds, then try again.</numerusform></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has a problem right now (error %1). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the sign-in (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 did not send a complete answer within %n second(s). Try again in a moment.</source>
        <translation><numerusform>%1 did not send a complete answer within %n second. Try again in a moment.</numerusform><numerusform>%1 did not send a complete answer within %n seconds. Try again in a moment.</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::sync::auth::SocialConnect</name>
    <message>
        <source>The server did not confirm the connection. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not connected: the permission was refused in the browser. Try again, and choose "Allow" when %1 asks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not complete the connection (%2). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing came back from the browser within %n minute(s). Start again, and finish in the browser window that opens.</source>
        <translation><numerusform>Nothing came back from the browser within %n minute. Start again, and finish in the browser window that opens.</numerusform><numerusform>Nothing came back from the browser within %n minutes. Start again, and finish in the browser window that opens.</numerusform></translation>
    </message>
    <message>
        <source>This network is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is connected. You can close this tab and go back to Pitchside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page does not belong to a connection Pitchside is waiting for. You can close it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside could not prepare the connection on this computer (no local port could be opened). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an address Pitchside will not open. Check the server address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside could not open your web browser. Check that a default browser is set, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to Pitchside again, then connect %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached, so %1 cannot be connected now. Check the connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer accepts this authorisation: reconnect the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server does not connect %1 accounts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::sync::downloads::VariantDownloader</name>
    <message>
        <source>This media item has an invalid id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::AccountsPage</name>
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
    <message>
        <source>Each account keeps its own data on this computer; you can switch between them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure storage available on this computer: Pitchside cannot keep you signed in. You will be asked for your password at the next start; nothing is written to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send your changes and get the latest from the server (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account yet. Your posts are kept on this computer only until you sign in; then you can move them into your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in: everything stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to the server yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::AgendaView</name>
    <message>
        <source>Agenda</source>
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
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::AiPanel</name>
    <message>
        <source>Suggest ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a post from this idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three variants of my text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic, e.g. the derby on Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic of the ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Casual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post from “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your Pitchside account to get AI suggestions: they are made by the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ideas of posts for your club</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three rewrites: shorter, more casual, with a call to action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A post written from the chosen idea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea generations this month: %1 of %2 used · renewed on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idea generations: 100 a month. The count shows after the first request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert at the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace my text</source>
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
    <name>pitchside::ui::CalendarActions</name>
    <message numerus="yes">
        <source>Slot taken: %n other post(s) of this profile on the same network less than 30 minutes away (%1).</source>
        <translation><numerusform>Slot taken: %n other post of this profile on the same network less than 30 minutes away (%1).</numerusform><numerusform>Slot taken: %n other posts of this profile on the same network less than 30 minutes away (%1).</numerusform></translation>
    </message>
    <message>
        <source>Schedule post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unschedule post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back in the drafts without a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied as a draft at the same time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the match…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create matchday post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New post on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New match on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarFilterButton</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the profile, networks and statuses the calendar shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CalendarPage</name>
    <message>
        <source>New post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new post (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in your time zone: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a fixture to the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous or next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous or next week (month view), hours (week and day views)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous or next period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next or previous post of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected post, or the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected post (undo with Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions on the selected post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Accounts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignDelegate</name>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignDetail</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: nobody in the chosen categories can receive it on WhatsApp. Add contacts to them, or choose other categories, then send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: choose at least one category of contacts, then send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: this campaign has already gone out. Relaunch it to send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to send again: no message had failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stopped: the campaign had already finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not relaunched: only a finished or stopped campaign can be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not changed: the campaign was being sent. Stop it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this action: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending asked: it starts as soon as Pitchside reaches the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop asked: it takes effect as soon as Pitchside reaches the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the failed messages again as soon as Pitchside reaches the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relaunch asked: it starts as soon as Pitchside reaches the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send failed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relaunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheet (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report to print (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up, to those who reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients and what became of each message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the last of %n waiting message(s) should leave around %1</source>
        <translation><numerusform>the last of %n waiting message should leave around %1</numerusform><numerusform>the last of %n waiting messages should leave around %1</numerusform></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 first messages handled (%p %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign could not be sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign could not be stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failed messages could not be sent again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relaunch “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Everyone in its categories now (%n contact(s)) gets the first message again, including those who already received it. Its figures start over.</source>
        <translation><numerusform>Everyone in its categories now (%n contact) gets the first message again, including those who already received it. Its figures start over.</numerusform><numerusform>Everyone in its categories now (%n contacts) gets the first message again, including those who already received it. Its figures start over.</numerusform></translation>
    </message>
    <message>
        <source>The campaign could not be relaunched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign and its figures are deleted on every device. Messages already sent stay with their recipients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign is being sent: stop it before deleting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the only waiting message should leave around %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The only contact in its categories now gets the first message again, even if they already received it. Its figures start over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Christmas tournament — parents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello {{prenom}}, the Christmas tournament is on Saturday at 10 am…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: sent once to each person who replies ("Thank you {{prenom}}! …")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inserts {{%1}}: each recipient reads their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories the campaign goes to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation><numerusform>%1 (%n contact)</numerusform><numerusform>%1 (%n contacts)</numerusform></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the categories the campaign goes to.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recipient(s): each contact once, without the numbers found to have no WhatsApp.</source>
        <translation><numerusform>%n recipient: each contact once, without the numbers found to have no WhatsApp.</numerusform><numerusform>%n recipients: each contact once, without the numbers found to have no WhatsApp.</numerusform></translation>
    </message>
    <message>
        <source>Camille</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Martin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If they reply:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message as a recipient reads it appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the first message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A WhatsApp message is at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{%1}} is not a variable WhatsApp campaigns know: use {{prenom}} or {{nom}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign is being sent: stop it before changing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps both messages under a name, to start another campaign from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No template yet: “Save as template…” keeps these messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the messages?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The messages you wrote will be replaced by those of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the first message before saving it as a template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the template?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template is already called “%1”. Replace its messages with these?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template is already called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the template?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” will be deleted, here and on the server. Campaigns already written from it keep their messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp campaigns to your contacts, paced within WhatsApp's daily limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CampaignsView</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaign yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign sends one WhatsApp message to the contacts of the categories you choose, one by one within WhatsApp's daily limit, and a follow-up to those who reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its progress, its figures and each recipient's message show here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parents U11, Volunteers, Sponsors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another category is already called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another category already has this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The category could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Its %Ln contact(s) stay in your contacts, without this category.</source>
        <translation><numerusform>Its contact stays in your contacts, without this category.</numerusform><numerusform>Its %Ln contacts stay in your contacts, without this category.</numerusform></translation>
    </message>
    <message>
        <source>No contact is in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The category could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ConflictResolverDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two versions, side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your version replaces the server's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's version replaces yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your version becomes a new draft; the original takes the server's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed this item here, and someone deleted it on the server. Keep yours to put it back, or accept the deletion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You deleted this item here, and someone changed it on the server. Keep yours to delete it there too, or take theirs to get it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item was changed here and on the server (seen %1). The differences are highlighted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the deletion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>06 12 34 56 78 or +44 7911 123456</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category yet: create one with New category, then tick it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a contact without a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another contact already has this number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another contact already has this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ContactImportDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first line names the columns (first name, last name, phone number…). From Excel: File › Save as › CSV. From Google Sheets: File › Download › CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what each column holds. The phone number is needed; names are optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's first lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first lines of the file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories of the imported contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category yet: you can put the contacts in categories later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put them in these categories (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. The columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. The check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. The import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the lines</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s)</source>
        <translation><numerusform>Import %Ln contact</numerusform><numerusform>Import %Ln contacts</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: nothing will be added…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has its header line and no contact under it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, separated by %2 · %Ln line(s) of contacts</source>
        <translation><numerusform>%1, separated by %2 · %Ln line of contacts</numerusform><numerusform>%1, separated by %2 · %Ln lines of contacts</numerusform></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checking %Ln line(s)…</source>
        <translation><numerusform>Checking %Ln line…</numerusform><numerusform>Checking %Ln lines…</numerusform></translation>
    </message>
    <message>
        <source>The contacts already on this computer cannot be read, so the file cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) to import</source>
        <translation><numerusform>%Ln contact to import</numerusform><numerusform>%Ln contacts to import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) that cannot be read</source>
        <translation><numerusform>%Ln number that cannot be read</numerusform><numerusform>%Ln numbers that cannot be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) already on an earlier line of the file</source>
        <translation><numerusform>%Ln number already on an earlier line of the file</numerusform><numerusform>%Ln numbers already on an earlier line of the file</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already among your contacts</source>
        <translation><numerusform>%Ln already among your contacts</numerusform><numerusform>%Ln already among your contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln broken line(s)</source>
        <translation><numerusform>%Ln broken line</numerusform><numerusform>%Ln broken lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln lines not imported.</source>
        <translation><numerusform>The first %1 of %Ln line not imported.</numerusform><numerusform>The first %1 of %Ln lines not imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing: %1 of %Ln contact(s)…</source>
        <translation><numerusform>Importing: %1 of %Ln contact…</numerusform><numerusform>Importing: %1 of %Ln contacts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) imported</source>
        <translation><numerusform>%Ln contact imported</numerusform><numerusform>%Ln contacts imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %Ln line(s) skipped</source>
        <translation><numerusform>, %Ln line skipped</numerusform><numerusform>, %Ln lines skipped</numerusform></translation>
    </message>
    <message>
        <source>They are on this computer now and go to your Pitchside account at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled: no contact was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import stopped and no contact was added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every number of the file is already among your contacts: nothing to add.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ContactsView</name>
    <message>
        <source>Search a name or a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename, recolour or delete this category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit this category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add contacts from a CSV file (Excel, Google Sheets, a phone's export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask whether these numbers have WhatsApp (sent when you are online)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns go to your WhatsApp contacts, by category. Import them from a CSV file (Excel, Google Sheets, a phone's export), or add them one by one with New contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try other words or another filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts cannot be read from this computer's store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New category…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) added to the new category.</source>
        <translation><numerusform>%Ln contact added to the new category.</numerusform><numerusform>%Ln contacts added to the new category.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation><numerusform>%1 of %Ln contact</numerusform><numerusform>%1 of %Ln contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation>
    </message>
    <message>
        <source>Category “%1” created. Select contacts, then Add to category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contact of the selection was deleted meanwhile (by a sync?), so nothing was changed. Select them again and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in “%1”.</source>
        <translation><numerusform>%Ln contact in “%1”.</numerusform><numerusform>%Ln contacts in “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) taken out of “%1”.</source>
        <translation><numerusform>%Ln contact taken out of “%1”.</numerusform><numerusform>%Ln contacts taken out of “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp check asked for %Ln contact(s); it is sent when you are online.</source>
        <translation><numerusform>WhatsApp check asked for %Ln contact; it is sent when you are online.</numerusform><numerusform>WhatsApp check asked for %Ln contacts; it is sent when you are online.</numerusform></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)?</source>
        <translation><numerusform>Delete %Ln contact?</numerusform><numerusform>Delete %Ln contacts?</numerusform></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are removed from this computer and from your Pitchside account. Campaigns will no longer reach them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation><numerusform>%Ln contact deleted.</numerusform><numerusform>%Ln contacts deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln contact(s) to “%1”…</source>
        <translation><numerusform>Adding %Ln contact to “%1”…</numerusform><numerusform>Adding %Ln contacts to “%1”…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Taking %Ln contact(s) out of “%1”…</source>
        <translation><numerusform>Taking %Ln contact out of “%1”…</numerusform><numerusform>Taking %Ln contacts out of “%1”…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Asking the WhatsApp check for %Ln contact(s)…</source>
        <translation><numerusform>Asking the WhatsApp check for %Ln contact…</numerusform><numerusform>Asking the WhatsApp check for %Ln contacts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln contact(s)…</source>
        <translation><numerusform>Deleting %Ln contact…</numerusform><numerusform>Deleting %Ln contacts…</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::DailyGauge</name>
    <message>
        <source>Messages sent today against the daily limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::DeleteMatchCommand</name>
    <message>
        <source>Delete match</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::DeletePostCommand</name>
    <message>
        <source>Delete post</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::DraftTray</name>
    <message>
        <source>Drafts without a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag onto a day to schedule it · double-click to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts without a date (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts you write without a date wait here. Drop a planned post here to take its date away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a draft onto a day to schedule it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::DuplicatePostCommand</name>
    <message>
        <source>Duplicate post</source>
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
        <source>Saved on this computer</source>
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
    <message>
        <source>No template yet. Write a post, then choose Templates › Save this post as a template to reuse it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matchday! %1 – %2, %3 at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the post first: the template keeps its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the post first, then give it a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule post</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Scheduled for %1. Slot taken: %n other post(s) of this profile on the same network less than 30 minutes away.</source>
        <translation><numerusform>Scheduled for %1. Slot taken: %n other post of this profile on the same network less than 30 minutes away.</numerusform><numerusform>Scheduled for %1. Slot taken: %n other posts of this profile on the same network less than 30 minutes away.</numerusform></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unschedule post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back in the drafts without a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version of %1 is back. The text before it is in the versions too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A post carries at most 10 photos or videos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI assist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A post carries at most 10 photos or videos: %n were not attached.</source>
        <translation><numerusform>A post carries at most 10 photos or videos: %n was not attached.</numerusform><numerusform>A post carries at most 10 photos or videos: %n were not attached.</numerusform></translation>
    </message>
    <message>
        <source>Show or hide the list of posts (Ctrl+F searches it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this post as a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this post (it can be undone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post is being published right now; it cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New post: saved as soon as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved and synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your club</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept the last change of this post: %1 It stays saved here; correct it and it will be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the post first, then publish it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent for publishing on %1. Each network's outcome shows under Publication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent for publishing on %1, but it will fail on some: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to fix: every photo suits the post's networks.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Preparing %n photo(s) for the networks…</source>
        <translation><numerusform>Preparing %n photo for the networks…</numerusform><numerusform>Preparing %n photos for the networks…</numerusform></translation>
    </message>
    <message>
        <source>The photos could not be prepared: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s) adapted for the post's networks. The originals stay in the library.</source>
        <translation><numerusform>%n photo adapted for the post's networks. The original stays in the library.</numerusform><numerusform>%n photos adapted for the post's networks. The originals stay in the library.</numerusform></translation>
    </message>
    <message>
        <source>The adapted photos could not be added to the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not on this computer, and no Pitchside account is signed in to download it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Downloading %n photo(s) from the server to adapt them…</source>
        <translation><numerusform>Downloading %n photo from the server to adapt it…</numerusform><numerusform>Downloading %n photos from the server to adapt them…</numerusform></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not adapted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::EntryPainter</name>
    <message>
        <source>(empty post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s) or video(s)</source>
        <translation><numerusform>%n photo or video</numerusform><numerusform>%n photos or videos</numerusform></translation>
    </message>
    <message>
        <source>Changed here and on the server: open it to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag to move it · double-click to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to edit the match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
    <message>
        <source>Click to see the whole day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not published: open it to see why and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ImportBanner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the import summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for photos and videos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1 of %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ImportFileDialog</name>
    <message>
        <source>Import photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.mp4 *.mov *.JPG *.JPEG *.PNG *.MP4 *.MOV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder of photos and videos</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ImportReportDialog</name>
    <message>
        <source>Import details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sponsors, clubs and WhatsApp contacts: every conversation, also offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search a name, a subject, a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clubs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message cannot be sent again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its messages show here, with what you had started to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try other words, or show all conversations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a sponsor, a club or a WhatsApp contact writes to you, the conversation appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be saved on this computer: %1. What you wrote is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
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
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s): it will not have them until they are fixed.</source>
        <translation><numerusform>The server refused %n change: it will not have it until it is fixed.</numerusform><numerusform>The server refused %n changes: it will not have them until they are fixed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed here and elsewhere wait for you to choose a version.</source>
        <translation><numerusform>%n item changed here and elsewhere waits for you to choose a version.</numerusform><numerusform>%n items changed here and elsewhere wait for you to choose a version.</numerusform></translation>
    </message>
    <message>
        <source>Changes wait for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is lost: they stay on this computer and wait for you next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation><numerusform>%n unread message</numerusform><numerusform>%n unread messages</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MatchDialog</name>
    <message>
        <source>New match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home team's goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away team's goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kick-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Championship, cup, friendly…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stadium, pitch or town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All my profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create matchday post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the match and write a post from a template with its teams, date, venue and score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home team's logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away team's logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose from the media library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the logo's address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address of the logo (https://…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name both teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A finished match needs its score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The score is kept once the match is live or finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaDeleteDialog</name>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is used by posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These items are used by posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take it out of these posts first; your Pitchside account refuses to delete media that a post uses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n items?</source>
        <translation><numerusform>Delete %n item?</numerusform><numerusform>Delete %n items?</numerusform></translation>
    </message>
    <message>
        <source>They are removed from this computer and from your Pitchside account.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) used by posts will be kept:</source>
        <translation><numerusform>%n item used by posts will be kept:</numerusform><numerusform>%n items used by posts will be kept:</numerusform></translation>
    </message>
    <message>
        <source>(post without text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaDetailPane</name>
    <message>
        <source>Select a photo or video to see its details, tags and the posts that use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the picture shows, for people who cannot see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a tag to all of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete from the library (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>%n item selected</numerusform><numerusform>%n items selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation><numerusform>Delete %n item</numerusform><numerusform>Delete %n items</numerusform></translation>
    </message>
    <message>
        <source>On your Pitchside account only (not downloaded to this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No post uses it yet. Drag it onto a post in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(post without text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On your Pitchside account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name (Enter to rename)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new name could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alternative text could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tags could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The tags of %n item(s) could not be saved: %1</source>
        <translation><numerusform>The tags of %n item could not be saved: %1</numerusform><numerusform>The tags of %n items could not be saved: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaExporter</name>
    <message>
        <source>This computer has no copy of “%1”, and no account to download it from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaFilterBar</name>
    <message>
        <source>Photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name A → Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name Z → A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln item</numerusform><numerusform>%Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation><numerusform>%1 of %Ln item</numerusform><numerusform>%1 of %Ln items</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::MediaGridView</name>
    <message>
        <source>Media library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaPage</name>
    <message>
        <source>Search media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos or videos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos and videos of your club, ready to drag onto posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import photos and videos (Ctrl+I), or drop them on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop photos, videos or folders to import them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try another word, fewer words, or other filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag photos, videos or whole folders here, or import them. Pitchside keeps its own copy on this computer, so moving the originals changes nothing, and uploads them to your account, resuming where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, tags, descriptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, tags and descriptions (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The uploads could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaPickerDialog</name>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, tag or description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No description for screen readers yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your library is empty. Add photos and videos in the Media module (Ctrl+3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the library matches this search.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation><numerusform>%n chosen</numerusform><numerusform>%n chosen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>room for %n more on this post</source>
        <translation><numerusform>room for %n more on this post</numerusform><numerusform>room for %n more on this post</numerusform></translation>
    </message>
    <message>
        <source>Choose at most %1: a post carries at most 10 photos or videos.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaStrip</name>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach photos or videos from the library (or drop them here from the Media module)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
No description for screen readers: add one in the Media module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Description: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photo or video yet. Drop some here from the Media module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 · drag to reorder; the first one leads the post.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MediaTexts</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MOV video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported as a %1 (its name says otherwise, its content decides)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the library: kept once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the file is empty (0 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1 files are not supported. Use PNG, JPEG or WebP photos, MP4 or MOV videos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: not a photo or video Pitchside can use (PNG, JPEG, WebP, MP4, MOV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: videos can be up to %1, this one is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: photos can be up to %1, this one is %2. Export it smaller and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the file is incomplete (cut off before its end); copy it again from the camera or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the video has no index (it was not finished recording or copying)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the file is damaged and cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: the file cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: the library folder cannot be written (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: the import was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation><numerusform>%Ln imported</numerusform><numerusform>%Ln imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation><numerusform>%Ln already in the library</numerusform><numerusform>%Ln already in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln refused</numerusform><numerusform>%Ln refused</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the file: it is larger than it accepts. The file stays in your library on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Pitchside storage is full (%1 of %2 used). Delete media you no longer need, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Pitchside storage is full. Delete media you no longer need, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this file as it is (%1). The file stays in your library on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file arrived damaged twice (its checksum did not match). Check the network, then retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library's copy of this file was changed or damaged on this computer, so it was not sent. Import the original again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library's copy of this file is missing on this computer, so it cannot be sent. Import the original again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account may not upload media. Ask the club's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached; the upload resumes by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had a problem; the upload resumes by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload paused at %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On your Pitchside account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload cancelled: only on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MessageComposer</name>
    <message>
        <source>Write a message… (Ctrl+Enter to send)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters: shorten it by %3 to send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MonitoringView</name>
    <message>
        <source>Today (UTC day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First messages sent today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups sent today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replies today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts that can still get a first message today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages of the last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the %2 messages WhatsApp allows a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 % of first messages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's WhatsApp limit is reached: campaigns being sent go on after midnight UTC (%1 here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of today's messages failed (more than 10 %). Check the numbers of the failed contacts before sending more: WhatsApp may block a sender that keeps failing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close to today's limit: keep the rest for tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::MonthView</name>
    <message>
        <source>Month</source>
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
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1, %n unread</numerusform><numerusform>%1, %n unread</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notification. Messages, publications and offers will be told here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications: nothing new</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation><numerusform>Notifications: %n unread</numerusform><numerusform>Notifications: %n unread</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
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
    <name>pitchside::ui::PendingChangesDialog</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the server: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed on the server too: choose which version to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Next try %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes waiting for the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These changes are saved on this computer. Pitchside sends them by itself; the ones the server refused wait for you to fix them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PlatformCounters</name>
    <message numerus="yes">
        <source>%n character(s) too many for %1</source>
        <translation><numerusform>%n character too many for %1</numerusform><numerusform>%n characters too many for %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left on %1</source>
        <translation><numerusform>%n character left on %1</numerusform><numerusform>%n characters left on %1</numerusform></translation>
    </message>
    <message>
        <source>Hashtags on Instagram: at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters per network</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PostComposer</name>
    <message>
        <source>What do you want to tell your supporters?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtags, e.g. #JourDeMatch #FCVaulx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posted as the first comment, e.g. the hashtags or a link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a first comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos and videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The club, team or sponsor this post speaks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spelling language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the spelling check for this post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No spelling check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish at this date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it as a draft without a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied yet: the post still goes out on %1. Click “%2” to use the new date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied yet: the draft keeps %1. Click “%2” to publish at the new date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied yet: click “%1” to publish at this date. Otherwise the post stays a draft without a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send it to its networks now (offline: as soon as the connection is back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PostPreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PostTextEdit</name>
    <message>
        <source>No suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PreviewCard</name>
    <message>
        <source>…see more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now · Public</source>
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
    <message>
        <source>%1
The club, team or sponsor new posts are for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PublishingPanel</name>
    <message>
        <source>%1: published on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 people reached, %2 likes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not published. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: waiting to reach the server; it goes out as soon as Pitchside is connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: being published…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside can make copies of these photos that every network of the post takes; the originals stay in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the centre of each photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add bands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the whole photo, with bands of its own colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::PublishingTray</name>
    <message>
        <source>Open Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts will not be published</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation><numerusform>%n new notification</numerusform><numerusform>%n new notifications</numerusform></translation>
    </message>
    <message>
        <source>Open Pitchside to read them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation><numerusform>in %n min</numerusform><numerusform>in %n min</numerusform></translation>
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
    <message>
        <source>in a few seconds</source>
        <translation>in a few seconds</translation>
    </message>
</context>
<context>
    <name>pitchside::ui::SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Matchday announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When to use it (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip: write {{name}} in the text where something changes each time (a team, a date): the template will ask for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled in each time: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::SendCampaignDialog</name>
    <message>
        <source>Send “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Send to %n contact(s)?</source>
        <translation><numerusform>Send to %n contact?</numerusform><numerusform>Send to %n contacts?</numerusform></translation>
    </message>
    <message>
        <source>Nobody to send to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>WhatsApp allows %1 messages a day. Today %2 have left; room for %n more first message(s), keeping some for the follow-ups replies bring.</source>
        <translation><numerusform>WhatsApp allows %1 messages a day. Today %2 have left; room for %n more first message, keeping some for the follow-ups replies bring.</numerusform><numerusform>WhatsApp allows %1 messages a day. Today %2 have left; room for %n more first messages, keeping some for the follow-ups replies bring.</numerusform></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact in the chosen categories can receive it. Add contacts to them, or choose other categories.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily limit leaves no room for first messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It leaves %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 leave one by one, about one every 25 seconds; the last around %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It takes %n day(s) within WhatsApp's daily limit: %1 on the first day, the rest from 00:00 UTC on the next ones. The last message should leave %2.</source>
        <translation><numerusform>It takes %n day within WhatsApp's daily limit: %1 on the first day, the rest from 00:00 UTC on the next ones. The last message should leave %2.</numerusform><numerusform>It takes %n days within WhatsApp's daily limit: %1 on the first day, the rest from 00:00 UTC on the next ones. The last message should leave %2.</numerusform></translation>
    </message>
    <message>
        <source>Contacts will receive it on different days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today more than 10 % of messages failed: check the numbers before sending more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Send to %n contact(s)</source>
        <translation><numerusform>Send to %n contact</numerusform><numerusform>Send to %n contacts</numerusform></translation>
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
    <message>
        <source>Shown on the desktop when Pitchside is in the background. The bell keeps them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Space or Enter presses the one with the focus ring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::SignInDialog</name>
    <message>
        <source>Sign in to Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your Pitchside account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your posts stay on this computer and are also kept on your club's server, so that you can work from anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you@yourclub.fr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address your club or agency gave you with your account, for example %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the account your club or agency gave you: your posts, photos and calendar are then kept on the club's server too, and you find them on any computer. Or start right away on this computer only; you can sign in later from File &gt; Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work without an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything stays on this computer. When you sign in later, Pitchside offers to bring your drafts into the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or continue with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your %1 account, in your web browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in with %1 in the browser window that opened. Pitchside goes on by itself as soon as you are done there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::SocialAccountsCard</name>
    <message>
        <source>publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside publishes through these accounts. The server keeps their authorisations: no password or key of theirs is stored on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish in your web browser: allow Pitchside to use your %1 account. Waiting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your Pitchside account to connect a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The authorisation ends on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extends the authorisation without leaving Pitchside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1 in your web browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewing the %1 authorisation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 authorisation is renewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside will no longer publish to %1. Scheduled posts for this network will fail until you connect it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account could not be disconnected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is disconnected. The server forgets its authorisation at the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::SpellChecker</name>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English (US)</source>
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
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items the server sent that Pitchside could not read: it asks for them again at each sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation><numerusform>%n item could not be read</numerusform><numerusform>%n items could not be read</numerusform></translation>
    </message>
    <message>
        <source>Offline · checked at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitchside tries again by itself at %1; Ctrl+R tries now.</source>
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
<context>
    <name>pitchside::ui::SyncUiBinder</name>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pending changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected; changes from elsewhere arrive as they happen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to the server yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to &amp;another account…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::TagEditor</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::TemplatePickerDialog</name>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · used %n time(s)</source>
        <translation><numerusform> · used %n time</numerusform><numerusform> · used %n times</numerusform></translation>
    </message>
    <message>
        <source>The post as it will read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post as it will read:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write this post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No template yet. Write a post, then choose “Save as template” to reuse it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This template has nothing to fill in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opponent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scorers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New messages ↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::TimeGridView</name>
    <message>
        <source>Show the posts hidden here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::UploadPanel</name>
    <message>
        <source>Cancel all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop uploading: the files stay in your library on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploading: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s) or video(s) will be uploaded once you sign in to your Pitchside account (Accounts).</source>
        <translation><numerusform>%n photo or video will be uploaded once you sign in to your Pitchside account (Accounts).</numerusform><numerusform>%n photos or videos will be uploaded once you sign in to your Pitchside account (Accounts).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s): %1 of %2</source>
        <translation><numerusform>Uploading %n file: %1 of %2</numerusform><numerusform>Uploading %n files: %1 of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Uploads paused: %n file(s) wait</source>
        <translation><numerusform>Uploads paused: %n file waits</numerusform><numerusform>Uploads paused: %n files wait</numerusform></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed (see the list)</source>
        <translation><numerusform>%n upload failed (see the list)</numerusform><numerusform>%n uploads failed (see the list)</numerusform></translation>
    </message>
</context>
<context>
    <name>pitchside::ui::UploadStatus</name>
    <message numerus="yes">
        <source>Uploading %n file(s) · %1 %</source>
        <translation><numerusform>Uploading %n file · %1 %</numerusform><numerusform>Uploading %n files · %1 %</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 sent to your Pitchside account; uploads resume by themselves after a cut.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed</source>
        <translation><numerusform>%n upload failed</numerusform><numerusform>%n uploads failed</numerusform></translation>
    </message>
    <message>
        <source>Open the media library to see why and retry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pitchside::ui::VersionsPanel</name>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions appear here as you write: the text is saved every second, and a version is kept each minute (the last 20).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The last %n version(s) saved on this computer.</source>
        <translation><numerusform>The last version saved on this computer.</numerusform><numerusform>The last %n versions saved on this computer.</numerusform></translation>
    </message>
</context>
</TS>