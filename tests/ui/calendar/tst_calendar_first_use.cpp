// Issue 11, defects 7 and 8, as a new user met them at 1366×768: chips cut
// with nothing on hover, week and day views opening at 08:00 over earlier
// posts, a post just scheduled inside "+N more", a selected day that turned
// dark blue under its chips; view buttons out of Tab's reach, posts of the
// day view unreachable, Enter pressing nothing, focus stops without a ring,
// network toggles alike on and off; Aide > Raccourcis clavier.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/NavigationRail.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarActions.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EntryPainter.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

#include <optional>

using namespace pitchside;
using namespace pitchside::ui;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + bottom.redF() * (1 - a), top.greenF() * a + bottom.greenF() * (1 - a),
                            top.blueF() * a + bottom.blueF() * (1 - a));
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4
           && std::abs(a.blue() - b.blue()) <= 4;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestCalendarFirstUse : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    std::optional<Clock::TestOverride> m_clock;

    // A day of the week after today's (never today, whatever the weekday).
    QDate later() const { return Clock::today().addDays(7); }

    QString post(const QDateTime &when, const QString &text = QStringLiteral("Annonce"),
                 Platforms platforms = Platform::Instagram | Platform::Facebook)
    {
        Post p;
        p.content = text;
        p.platforms = platforms;
        if (when.isValid()) {
            p.status = PostStatus::Scheduled;
            p.scheduledAt = when.toUTC();
        }
        return m_store->posts().create(p) ? QString() : p.id;
    }

    std::unique_ptr<MainWindow> window(const QString &language = QStringLiteral("en"))
    {
        uitest::useLanguage(language);
        auto w = std::make_unique<MainWindow>(*m_context);
        w->resize(1366, 768);
        w->show();
        [[maybe_unused]] bool exposed = QTest::qWaitForWindowExposed(w.get());
        w->showPage(PageId::Calendar);
        return w;
    }

    static CalendarPage *calendar(MainWindow &w) { return static_cast<CalendarPage *>(w.page(PageId::Calendar)); }

