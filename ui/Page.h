#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <QWidget>

namespace pitchside::ui {

// The modules of the navigation rail, in their order (Ctrl+1…8).
enum class PageId { Calendar, Editor, Media, Inbox, Campaigns, Analytics, Accounts, Settings };

inline constexpr PageId AllPages[] = {PageId::Calendar, PageId::Editor,    PageId::Media,    PageId::Inbox,
                                      PageId::Campaigns, PageId::Analytics, PageId::Accounts, PageId::Settings};

QString pageKey(PageId id); // "calendar", "editor", … (command line, settings)
bool pageFromKey(const QString &key, PageId *id);

// A module's page. Pages that fill themselves asynchronously report when
// they are ready, so --screenshot captures them complete.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    virtual bool isLoaded() const { return true; }
    // Called when the page becomes the visible one.
    virtual void activate() {}
    // Keys the page's widgets handle themselves (no QAction to read them
    // from), for Aide > Raccourcis clavier: {what it does, the keys}.
    virtual QList<std::pair<QString, QString>> keyboardHelp() const { return {}; }

Q_SIGNALS:
    void loaded();
};

} // namespace pitchside::ui
