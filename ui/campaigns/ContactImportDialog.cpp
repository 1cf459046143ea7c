#include "ContactImportDialog.h"

#include "CategoryDialog.h"
#include "../common/FieldMessage.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Contact.h"
#include "models/campaigns/PhoneNumbers.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pitchside::ui {

using campaigns::ContactColumn;
using campaigns::ImportIssue;

namespace {

constexpr int kPreviewLines = 20;
constexpr int kProblemsShown = 500; // the rest is counted, not listed
const QString kRegion = QStringLiteral("FR");

const ContactColumn kColumns[] = {ContactColumn::Ignore, ContactColumn::FirstName, ContactColumn::LastName,
                                  ContactColumn::FullName, ContactColumn::Phone};

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    return label;
}

// A local file among what is dragged, if any.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

ContactImportDialog::ContactImportDialog(store::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_pages(new QStackedWidget(this)), m_stepTitle(new QLabel(this)),
      m_progressTimer(new QTimer(this)), m_back(new QPushButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Import contacts"));
    setAcceptDrops(true);
    resize(760, 560);
    QFont title = m_stepTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_stepTitle->setFont(title);

    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildColumnsPage());
    m_pages->addWidget(buildCheckPage());
    m_pages->addWidget(buildImportPage());

    m_next->setObjectName(QStringLiteral("PrimaryButton"));
    m_next->setDefault(true);
    connect(m_next, &QPushButton::clicked, this, &ContactImportDialog::next);
    connect(m_back, &QPushButton::clicked, this, &ContactImportDialog::back);
    connect(m_cancel, &QPushButton::clicked, this, &ContactImportDialog::reject);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ContactImportDialog::showProgress);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    goTo(Step::File);
}

ContactImportDialog::~ContactImportDialog()
{
    // The worker holds its own references; told to stop, it rolls back.
    if (m_cancelImport)
        m_cancelImport->store(true);
}

QWidget *ContactImportDialog::buildFilePage()
{
    auto *page = new QWidget(this);
    auto *drop = new QFrame(page);
    drop->setObjectName(QStringLiteral("DropZone"));
    drop->setStyleSheet(QStringLiteral("#DropZone { border: 2px dashed %1; border-radius: 12px; }")
                            .arg(Theme::border().name()));
    auto *icon = new QLabel(drop);
    icon->setPixmap(Icons::uiPixmap(QStringLiteral("upload"), 40, Theme::mutedText()));
    icon->setAlignment(Qt::AlignCenter);
    auto *dropText = new QLabel(tr("Drop a CSV file here"), drop);
    dropText->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(Icons::ui(QStringLiteral("folder-open")), tr("Choose a file…"), drop);
    connect(choose, &QPushButton::clicked, this, &ContactImportDialog::chooseFile);
    auto *dropLayout = new QVBoxLayout(drop);
    dropLayout->setContentsMargins(Theme::spacing * 3, Theme::spacing * 4, Theme::spacing * 3, Theme::spacing * 4);
    dropLayout->addWidget(icon);
    dropLayout->addWidget(dropText);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addStretch(1);
    chooseRow->addWidget(choose);
    chooseRow->addStretch(1);
    dropLayout->addLayout(chooseRow);

    m_fileName = new QLabel(page);
    QFont bold = m_fileName->font();
    bold.setBold(true);
    m_fileName->setFont(bold);
    m_fileName->setWordWrap(true);
    m_format = mutedLabel(QString(), page);
    m_fileMessage = new FieldMessage(page);
    auto *hint = mutedLabel(tr("The first line names the columns (first name, last name, phone number…). From Excel: "
                               "File › Save as › CSV. From Google Sheets: File › Download › CSV."),
                            page);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(drop);
    layout->addSpacing(Theme::spacing);
    layout->addWidget(m_fileName);
    layout->addWidget(m_format);
    layout->addWidget(m_fileMessage);
    layout->addStretch(1);
    layout->addWidget(hint);
    return page;
}

