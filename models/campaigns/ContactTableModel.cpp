#include "ContactTableModel.h"

#include "PhoneNumbers.h"
#include "models/Logging.h"
#include "models/store/ChangeHub.h"
#include "models/store/ContactRepository.h"
#include "models/store/SqlValues.h"
#include "models/store/Store.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace pitchside::campaigns {

namespace {

static_assert(int(ContactOrder::Added) == ContactTableModel::AddedColumn
              && int(ContactOrder::Categories) == ContactTableModel::CategoriesColumn,
              "each column sorts by the order of the same number");

constexpr int kBindsPerQuery = 500; // well under SQLite's limit of bound values
const QColor kDefaultCategoryColor(0x60, 0x7D, 0x8B); // the column's default in migration 10

QString bindMarks(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

ContactTableModel::ContactTableModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &ContactTableModel::applyPendingChanges);
    connect(&store.hub(), &store::ChangeHub::changed, this,
            [this](const QString &type, const QStringList &) { onStoreChanged(type); });
    readCategories();
    resetTo(readRowids(&m_error));
    m_total = readTotal();
}

void ContactTableModel::setRefreshDelay(int ms)
{
    m_refreshTimer->setInterval(qBound(0, ms, 100));
}

void ContactTableModel::onStoreChanged(const QString &type)
{
    // A bulk change announces every contact it touched: gather them, and
    // read the list once. The timer is not restarted, so a long stream of
    // changes (a sync) still shows every 50 ms.
    if (type == store::EntityType::Contact || type == store::EntityType::ContactCategory)
        m_listChanged = true;
    else if (type == store::EntityType::Outbox)
        m_statesChanged = true; // a check was sent: "waiting" may be over
    else
        return;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ContactTableModel::applyPendingChanges()
{
    if (m_listChanged) {
        refresh();
        return;
    }
    if (!m_statesChanged)
        return;
    m_statesChanged = false;
    dropPages();
    if (!m_rowids.isEmpty())
        Q_EMIT dataChanged(index(0, WhatsAppColumn), index(int(m_rowids.size()) - 1, WhatsAppColumn));
}

void ContactTableModel::refresh()
{
    m_refreshTimer->stop();
    m_listChanged = m_statesChanged = false;
    readCategories();
    applyRowids(readRowids(&m_error));
    m_total = readTotal();
    Q_EMIT refreshed();
}

void ContactTableModel::setFilter(const ContactFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reloadAll();
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reloadAll();
}

void ContactTableModel::reloadAll()
{
    // Another filter or order is another list: the view starts over (and
    // puts back its selection by id).
    const bool storeChanged = m_listChanged;
    m_refreshTimer->stop();
    m_listChanged = m_statesChanged = false;
    resetTo(readRowids(&m_error));
    if (m_filter.isEmpty())
        m_total = int(m_rowids.size());
    else if (storeChanged)
        m_total = readTotal(); // else the total is what it was: no count to run
    Q_EMIT refreshed();
}

QVector<qint64> ContactTableModel::readRowids(QString *error) const
{
    QVariantList binds;
    QString sql;
    const bool byIndex = m_filter.isEmpty() && (m_sortColumn == NameColumn || m_sortColumn == NumberColumn);
    if (byIndex) {
        // Every contact by name or number: the index holds the order and the
        // rowids, so SQLite walks it without reading the table (a tenth of
        // the time of a sort); tombstones are few, read apart.
        sql = QStringLiteral("SELECT c.rowid FROM contacts c WHERE c.rowid NOT IN "
                             "(SELECT rowid FROM contacts WHERE deleted <> 0) ORDER BY %1")
                  .arg(contactOrderSql(ContactOrder(m_sortColumn), m_sortOrder));
    } else {
        // A filter: read the table once and sort what matched. Left to
        // itself SQLite would walk the name index and visit every row in
        // that order, several times slower.
        sql = QStringLiteral("SELECT c.rowid FROM contacts c NOT INDEXED WHERE %1 ORDER BY %2")
                  .arg(contactFilterSql(m_filter, &binds), contactOrderSql(ContactOrder(m_sortColumn), m_sortOrder));
    }
    QVector<qint64> out;
    QSqlQuery q(m_store.database().sql());
    if (!run(q, sql, binds)) {
        qCWarning(lcStore) << "cannot read the contacts:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return out;
    }
    if (error)
        error->clear();
    out.reserve(m_rowids.size() + 16);
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

int ContactTableModel::readTotal() const
{
    if (m_filter.isEmpty())
        return int(m_rowids.size());
    return m_store.contacts().count();
}

void ContactTableModel::readCategories()
{
    m_categories.clear();
    int order = 0;
    for (const ContactCategory &c : m_store.contacts().categories()) {
        const QColor color(c.color);
        m_categories.insert(c.id, {c.name, color.isValid() ? color : kDefaultCategoryColor, order++});
    }
}

void ContactTableModel::dropPages() const
{
    m_pages.clear();
    m_pageUse.clear();
}

void ContactTableModel::resetTo(QVector<qint64> fresh)
{
    beginResetModel();
    m_rowids = std::move(fresh);
    m_positions.clear();
    dropPages();
    endResetModel();
}

void ContactTableModel::applyRowids(QVector<qint64> fresh)
{
    if (fresh == m_rowids) {
        // The same contacts in the same order: what they show may have changed.
        dropPages();
        if (!m_rowids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rowids.size()) - 1, ColumnCount - 1));
        return;
    }
    if (m_rowids.isEmpty() || fresh.isEmpty()) {
        resetTo(std::move(fresh));
        return;
    }
    const QSet<qint64> freshSet(fresh.cbegin(), fresh.cend());
    const QSet<qint64> oldSet(m_rowids.cbegin(), m_rowids.cend());
    // Rows in both lists must keep their order (a renamed contact under the
    // name sort moves: start over), and a change in many places (an import)
    // is cheaper as one reset than as hundreds of inserts.
    constexpr int kMaxRuns = 64;
    int runs = 0;
    bool wasOut = false;
    for (qint64 id : std::as_const(m_rowids)) {
        const bool out = !freshSet.contains(id);
        runs += out && !wasOut;
        wasOut = out;
    }
    wasOut = false;
    for (qint64 id : std::as_const(fresh)) {
        const bool in = !oldSet.contains(id);
        runs += in && !wasOut;
        wasOut = in;
    }
    bool sameOrder = true;
    for (qsizetype i = 0, j = 0; sameOrder;) {
        while (i < m_rowids.size() && !freshSet.contains(m_rowids.at(i)))
            ++i;
        while (j < fresh.size() && !oldSet.contains(fresh.at(j)))
            ++j;
        if (i >= m_rowids.size() || j >= fresh.size())
            break;
        sameOrder = m_rowids.at(i++) == fresh.at(j++);
    }
    if (!sameOrder || runs > kMaxRuns) {
        resetTo(std::move(fresh));
        return;
    }
    dropPages();
    m_positions.clear();
    // Removals, as contiguous runs, from the end so rows keep their numbers.
    for (int i = int(m_rowids.size()) - 1; i >= 0; --i) {
        if (freshSet.contains(m_rowids.at(i)))
            continue;
        const int last = i;
        while (i > 0 && !freshSet.contains(m_rowids.at(i - 1)))
            --i;
        beginRemoveRows({}, i, last);
        m_rowids.remove(i, last - i + 1);
        endRemoveRows();
    }
    // Insertions, as contiguous runs: what is left of the old list is now
    // `fresh` without the new rows, in the same order.
    for (int j = 0; j < fresh.size();) {
        if (oldSet.contains(fresh.at(j))) {
            ++j;
            continue;
        }
        const int first = j;
        while (j < fresh.size() && !oldSet.contains(fresh.at(j)))
            ++j;
        beginInsertRows({}, first, j - 1);
        m_rowids.insert(first, j - first, 0);
        std::copy(fresh.cbegin() + first, fresh.cbegin() + j, m_rowids.begin() + first);
        endInsertRows();
    }
    // Rows that stayed may show something new (the edit that started this).
    if (!m_rowids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rowids.size()) - 1, ColumnCount - 1));
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowids.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ContactTableModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * kPageSize;
    const QVector<qint64> rowids = m_rowids.mid(first, kPageSize);
    QVariantList binds{store::EntityType::Contact};
    for (qint64 id : rowids)
        binds << id;
    // The categories as one list per contact (ids hold no comma), and
    // whether a WhatsApp check waits in the outbox, as the repository's
    // verificationsWaiting() reads it, for this page only.
    const QString sql =
        QStringLiteral("SELECT c.rowid, c.id, c.first_name, c.last_name, c.full_number, c.whatsapp_verified, "
                       "c.verified_at, c.created_at, "
                       "EXISTS (SELECT 1 FROM outbox o WHERE o.entity_type = ? AND o.entity_id = c.id "
                       "AND o.op = 'command'), "
                       "(SELECT group_concat(m.category_id, ',') FROM contact_category_members m "
                       "WHERE m.contact_id = c.id) "
                       "FROM contacts c WHERE c.deleted = 0 AND c.rowid IN (%1)")
            .arg(bindMarks(rowids.size()));
    QHash<qint64, Row> found;
    found.reserve(rowids.size());
    QSqlQuery q(m_store.database().sql());
    if (!run(q, sql, binds))
        qCWarning(lcStore) << "cannot read a page of contacts:" << q.lastError().text();
    while (q.next()) {
        Row r;
        r.found = true;
        r.id = q.value(1).toString();
        const QString firstName = q.value(2).toString().trimmed();
        const QString lastName = q.value(3).toString().trimmed();
        const QString fullNumber = q.value(4).toString();
        r.number = displayPhoneNumber(fullNumber);
        r.name = (firstName + u' ' + lastName).trimmed();
        if (r.name.isEmpty())
            r.name = r.number;
        r.verifiedAt = store::dateFromMs(q.value(6));
        r.createdAt = store::dateFromMs(q.value(7));
        if (q.value(8).toBool())
            r.whatsapp = WhatsAppState::Waiting;
        else if (!r.verifiedAt.isValid())
            r.whatsapp = WhatsAppState::Unchecked;
        else
            r.whatsapp = q.value(5).toBool() ? WhatsAppState::Yes : WhatsAppState::No;
        const QString categories = q.value(9).toString();
        if (!categories.isEmpty())
            r.categoryIds = liveCategories(categories.split(u','));
        found.insert(q.value(0).toLongLong(), std::move(r));
    }
    QVector<Row> rows;
    rows.reserve(rowids.size());
    for (qint64 id : rowids)
        rows.push_back(found.value(id)); // not found: deleted since the list was read; a refresh follows
    m_pages.insert(page, std::move(rows));
    m_pageUse.append(page);
    ++m_pagesRead;
    while (m_pageUse.size() > kPagesKept)
        m_pages.remove(m_pageUse.takeFirst());
}

