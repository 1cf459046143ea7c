#pragma once

#include "models/campaigns/ContactImport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class FieldMessage;

// Contacts from a CSV file, in four steps: the file (chosen or dropped on
// the dialog; its format and size said, or why it cannot be read), what
// each column holds (guessed from the header, with a preview), the check
// (what will be imported, every line that will not and why, the categories
// to put them in), then the import with its progress. Reading, checking and
// writing run on worker threads, each with its own connection to the
// store's file; the import is one transaction, so Cancel leaves nothing.
class ContactImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { File, Columns, Check, Import };

    explicit ContactImportDialog(store::Store &store, QWidget *parent = nullptr);
    ~ContactImportDialog() override;

    // Reads this file, as choosing or dropping it does.
    void openFile(const QString &path);
    Step step() const;
    // A read, a check or an import runs.
    bool isBusy() const { return m_busy || m_importing; }
    int importedCount() const { return m_imported; }

    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *formatLabel() const { return m_format; }
    FieldMessage *fileMessage() const { return m_fileMessage; }
    QComboBox *columnBox(int column) const { return m_columnBoxes.value(column); }
    QLabel *checkSummary() const { return m_checkSummary; }
    QTreeWidget *problemList() const { return m_problems; }
    QListWidget *categoryList() const { return m_categories; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *outcomeLabel() const { return m_outcome; }

    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct CheckOutcome
    {
        campaigns::ImportCheck check;
        QString error; // the store could not be read
    };
    struct ImportOutcome
    {
        int written = 0;
        int alreadyThere = 0; // numbers that became contacts since the check (a sync)
        bool cancelled = false;
        QString error;
    };

    QWidget *buildFilePage();
    QWidget *buildColumnsPage();
    QWidget *buildCheckPage();
    QWidget *buildImportPage();
    void chooseFile();
    void showFile(const campaigns::CsvFile &file);
    void fillColumns();
    void columnChanged(int column);
    QVector<campaigns::ContactColumn> mapping() const;
    void goTo(Step step);
    void next();
    void back();
    void startCheck();
    void showCheck(const CheckOutcome &outcome);
    void startImport();
    void showProgress();
    void showOutcome(const ImportOutcome &outcome);
    void updateButtons();

    store::Store &m_store;
    QString m_path;
    campaigns::CsvFile m_file;
    campaigns::ImportCheck m_check;
    bool m_fileReady = false;
    bool m_columnsStale = true; // the file changed since the columns were laid out
    bool m_checkReady = false;
    int m_generation = 0; // a read or check overtaken by another is dropped
    bool m_busy = false;
    bool m_importing = false;
    bool m_finished = false;
    int m_imported = 0;
    std::shared_ptr<std::atomic_bool> m_cancelImport;
    std::shared_ptr<std::atomic_int> m_written;

    QStackedWidget *m_pages;
    QLabel *m_stepTitle;
    // File
    QLabel *m_fileName;
    QLabel *m_format;
    FieldMessage *m_fileMessage;
    // Columns
    QGridLayout *m_columnGrid;
    QWidget *m_columnArea;
    QScrollArea *m_columnScroll;
    QList<QComboBox *> m_columnBoxes;
    QTableWidget *m_preview;
    FieldMessage *m_columnsMessage;
    // Check
    QProgressBar *m_checking;
    QLabel *m_checkSummary;
    QTreeWidget *m_problems;
    QLabel *m_problemsNote;
    QListWidget *m_categories;
    QLabel *m_noCategory;
    // Import
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QTimer *m_progressTimer;

    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

} // namespace pitchside::ui
