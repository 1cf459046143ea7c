#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace pitchside::store {
class ContactRepository;
class Store;
struct StoreError;
} // namespace pitchside::store

namespace pitchside::campaigns {
class ContactTableModel;
}

namespace pitchside::ui {

class EmptyState;
class MessageBanner;

// The Contacts tab of the campaigns page: every WhatsApp contact in a table
// (search, category and WhatsApp filters, sort by any column), what to do
// with a selection of any size (edit, add to or take out of a category,
// check WhatsApp, delete), new contacts and categories, and the CSV import.
// The table keeps its selection by contact through refreshes and sorts.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(store::Store &store, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    campaigns::ContactTableModel *model() const { return m_model; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *whatsAppFilter() const { return m_whatsAppFilter; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *countLabel() const { return m_count; }
    // The contacts selected, in table order.
    QStringList selectedIds() const;

    // Shows the contacts of one category (ContactFilter::noCategory(): in
    // none; empty: all), the other filters cleared.
    void showCategory(const QString &categoryId);

    // The actions, as the buttons run them. Dialogs open without blocking.
    void newContact();
    void importCsv();
    void newCategory();
    void editContact(const QString &id);
    void addSelectionToCategory(const QString &categoryId);
    void removeSelectionFromCategory(const QString &categoryId);
    void checkSelection();
    // Asks first, saying how many.
    void deleteSelection();
    // A change of many contacts runs on a worker with its own connection;
    // true until it has ended (the actions wait, the table stays live).
    bool isBusy() const { return m_busy; }

private:
    void buildTable();
    void applyFilter();
    void reloadCategories();
    void fillCategoryMenu(QMenu *menu, bool adding);
    void updateActions();
    void updateCount();
    void updateEmptyStates();
    void keepSelection();
    void restoreSelection();
    void selectIds(const QStringList &ids);
    void editCategory();
    // A store change on the selection: its error said in the banner, or `done` as a short note.
    bool report(const store::StoreError &error, const QString &done);
    // Runs `change` on these contacts: here for a few, on a worker for many
    // (50,000 writes with their outbox entries take seconds), then reports.
    void runOnSelection(const QStringList &ids, const QString &working, const QString &done,
                        std::function<store::StoreError(store::ContactRepository &)> change);

    store::Store &m_store;
    campaigns::ContactTableModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QComboBox *m_categoryFilter;
    QToolButton *m_editCategory;
    QComboBox *m_whatsAppFilter;
    MessageBanner *m_banner;
    QLabel *m_count;
    QToolButton *m_edit;
    QToolButton *m_addTo;
    QToolButton *m_removeFrom;
    QToolButton *m_check;
    QToolButton *m_delete;
    QTableView *m_table;
    EmptyState *m_noContacts;
    EmptyState *m_noMatch;
    QStackedWidget *m_stack;
    QString m_categorySignature; // what the category filter was built from
    QStringList m_keptSelection; // across a reset of the model
    bool m_busy = false;
    QString m_keptCurrent;
};

} // namespace pitchside::ui
