// The WhatsApp contacts of a big club (issue 15), 100,000 of them:
//  1. importing a 100,000-line CSV as Excel in France saves it (read, check,
//     write), against the same rows inserted with the sqlite3 C API into the
//     same schema (target ≤ 1.5×);
//  2. filtering the contacts table (a name, a name typed without its
//     accents, digits of a number, a category, WhatsApp = No), against the
//     bare SELECT of the same rows (≤ 50 ms);
//  3. scrolling a table view over it, against the same view over the same
//     rows already in memory (≤ 16 ms a frame), without reading every page.
// Every figure is a median of runs, printed with its ratio to a floor
// measured in the same run (the machine is shared and noisy).
//
//   bench_contacts [contacts=100000]
#include "bench_common.h"

#include "models/Clock.h"
#include "models/campaigns/ContactImport.h"
#include "models/campaigns/ContactTableModel.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"
#include "models/store/Transaction.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace pitchside;
using campaigns::ContactFilter;
using campaigns::ContactTableModel;

namespace {

constexpr int kImportRuns = 3;
constexpr int kFilterRuns = 20;
constexpr int kFrames = 200;

// Names as a French club's lists hold them: accents, a few compound ones,
// "Martin" in both columns, "Hélène" (found by "helene").
const char *const kFirstNames[] = {
    "Camille", "Léa",    "Hugo",     "Chloé",  "Lucas",   "Inès",    "Jérôme", "Gaëlle",  "Hélène",
    "Étienne", "Zoé",    "Noël",     "Théo",   "Manon",   "Maël",    "Océane", "François", "Anaïs",
    "Benoît",  "Céline", "Loïc",     "Mélanie", "Jean-Pierre", "Marie", "Nicolas", "Sophie", "Julien",
    "Émilie",  "Martine", "Raphaël", "Clément", "Agnès",   "Josée",   "Cédric", "Léon",    "Margaux"};
const char *const kLastNames[] = {
    "Martin",  "Bernard", "Dubois",   "Thomas",   "Robert",    "Richard",  "Petit",    "Durand",   "Leroy",
    "Moreau",  "Simon",   "Laurent",  "Lefèvre",  "Michel",    "Garcia",   "David",    "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel",   "Girard",   "André",     "Mercier",  "Dupont",   "Lambert",  "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure",     "Rousseau", "Blanc",    "Guérin",   "Muller",
    "Henry",   "Roussel", "Perrin",   "Morin",    "Mathieu",   "Gauthier", "Dumont",   "Lopez",    "Fontaine",
    "Chevalier", "Robin", "Masson",   "Gérard",   "Boyer",     "Denis",    "Lemaire",  "Duval",    "Joly",
    "Roche",   "Meunier", "Pérez",    "Marchand", "Dufour",    "Barbier",  "Brunet",   "Leroux",   "Colin",
    "Renard",  "Arnaud",  "Caron",    "Giraud",   "Leclerc",   "Vidal",    "Lemoine",  "Picard",   "Lacroix",
    "Le Gall", "Rivière", "Saint-Martin", "Bénard", "Deschamps", "Carpentier", "Lécuyer", "Besnard"};
const char *const kCategories[] = {"Parents U11", "Parents U13", "Bénévoles", "Supporters", "Partenaires"};

QString pick(QRandomGenerator &rng, const char *const *names, int count)
{
    return QString::fromUtf8(names[rng.bounded(count)]);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QVector<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype at = qsizetype(std::ceil(p * double(samples.size()))) - 1;
    return samples.at(qBound<qsizetype>(0, at, samples.size() - 1));
}

// The 8 digits after "06" of the i-th number: all different (7919 is prime
// to 8·10⁷), and all valid French mobiles — "06 3…" and "06 9…" are partly
// unallocated, so they are never drawn.
QString mobileDigits(int i)
{
    const qint64 n = (qint64(i) * 7919 + 1234567) % 80000000;
    return QStringLiteral("%1%2").arg(QChar(u"01245678"[n / 10000000])).arg(n % 10000000, 7, 10, QLatin1Char('0'));
}

QString pairs(const QString &digits)
{
    return digits.mid(0, 2) + u' ' + digits.mid(2, 2) + u' ' + digits.mid(4, 2) + u' ' + digits.mid(6, 2);
}

// ---------------------------------------------------------------------------
// 1. CSV import

struct FrenchCsv
{
    QByteArray bytes;
    int lines = 0;      // after the header
    int invalid = 0;    // planted: not numbers, too short, too long
    int duplicates = 0; // planted: a number of the line before, written another way
};

// A file as Excel in France saves it: Windows-1252, ';', CRLF, numbers
// mostly "06 12 34 56 78" and sometimes the other ways people write them;
// a few hundred lines that must not come in.
FrenchCsv frenchCsv(int lines)
{
    const char *const bad[] = {"06 12 34", "pas de numéro", "06 12 34 56 78 90 12", "voir avec Julien"};
    FrenchCsv csv;
    csv.lines = lines;
    QRandomGenerator rng(15);
    QString text = QStringLiteral("Prénom;Nom;Téléphone\r\n");
    text.reserve(qsizetype(lines) * 40);
    bool previousValid = false;
    for (int i = 0; i < lines; ++i) {
        const QString digits = mobileDigits(i);
        QString number;
        bool valid = true;
        if (i % 331 == 17) {
            number = QString::fromUtf8(bad[(i / 331) % 4]);
            valid = false;
            ++csv.invalid;
        } else if (i % 509 == 23 && previousValid) {
            number = QStringLiteral("+33 6 ") + pairs(mobileDigits(i - 1)); // same as the line before
            valid = false;
            ++csv.duplicates;
        } else {
            switch (i % 10) {
            case 7:
                number = QStringLiteral("06") + digits;
                break;
            case 8:
                number = QStringLiteral("+33 6 ") + pairs(digits);
                break;
            case 9:
                number = QStringLiteral("06.") + pairs(digits).replace(u' ', u'.');
                break;
            default:
                number = QStringLiteral("06 ") + pairs(digits);
            }
        }
        previousValid = valid;
        text += pick(rng, kFirstNames, int(std::size(kFirstNames))) + u';'
                + pick(rng, kLastNames, int(std::size(kLastNames))) + u';' + number + QStringLiteral("\r\n");
    }
    QStringEncoder cp1252("windows-1252");
    csv.bytes = cp1252.isValid() ? QByteArray(cp1252.encode(text)) : text.toUtf8();
    return csv;
}

struct ImportRun
{
    double read = 0, check = 0, write = 0;
    int written = 0;
    campaigns::ImportCheck checked;
    QString format;
};

// What the import wizard does, step by step, into a fresh store.
ImportRun importOnce(const QByteArray &bytes, const QString &path)
{
    store::StoreError error;
    auto store = store::Store::open(path, &error);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.detail));
    ImportRun run;
    QElapsedTimer t;
    t.start();
    const campaigns::CsvFile file = campaigns::readCsvBytes(bytes);
    run.read = msSince(t);
    if (!file.error.isEmpty())
        qFatal("the CSV was not read: %s", qPrintable(file.error));
    run.format = campaigns::encodingName(file.format.encoding) + QStringLiteral(", '") + file.format.delimiter
                 + u'\'';

    t.restart();
    QVector<campaigns::ContactColumn> mapping;
    for (const QString &header : file.header)
        mapping << campaigns::guessContactColumn(header);
    store::ContactRepository contacts = store->contacts();
    run.checked = campaigns::checkImport(file, mapping, contacts.numbers());
    run.check = msSince(t);

    t.restart();
    QString writeError;
    run.written = campaigns::writeImport(contacts, run.checked.rows, {}, {}, nullptr, &writeError);
    run.write = msSince(t);
    if (run.written != run.checked.rows.size())
        qFatal("the import wrote %d of %d rows: %s", run.written, int(run.checked.rows.size()),
               qPrintable(writeError));
    return run;
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("floor: %s: %s", what, sqlite3_errmsg(db));
}