QStringList ContactTableModel::liveCategories(QStringList ids) const
{
    ids.removeIf([this](const QString &id) { return !m_categories.contains(id); });
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_categories.value(a).order < m_categories.value(b).order;
    });
    return ids;
}

const ContactTableModel::Row *ContactTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowids.size())
        return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page)) {
        loadPage(page);
    } else if (m_pageUse.isEmpty() || m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const QVector<Row> &rows = m_pages[page];
    const int at = row % kPageSize;
    return at < rows.size() ? &rows.at(at) : nullptr;
}

QString ContactTableModel::whatsAppText(WhatsAppState state)
{
    switch (state) {
    case WhatsAppState::Yes:
        return tr("On WhatsApp");
    case WhatsAppState::No:
        return tr("No WhatsApp");
    case WhatsAppState::Waiting:
        return tr("Check waiting");
    case WhatsAppState::Unchecked:
        break;
    }
    return tr("Not checked");
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || !r->found)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r->name;
        case NumberColumn:
            return r->number;
        case CategoriesColumn: {
            QStringList names;
            for (const QString &id : r->categoryIds)
                names << m_categories.value(id).name;
            return names.join(QStringLiteral(", "));
        }
        case WhatsAppColumn:
            return whatsAppText(r->whatsapp);
        case AddedColumn:
            return locale.toString(r->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CategoriesColumn && !r->categoryIds.isEmpty())
            return data(index, Qt::DisplayRole); // the chips may not all fit
        if (index.column() == WhatsAppColumn && r->verifiedAt.isValid())
            return tr("Checked on %1").arg(locale.toString(r->verifiedAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == AddedColumn)
            return locale.toString(r->createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case IdRole:
        return r->id;
    case CategoryIdsRole:
        return r->categoryIds;
    case CategoryNamesRole: {
        QStringList names;
        for (const QString &id : r->categoryIds)
            names << m_categories.value(id).name;
        return names;
    }
    case CategoryColorsRole: {
        QVariantList colors;
        for (const QString &id : r->categoryIds)
            colors << m_categories.value(id).color;
        return colors;
    }
    case WhatsAppStateRole:
        return int(r->whatsapp);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Phone number");
    case CategoriesColumn:
        return tr("Categories");
    case WhatsAppColumn:
        return tr("WhatsApp");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

QHash<qint64, int> &ContactTableModel::positions() const
{
    if (m_positions.isEmpty() && !m_rowids.isEmpty()) {
        m_positions.reserve(m_rowids.size());
        for (int i = 0; i < m_rowids.size(); ++i)
            m_positions.insert(m_rowids.at(i), i);
    }
    return m_positions;
}

QString ContactTableModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r && r->found ? r->id : QString();
}

int ContactTableModel::rowOf(const QString &id) const
{
    const QList<int> rows = rowsOf({id});
    return rows.isEmpty() ? -1 : rows.constFirst();
}

QStringList ContactTableModel::idsAt(const QList<int> &rows) const
{
    // Rows on a kept page are known; the others are read by rowid, a few
    // hundred per statement, without filling the page cache.
    QHash<qint64, QString> ids;
    QVector<qint64> missing;
    for (int row : rows) {
        if (row < 0 || row >= m_rowids.size())
            continue;
        const auto page = m_pages.constFind(row / kPageSize);
        if (page != m_pages.constEnd() && row % kPageSize < page->size() && page->at(row % kPageSize).found)
            ids.insert(m_rowids.at(row), page->at(row % kPageSize).id);
        else
            missing << m_rowids.at(row);
    }
    for (qsizetype start = 0; start < missing.size(); start += kBindsPerQuery) {
        const QVector<qint64> chunk = missing.mid(start, kBindsPerQuery);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        QSqlQuery q(m_store.database().sql());
        if (!run(q, QStringLiteral("SELECT rowid, id FROM contacts WHERE deleted = 0 AND rowid IN (%1)")
                        .arg(bindMarks(chunk.size())),
                 binds)) {
            qCWarning(lcStore) << "cannot read contact ids:" << q.lastError().text();
            continue;
        }
        while (q.next())
            ids.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QStringList out;
    out.reserve(rows.size());
    for (int row : rows) {
        const QString id = row >= 0 && row < m_rowids.size() ? ids.value(m_rowids.at(row)) : QString();
        if (!id.isEmpty())
            out << id;
    }
    return out;
}

QList<int> ContactTableModel::rowsOf(const QStringList &ids) const
{
    QList<int> out;
    if (m_rowids.isEmpty())
        return out;
    const QHash<qint64, int> &at = positions();
    for (qsizetype start = 0; start < ids.size(); start += kBindsPerQuery) {
        const QStringList chunk = ids.mid(start, kBindsPerQuery);
        QSqlQuery q(m_store.database().sql());
        if (!run(q, QStringLiteral("SELECT rowid FROM contacts WHERE id IN (%1)").arg(bindMarks(chunk.size())),
                 QVariantList(chunk.cbegin(), chunk.cend()))) {
            qCWarning(lcStore) << "cannot find contacts:" << q.lastError().text();
            continue;
        }
        while (q.next()) {
            const int row = at.value(q.value(0).toLongLong(), -1);
            if (row >= 0)
                out << row;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pitchside::campaigns