QWidget *ContactImportDialog::buildColumnsPage()
{
    auto *page = new QWidget(this);
    auto *intro = mutedLabel(tr("Say what each column holds. The phone number is needed; names are optional."), page);
    m_columnArea = new QWidget(page);
    m_columnGrid = new QGridLayout(m_columnArea);
    m_columnGrid->setContentsMargins(0, 0, Theme::spacing, 0);
    m_columnGrid->setHorizontalSpacing(Theme::spacing * 2);
    m_columnGrid->setColumnStretch(2, 1);
    m_columnScroll = new QScrollArea(page);
    m_columnScroll->setWidget(m_columnArea);
    m_columnScroll->setWidgetResizable(true);
    m_columnScroll->setFrameShape(QFrame::NoFrame);
    m_columnsMessage = new FieldMessage(page);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setAccessibleName(tr("The file's first lines"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_columnScroll);
    layout->addWidget(m_columnsMessage);
    layout->addWidget(new QLabel(tr("The first lines of the file:"), page));
    layout->addWidget(m_preview, 1);
    return page;
}

QWidget *ContactImportDialog::buildCheckPage()
{
    auto *page = new QWidget(this);
    m_checking = new QProgressBar(page);
    m_checking->setRange(0, 0); // busy: the check reports no steps
    m_checking->setTextVisible(false);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    m_checkSummary->setTextFormat(Qt::RichText);
    m_problems = new QTreeWidget(page);
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Line"), tr("Why it is not imported")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->setAccessibleName(tr("Lines not imported"));
    m_problemsNote = mutedLabel(QString(), page);
    m_categories = new QListWidget(page);
    m_categories->setMaximumHeight(130);
    m_categories->setAccessibleName(tr("Categories of the imported contacts"));
    m_noCategory = mutedLabel(tr("No category yet: you can put the contacts in categories later."), page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checking);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_problemsNote);
    layout->addSpacing(Theme::spacing);
    layout->addWidget(new QLabel(tr("Put them in these categories (optional):"), page));
    layout->addWidget(m_categories);
    layout->addWidget(m_noCategory);
    return page;
}

QWidget *ContactImportDialog::buildImportPage()
{
    auto *page = new QWidget(this);
    m_importLabel = new QLabel(page);
    m_importLabel->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_outcome = new QLabel(page);
    m_outcome->setWordWrap(true);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, Theme::spacing * 4, 0, 0);
    layout->addWidget(m_importLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    return page;
}

ContactImportDialog::Step ContactImportDialog::step() const
{
    return Step(m_pages->currentIndex());
}

void ContactImportDialog::goTo(Step step)
{
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::File:
        m_stepTitle->setText(tr("1. The file"));
        break;
    case Step::Columns:
        m_stepTitle->setText(tr("2. The columns"));
        break;
    case Step::Check:
        m_stepTitle->setText(tr("3. The check"));
        break;
    case Step::Import:
        m_stepTitle->setText(tr("4. The import"));
        break;
    }
    updateButtons();
}

void ContactImportDialog::updateButtons()
{
    const Step s = step();
    m_back->setVisible(s != Step::File && s != Step::Import);
    m_back->setEnabled(!m_busy);
    m_next->setVisible(s != Step::Import);
    switch (s) {
    case Step::File:
        m_next->setText(tr("Next"));
        m_next->setEnabled(m_fileReady && !m_busy);
        break;
    case Step::Columns:
        m_next->setText(tr("Check the lines"));
        m_next->setEnabled(mapping().contains(ContactColumn::Phone));
        break;
    case Step::Check:
        m_next->setText(tr("Import %Ln contact(s)", nullptr, int(m_check.rows.size())));
        m_next->setEnabled(m_checkReady && !m_busy && !m_check.rows.isEmpty());
        break;
    case Step::Import:
        break;
    }
    m_cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
}

void ContactImportDialog::next()
{
    switch (step()) {
    case Step::File:
        if (m_fileReady) {
            if (m_columnsStale)
                fillColumns(); // else keep what was chosen before going back
            goTo(Step::Columns);
        }
        break;
    case Step::Columns:
        if (mapping().contains(ContactColumn::Phone))
            startCheck();
        break;
    case Step::Check:
        if (m_checkReady && !m_check.rows.isEmpty())
            startImport();
        break;
    case Step::Import:
        break;
    }
}

void ContactImportDialog::back()
{
    if (step() == Step::Check) {
        ++m_generation; // a check still running is of no use now
        m_busy = false;
        goTo(Step::Columns);
    } else if (step() == Step::Columns) {
        goTo(Step::File);
    }
}

void ContactImportDialog::reject()
{
    if (m_importing) {
        // The worker rolls back at its next batch; the dialog says so when it has.
        m_cancelImport->store(true);
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        m_importLabel->setText(tr("Cancelling: nothing will be added…"));
        return;
    }
    QDialog::reject();
}

void ContactImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_importing && !m_finished && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ContactImportDialog::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_importing && !m_finished && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ContactImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || m_importing || m_finished)
        return;
    event->acceptProposedAction();
    openFile(path);
}