void bindText(sqlite3_stmt *s, int i, const QString &text)
{
    // The strings outlive the step: no copy.
    sqlite3_bind_text16(s, i, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

// The floor of the write: the rows checkImport kept, inserted as the store
// writes them — the contact row with every column SyncedRows::create fills
// (version 0, dirty) and its outbox 'create' (Outbox::recordCreate) — with
// the sqlite3 C API, prepared statements, one transaction, on a fresh file
// with the app's schema and the PRAGMAs of models/store/Database.cpp.
double sqliteFloor(const QVector<campaigns::ImportRow> &rows, const QString &path)
{
    {
        store::StoreError error;
        if (!store::Store::open(path, &error)) // the schema, migrations and all
            qFatal("floor store: %s", qPrintable(error.detail));
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db, "open");
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 5000", "PRAGMA temp_store = MEMORY"})
        check(sqlite3_exec(db, pragma, nullptr, nullptr, nullptr), db, pragma);

    QElapsedTimer t;
    t.start();
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt *contact = nullptr;
    sqlite3_stmt *outbox = nullptr;
    check(sqlite3_prepare_v3(db,
                             "INSERT INTO contacts (id, first_name, last_name, full_number, country_code, "
                             "phone_number, whatsapp_verified, verified_at, created_at, updated_at, version, dirty, "
                             "deleted, conflict) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, 0, 1, 0, 0)",
                             -1, SQLITE_PREPARE_PERSISTENT, &contact, nullptr),
          db, "prepare contacts");
    check(sqlite3_prepare_v3(db,
                             "INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                             "idempotency_key, created_at) VALUES ('contact', ?, 'create', '{}', 0, ?, ?)",
                             -1, SQLITE_PREPARE_PERSISTENT, &outbox, nullptr),
          db, "prepare outbox");
    for (const campaigns::ImportRow &row : rows) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 now = Clock::nowMs();
        bindText(contact, 1, id);
        bindText(contact, 2, row.firstName);
        bindText(contact, 3, row.lastName);
        bindText(contact, 4, row.e164);
        bindText(contact, 5, row.countryCode);
        bindText(contact, 6, row.national);
        sqlite3_bind_int64(contact, 7, now);
        sqlite3_bind_int64(contact, 8, now);
        check(sqlite3_step(contact), db, "insert contact");
        sqlite3_reset(contact);
        bindText(outbox, 1, id);
        bindText(outbox, 2, key);
        sqlite3_bind_int64(outbox, 3, now);
        check(sqlite3_step(outbox), db, "insert outbox");
        sqlite3_reset(outbox);
    }
    sqlite3_finalize(contact);
    sqlite3_finalize(outbox);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double ms = msSince(t);
    sqlite3_close(db);
    return ms;
}

