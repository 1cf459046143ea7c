#include "ContactsView.h"

#include "CategoryChips.h"
#include "CategoryDialog.h"
#include "ContactDialog.h"
#include "ContactImportDialog.h"
#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/MessageBanner.h"
#include "../common/Theme.h"
#include "models/campaigns/ContactTableModel.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QFutureWatcher>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace pitchside::ui {

using campaigns::ContactFilter;
using campaigns::ContactTableModel;

namespace {

// Past this, a selection is not put back after the table starts over
// (finding 100,000 rows again costs more than it helps).
constexpr int kMaxKeptSelection = 5000;
// Past this, a change on the selection shows the wait cursor.
constexpr int kManyContacts = 500;

QToolButton *actionButton(const QString &icon, const QString &text, QWidget *parent, const QColor &color = {})
{
    auto *b = new QToolButton(parent);
    b->setIcon(Icons::ui(icon, color));
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ContactsView::ContactsView(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new ContactTableModel(store, this)), m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this)), m_categoryFilter(new QComboBox(this)), m_editCategory(new QToolButton(this)),
      m_whatsAppFilter(new QComboBox(this)), m_banner(new MessageBanner(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_noContacts(new EmptyState(QStringLiteral("users"), this)),
      m_noMatch(new EmptyState(QStringLiteral("search"), this)), m_stack(new QStackedWidget(this))
{
    // Filters.
    m_search->setPlaceholderText(tr("Search a name or a number"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::ui(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setMinimumWidth(220);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsView::applyFilter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_categoryFilter, &QComboBox::activated, this, &ContactsView::applyFilter);
    m_editCategory->setIcon(Icons::ui(QStringLiteral("pen-line")));
    m_editCategory->setAutoRaise(true);
    m_editCategory->setToolTip(tr("Rename, recolour or delete this category"));
    m_editCategory->setAccessibleName(tr("Edit this category"));
    connect(m_editCategory, &QToolButton::clicked, this, &ContactsView::editCategory);
    m_whatsAppFilter->setAccessibleName(tr("WhatsApp"));
    m_whatsAppFilter->addItem(tr("All numbers"), int(ContactFilter::WhatsApp::All));
    m_whatsAppFilter->addItem(tr("On WhatsApp"), int(ContactFilter::WhatsApp::Yes));
    m_whatsAppFilter->addItem(tr("No WhatsApp"), int(ContactFilter::WhatsApp::No));
    m_whatsAppFilter->addItem(tr("Not checked"), int(ContactFilter::WhatsApp::Unchecked));
    connect(m_whatsAppFilter, &QComboBox::activated, this, &ContactsView::applyFilter);

    auto *newContactButton = new QPushButton(Icons::ui(QStringLiteral("user-plus"), Theme::onAccent()), tr("New contact"), this);
    newContactButton->setObjectName(QStringLiteral("PrimaryButton"));
    connect(newContactButton, &QPushButton::clicked, this, &ContactsView::newContact);
    auto *importButton = new QPushButton(Icons::ui(QStringLiteral("upload")), tr("Import CSV…"), this);
    importButton->setToolTip(tr("Add contacts from a CSV file (Excel, Google Sheets, a phone's export)"));
    connect(importButton, &QPushButton::clicked, this, &ContactsView::importCsv);
    auto *categoryButton = new QPushButton(Icons::ui(QStringLiteral("tag")), tr("New category"), this);
    connect(categoryButton, &QPushButton::clicked, this, &ContactsView::newCategory);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(Theme::spacing);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_categoryFilter);
    filterRow->addWidget(m_editCategory);
    filterRow->addWidget(m_whatsAppFilter);
    filterRow->addSpacing(Theme::spacing * 2);
    filterRow->addWidget(categoryButton);
    filterRow->addWidget(importButton);
    filterRow->addWidget(newContactButton);

    // What to do with the selection.
    m_edit = actionButton(QStringLiteral("square-pen"), tr("Edit"), this);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            editContact(ids.constFirst());
    });
    m_addTo = actionButton(QStringLiteral("folder-plus"), tr("Add to category"), this);
    m_removeFrom = actionButton(QStringLiteral("x"), tr("Remove from category"), this);
    for (QToolButton *b : {m_addTo, m_removeFrom}) {
        auto *menu = new QMenu(b);
        const bool adding = b == m_addTo;
        connect(menu, &QMenu::aboutToShow, this, [this, menu, adding] { fillCategoryMenu(menu, adding); });
        b->setMenu(menu);
        b->setPopupMode(QToolButton::InstantPopup);
    }
    m_check = actionButton(QStringLiteral("circle-check"), tr("Check WhatsApp"), this);
    m_check->setToolTip(tr("Ask whether these numbers have WhatsApp (sent when you are online)"));
    connect(m_check, &QToolButton::clicked, this, &ContactsView::checkSelection);
    m_delete = actionButton(QStringLiteral("trash-2"), tr("Delete"), this, Theme::danger());
    connect(m_delete, &QToolButton::clicked, this, &ContactsView::deleteSelection);
    m_count->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    auto *selectionRow = new QHBoxLayout;
    selectionRow->setSpacing(Theme::spacing / 2);
    for (QToolButton *b : {m_edit, m_addTo, m_removeFrom, m_check, m_delete})
        selectionRow->addWidget(b);
    selectionRow->addStretch(1);
    selectionRow->addWidget(m_count);

    buildTable();

    m_noContacts->setTitle(tr("No contact yet"));
    m_noContacts->setText(tr("Campaigns go to your WhatsApp contacts, by category. Import them from a CSV file "
                             "(Excel, Google Sheets, a phone's export), or add them one by one with New contact."));
    connect(m_noContacts->setAction(tr("Import CSV…")), &QPushButton::clicked, this, &ContactsView::importCsv);
    m_noMatch->setTitle(tr("No contact matches"));
    m_noMatch->setText(tr("Try other words or another filter."));
    connect(m_noMatch->setAction(tr("Show all contacts")), &QPushButton::clicked, this,
            [this] { showCategory(QString()); });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_noContacts);
    m_stack->addWidget(m_noMatch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::spacing * 2, 0, 0);
    layout->setSpacing(Theme::spacing);
    layout->addLayout(filterRow);
    layout->addLayout(selectionRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_model, &ContactTableModel::refreshed, this, [this] {
        reloadCategories();
        updateCount();
        updateEmptyStates();
        updateActions();
        if (!m_model->lastError().isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The contacts cannot be read from this computer's store: %1")
                                      .arg(m_model->lastError()));
    });
    reloadCategories();
    updateCount();
    updateEmptyStates();
    updateActions();
}

