// Types into the real editor of a real window, like a person, and says on
// stdout how far it got; tst_editor_crash kills it with SIGKILL meanwhile.
//   editor_typist DATA_DIR
// "saved A" once the first sentence is in the store, "typed B" after the
// second, then "typing C" and it types without a pause until it is killed.
#include "models/Preferences.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace pitchside;

namespace {

void say(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    ui::Theme::apply(ui::Theme::Mode::Light);
    store::StoreError error;
    auto store = store::Store::open(store::AccountLocation::storePath(dataDir, store::AccountLocation::localKey()), &error);
    if (!store)
        return 3;
    Preferences prefs(Preferences::makeSettings(dataDir));
    ui::UiContext context{*store, prefs, dataDir, QStringLiteral("Typist")};
    ui::MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    window.showPage(ui::PageId::Editor);
    auto *editor = static_cast<ui::EditorPage *>(window.page(ui::PageId::Editor));
    editor->newPost();
    QWidget *text = editor->composer()->text();
    text->setFocus();

    QTest::keyClicks(text, QStringLiteral("A: Merci aux benevoles du tournoi ! "));
    QElapsedTimer wait;
    wait.start();
    while (editor->currentPostId().isEmpty() && wait.elapsed() < 10000)
        QTest::qWait(20);
    say("saved A");
    QTest::keyClicks(text, QStringLiteral("B: rendez-vous samedi a 15h. "));
    say("typed B");
    QTest::qWait(1500); // a pause: the debounce saves B
    say("typing C");
    // Without a pause, until killed: the autosave must still keep up.
    for (int i = 0;; ++i) {
        QTest::keyClick(text, char('a' + i % 26));
        QTest::qWait(25);
    }
}