void measureImport(int lines, const QTemporaryDir &dir)
{
    const FrenchCsv csv = frenchCsv(lines);
    QVector<double> read, checked, written, total, floor;
    ImportRun first;
    for (int run = 0; run < kImportRuns; ++run) {
        ImportRun r = importOnce(csv.bytes, dir.filePath(QStringLiteral("import-%1.sqlite").arg(run)));
        read << r.read;
        checked << r.check;
        written << r.write;
        total << r.read + r.check + r.write;
        if (run == 0)
            first = std::move(r);
    }
    // The same rows each time (those of the first run); fresh files, as above.
    for (int run = 0; run < kImportRuns; ++run)
        floor << sqliteFloor(first.checked.rows, dir.filePath(QStringLiteral("floor-%1.sqlite").arg(run)));

    using Kind = campaigns::ImportIssue::Kind;
    std::printf("CSV import: %d lines (%s, %.1f MB), %d written; %d invalid numbers (%d planted), %d duplicates "
                "(%d planted), %d broken, %d already contacts\n",
                lines, qPrintable(first.format), double(csv.bytes.size()) / 1e6, first.written,
                first.checked.count(Kind::InvalidNumber), csv.invalid, first.checked.count(Kind::DuplicateInFile),
                csv.duplicates, first.checked.count(Kind::Broken), first.checked.count(Kind::AlreadyContact));
    std::printf("  read %.0f ms, check %.0f ms, write %.0f ms (medians of %d, a fresh store each)\n",
                bench::median(read), bench::median(checked), bench::median(written), kImportRuns);
    // Both rates over the file's lines, so their ratio is that of the times.
    const double importMs = bench::median(total), floorMs = bench::median(floor);
    const double ratio = floorMs > 0 ? importMs / floorMs : 0;
    std::printf("CSV import of %d lines: %.0f ms median = %.0f lines/s (floor: the rows with the sqlite3 C API "
                "%.0f ms = %.0f lines/s, ratio %.2f), target <= 1.5x: %s\n",
                lines, importMs, lines / importMs * 1000, floorMs, lines / floorMs * 1000, ratio,
                ratio <= 1.5 ? "ok" : "OVER");
    std::fflush(stdout);
}

