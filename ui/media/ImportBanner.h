#pragma once

#include "models/media/MediaImporter.h"

#include <QDialog>
#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace pitchside::ui {

// The import's progress while it runs (bar, current file, Cancel), then
// what came of it, with the per-file reasons one click away. Never modal.
class ImportBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ImportBanner(QWidget *parent = nullptr);

    void showProgress(int done, int total, const QString &current);
    void showReport(const media::ImportReport &report);
    // Any other outcome the library reports (a copy saved, or not).
    void showMessage(bool ok, const QString &text);
    QString text() const;
    // A clean success ("3 imported.") goes away by itself after this long;
    // anything refused or failed stays until closed.
    void setAutoHideDelay(int ms) { m_autoHide.setInterval(ms); }
    const media::ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void cancelRequested();

private:
    void showDetails();

    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_details;
    QToolButton *m_close;
    QTimer m_autoHide;
    media::ImportReport m_report;
};

// Every file of an import and what became of it, refused ones first.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const media::ImportReport &report, QWidget *parent = nullptr);
};

} // namespace pitchside::ui
