#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QApplication;
class QWidget;

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
namespace ui {
class MainWindow;
struct UiContext;
} // namespace ui
} // namespace pitchside

namespace pitchside::app {

// The composition root: reads the command line, sets up logging, language
// and theme, opens the account's store, and builds the window over them.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QApplication &qapp);
    ~Application() override;

    // Exit codes: 0 normal, 2 usage error, 3 the store cannot be opened.
    int run();

private:
    void buildWindow(const QString &page);
    void showStoreError(const QString &message, const QString &folder);
    void scheduleScreenshot(QWidget *window);
    void onThemeChanged();

    QApplication &m_qapp;
    CommandLine m_options;
    QString m_dataRoot;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::UiContext> m_context;
    QPointer<QWidget> m_window;
    int m_exitCode = 0;
};

} // namespace pitchside::app