// ---------------------------------------------------------------------------
// 2. Filters

// `count` contacts as the first pull writes them: clean (version 1, not
// dirty), each in one of 5 categories and a quarter in a second one, three
// in five checked as on WhatsApp, 15 % checked as not. Plain inserts in one
// transaction; the import above is what measures the store's own writes.
QStringList seedPulled(store::Store &store, int count)
{
    QSqlDatabase &db = store.database().sql();
    store::Transaction tx(db);
    QSqlQuery contact(db), member(db), category(db);
    contact.prepare(QStringLiteral(
        "INSERT INTO contacts (id, first_name, last_name, full_number, country_code, phone_number, "
        "whatsapp_verified, verified_at, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, '33', ?, ?, ?, ?, ?, 1)"));
    member.prepare(QStringLiteral(
        "INSERT INTO contact_category_members (contact_id, category_id, position) VALUES (?, ?, ?)"));
    category.prepare(QStringLiteral("INSERT INTO contact_categories (id, name, color, contact_count, created_at, "
                                    "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)"));
    const int kinds = int(std::size(kCategories));
    QStringList categories;
    QVector<int> members(kinds, 0);
    for (int k = 0; k < kinds; ++k)
        categories << QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 base = 1767225600000LL - qint64(count) * 60000;
    QRandomGenerator rng(16);
    const auto addMember = [&](const QString &id, int k, int position) {
        member.addBindValue(id);
        member.addBindValue(categories.at(k));
        member.addBindValue(position);
        ++members[k];
        return member.exec();
    };
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString digits = mobileDigits(i);
        const qint64 created = base + qint64(i) * 60000;
        const int state = i % 20; // 0-11: on WhatsApp, 12-14: not, 15-19: never checked
        contact.addBindValue(id);
        contact.addBindValue(pick(rng, kFirstNames, int(std::size(kFirstNames))));
        contact.addBindValue(pick(rng, kLastNames, int(std::size(kLastNames))));
        contact.addBindValue(QStringLiteral("+336") + digits);
        contact.addBindValue(QStringLiteral("6") + digits);
        contact.addBindValue(state < 12 ? 1 : 0);
        contact.addBindValue(state < 15 ? QVariant(created + 3600000) : QVariant());
        contact.addBindValue(created);
        contact.addBindValue(created);
        if (!contact.exec() || !addMember(id, i % kinds, 0) || (i % 4 == 0 && !addMember(id, (i + 2) % kinds, 1)))
            qFatal("cannot seed the contacts: %s", qPrintable(contact.lastError().text() + member.lastError().text()));
    }
    const char *const colors[] = {"#2E7D32", "#1565C0", "#EF6C00", "#AD1457", "#6A1B9A"};
    for (int k = 0; k < kinds; ++k) {
        category.addBindValue(categories.at(k));
        category.addBindValue(QString::fromUtf8(kCategories[k]));
        category.addBindValue(QString::fromLatin1(colors[k]));
        category.addBindValue(members.at(k));
        category.addBindValue(base);
        category.addBindValue(base);
        if (!category.exec())
            qFatal("cannot seed the categories: %s", qPrintable(category.lastError().text()));
    }
    if (!tx.commit())
        qFatal("cannot seed: %s", qPrintable(tx.lastError()));
    return categories;
}