void ContactImportDialog::chooseFile()
{
    auto *picker = new QFileDialog(this, tr("Choose a CSV file"), QFileInfo(m_path).absolutePath(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &ContactImportDialog::openFile);
    picker->open();
}

void ContactImportDialog::openFile(const QString &path)
{
    if (m_importing || m_finished)
        return;
    goTo(Step::File);
    m_path = path;
    m_fileReady = false;
    m_checkReady = false;
    m_busy = true;
    const int generation = ++m_generation;
    m_fileName->setText(QFileInfo(path).fileName());
    m_format->setText(tr("Reading the file…"));
    m_fileMessage->clear();
    updateButtons();
    // A file of 64 MB takes seconds to decode and split: not on this thread.
    auto *watcher = new QFutureWatcher<campaigns::CsvFile>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another file was chosen meanwhile
        m_busy = false;
        showFile(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return campaigns::readCsvFile(path); }));
}

void ContactImportDialog::showFile(const campaigns::CsvFile &file)
{
    m_file = file;
    m_columnsStale = true;
    if (!file.error.isEmpty()) {
        m_format->clear();
        m_fileMessage->setMessages({file.error});
    } else if (file.records.isEmpty()) {
        m_format->clear();
        m_fileMessage->setMessages({tr("The file has its header line and no contact under it.")});
    } else {
        const QChar d = file.format.delimiter;
        const QString separator = d == u';'   ? tr("semicolons")
                                  : d == u',' ? tr("commas")
                                  : d == u'\t' ? tr("tabs")
                                               : tr("“%1”").arg(d);
        m_format->setText(tr("%1, separated by %2 · %Ln line(s) of contacts", nullptr, int(file.records.size()))
                              .arg(campaigns::encodingName(file.format.encoding), separator));
        m_fileReady = true;
    }
    updateButtons();
}