void ContactsView::buildTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setItemDelegateForColumn(ContactTableModel::CategoriesColumn,
                                      new CategoryChipsDelegate(ContactTableModel::CategoryNamesRole,
                                                                ContactTableModel::CategoryColorsRole, m_table));
    // Fixed row heights: the view never measures 100,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(36);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(ContactTableModel::CategoriesColumn, QHeaderView::Stretch);
    columns->resizeSection(ContactTableModel::NameColumn, 220);
    columns->resizeSection(ContactTableModel::NumberColumn, 170);
    columns->resizeSection(ContactTableModel::WhatsAppColumn, 150);
    columns->resizeSection(ContactTableModel::AddedColumn, 110);
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        editContact(m_model->idAt(index.row())); // a double-click or Enter
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ContactsView::keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::restoreSelection);

    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ContactsView::deleteSelection);
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (selectedIds().isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(m_edit->icon(), m_edit->text(), m_edit, &QToolButton::click)->setEnabled(m_edit->isEnabled());
        QMenu *add = menu.addMenu(m_addTo->icon(), m_addTo->text());
        fillCategoryMenu(add, true);
        QMenu *take = menu.addMenu(m_removeFrom->icon(), m_removeFrom->text());
        fillCategoryMenu(take, false);
        menu.addAction(m_check->icon(), m_check->text(), this, &ContactsView::checkSelection);
        menu.addSeparator();
        menu.addAction(m_delete->icon(), m_delete->text(), this, &ContactsView::deleteSelection);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
}

QStringList ContactsView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return m_model->idsAt(rows);
}

void ContactsView::applyFilter()
{
    m_searchTimer->stop();
    ContactFilter f;
    f.search = m_search->text();
    f.categoryId = m_categoryFilter->currentData().toString();
    f.whatsapp = ContactFilter::WhatsApp(m_whatsAppFilter->currentData().toInt());
    m_model->setFilter(f);
    m_editCategory->setEnabled(!f.categoryId.isEmpty() && f.categoryId != ContactFilter::noCategory());
}

void ContactsView::showCategory(const QString &categoryId)
{
    m_search->clear();
    m_whatsAppFilter->setCurrentIndex(0);
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(categoryId)));
    applyFilter();
}