private Q_SLOTS:
    void init()
    {
        m_clock.emplace(QDateTime(QDate(2026, 4, 8), QTime(10, 0)));
        Theme::apply(Theme::Mode::Light);
        m_dir = std::make_unique<QTemporaryDir>();
        store::StoreError error;
        m_store = store::Store::open(m_dir->filePath(QStringLiteral("accounts/local/pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir->path()));
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir->path(), QStringLiteral("Test")});
    }

    void cleanup()
    {
        m_context.reset();
        m_store.reset();
        m_prefs.reset();
        m_dir.reset();
        m_clock.reset();
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
    }

    void monthChipsAreReadableAndWholeOnHover()
    {
        const QString text = QStringLiteral("🎟️ Billetterie ouverte pour le derby de dimanche contre l'AS Bron");
        // Its networks connected: no warning mark takes room from the words here.
        for (const QString &network : {QStringLiteral("instagram"), QStringLiteral("facebook")})
            fixture::addSocialAccount(*m_store, network, QStringLiteral("US Rivière"), Clock::nowUtc().addDays(60));
        const QString id = post(QDateTime(later(), QTime(9, 30)), text);
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            auto w = window(language);
            CalendarPage *page = calendar(*w);
            page->setViewKind(CalendarPage::ViewKind::Month);
            page->goToDate(later());
            MonthView *month = page->monthView();
            const int line = month->lineOf(later(), id);
            QVERIFY(line >= 0);
            const CalendarEntry *entry = page->snapshot().find(id);
            QVERIFY(entry);
            const QString shown = EntryPainter::chipText(month->lineRect(later(), line), *entry, month->font(), {});
            // At least a word and a half of it, not "Bil…".
            QVERIFY2(shown.startsWith(QStringLiteral("Billetter")), qPrintable(shown));
            // The whole text on hover.
            const QPoint at = month->lineRect(later(), line).center();
            QHelpEvent help(QEvent::ToolTip, at, month->mapToGlobal(at));
            QApplication::sendEvent(month, &help);
            QTRY_VERIFY(QToolTip::isVisible());
            QVERIFY2(QToolTip::text().contains(QStringLiteral("contre l'AS Bron")), qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
    }

    void weekAndDayOpenOnTheFirstPost()
    {
        const QString early = post(QDateTime(later(), QTime(6, 30)));
        for (auto kind : {CalendarPage::ViewKind::Week, CalendarPage::ViewKind::Day}) {
            auto w = window();
            CalendarPage *page = calendar(*w);
            page->goToDate(later());
            page->setViewKind(kind);
            auto *grid = static_cast<TimeGridView *>(page->currentView());
            QTRY_VERIFY(!grid->blockRect(early).isNull());
            QVERIFY2(grid->visibleBodyRect().contains(grid->blockRect(early)),
                     qPrintable(QStringLiteral("06:30 block at %1, on screen from %2")
                                    .arg(grid->blockRect(early).top())
                                    .arg(grid->visibleBodyRect().top())));
        }
    }

    void aJustScheduledPostIsNeverInsidePlusMore()
    {
        for (int i = 0; i < 8; ++i)
            post(QDateTime(later(), QTime(8 + i, 0)));
        for (int i = 0; i < 12; ++i)
            post(QDateTime(later().addDays(1), QTime(14, 0)));
        // Facebook: Instagram would ask for a photo before it can be scheduled.
        const QString draft = post({}, QStringLiteral("Le dernier ajouté"), Platform::Facebook);
        const QString second = post({}, QStringLiteral("Le dernier ajouté, semaine"), Platform::Facebook);
        auto w = window();
        CalendarPage *page = calendar(*w);
        page->setViewKind(CalendarPage::ViewKind::Month);
        QVERIFY(page->actions()->schedulePostAt(draft, QDateTime(later(), QTime(22, 0))));
        MonthView *month = page->monthView();
        QVERIFY(!month->hiddenEntries(later()).isEmpty()); // the day is full
        QVERIFY(month->lineOf(later(), draft) >= 0);
        QCOMPARE(page->currentDate(), later());

        page->setViewKind(CalendarPage::ViewKind::Week);
        QVERIFY(page->actions()->schedulePostAt(second, QDateTime(later().addDays(1), QTime(14, 0))));
        TimeGridView *week = page->weekView();
        QVERIFY(week->overflowCount() >= 1);
        QVERIFY(!week->blockRect(second).isNull());
        QVERIFY(week->visibleBodyRect().contains(week->blockRect(second)));
    }

    void selectionKeepsItsContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("focused");
        QTest::newRow("light, focused") << false << true;
        QTest::newRow("light") << false << false;
        QTest::newRow("dark, focused") << true << true;
        QTest::newRow("dark") << true << false;
    }

    void selectionKeepsItsContrast()
    {
        QFETCH(bool, dark);
        QFETCH(bool, focused);
        QStringList ids;
        for (int i = 0; i < 9; ++i)
            ids << post(QDateTime(later(), QTime(8 + i, 0)));
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        auto w = window();
        CalendarPage *page = calendar(*w);
        page->setViewKind(CalendarPage::ViewKind::Month);
        // Today (its accent disc) is painted before the selected day.
        page->goToDate(later());
        MonthView *month = page->monthView();
        month->setSelectedId(ids.first());
        if (focused)
            month->setFocus(Qt::TabFocusReason);
        else
            w->rail()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(month->hasFocus(), focused);
        const QImage image = month->grab().toImage();
        const QColor text = EntryPainter::chipTextColor({});
        // The day's own background.
        const QRect cell = month->cellRect(later());
        const QColor cellBackground = image.pixelColor(cell.bottomRight() - QPoint(6, 6));
        QVERIFY2(contrast(text, cellBackground) >= 4.5,
                 qPrintable(QStringLiteral("cell %1: %2").arg(cellBackground.name()).arg(contrast(text, cellBackground))));
        // The selected chip: what is painted is the fill the painter says, and the text reads on it.
        const int line = month->lineOf(later(), ids.first());
        const QRect chip = month->lineRect(later(), line);
        const QColor chipPixel = image.pixelColor(chip.left() + 6, chip.center().y());
        const CalendarEntry *entry = page->snapshot().find(ids.first());
        EntryPainter::Style selected;
        selected.selected = true;
        QVERIFY2(near(chipPixel, over(EntryPainter::chipFill(*entry, selected), cellBackground)),
                 qPrintable(chipPixel.name()));
        QVERIFY2(contrast(EntryPainter::chipTextColor(selected), chipPixel) >= 4.5,
                 qPrintable(QString::number(contrast(EntryPainter::chipTextColor(selected), chipPixel))));
        // "+N more".
        const int hidden = int(month->hiddenEntries(later()).size());
        QVERIFY(hidden > 0);
        const QRect more = month->lineRect(later(), 9 - hidden);
        const QColor morePixel = image.pixelColor(more.left() + 3, more.center().y());
        QVERIFY(near(morePixel, over(EntryPainter::moreFill(false), cellBackground)));
        QVERIFY2(contrast(EntryPainter::moreTextColor(), morePixel) >= 4.5,
                 qPrintable(QString::number(contrast(EntryPainter::moreTextColor(), morePixel))));
    }

    void tabReachesViewButtonsAndThePostsOfTheDay()
    {
        const QString a = post(QDateTime(later(), QTime(9, 0)));
        const QString b = post(QDateTime(later(), QTime(11, 0)));
        auto w = window();
        CalendarPage *page = calendar(*w);
        page->setViewKind(CalendarPage::ViewKind::Month);
        page->goToDate(later().addDays(1)); // a day without posts: Tab leaves the view
        page->currentView()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QAbstractButton *button : page->viewButtons())
            QVERIFY2(reached.contains(button), qPrintable(button->text()));

        page->setViewKind(CalendarPage::ViewKind::Day);
        page->goToDate(later());
        TimeGridView *day = page->dayView();
        day->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(day->hasFocus());
        QTest::keyClick(day, Qt::Key_Tab);
        QCOMPARE(day->selectedId(), a);
        QTest::keyClick(day, Qt::Key_Tab);
        QCOMPARE(day->selectedId(), b);
        QVERIFY(day->hasFocus());
        QTest::keyClick(day, Qt::Key_Tab); // past the last: on to the next control
        QVERIFY(!day->hasFocus());
    }

    void enterPressesTheFocusedButton()
    {
        auto w = window();
        CalendarPage *page = calendar(*w);
        page->setViewKind(CalendarPage::ViewKind::Month);
        page->goToDate(later().addMonths(2));
        QPushButton *today = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == CalendarPage::tr("Today"))
                today = b;
        }
        QVERIFY(today);
        today->setFocus(Qt::TabFocusReason);
        QTest::keyClick(today, Qt::Key_Return);
        QCOMPARE(page->currentDate(), Clock::today());
        QAbstractButton *week = page->viewButtons().at(int(CalendarPage::ViewKind::Week));
        week->setFocus(Qt::TabFocusReason);
        QTest::keyClick(week, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(page->viewKind(), CalendarPage::ViewKind::Week);
        // A text field keeps Enter as a new line.
        auto *text = new QPlainTextEdit(page);
        text->show();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("a"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("b"));
        QCOMPARE(text->toPlainText(), QStringLiteral("a\nb"));
    }

    void everyFocusStopShowsARing()
    {
        post(QDateTime(later(), QTime(9, 0)));
        post({}, QStringLiteral("Brouillon"));
        auto w = window();
        CalendarPage *page = calendar(*w);
        page->setViewKind(CalendarPage::ViewKind::Month);
        page->goToDate(later().addDays(1));
        page->currentView()->setFocus(Qt::TabFocusReason);
        QHash<QWidget *, QImage> focusedImage;
        QList<QWidget *> order;
        QWidget *previous = nullptr;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (previous && previous != now && focusedImage.contains(previous)) {
                const QImage unfocused = previous->grab().toImage();
                const int changed = differingPixels(focusedImage.value(previous), unfocused);
                QVERIFY2(changed >= 40, qPrintable(QStringLiteral("%1 \"%2\": %3 pixels change with the focus")
                                                       .arg(QString::fromLatin1(previous->metaObject()->className()),
                                                            previous->accessibleName())
                                                       .arg(changed)));
            }
            if (now && !focusedImage.contains(now)) {
                focusedImage.insert(now, now->grab().toImage());
                order << now;
            }
            previous = now;
        }
        QVERIFY(order.size() >= 10);
    }

    void networkTogglesLookOnOrOff()
    {
        auto w = window();
        w->showPage(PageId::Editor);
        QToolButton *toggle = nullptr;
        for (QToolButton *b : w->page(PageId::Editor)->findChildren<QToolButton *>()) {
            if (b->isCheckable() && b->accessibleName() == platformName(Platform::LinkedIn))
                toggle = b;
        }
        QVERIFY(toggle);
        toggle->setChecked(false);
        const QImage off = toggle->grab().toImage();
        toggle->setChecked(true);
        const QImage on = toggle->grab().toImage();
        // The background right of the label.
        const QPoint at(off.width() - 5, off.height() / 2);
        QVERIFY2(contrast(off.pixelColor(at), on.pixelColor(at)) >= 1.15,
                 qPrintable(off.pixelColor(at).name() + QLatin1Char(' ') + on.pixelColor(at).name()));
        QVERIFY(differingPixels(off, on) > off.width() * off.height() / 3);
    }

    void helpListsEveryShortcut()
    {
        auto w = window(QStringLiteral("fr"));
        const QList<ShortcutsDialog::Entry> entries = w->shortcutEntries();
        const auto listed = [&entries](const QString &keys) {
            for (const ShortcutsDialog::Entry &e : entries) {
                if (e.keys.contains(keys))
                    return true;
            }
            return false;
        };
        int actions = 0;
        for (QAction *a : w->findChildren<QAction *>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++actions;
            QVERIFY2(listed(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->text()));
        }
        QVERIFY(actions >= 10); // Ctrl+N, Ctrl+Z, Ctrl+F, Ctrl+1…8, this one
        auto *help = w->findChild<QAction *>(QStringLiteral("KeyboardShortcutsAction"));
        QVERIFY(help);
        QCOMPARE(help->text(), QStringLiteral("&Raccourcis clavier"));
        QVERIFY(listed(QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText))); // the calendar's own keys
        ShortcutsDialog dialog(entries, w.get());
        QVERIFY(dialog.list()->topLevelItemCount() >= 3);
    }

    void screenshots()
    {
        const QString dir = uitest::screenshotDir().isEmpty() ? m_dir->filePath(QStringLiteral("shots"))
                                                              : uitest::screenshotDir();
        const QStringList texts = {QStringLiteral("🎟️ Billetterie ouverte pour le derby"),
                                   QStringLiteral("💪 Séance intense ce soir pour les U17"),
                                   QStringLiteral("⚽ JOUR DE MATCH ⚽ vs AS Bron"),
                                   QStringLiteral("🧠 Le conseil du coach : bien s'hydrater"),
                                   QStringLiteral("🤝 Merci à notre partenaire"),
                                   QStringLiteral("📸 Souvenirs du tournoi de Pâques")};
        for (int d = -9; d < 20; ++d) {
            const QDate day = Clock::today().addDays(d);
            for (int i = 0; i < (d % 3 == 0 ? 5 : 2); ++i)
                post(QDateTime(day, QTime(d % 4 == 0 ? 6 + i : 9 + 2 * i, 30)), texts.at((d + 9 + i) % texts.size()));
        }
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            auto w = window(language);
            CalendarPage *page = calendar(*w);
            const std::pair<CalendarPage::ViewKind, QString> views[] = {
                {CalendarPage::ViewKind::Month, QStringLiteral("month")},
                {CalendarPage::ViewKind::Week, QStringLiteral("week")},
                {CalendarPage::ViewKind::Day, QStringLiteral("day")}};
            for (const auto &[kind, name] : views) {
                page->setViewKind(kind);
                page->goToDate(Clock::today().addDays(3));
                page->currentView()->setFocus(Qt::TabFocusReason);
                QTest::qWait(50);
                QVERIFY(uitest::saveShot(w.get(), dir, QStringLiteral("calendar-%1-1366-%2").arg(name, language)));
            }
        }
    }
};

QTEST_MAIN(TestCalendarFirstUse)
#include "tst_calendar_first_use.moc"
