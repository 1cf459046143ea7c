#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QLineEdit;
class QListWidget;
class QStackedLayout;

namespace pitchside::ui {

class EmptyState;

// The photos and videos of the account, newest first, searchable by name,
// tags and alt text.
class MediaPage : public Page
{
    Q_OBJECT
public:
    explicit MediaPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Media"); }
    QString iconName() const override { return QStringLiteral("image"); }
    void focusSearch();
    int shownCount() const;

private:
    void reload();

    UiContext &m_context;
    QLineEdit *m_search;
    QListWidget *m_grid;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
};

} // namespace pitchside::ui