void ContactsView::reloadCategories()
{
    const QVector<ContactCategory> categories = m_store.contacts().categories();
    QString signature;
    for (const ContactCategory &c : categories)
        signature += c.id + u'\x1f' + c.name + u'\x1f' + c.color + u'\x1e';
    if (signature == m_categorySignature && m_categoryFilter->count() > 0)
        return;
    m_categorySignature = signature;
    const QString current = m_categoryFilter->currentData().toString();
    {
        const QSignalBlocker block(m_categoryFilter);
        m_categoryFilter->clear();
        m_categoryFilter->addItem(tr("All categories"), QString());
        m_categoryFilter->addItem(tr("No category"), ContactFilter::noCategory());
        if (!categories.isEmpty())
            m_categoryFilter->insertSeparator(m_categoryFilter->count());
        for (const ContactCategory &c : categories)
            m_categoryFilter->addItem(CategoryDialog::colorDot(QColor(c.color)), c.name, c.id);
        m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(current)));
    }
    if (m_categoryFilter->currentData().toString() != current)
        applyFilter(); // the category shown was deleted: show them all
    m_editCategory->setEnabled(!current.isEmpty() && current != ContactFilter::noCategory()
                               && m_categoryFilter->currentData().toString() == current);
}

void ContactsView::fillCategoryMenu(QMenu *menu, bool adding)
{
    menu->clear();
    const QVector<ContactCategory> categories = m_store.contacts().categories();
    for (const ContactCategory &c : categories) {
        const QString id = c.id;
        menu->addAction(CategoryDialog::colorDot(QColor(c.color)), c.name, this, [this, id, adding] {
            if (adding)
                addSelectionToCategory(id);
            else
                removeSelectionFromCategory(id);
        });
    }
    if (!adding) {
        if (categories.isEmpty())
            menu->addAction(tr("No category yet"))->setEnabled(false);
        return;
    }
    if (!categories.isEmpty())
        menu->addSeparator();
    menu->addAction(Icons::ui(QStringLiteral("tag")), tr("New category…"), this, [this] {
        // A new category, and the selection in it.
        const QStringList ids = selectedIds();
        auto *dialog = new CategoryDialog(m_store, QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
            const QString categoryId = dialog->categoryId();
            report(m_store.contacts().addToCategory(ids, categoryId),
                   tr("%Ln contact(s) added to the new category.", nullptr, int(ids.size())));
        });
        dialog->open();
    });
}

void ContactsView::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1 && !m_busy);
    for (QToolButton *b : {m_addTo, m_removeFrom, m_check, m_delete})
        b->setEnabled(selected > 0 && !m_busy);
}

void ContactsView::updateCount()
{
    const QLocale locale;
    const int total = m_model->totalCount();
    QString text = m_model->filter().isEmpty()
                       ? tr("%Ln contact(s)", nullptr, total)
                       : tr("%1 of %Ln contact(s)", nullptr, total).arg(locale.toString(m_model->rowCount()));
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%Ln selected", nullptr, selected);
    m_count->setText(text);
}

void ContactsView::updateEmptyStates()
{
    QWidget *shown = m_table;
    if (m_model->totalCount() == 0 && m_model->lastError().isEmpty())
        shown = m_noContacts;
    else if (m_model->rowCount() == 0 && !m_model->filter().isEmpty())
        shown = m_noMatch;
    m_stack->setCurrentWidget(shown);
}

void ContactsView::keepSelection()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    m_keptSelection = rows.size() <= kMaxKeptSelection ? m_model->idsAt(rows) : QStringList();
    const QModelIndex current = m_table->currentIndex();
    m_keptCurrent = current.isValid() ? m_model->idAt(current.row()) : QString();
}

void ContactsView::restoreSelection()
{
    const QStringList kept = std::exchange(m_keptSelection, {});
    const QString current = std::exchange(m_keptCurrent, {});
    selectIds(kept);
    const int row = current.isEmpty() ? -1 : m_model->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ContactTableModel::NameColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(index); // a sort moved it: follow it
    }
}

void ContactsView::selectIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    // Contiguous rows as one range: a selection of thousands stays cheap.
    const QList<int> rows = m_model->rowsOf(ids);
    QItemSelection selection;
    const int lastColumn = ContactTableModel::ColumnCount - 1;
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.select(m_model->index(rows.at(i), 0), m_model->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ContactsView::newContact()
{
    // In the category shown, if one is: that is where people expect it.
    const QString shown = m_categoryFilter->currentData().toString();
    const QStringList categories = shown.isEmpty() || shown == ContactFilter::noCategory() ? QStringList()
                                                                                           : QStringList{shown};
    auto *dialog = new ContactDialog(m_store, QString(), categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Read the list now rather than in a moment, to show the new contact selected.
        const QString id = dialog->contactId();
        m_model->refresh();
        selectIds({id});
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->scrollTo(m_model->index(row, 0));
    });
    dialog->open();
}