void ContactImportDialog::fillColumns()
{
    m_columnsStale = false;
    m_columnBoxes.clear(); // the grid's widgets, deleted with it below
    while (QLayoutItem *item = m_columnGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int columns = int(m_file.header.size());
    for (int i = 0; i < std::min<qsizetype>(kPreviewLines, m_file.records.size()); ++i)
        columns = std::max(columns, int(m_file.records.at(i).fields.size()));
    const auto sample = [this](int column) {
        for (int i = 0; i < std::min<qsizetype>(kPreviewLines, m_file.records.size()); ++i) {
            const QString value = m_file.records.at(i).fields.value(column).trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    // Guessed from the header; without a telling header, the column whose
    // first values read as phone numbers is the number.
    QVector<ContactColumn> guessed;
    for (int c = 0; c < columns; ++c) {
        ContactColumn g = campaigns::guessContactColumn(m_file.header.value(c));
        if (g != ContactColumn::Ignore && guessed.contains(g))
            g = ContactColumn::Ignore; // one column per field
        guessed << g;
    }
    if (!guessed.contains(ContactColumn::Phone)) {
        for (int c = 0; c < columns; ++c) {
            if (guessed.at(c) == ContactColumn::Ignore && campaigns::readPhoneNumber(sample(c), kRegion).isValid()) {
                guessed[c] = ContactColumn::Phone;
                break;
            }
        }
    }
    for (int c = 0; c < columns; ++c) {
        const QString header = m_file.header.value(c).trimmed();
        auto *name = new QLabel(header.isEmpty() ? tr("Column %1").arg(c + 1) : tr("“%1”").arg(header), m_columnArea);
        auto *box = new QComboBox(m_columnArea);
        for (const ContactColumn kind : kColumns)
            box->addItem(campaigns::contactColumnText(kind), int(kind));
        box->setCurrentIndex(box->findData(int(guessed.at(c))));
        box->setAccessibleName(tr("What column %1 holds").arg(c + 1));
        connect(box, &QComboBox::activated, this, [this, c] { columnChanged(c); });
        const QString example = sample(c);
        auto *value = mutedLabel(example.isEmpty() ? QString() : tr("e.g. %1").arg(example.left(60)), m_columnArea);
        value->setWordWrap(false);
        m_columnGrid->addWidget(name, c, 0);
        m_columnGrid->addWidget(box, c, 1);
        m_columnGrid->addWidget(value, c, 2);
        m_columnBoxes << box;
    }
    // Every column in sight, up to a dozen; past that, they scroll.
    const int rowHeight = m_columnBoxes.isEmpty() ? 0 : m_columnBoxes.constFirst()->sizeHint().height()
                                                            + std::max(0, m_columnGrid->verticalSpacing());
    m_columnScroll->setFixedHeight(std::min(m_columnGrid->sizeHint().height(), 12 * rowHeight));

    const int lines = int(std::min<qsizetype>(kPreviewLines, m_file.records.size()));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(lines);
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers << (m_file.header.value(c).trimmed().isEmpty() ? tr("Column %1").arg(c + 1) : m_file.header.value(c));
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList lineNumbers;
    for (int i = 0; i < lines; ++i) {
        const campaigns::CsvReader::Record &r = m_file.records.at(i);
        lineNumbers << QString::number(r.line);
        for (int c = 0; c < r.fields.size() && c < columns; ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(r.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lineNumbers);
    m_preview->resizeColumnsToContents();
    columnChanged(-1);
}

void ContactImportDialog::columnChanged(int column)
{
    // One column per field: choosing "Phone number" here takes it from another.
    if (column >= 0) {
        const int kind = m_columnBoxes.at(column)->currentData().toInt();
        for (int c = 0; c < m_columnBoxes.size(); ++c) {
            if (c != column && kind != int(ContactColumn::Ignore) && m_columnBoxes.at(c)->currentData().toInt() == kind)
                m_columnBoxes.at(c)->setCurrentIndex(m_columnBoxes.at(c)->findData(int(ContactColumn::Ignore)));
        }
    }
    if (mapping().contains(ContactColumn::Phone))
        m_columnsMessage->clear();
    else
        m_columnsMessage->setMessages({tr("Choose the column that holds the phone numbers.")});
    m_checkReady = false;
    updateButtons();
}

QVector<ContactColumn> ContactImportDialog::mapping() const
{
    QVector<ContactColumn> out;
    for (const QComboBox *box : m_columnBoxes)
        out << ContactColumn(box->currentData().toInt());
    return out;
}

void ContactImportDialog::startCheck()
{
    m_busy = true;
    m_checkReady = false;
    const int generation = ++m_generation;
    m_checking->show();
    m_checkSummary->setText(tr("Checking %Ln line(s)…", nullptr, int(m_file.records.size())));
    m_problems->clear();
    m_problems->hide();
    m_problemsNote->hide();
    m_categories->clear();
    const QVector<ContactCategory> categories = m_store.contacts().categories();
    for (const ContactCategory &c : categories) {
        auto *item = new QListWidgetItem(CategoryDialog::colorDot(QColor(c.color)), c.name, m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_categories->setVisible(!categories.isEmpty());
    m_noCategory->setVisible(categories.isEmpty());
    goTo(Step::Check);

    // Reading 100,000 numbers with libphonenumber, and every number already
    // among the contacts, on a worker with its own connection.
    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        showCheck(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = m_store.path(), file = m_file, columns = mapping()] {
        CheckOutcome out;
        store::StoreError error;
        const std::unique_ptr<store::Store> store = store::Store::open(path, &error, store::Database::Mode::ExistingOnly);
        if (!store) {
            out.error = error.userMessage();
            return out;
        }
        out.check = campaigns::checkImport(file, columns, store->contacts().numbers(), kRegion);
        return out;
    }));
}

void ContactImportDialog::showCheck(const CheckOutcome &outcome)
{
    m_checking->hide();
    if (!outcome.error.isEmpty()) {
        m_checkSummary->setText(tr("The contacts already on this computer cannot be read, so the file cannot be "
                                   "checked: %1").arg(outcome.error.toHtmlEscaped()));
        updateButtons();
        return;
    }
    m_check = outcome.check;
    m_checkReady = true;
    QStringList lines{QStringLiteral("<b>%1</b>").arg(tr("%Ln contact(s) to import", nullptr, int(m_check.rows.size())))};
    const std::pair<ImportIssue::Kind, QString> kinds[] = {
        {ImportIssue::Kind::InvalidNumber, tr("%Ln number(s) that cannot be read", nullptr,
                                              m_check.count(ImportIssue::Kind::InvalidNumber))},
        {ImportIssue::Kind::DuplicateInFile, tr("%Ln number(s) already on an earlier line of the file", nullptr,
                                                m_check.count(ImportIssue::Kind::DuplicateInFile))},
        {ImportIssue::Kind::AlreadyContact, tr("%Ln already among your contacts", nullptr,
                                               m_check.count(ImportIssue::Kind::AlreadyContact))},
        {ImportIssue::Kind::Broken, tr("%Ln broken line(s)", nullptr, m_check.count(ImportIssue::Kind::Broken))},
    };
    for (const auto &[kind, text] : kinds) {
        if (m_check.count(kind) > 0)
            lines << text.toHtmlEscaped();
    }
    m_checkSummary->setText(lines.join(QStringLiteral("<br>")));

    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < m_check.issues.size() && i < kProblemsShown; ++i) {
        const ImportIssue &issue = m_check.issues.at(i);
        auto *item = new QTreeWidgetItem({QString::number(issue.line), issue.reason});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_problems->addTopLevelItems(items);
    m_problems->setVisible(!items.isEmpty());
    const int issues = int(m_check.issues.size());
    m_problemsNote->setText(issues > kProblemsShown
                                ? tr("The first %1 of %Ln lines not imported.", nullptr, issues).arg(kProblemsShown)
                                : QString());
    m_problemsNote->setVisible(issues > kProblemsShown);
    updateButtons();
}

void ContactImportDialog::startImport()
{
    QStringList categoryIds;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            categoryIds << m_categories->item(i)->data(Qt::UserRole).toString();
    }
    m_importing = true;
    m_cancelImport = std::make_shared<std::atomic_bool>(false);
    m_written = std::make_shared<std::atomic_int>(0);
    m_progress->setRange(0, int(m_check.rows.size()));
    m_progress->setValue(0);
    m_outcome->clear();
    showProgress();
    goTo(Step::Import);
    m_progressTimer->start();

    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showOutcome(watcher->result());
    });
    // The worker gets copies and shared counters, never the dialog: closing
    // the window cannot pull anything from under it.
    watcher->setFuture(QtConcurrent::run([path = m_store.path(), rows = m_check.rows, categoryIds,
                                          cancel = m_cancelImport, written = m_written]() mutable {
        ImportOutcome out;
        store::StoreError error;
        const std::unique_ptr<store::Store> store = store::Store::open(path, &error, store::Database::Mode::ExistingOnly);
        if (!store) {
            out.error = error.userMessage();
            return out;
        }
        store::ContactRepository contacts = store->contacts();
        // A sync may have brought some of these numbers since the check.
        const QSet<QString> known = contacts.numbers();
        out.alreadyThere = int(rows.removeIf([&](const campaigns::ImportRow &r) { return known.contains(r.e164); }));
        out.written = campaigns::writeImport(
            contacts, rows, categoryIds, [written](int done, int) { written->store(done); }, cancel.get(), &out.error);
        out.cancelled = cancel->load() && out.written == 0;
        return out;
    }));
}

void ContactImportDialog::showProgress()
{
    const int done = m_written ? m_written->load() : 0;
    m_progress->setValue(done);
    if (m_importing && !(m_cancelImport && m_cancelImport->load()))
        m_importLabel->setText(tr("Importing: %1 of %Ln contact(s)…", nullptr, int(m_check.rows.size()))
                                   .arg(QLocale().toString(done)));
}

void ContactImportDialog::showOutcome(const ImportOutcome &outcome)
{
    m_progressTimer->stop();
    m_importing = false;
    m_finished = true;
    m_imported = outcome.written;
    m_cancel->setEnabled(true);
    if (outcome.written > 0) {
        // The worker's connection told its own hub: tell the one the window listens to.
        m_store.hub().notify(store::EntityType::Contact);
        m_store.hub().notify(store::EntityType::Outbox);
        m_progress->setValue(m_progress->maximum());
        const int skipped = int(m_check.issues.size()) + outcome.alreadyThere;
        QString text = tr("%Ln contact(s) imported", nullptr, outcome.written);
        if (skipped > 0)
            text += tr(", %Ln line(s) skipped", nullptr, skipped);
        m_outcome->setText(text + u'.');
        m_importLabel->setText(tr("They are on this computer now and go to your Pitchside account at the next sync."));
    } else if (outcome.cancelled) {
        m_outcome->setText(tr("Import cancelled: no contact was added."));
        m_importLabel->clear();
    } else if (!outcome.error.isEmpty()) {
        m_outcome->setText(tr("The import stopped and no contact was added: %1").arg(outcome.error));
        m_importLabel->clear();
    } else {
        m_outcome->setText(tr("Every number of the file is already among your contacts: nothing to add."));
        m_importLabel->clear();
    }
    updateButtons();
    m_cancel->setDefault(true);
}

} // namespace pitchside::ui
