#include "Application.h"

#include "FileLogger.h"
#include "FirstPaintProbe.h"
#include "Translations.h"
#include "models/Preferences.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/StoreErrorWindow.h"
#include "ui/UiContext.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "pitchside.app", QtInfoMsg)

namespace pitchside::app {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "pitchside: %s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace

Application::Application(QApplication &qapp) : m_qapp(qapp) {}

Application::~Application()
{
    delete m_window; // before the store it reads
}

int Application::run()
{
    QString usageError;
    m_options = CommandLine::parse(m_qapp, &usageError);
    if (!usageError.isEmpty()) {
        printError(usageError);
        return 2;
    }

    m_dataRoot = m_options.dataDir.isEmpty() ? store::AccountLocation::defaultDataRoot() : m_options.dataDir;
    m_preferences = std::make_unique<Preferences>(Preferences::makeSettings(m_options.dataDir));
    if (!FileLogger::install(QDir(m_dataRoot).filePath(QStringLiteral("logs"))))
        qCWarning(lcApp) << "cannot write the log file in" << m_dataRoot << "- logging to the terminal only";
    const QString language = installTranslations(m_options.language, m_preferences->language());
    qCInfo(lcApp) << "Pitchside" << QApplication::applicationVersion() << "language" << language << "data"
                  << m_dataRoot;

    QApplication::setWindowIcon(ui::Icons::appIcon());
    ui::Theme::apply(ui::Theme::modeFromKey(m_preferences->theme()));
    connect(m_preferences.get(), &Preferences::themeChanged, this, &Application::onThemeChanged);

    if (!m_options.server.isEmpty())
        m_preferences->setBackendUrl(m_options.server);

    const QString storePath = store::AccountLocation::storePath(m_dataRoot, store::AccountLocation::localKey());
    store::StoreError error;
    m_store = store::Store::open(storePath, &error);
    if (!m_store) {
        qCWarning(lcApp) << "cannot open the store" << storePath << ":" << error.detail;
        printError(error.userMessage());
        showStoreError(error.userMessage(), QFileInfo(storePath).absolutePath());
        m_exitCode = 3;
    } else {
        m_context = std::make_unique<ui::UiContext>(
            ui::UiContext{*m_store, *m_preferences, m_dataRoot, tr("This computer")});
        buildWindow(m_options.page);
    }

    const int code = m_qapp.exec();
    return m_exitCode ? m_exitCode : code;
}

void Application::buildWindow(const QString &page)
{
    auto *window = new ui::MainWindow(*m_context);
    window->setAttribute(Qt::WA_DeleteOnClose);
    ui::PageId id;
    if (ui::pageFromKey(page, &id))
        window->showPage(id);
    if (m_options.screenshot.isEmpty())
        window->restoreWindow();
    else
        window->resize(1280, 800); // the same frame for every documentation picture
    m_window = window;
    if (FirstPaintProbe::requested())
        FirstPaintProbe::watch(window);
    window->show();
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot(window);
}

void Application::showStoreError(const QString &message, const QString &folder)
{
    auto *window = new ui::StoreErrorWindow(message, folder);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    window->show();
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot(window);
}

void Application::scheduleScreenshot(QWidget *window)
{
    const QString file = m_options.screenshot;
    // Let the first layouts and paints happen, then wait for the page's own
    // data if it loads asynchronously.
    QTimer::singleShot(0, this, [this, window, file] {
        auto capture = [this, window, file] {
            QTimer::singleShot(50, this, [this, window, file] {
                QDir().mkpath(QFileInfo(file).absolutePath());
                if (!window->grab().save(file)) {
                    printError(tr("Cannot write the screenshot %1").arg(file));
                    m_exitCode = m_exitCode ? m_exitCode : 1;
                }
                m_qapp.quit();
            });
        };
        auto *main = qobject_cast<ui::MainWindow *>(window);
        ui::Page *page = main ? main->page(main->currentPage()) : nullptr;
        if (page && !page->isLoaded())
            connect(page, &ui::Page::loaded, this, capture, Qt::SingleShotConnection);
        else
            capture();
    });
}

void Application::onThemeChanged()
{
    ui::Theme::apply(ui::Theme::modeFromKey(m_preferences->theme()));
    // Icons are drawn in palette colours: rebuild the window on the same
    // page. Everything it shows lives in the store, so nothing is lost.
    auto *old = qobject_cast<ui::MainWindow *>(m_window.data());
    if (!old)
        return;
    const QString page = ui::pageKey(old->currentPage());
    const QByteArray geometry = old->saveGeometry();
    old->close();
    buildWindow(page);
    if (auto *fresh = qobject_cast<ui::MainWindow *>(m_window.data()))
        fresh->restoreGeometry(geometry);
}

} // namespace pitchside::app