void ContactsView::editContact(const QString &id)
{
    if (id.isEmpty())
        return;
    auto *dialog = new ContactDialog(m_store, id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsView::importCsv()
{
    auto *dialog = new ContactImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsView::newCategory()
{
    auto *dialog = new CategoryDialog(m_store, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Category “%1” created. Select contacts, then Add to category.")
                                  .arg(dialog->nameField()->text().trimmed()));
    });
    dialog->open();
}

void ContactsView::editCategory()
{
    const QString id = m_categoryFilter->currentData().toString();
    if (id.isEmpty() || id == ContactFilter::noCategory())
        return;
    auto *dialog = new CategoryDialog(m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ContactsView::report(const store::StoreError &error, const QString &done)
{
    if (error.kind == store::StoreError::Kind::NotFound) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("A contact of the selection was deleted meanwhile (by a sync?), so nothing was "
                                 "changed. Select them again and retry."));
        return false;
    }
    if (error) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Nothing was changed: %1").arg(error.userMessage()));
        return false;
    }
    if (!done.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Info, done);
    return true;
}

void ContactsView::runOnSelection(const QStringList &ids, const QString &working, const QString &done,
                                  std::function<store::StoreError(store::ContactRepository &)> change)
{
    if (m_busy)
        return;
    if (ids.size() <= kManyContacts) {
        store::ContactRepository contacts = m_store.contacts();
        report(change(contacts), done);
        return;
    }
    m_busy = true;
    updateActions();
    m_banner->showMessage(MessageBanner::Kind::Info, working);
    auto *watcher = new QFutureWatcher<store::StoreError>(this);
    connect(watcher, &QFutureWatcher<store::StoreError>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        m_busy = false;
        const store::StoreError e = watcher->result();
        // The worker's connection told its own hub: tell the one the window listens to.
        for (const QString &type : {store::EntityType::Contact, store::EntityType::ContactCategory,
                                    store::EntityType::Outbox})
            m_store.hub().notify(type);
        report(e, done);
        updateActions();
    });
    // The worker has copies and its own connection (one transaction: all or none).
    watcher->setFuture(QtConcurrent::run([path = m_store.path(), change = std::move(change)] {
        store::StoreError error;
        const std::unique_ptr<store::Store> store = store::Store::open(path, &error, store::Database::Mode::ExistingOnly);
        if (!store)
            return error;
        store::ContactRepository contacts = store->contacts();
        return change(contacts);
    }));
}

void ContactsView::addSelectionToCategory(const QString &categoryId)
{
    const QStringList ids = selectedIds();
    const std::optional<ContactCategory> category = m_store.contacts().findCategory(categoryId);
    if (ids.isEmpty() || !category)
        return;
    runOnSelection(ids, tr("Adding %Ln contact(s) to “%1”…", nullptr, int(ids.size())).arg(category->name),
                   tr("%Ln contact(s) in “%1”.", nullptr, int(ids.size())).arg(category->name),
                   [ids, categoryId](store::ContactRepository &c) { return c.addToCategory(ids, categoryId); });
}

void ContactsView::removeSelectionFromCategory(const QString &categoryId)
{
    const QStringList ids = selectedIds();
    const std::optional<ContactCategory> category = m_store.contacts().findCategory(categoryId);
    if (ids.isEmpty() || !category)
        return;
    runOnSelection(ids, tr("Taking %Ln contact(s) out of “%1”…", nullptr, int(ids.size())).arg(category->name),
                   tr("%Ln contact(s) taken out of “%1”.", nullptr, int(ids.size())).arg(category->name),
                   [ids, categoryId](store::ContactRepository &c) { return c.removeFromCategory(ids, categoryId); });
}

void ContactsView::checkSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    runOnSelection(ids, tr("Asking the WhatsApp check for %Ln contact(s)…", nullptr, int(ids.size())),
                   tr("WhatsApp check asked for %Ln contact(s); it is sent when you are online.", nullptr,
                      int(ids.size())),
                   [ids](store::ContactRepository &c) { return c.requestVerification(ids); });
}

void ContactsView::deleteSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_busy)
        return;
    QString question;
    if (ids.size() == 1) {
        const std::optional<Contact> c = m_store.contacts().find(ids.constFirst());
        question = tr("Delete “%1”?").arg(c ? c->displayName() : QString());
    } else {
        question = tr("Delete %Ln contact(s)?", nullptr, int(ids.size()));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete contacts"), question, QMessageBox::NoButton, this);
    box->setInformativeText(tr("They are removed from this computer and from your Pitchside account. Campaigns "
                               "will no longer reach them."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setIcon(Icons::ui(QStringLiteral("trash-2"), Theme::danger()));
    box->addButton(QMessageBox::Cancel)->setDefault(true);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids] {
        if (box->clickedButton() != remove)
            return;
        // One transaction: all of them or, on an error, none.
        runOnSelection(ids, tr("Deleting %Ln contact(s)…", nullptr, int(ids.size())),
                       tr("%Ln contact(s) deleted.", nullptr, int(ids.size())),
                       [ids](store::ContactRepository &c) { return c.removeMany(ids); });
    });
    box->open();
}

} // namespace pitchside::ui
