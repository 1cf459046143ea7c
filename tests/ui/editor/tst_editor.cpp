// The editor over a real store: composing offline (autosave with its outbox
// entry), the counters and rule messages in English and French, hashtags,
// media from the library (drop, order, limit), scheduling with the rules,
// deleting with undo, published posts, and a refusal parked by the server;
// a time the clocks skip, typed in the date field.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/common/MessageBanner.h"
#include "models/PostListModel.h"
#include "ui/common/RelativeTime.h"
#include "ui/common/PostItemDelegate.h"
#include "ui/common/PostMime.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/MediaStrip.h"
#include "ui/editor/PlatformCounters.h"
#include "ui/common/FieldMessage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostPreview.h"
#include "ui/editor/PostTextEdit.h"
#include "ui/editor/PreviewCard.h"
#include "tests/support/TimeZoneOverride.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

using namespace pitchside;
using namespace pitchside::ui;
using testsupport::TimeZoneOverride;

class TestEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    fixture::Ids m_ids;
    // Mid-month and gone by, like tst_calendar's (PostScheduling::onDay
    // still reads the wall clock).
    std::optional<Clock::TestOverride> m_clock;

    std::unique_ptr<EditorPage> makeEditor()
    {
        auto editor = std::make_unique<EditorPage>(*m_context);
        editor->resize(1200, 760);
        editor->show();
        [[maybe_unused]] bool exposed = QTest::qWaitForWindowExposed(editor.get());
        editor->newPost();
        return editor;
    }

    static void setNetworks(PostComposer *c, Platforms wanted)
    {
        for (Platform p : AllPlatforms) {
            if (c->platformButton(p)->isChecked() != wanted.testFlag(p) && wanted.testFlag(p))
                c->platformButton(p)->click();
        }
        for (Platform p : AllPlatforms) {
            if (c->platformButton(p)->isChecked() != wanted.testFlag(p))
                c->platformButton(p)->click();
        }
    }

    static void type(PostComposer *c, const QString &text)
    {
        c->text()->setFocus();
        c->text()->insertPlainText(text); // one change, as a paste
    }

    QString savedId(EditorPage &editor)
    {
        editor.flush();
        return editor.currentPostId();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.emplace(QDateTime(QDate(2026, 4, 15), QTime(10, 0)));
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        store::StoreError error;
        m_store = store::Store::open(m_dir->filePath(QStringLiteral("accounts/local/pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir->path()));
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir->path(), QStringLiteral("Test")});
        m_ids = fixture::populate(*m_store, m_dir->path());
    }

    void cleanup()
    {
        m_context.reset();
        m_store.reset();
        m_prefs.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void composeOfflineAutosavesWithItsOutboxEntry()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Facebook | Platform::LinkedIn);
        const int before = m_store->posts().count({});
        QTest::keyClicks(c->text(), QStringLiteral("Victoire 3-1 ce soir !"));
        QCOMPARE(m_store->posts().count({}), before); // not yet: about a second after the last key
        QTRY_COMPARE_WITH_TIMEOUT(m_store->posts().count({}), before + 1, 3000);
        const QString id = editor->currentPostId();
        const Post p = *m_store->posts().find(id);
        QCOMPARE(p.content, QStringLiteral("Victoire 3-1 ce soir !"));
        QCOMPARE(p.platforms, Platform::Facebook | Platform::LinkedIn);
        QCOMPARE(p.status, PostStatus::Draft);
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Post, id).first().op, store::Outbox::Op::Create);
        QCOMPARE(editor->saveStateText(), QStringLiteral("Saved on this computer"));
        QCOMPARE(m_store->postHistory().count(id), 1);

        // The hashtag field and the first comment are saved too.
        QTest::keyClicks(c->hashtags(), QStringLiteral("#Victoire, FCVaulx"));
        for (QToolButton *b : c->findChildren<QToolButton *>()) {
            if (b->text() == QStringLiteral("Add a first comment"))
                b->click();
        }
        QTest::keyClicks(c->firstComment(), QStringLiteral("Photos : lien en bio"));
        editor->flush();
        const Post again = *m_store->posts().find(id);
        QCOMPARE(again.hashtags, (QStringList{QStringLiteral("Victoire"), QStringLiteral("FCVaulx")}));
        QCOMPARE(again.firstComment, QStringLiteral("Photos : lien en bio"));
        // The preview shows the caption with its hashtags on each network.
        QCOMPARE(editor->preview()->card(Platform::LinkedIn)->content().caption,
                 QStringLiteral("Victoire 3-1 ce soir !\n\n#Victoire #FCVaulx"));
        QVERIFY(editor->preview()->card(Platform::Facebook)->isVisible());
        QVERIFY(!editor->preview()->card(Platform::Instagram)->isVisible());
    }

    void countersAndLimitsInEnglish()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::LinkedIn | Platform::Instagram | Platform::Facebook);
        c->media()->addMediaIds({m_ids.media.first()});
        type(c, QString(1980, u'a'));
        QCOMPARE(c->counters()->level(Platform::Instagram), PostRules::Counter::Level::Near); // 90 %
        QCOMPARE(c->counters()->level(Platform::LinkedIn), PostRules::Counter::Level::Ok);
        QCOMPARE(c->counters()->text(Platform::Instagram), QStringLiteral("Instagram 1,980 / 2,200"));
        type(c, QString(3214 - 1980, u'a'));
        QCOMPARE(c->counters()->level(Platform::LinkedIn), PostRules::Counter::Level::Over);
        QCOMPARE(c->counters()->level(Platform::Facebook), PostRules::Counter::Level::Ok);
        QCOMPARE(c->counters()->text(Platform::LinkedIn), QStringLiteral("LinkedIn 3,214 / 3,000"));
        const QStringList messages = c->messagesFor(QStringLiteral("content"));
        QVERIFY(messages.contains(QStringLiteral(
            "LinkedIn will refuse the post: the text is longer than 3,000 characters (3,214). Shorten it by 214.")));
        QVERIFY(messages.contains(QStringLiteral(
            "Instagram will refuse the post: the text is longer than 2,200 characters (3,214). Shorten it by 1,014.")));
        // Emoji count once, as the networks count them.
        c->text()->clear();
        type(c, QStringLiteral("⚽🏆"));
        QCOMPARE(c->counters()->text(Platform::Facebook), QStringLiteral("Facebook 2 / 63,206"));
    }

    void rulesInFrench()
    {
        uitest::useLanguage(QStringLiteral("fr"));
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::LinkedIn | Platform::Instagram);
        type(c, QString(3214, u'a'));
        QVERIFY(c->counters()->text(Platform::LinkedIn).startsWith(QStringLiteral("LinkedIn 3\u202f214 / 3\u202f000"))
                || c->counters()->text(Platform::LinkedIn).startsWith(QStringLiteral("LinkedIn 3 214 / 3 000"))
                || c->counters()->text(Platform::LinkedIn).startsWith(QStringLiteral("LinkedIn 3\u00a0214 / 3\u00a0000")));
        const QString content = c->messagesFor(QStringLiteral("content")).join(u'\n');
        QVERIFY2(content.contains(QStringLiteral("LinkedIn refusera la publication : le texte dépasse 3")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Raccourcissez-le de 214.")));
        QCOMPARE(c->messagesFor(QStringLiteral("media_ids")),
                 QStringList{QStringLiteral("Instagram demande au moins une photo ou une vidéo. Ajoutez-en une, ou "
                                            "décochez Instagram.")});
        // Scheduling in the past, in French.
        c->scheduleEdit()->setDateTime(Clock::nowLocal().addDays(-1));
        setNetworks(c, Platform::Facebook);
        QVERIFY(!editor->schedule(c->scheduleEdit()->dateTime()));
        QCOMPARE(c->messagesFor(QStringLiteral("scheduled_at")),
                 QStringList{QStringLiteral("Cette heure est déjà passée. Choisissez une date ou une heure plus tard.")});
        uitest::useLanguage(QStringLiteral("en"));
    }

    void hashtagLimitOnInstagram()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Instagram);
        c->media()->addMediaIds({m_ids.media.first()});
        QStringList tags;
        for (int i = 0; i < 31; ++i)
            tags << QStringLiteral("#tag%1").arg(i);
        QTest::keyClicks(c->hashtags(), tags.join(u' '));
        QCOMPARE(c->counters()->hashtagText(), QStringLiteral("# 31 / 30"));
        QCOMPARE(c->messagesFor(QStringLiteral("hashtags")),
                 QStringList{QStringLiteral("Instagram will refuse the post: it has 31 hashtags, at most 30 are "
                                            "allowed. Remove 1.")});
        QVERIFY(c->messagesAreErrors(QStringLiteral("hashtags")));
    }

    void mediaFromTheLibrary()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Instagram);
        type(c, QStringLiteral("Affiches du week-end"));
        QVERIFY(!c->messagesFor(QStringLiteral("media_ids")).isEmpty()); // Instagram needs one
        // …to go out: a draft without is advice (amber), not an error.
        QVERIFY(!c->messagesAreErrors(QStringLiteral("media_ids")));
        // Dropped from the Media module (its MIME type: a JSON array of ids).
        QMimeData mime;
        mime.setData(PostMime::mediaType(),
                     QJsonDocument(QJsonArray{m_ids.media.at(1), m_ids.media.at(0)}).toJson(QJsonDocument::Compact));
        QVERIFY(uitest::drop(c->media(), QPoint(10, 10), mime));
        QCOMPARE(c->media()->mediaIds(), (QStringList{m_ids.media.at(1), m_ids.media.at(0)}));
        QVERIFY(c->messagesFor(QStringLiteral("media_ids")).isEmpty());
        // Alt text visible under each thumbnail.
        QCOMPARE(c->media()->list()->item(0)->text(), QStringLiteral("Affiche verte annonçant la victoire 3-1"));
        c->media()->moveItem(1, 0);
        const QString id = savedId(*editor);
        QCOMPARE(m_store->posts().find(id)->mediaIds, (QStringList{m_ids.media.at(0), m_ids.media.at(1)}));
        // At most 10.
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << fixture::addPicture(*m_store, m_dir->path(), QStringLiteral("Photo %1").arg(i), Qt::darkBlue,
                                        QStringLiteral("Photo %1").arg(i));
        QCOMPARE(c->media()->addMediaIds(many), 8);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("at most 10")));
        QVERIFY(!c->media()->addButton()->isEnabled());
    }

    void scheduleWithTheRules()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Facebook);
        c->profile()->setCurrentIndex(c->profile()->findData(m_ids.club));
        type(c, QStringLiteral("Rendez-vous samedi au stade"));
        // In the past: refused, said under the date.
        QVERIFY(!editor->schedule(Clock::nowLocal().addSecs(-3600)));
        QCOMPARE(c->messagesFor(QStringLiteral("scheduled_at")),
                 QStringList{QStringLiteral("This time has already passed. Pick a later date or time.")});
        // Next to another Facebook post of the club: scheduled, with a warning.
        const QDateTime when(Clock::today().addDays(1), QTime(18, 10));
        QVERIFY(editor->schedule(when));
        const QString id = editor->currentPostId();
        QCOMPARE(m_store->posts().find(id)->status, PostStatus::Scheduled);
        QCOMPARE(m_store->posts().find(id)->scheduledAt, when.toUTC());
        QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("Slot taken")));
        QCOMPARE(c->scheduleButton()->text(), QStringLiteral("Reschedule"));
        // Undo takes the schedule back.
        editor->undoStack()->undo();
        QCOMPARE(m_store->posts().find(id)->status, PostStatus::Draft);
        editor->undoStack()->redo();
        QVERIFY(editor->unschedule());
        QCOMPARE(m_store->posts().find(id)->status, PostStatus::Draft);
        QVERIFY(!m_store->posts().find(id)->scheduledAt.isValid());
    }

    // Paris, Sunday 28 March 2027: at 02:00 the clocks show 03:00. 02:30
    // typed in the field becomes 03:30, which the field shows and the post
    // gets — not 01:30, nor the day before, which Qt's field kept.
    void aTimeTheClocksSkipIsScheduledAfterTheSkip()
    {
        TimeZoneOverride tz("Europe/Paris");
        Clock::TestOverride clock(QDateTime(QDate(2027, 3, 20), QTime(10, 0)));
        const QDate sunday(2027, 3, 28);
        const QDateTime half3(sunday, QTime(3, 30));
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Facebook);
        type(c, QStringLiteral("Tournoi de nuit"));
        LocalDateTimeEdit *when = c->scheduleEdit();

        // The day typed over 27 March 02:30, then Schedule without leaving the field.
        when->setDateTime(QDateTime(sunday.addDays(-1), QTime(2, 30)));
        when->setFocus();
        when->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(when, QStringLiteral("28"));
        c->scheduleButton()->click();
        const QString id = editor->currentPostId();
        QCOMPARE(m_store->posts().find(id)->scheduledAt, half3.toUTC());
        QCOMPARE(m_store->posts().find(id)->scheduledAt, QDateTime(sunday, QTime(1, 30), Qt::UTC));
        QCOMPARE(when->dateTime(), half3);
        QCOMPARE(when->text(), QLocale().toString(half3, when->displayFormat()));
        QVERIFY(editor->banner()->text().contains(QLocale().toString(QTime(3, 30), QLocale::ShortFormat)));

        // The hour typed, then Enter: the field shows 03:30 at once.
        when->setDateTime(QDateTime(sunday, QTime(1, 30)));
        when->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(when, QStringLiteral("02"));
        QTest::keyClick(when, Qt::Key_Return);
        QCOMPARE(when->dateTime(), half3);
        QCOMPARE(when->text(), QLocale().toString(half3, when->displayFormat()));
        // An hour that exists is left alone.
        when->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(when, QStringLiteral("04"));
        QTest::keyClick(when, Qt::Key_Return);
        QCOMPARE(when->time(), QTime(4, 30));
    }

    // Issue 11, defect 9: a whole date and time typed over the selected
    // field changed only the time.
    void aWholeDateTypedOverTheSelectionIsTaken_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("as shown") << QStringLiteral("05/12/2026 10:00");
        QTest::newRow("then Enter") << QStringLiteral("05/12/2026 10:00\n");
        QTest::newRow("short day") << QStringLiteral("5/12/2026 10:00");
    }

    void aWholeDateTypedOverTheSelectionIsTaken()
    {
        QFETCH(QString, typed);
        LocalDateTimeEdit when;
        when.setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        when.setDateTime(QDateTime(QDate(2026, 12, 20), QTime(18, 0)));
        when.show();
        when.setFocus();
        when.selectAll(); // as after a triple click or Ctrl+A
        const bool enter = typed.endsWith(u'\n');
        QTest::keyClicks(&when, enter ? typed.chopped(1) : typed);
        if (enter)
            QTest::keyClick(&when, Qt::Key_Return);
        QCOMPARE(when.enteredDateTime(), QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
        QCOMPARE(when.text(), QStringLiteral("05/12/2026 10:00"));
    }

    // Issue 11, defect 8: the date field trapped Tab (it stepped through
    // its five sections before letting the focus go).
    void tabLeavesTheDateField()
    {
        QWidget form;
        auto *before = new QLineEdit(&form);
        auto *when = new LocalDateTimeEdit(&form);
        when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        auto *after = new QLineEdit(&form);
        auto *layout = new QVBoxLayout(&form);
        layout->addWidget(before);
        layout->addWidget(when);
        layout->addWidget(after);
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        when->setFocus();
        when->setSelectedSection(QDateTimeEdit::DaySection);
        QTRY_VERIFY(when->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        QTest::keyClick(after, Qt::Key_Backtab);
        QTRY_VERIFY(when->hasFocus());
        when->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTRY_VERIFY(before->hasFocus());
        // The sections are still reached from the keyboard: the arrow keys.
        when->setFocus();
        when->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(when->currentSection(), QDateTimeEdit::MonthSection);
    }

    // Issue 11, defect 9: a date changed without Schedule was lost on
    // relaunch without a word. The editor says it is not applied, until
    // Schedule applies it or the field is put back.
    void aDateNotAppliedIsSaid()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Facebook);
        type(c, QStringLiteral("Loto du club"));
        FieldMessage *hint = c->unappliedDateHint();
        QVERIFY(hint->messages().isEmpty());
        LocalDateTimeEdit *when = c->scheduleEdit();
        const QDateTime offered = when->dateTime();
        const QDateTime chosen = offered.addDays(3);
        when->setDateTime(chosen);
        QCOMPARE(hint->messages().size(), 1);
        QVERIFY2(hint->messages().first().contains(c->scheduleButton()->text()), qPrintable(hint->messages().first()));
        when->setDateTime(offered); // put back: nothing to say
        QVERIFY(hint->messages().isEmpty());

        when->setDateTime(chosen);
        c->scheduleButton()->click();
        QVERIFY(hint->messages().isEmpty());
        const QString id = editor->currentPostId();
        QCOMPARE(m_store->posts().find(id)->scheduledAt, chosen.toUTC());

        // Scheduled: another date in the field says the post still goes at the first.
        when->setDateTime(chosen.addDays(1));
        QCOMPARE(hint->messages().size(), 1);
        QVERIFY2(hint->messages().first().contains(QLocale().toString(chosen, QLocale::ShortFormat)),
                 qPrintable(hint->messages().first()));
        QCOMPARE(m_store->posts().find(id)->scheduledAt, chosen.toUTC());
    }

    // Issue 11, defect 10: the list looked unsorted (it is in the order of
    // the last change, but showed planned dates). Each row's date is now the
    // order's, and a planned time leads the text.
    void thePostListReadsInTheOrderItSays()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::Facebook);
        type(c, QStringLiteral("Prévu dans trois jours"));
        const QDateTime planned = QDateTime(Clock::today().addDays(3), QTime(15, 0));
        QVERIFY(editor->schedule(planned));
        const QString scheduledId = editor->currentPostId();
        QTest::qWait(5); // a later change
        editor->newPost();
        type(c, QStringLiteral("Écrit juste après"));
        editor->flush();
        QAbstractItemModel *model = editor->postList()->model();
        QTRY_VERIFY(model->rowCount() >= 2);
        QDateTime previous;
        QStringList dates;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QDateTime updated = index.data(PostListModel::UpdatedAtRole).toDateTime();
            if (previous.isValid())
                QVERIFY(updated <= previous);
            previous = updated;
            QCOMPARE(PostItemDelegate::dateText(index), RelativeTime::describe(updated));
            if (index.data(PostListModel::IdRole).toString() == scheduledId)
                QVERIFY(PostItemDelegate::lineText(index).startsWith(
                    QLocale().toString(planned, QLocale::ShortFormat)));
        }
        auto *order = editor->findChild<QLabel *>(QStringLiteral("PostListOrder"));
        QVERIFY(order && !order->text().isEmpty());
    }

    void deleteADraftWithUndo()
    {
        auto editor = makeEditor();
        type(editor->composer(), QStringLiteral("Brouillon à jeter"));
        const QString id = savedId(*editor);
        QVERIFY(editor->deleteCurrent());
        QVERIFY(!m_store->posts().find(id));
        QVERIFY(editor->currentPostId().isEmpty());
        QCOMPARE(editor->banner()->text(), QStringLiteral("Draft deleted."));
        editor->banner()->actionButton()->click(); // Undo
        QCOMPARE(m_store->posts().find(id)->content, QStringLiteral("Brouillon à jeter"));
    }

    void publishedPostsCannotBeChangedOrDeleted()
    {
        auto editor = makeEditor();
        const QString published = m_ids.posts.first();
        QCOMPARE(m_store->posts().find(published)->status, PostStatus::Published);
        editor->openPost(published);
        QVERIFY(editor->composer()->text()->isReadOnly());
        QVERIFY(!editor->deleteCurrent());
        QVERIFY(editor->banner()->text().contains(QStringLiteral("cannot be deleted")));
        QVERIFY(m_store->posts().find(published));
    }

    void versionsCanBeRestored()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        type(c, QStringLiteral("Première version"));
        const QString id = savedId(*editor);
        // An older version, as if saved two minutes ago.
        QSqlQuery(m_store->database().sql())
            .exec(QStringLiteral("UPDATE post_versions SET started_at = started_at - 120000, saved_at = saved_at - 120000"));
        c->text()->selectAll();
        type(c, QStringLiteral("Deuxième version"));
        editor->flush();
        const auto versions = m_store->postHistory().versions(id);
        QCOMPARE(versions.size(), 2);
        QVERIFY(editor->restoreVersion(versions.last().id));
        QCOMPARE(m_store->posts().find(id)->content, QStringLiteral("Première version"));
        QCOMPARE(c->text()->toPlainText(), QStringLiteral("Première version"));
    }

    void aRefusalParkedByTheServerIsShown()
    {
        auto editor = makeEditor();
        PostComposer *c = editor->composer();
        setNetworks(c, Platform::LinkedIn);
        type(c, QStringLiteral("Texte refusé"));
        const QString id = savedId(*editor);
        // What issue 4's engine writes when the server answers 422.
        QSqlQuery q(m_store->database().sql());
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'parked', error_code = ?, last_error = ? WHERE entity_id = ?"));
        q.addBindValue(QStringLiteral("BUSINESS_RULE/caption_too_long"));
        q.addBindValue(QStringLiteral("LinkedIn refused the post: the text is longer than 3,000 characters (3,214). "
                                      "Shorten it by 214."));
        q.addBindValue(id);
        QVERIFY(q.exec());
        m_store->hub().notify(store::EntityType::Outbox);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("LinkedIn refused the post")));
        QVERIFY(c->messagesFor(QStringLiteral("content")).join(u' ').contains(QStringLiteral("Shorten it by 214")));
        // Reopening the post shows it again.
        editor->newPost();
        editor->openPost(id);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("LinkedIn refused the post")));
    }

    void reopensWhereItWasLeft()
    {
        QString id;
        {
            auto editor = makeEditor();
            type(editor->composer(), QStringLiteral("Je reviens"));
            id = savedId(*editor);
        }
        EditorPage editor(*m_context);
        QCOMPARE(editor.currentPostId(), id);
        QCOMPARE(editor.composer()->text()->toPlainText(), QStringLiteral("Je reviens"));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