// The rowids the bare statement finds, read as the model reads them.
int bareSelect(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("floor: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QVector<qint64> rowids;
    while (q.next())
        rowids.push_back(q.value(0).toLongLong());
    return int(rowids.size());
}

void measureFilters(store::Store &store, const QStringList &categories)
{
    struct Case
    {
        QString name;
        ContactFilter filter;
        QString where; // the bare equivalent, on contacts as `c`
        QVariantList binds;
    };
    ContactFilter martin, helene, digits, category, noWhatsApp;
    martin.search = QStringLiteral("martin");
    helene.search = QStringLiteral("helene");
    digits.search = QStringLiteral("06 12");
    category.categoryId = categories.at(2);
    noWhatsApp.whatsapp = ContactFilter::WhatsApp::No;
    // LIKE ignores the case of ASCII letters only: for "helene", '_' stands
    // in for the accented letters. That is no more than the model's search
    // does, and enough on these names (the counts printed must agree).
    const QString inName = QStringLiteral("(c.first_name LIKE ? OR c.last_name LIKE ?)");
    const QList<Case> cases = {
        {QStringLiteral("a name word \"martin\""), martin, inName,
         {QStringLiteral("%martin%"), QStringLiteral("%martin%")}},
        {QStringLiteral("without its accents \"helene\" (Hélène)"), helene, inName,
         {QStringLiteral("%h_l_ne%"), QStringLiteral("%h_l_ne%")}},
        {QStringLiteral("digits \"06 12\""), digits, QStringLiteral("c.full_number LIKE ?"), {QStringLiteral("%612%")}},
        {QStringLiteral("a category (%1)").arg(QString::fromUtf8(kCategories[2])), category,
         QStringLiteral("c.id IN (SELECT contact_id FROM contact_category_members WHERE category_id = ?)"),
         {categories.at(2)}},
        {QStringLiteral("WhatsApp = No"), noWhatsApp,
         QStringLiteral("c.verified_at IS NOT NULL AND c.whatsapp_verified = 0"), {}},
    };

    ContactTableModel model(store);
    for (const Case &c : cases) {
        // From the whole list each time (setFilter does nothing when the
        // filter is the same), as when someone starts typing; run 0 warms
        // SQLite's cache and is not counted.
        QVector<double> modelMs;
        for (int run = 0; run <= kFilterRuns; ++run) {
            model.setFilter({});
            QElapsedTimer t;
            t.start();
            model.setFilter(c.filter);
            if (run > 0)
                modelMs << msSince(t);
        }
        const int shown = model.rowCount();
        // The same rows in the same order (by name), the table read once
        // and the matches sorted, as the model finds faster than walking
        // the name index.
        const QString sql = QStringLiteral("SELECT c.rowid FROM contacts c NOT INDEXED WHERE c.deleted = 0 AND %1 "
                                           "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.rowid")
                                .arg(c.where);
        int bare = 0;
        QVector<double> floorMs;
        for (int run = 0; run <= kFilterRuns; ++run) {
            QElapsedTimer t;
            t.start();
            bare = bareSelect(store.database().sql(), sql, c.binds);
            if (run > 0)
                floorMs << msSince(t);
        }
        const QByteArray name = QStringLiteral("filter: %1, %2 contacts").arg(c.name).arg(shown).toUtf8();
        if (bare != shown)
            std::printf("  (!) the bare SELECT found %d contacts, the model %d: the floor is not the same work\n", bare,
                        shown);
        bench::report(name.constData(), bench::median(modelMs), bench::median(floorMs), 50);
    }
}

// ---------------------------------------------------------------------------
// 3. Scrolling

// The same view for both models: 1280×800, columns of fixed widths (what is
// painted is the same text at the same places).
void setUpView(QTableView &view, QAbstractItemModel &model)
{
    view.setModel(&model);
    view.resize(1280, 800);
    const int widths[] = {300, 200, 300, 180, 140};
    for (int column = 0; column < int(std::size(widths)); ++column)
        view.setColumnWidth(column, widths[column]);
    view.show();
    QApplication::processEvents();
}

// The same rows, their text already in memory: what the view costs with no
// store behind it. Read through a model of its own, so that the measured
// one starts cold.
std::unique_ptr<QStandardItemModel> inMemoryCopy(store::Store &store)
{
    ContactTableModel source(store);
    const int columns = ContactTableModel::ColumnCount;
    auto copy = std::make_unique<QStandardItemModel>(source.rowCount(), columns);
    for (int column = 0; column < columns; ++column)
        copy->setHeaderData(column, Qt::Horizontal, source.headerData(column, Qt::Horizontal));
    for (int row = 0; row < source.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            copy->setItem(row, column, new QStandardItem(source.index(row, column).data().toString()));
    }
    return copy;
}

// Each frame: the scroll bar moved, the viewport painted at once, then
// whatever the move left for the event loop. Page by page from the top
// (PageDown held), or in `kFrames` jumps from the top to the bottom (the
// thumb dragged: rows never seen on every frame, a page read each time).
QVector<double> scrollFrames(QTableView &view, bool wholeList)
{
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    QApplication::processEvents();
    QVector<double> frames;
    for (int k = 1; k <= kFrames; ++k) {
        const int to = wholeList ? int(qint64(bar->maximum()) * k / kFrames) : bar->value() + bar->pageStep();
        QElapsedTimer t;
        t.start();
        bar->setValue(to);
        view.viewport()->repaint();
        QApplication::processEvents();
        frames << msSince(t);
    }
    return frames;
}

void reportFrames(const char *name, const QVector<double> &frames, const QVector<double> &floor)
{
    bench::report(name, bench::median(frames), bench::median(floor), 16);
    const double p95 = percentile(frames, 0.95), floorP95 = percentile(floor, 0.95);
    std::printf("  p95 %.2f ms (floor %.2f ms, ratio %.2f), target <= 16 ms: %s\n", p95, floorP95,
                floorP95 > 0 ? p95 / floorP95 : 0.0, p95 <= 16 ? "ok" : "OVER");
    std::fflush(stdout);
}

void measureScrolling(store::Store &store)
{
    QElapsedTimer copying;
    copying.start();
    const std::unique_ptr<QStandardItemModel> copy = inMemoryCopy(store);
    std::printf("(the in-memory copy of %d rows took %lld ms)\n", copy->rowCount(),
                static_cast<long long>(copying.elapsed()));

    ContactTableModel model(store);
    const int pages = (model.rowCount() + ContactTableModel::kPageSize - 1) / ContactTableModel::kPageSize;
    QTableView view;
    setUpView(view, model);
    const int shownFirst = model.pagesRead();
    const QVector<double> byPage = scrollFrames(view, false);
    const int readByPage = model.pagesRead() - shownFirst;
    const QVector<double> across = scrollFrames(view, true);
    const int readAcross = model.pagesRead() - shownFirst - readByPage;
    view.hide();

    QTableView plain;
    setUpView(plain, *copy);
    const QVector<double> plainByPage = scrollFrames(plain, false);
    const QVector<double> plainAcross = scrollFrames(plain, true);
    plain.hide();

    reportFrames("scrolling page by page, a frame (200 pages from the top)", byPage, plainByPage);
    std::printf("  pages of %d rows read: %d of %d\n", ContactTableModel::kPageSize, readByPage, pages);
    reportFrames("scrolling across the whole list, a frame (200 jumps top to bottom)", across, plainAcross);
    std::printf("  pages of %d rows read: %d of %d (%d in all since the model was made, %d kept)\n",
                ContactTableModel::kPageSize, readAcross, pages, model.pagesRead(), model.pagesKept());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int contacts = argc > 1 ? std::atoi(argv[1]) : 100000;
    if (argc > 2 || contacts < 1000) {
        std::fprintf(stderr, "usage: bench_contacts [contacts=100000]   (at least 1000)\n");
        return 2;
    }
    ui::Theme::apply(ui::Theme::Mode::Light);
    QTemporaryDir dir;

    // 1. A CSV of `contacts` lines into a fresh store.
    measureImport(contacts, dir);

    // 2 and 3 on a store the way a first pull leaves it.
    store::StoreError error;
    auto store = store::Store::open(dir.filePath(QStringLiteral("pulled.sqlite")), &error);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error.detail));
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    const QStringList categories = seedPulled(*store, contacts);
    std::printf("%d contacts in %d categories seeded in %lld ms\n", contacts, int(categories.size()),
                static_cast<long long>(seeding.elapsed()));
    measureFilters(*store, categories);
    measureScrolling(*store);
    return 0;
}
