#pragma once

#include "ContactQuery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVector>

class QTimer;

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {

// The WhatsApp contacts as a table, for lists of 100,000 and more. One
// statement gives the ordered rowids of the contacts that match (filter and
// sort are SQL); rows are read page by page as the view paints them, and
// only a few pages are kept. Changes announced on the store's hub are
// gathered for a moment, then the list is read again: rows that came or
// went are inserted or removed, so the view keeps its place.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // In the order of ContactOrder: a column sorts by its own.
    enum Column { NameColumn, NumberColumn, CategoriesColumn, WhatsAppColumn, AddedColumn, ColumnCount };
    enum class WhatsAppState { Unchecked, Yes, No, Waiting }; // Waiting: a check not yet sent
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        CategoryIdsRole,           // QStringList, live categories by name
        CategoryNamesRole,         // QStringList, same order
        CategoryColorsRole,        // QVariantList of QColor, same order (chips)
        WhatsAppStateRole,         // int, WhatsAppState
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 8;

    explicit ContactTableModel(store::Store &store, QObject *parent = nullptr);

    void setFilter(const ContactFilter &filter);
    const ContactFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Live contacts, whatever the filter.
    int totalCount() const { return m_total; }
    // Why the list could not be read (SQLite's words), empty when it was.
    QString lastError() const { return m_error; }
    static QString whatsAppText(WhatsAppState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows and ids, for views that keep their selection by id. The plural
    // forms read the store once per few hundred, for large selections.
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    QStringList idsAt(const QList<int> &rows) const;
    QList<int> rowsOf(const QStringList &ids) const;

    // Reads the list again now (changes are otherwise gathered for a moment).
    void refresh();
    // How long changes are gathered before the list is read again, in ms.
    void setRefreshDelay(int ms);
    // Pages read from the store since the model was made (tests: scrolling
    // must not read everything).
    int pagesRead() const { return m_pagesRead; }
    int pagesKept() const { return int(m_pages.size()); }

Q_SIGNALS:
    // The list was read again (filter, sort, or a change in the store).
    void refreshed();

private:
    struct Row
    {
        QString id;
        QString name;   // as shown: first and last name, or the number
        QString number; // as shown: "+33 6 12 34 56 78"
        QStringList categoryIds;
        WhatsAppState whatsapp = WhatsAppState::Unchecked;
        QDateTime verifiedAt; // UTC
        QDateTime createdAt;  // UTC
        bool found = false;   // false: gone since the list was read
    };
    struct Category
    {
        QString name;
        QColor color;
        int order = 0; // by name
    };

    QVector<qint64> readRowids(QString *error) const;
    int readTotal() const;
    void readCategories();
    void reloadAll();
    void applyPendingChanges();
    void applyRowids(QVector<qint64> fresh);
    void resetTo(QVector<qint64> fresh);
    void dropPages() const;
    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    // The ids of categories that exist, in the categories' order (by name).
    QStringList liveCategories(QStringList ids) const;
    QHash<qint64, int> &positions() const;
    void onStoreChanged(const QString &type);

    store::Store &m_store;
    ContactFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_rowids;
    int m_total = 0;
    QString m_error;
    QHash<QString, Category> m_categories;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QList<int> m_pageUse; // page numbers, least recently used first
    mutable QHash<qint64, int> m_positions; // rowid -> row, built when first asked
    mutable int m_pagesRead = 0;
    QTimer *m_refreshTimer;
    bool m_listChanged = false;  // contacts or categories: read the list again
    bool m_statesChanged = false; // the outbox: only the WhatsApp checks waiting
};

} // namespace pitchside::campaigns
