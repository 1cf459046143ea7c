// A keystroke in a 3,000-character post written for LinkedIn, Instagram and
// Facebook, until the counters, the rule messages, the spelling and the three
// previews are up to date and painted (target ≤ 8 ms median), against the
// floor of the same keystroke in a bare QPlainTextEdit holding the same text.
//
//   bench_editor_keystroke [runs=200]
#include "bench_common.h"

#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"
#include "ui/editor/SpellChecker.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace pitchside;

namespace {

QString longPost()
{
    QString text = QStringLiteral("Retour sur la saison des U17 du FC Vaulx-en-Velin. ");
    while (text.size() < 3000)
        text += QStringLiteral("Une équipe soudée, des progrès chaque semaine et un public fidèle au stade Jean-Bouin. "
                               "Merci aux bénévoles, aux éducateurs et aux partenaires qui nous suivent. ");
    return text.left(3000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, atoi(argv[1])) : 200;
    ui::Theme::apply(ui::Theme::Mode::Light);
    QTemporaryDir dir;
    store::StoreError error;
    auto store = store::Store::open(dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
    if (!store)
        return 1;
    Preferences prefs(Preferences::makeSettings(dir.path()));
    ui::UiContext context{*store, prefs, dir.path(), QStringLiteral("Bench")};
    ui::EditorPage editor(context);
    editor.resize(1180, 740);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return 1;
    editor.newPost();
    ui::PostComposer *c = editor.composer();
    for (Platform p : AllPlatforms) {
        if (!c->platformButton(p)->isChecked())
            c->platformButton(p)->click();
    }
    c->setSpellLanguage(QStringLiteral("fr"));
    QElapsedTimer wait;
    wait.start();
    while (!editor.spelling()->isReady(QStringLiteral("fr")) && wait.elapsed() < 20000)
        QTest::qWait(20);
    c->text()->setPlainText(longPost());
    c->text()->moveCursor(QTextCursor::End);
    c->text()->setFocus();
    QTest::qWait(200);

    // Each run: a letter typed at the end, then everything it updates painted.
    int n = 0;
    const auto type = [&](QWidget *target) {
        QTest::keyClick(target, char('a' + n++ % 26));
        QCoreApplication::processEvents();
    };
    for (int i = 0; i < 20; ++i)
        type(c->text()); // warm up
    const double ours = bench::median(bench::measure(runs, [&] { type(c->text()); }));
    std::printf("post: %lld characters, %d platforms\n", qlonglong(c->text()->toPlainText().size()), 3);

    // Floor: the same keystroke in a plain text field with the same text.
    QPlainTextEdit bare;
    bare.resize(c->text()->size());
    bare.setPlainText(c->text()->toPlainText());
    bare.moveCursor(QTextCursor::End);
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return 1;
    bare.activateWindow();
    bare.setFocus();
    for (int i = 0; i < 20; ++i)
        type(&bare);
    const double floor = bench::median(bench::measure(runs, [&] { type(&bare); }));
    bench::report("keystroke to counters and preview, 3,000 characters", ours, floor, 8);
    editor.flush();
    return 0;
}
