// The editor's tools: templates (variables filled in a generated form,
// saving a post as a template), matchday posts from a match, spelling
// (underlines, suggestions, the personal dictionary) in French and English.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"
#include "ui/editor/SpellChecker.h"
#include "ui/editor/SpellHighlighter.h"
#include "ui/editor/TemplatePickerDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace pitchside;
using namespace pitchside::ui;

class TestEditorTools : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    fixture::Ids m_ids;

    template<typename Dialog>
    void whenDialogOpens(std::function<void(Dialog *)> act)
    {
        QTimer::singleShot(0, this, [act] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(dialog);
        });
    }

    // Whether the spell highlighter underlined the word at `pos`.
    static bool underlined(PostTextEdit *edit, int pos)
    {
        const QTextBlock block = edit->document()->findBlock(pos);
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && pos - block.position() >= r.start
                && pos - block.position() < r.start + r.length)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
        m_dir = std::make_unique<QTemporaryDir>();
        store::StoreError error;
        m_store = store::Store::open(m_dir->filePath(QStringLiteral("pitchside.sqlite")), &error);
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
    }

    void templateVariablesFillAForm()
    {
        EditorPage editor(*m_context);
        editor.show();
        const QString resultTemplate = m_ids.templates.at(1); // "Résultat du match": home, score, away, message, venue
        whenDialogOpens<TemplatePickerDialog>([](TemplatePickerDialog *d) {
            QCOMPARE(d->list()->count(), 3);
            QVERIFY(d->field(QStringLiteral("home")));
            QVERIFY(d->field(QStringLiteral("score")));
            // The template's default shows as the field's hint and fills what stays empty.
            QCOMPARE(d->field(QStringLiteral("message"))->placeholderText(), QStringLiteral("Bravo à tout le groupe !"));
            QTest::keyClicks(d->field(QStringLiteral("home")), QStringLiteral("FC Vaulx"));
            QTest::keyClicks(d->field(QStringLiteral("score")), QStringLiteral("2-0"));
            QTest::keyClicks(d->field(QStringLiteral("away")), QStringLiteral("US Meyzieu"));
            QVERIFY(d->preview()->toPlainText().startsWith(QStringLiteral("Score final : FC Vaulx 2-0 US Meyzieu.")));
            // {{venue}} was not given: it stays for the person to fill in.
            QVERIFY(d->preview()->toPlainText().contains(QStringLiteral("{{venue}}")));
            d->useButton()->click();
        });
        QVERIFY(editor.startFromTemplate(resultTemplate));
        const QString id = editor.currentPostId();
        QVERIFY(!id.isEmpty());
        const Post p = *m_store->posts().find(id);
        QVERIFY(p.content.startsWith(QStringLiteral("Score final : FC Vaulx 2-0 US Meyzieu.\n\nBravo à tout le groupe !")));
        QCOMPARE(p.templateId, resultTemplate);
        QCOMPARE(p.hashtags, (QStringList{QStringLiteral("FCVaulx"), QStringLiteral("Resultat")}));
        QCOMPARE(p.platforms, Platform::Instagram | Platform::Facebook | Platform::LinkedIn);
    }

    void matchdayPostFromAMatch()
    {
        EditorPage editor(*m_context);
        editor.show();
        const Match match = *m_store->calendar().findMatch(m_ids.matches.last());
        whenDialogOpens<TemplatePickerDialog>([match](TemplatePickerDialog *d) {
            // The matchday template comes first, filled with the match.
            QCOMPARE(d->selectedTemplate().name, QStringLiteral("Jour de match"));
            QCOMPARE(d->field(QStringLiteral("home"))->text(), match.home.name);
            QCOMPARE(d->field(QStringLiteral("away"))->text(), match.away.name);
            QCOMPARE(d->field(QStringLiteral("venue"))->text(), match.venue);
            d->useButton()->click();
        });
        editor.startMatchdayPost(match.id);
        const Post p = *m_store->posts().find(editor.currentPostId());
        QVERIFY(p.content.contains(QStringLiteral("🆚 %1 – %2").arg(match.home.name, match.away.name)));
        QCOMPARE(p.metadata.value(QStringLiteral("match_id")).toString(), match.id);
    }

    void saveAPostAsATemplate()
    {
        EditorPage editor(*m_context);
        editor.show();
        editor.newPost();
        editor.composer()->text()->setPlainText(QStringLiteral("Bienvenue à {{joueur}} qui rejoint les {{equipe}} !"));
        whenDialogOpens<SaveTemplateDialog>([](SaveTemplateDialog *d) {
            QVERIFY(!d->saveButton()->isEnabled());
            QTest::keyClicks(d->nameField(), QStringLiteral("Nouvelle recrue"));
            d->saveButton()->click();
        });
        QVERIFY(editor.saveAsTemplate());
        PostTemplate saved;
        for (const PostTemplate &t : m_store->templates().all()) {
            if (t.name == QStringLiteral("Nouvelle recrue"))
                saved = t;
        }
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(saved.variables.keys(), (QStringList{QStringLiteral("equipe"), QStringLiteral("joueur")}));
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Template, saved.id).first().op,
                 store::Outbox::Op::Create);
    }

    void spellingSuggestsAndLearns()
    {
        QVERIFY2(SpellChecker::availableLanguages().contains(QStringLiteral("fr")), "hunspell-fr is needed");
        EditorPage editor(*m_context);
        editor.show();
        editor.newPost();
        PostComposer *c = editor.composer();
        c->setSpellLanguage(QStringLiteral("fr"));
        QSignalSpy ready(editor.spelling(), &SpellChecker::ready);
        QTRY_VERIFY_WITH_TIMEOUT(editor.spelling()->isReady(QStringLiteral("fr")), 10000);
        c->text()->setPlainText(QStringLiteral("Le match de footbal de samedi avec les Vaulxois #FCVaulx"));
        const int typo = int(c->text()->toPlainText().indexOf(QStringLiteral("footbal"))) + 2;
        QTRY_VERIFY(underlined(c->text(), typo));
        QVERIFY(!underlined(c->text(), 1));                                                      // "Le"
        QVERIFY(!underlined(c->text(), int(c->text()->toPlainText().indexOf(u'#')) + 2));      // a hashtag
        QVERIFY(c->text()->suggestionsAt(typo).contains(QStringLiteral("football")));
        c->text()->replaceWordAt(typo, QStringLiteral("football"));
        QVERIFY(c->text()->toPlainText().contains(QStringLiteral("match de football de")));

        // A club's own word, added to the personal dictionary in the data folder.
        const int name = int(c->text()->toPlainText().indexOf(QStringLiteral("Vaulxois"))) + 1;
        QCOMPARE(c->text()->misspelledWordAt(name), QStringLiteral("Vaulxois"));
        QVERIFY(editor.spelling()->addToDictionary(QStringLiteral("Vaulxois")));
        QVERIFY(c->text()->misspelledWordAt(name).isEmpty());
        QFile personal(m_dir->filePath(QStringLiteral("dictionary.txt")));
        QVERIFY(personal.open(QIODevice::ReadOnly));
        QVERIFY(personal.readAll().contains("Vaulxois"));
        SpellChecker fresh(m_dir->filePath(QStringLiteral("dictionary.txt")));
        QCOMPARE(fresh.personalWords(), QStringList{QStringLiteral("Vaulxois")});

        // English, per post: the language is kept with the post.
        c->setSpellLanguage(QStringLiteral("en-GB"));
        QTRY_VERIFY_WITH_TIMEOUT(editor.spelling()->isReady(QStringLiteral("en-GB")), 10000);
        c->text()->setPlainText(QStringLiteral("Great matchh today"));
        QVERIFY(c->text()->suggestionsAt(8).contains(QStringLiteral("match")));
        editor.flush();
        QCOMPARE(m_store->posts().find(editor.currentPostId())->metadata.value(QStringLiteral("language")).toString(),
                 QStringLiteral("en-GB"));
    }
};

QTEST_MAIN(TestEditorTools)
#include "tst_editor_tools.moc"
