#include "ImportBanner.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "MediaTexts.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

ImportBanner::ImportBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_details(new QPushButton(tr("Show details"), this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("Card"));
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(200);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(220);
    m_bar->setMaximumHeight(8);
    m_close->setIcon(Icons::ui(QStringLiteral("x"), Theme::mutedText()));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the import summary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing, Theme::spacing, Theme::spacing);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_details);
    layout->addWidget(m_close);
    connect(m_cancel, &QPushButton::clicked, this, &ImportBanner::cancelRequested);
    connect(m_details, &QPushButton::clicked, this, &ImportBanner::showDetails);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_autoHide.setSingleShot(true);
    m_autoHide.setInterval(8000);
    connect(&m_autoHide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void ImportBanner::showProgress(int done, int total, const QString &current)
{
    m_icon->setPixmap(Icons::uiPixmap(QStringLiteral("folder-plus"), 20, Theme::accent()));
    if (total <= 0)
        m_text->setText(tr("Looking for photos and videos…"));
    else
        m_text->setText(tr("Importing %1 of %2 — %3")
                            .arg(QLocale().toString(qMin(done + 1, total)), QLocale().toString(total),
                                 QFileInfo(current).fileName()));
    m_bar->setMaximum(qMax(total, 0));
    m_bar->setValue(done);
    m_bar->show();
    m_cancel->show();
    m_details->hide();
    m_close->hide();
    m_autoHide.stop();
    show();
}

void ImportBanner::showReport(const media::ImportReport &report)
{
    m_report = report;
    const int refused = report.count(media::ImportOutcome::Kind::Refused);
    const bool warn = refused > 0 || report.storeError;
    m_icon->setPixmap(Icons::uiPixmap(warn ? QStringLiteral("triangle-alert") : QStringLiteral("circle-check"), 20,
                                      warn ? Theme::warning() : Theme::success()));
    QString text = MediaTexts::summary(report);
    // One refused or duplicate file: say why right here.
    if (report.outcomes.size() == 1 && report.outcomes.constFirst().kind != media::ImportOutcome::Kind::Imported) {
        const media::ImportOutcome &o = report.outcomes.constFirst();
        text = QStringLiteral("%1: %2").arg(QFileInfo(o.source).fileName(), MediaTexts::outcome(o));
    }
    m_text->setText(text);
    m_bar->hide();
    m_cancel->hide();
    m_details->setVisible(report.outcomes.size() > 1 && (refused > 0 || report.count(media::ImportOutcome::Kind::Duplicate) > 0));
    m_close->show();
    if (warn || report.cancelled)
        m_autoHide.stop();
    else
        m_autoHide.start();
    show();
}

void ImportBanner::showMessage(bool ok, const QString &text)
{
    m_icon->setPixmap(Icons::uiPixmap(ok ? QStringLiteral("circle-check") : QStringLiteral("triangle-alert"), 20,
                                      ok ? Theme::success() : Theme::warning()));
    m_text->setText(text);
    m_bar->hide();
    m_cancel->hide();
    m_details->hide();
    m_close->show();
    if (ok)
        m_autoHide.start();
    else
        m_autoHide.stop();
    show();
}

QString ImportBanner::text() const
{
    return m_text->text();
}

void ImportBanner::showDetails()
{
    auto *dialog = new ImportReportDialog(m_report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ImportReportDialog::ImportReportDialog(const media::ImportReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import details"));
    resize(760, 460);
    auto *summary = new QLabel(MediaTexts::summary(report), this);
    summary->setWordWrap(true);
    auto *tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("File"), tr("What happened")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    QVector<media::ImportOutcome> rows = report.outcomes;
    // Refused first, then duplicates, then imported: what needs a look comes first.
    std::stable_sort(rows.begin(), rows.end(), [](const media::ImportOutcome &a, const media::ImportOutcome &b) {
        return int(a.kind) > int(b.kind);
    });
    QList<QTreeWidgetItem *> items;
    for (const media::ImportOutcome &o : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem({QFileInfo(o.source).fileName(), MediaTexts::outcome(o)});
        item->setToolTip(0, o.source);
        item->setToolTip(1, MediaTexts::outcome(o));
        const bool refused = o.kind == media::ImportOutcome::Kind::Refused;
        item->setIcon(0, Icons::ui(refused ? QStringLiteral("circle-x")
                                           : o.kind == media::ImportOutcome::Kind::Duplicate ? QStringLiteral("copy")
                                                                                             : QStringLiteral("check"),
                                   refused ? Theme::danger() : Theme::mutedText()));
        items << item;
    }
    tree->addTopLevelItems(items);
    tree->setColumnWidth(0, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
}

} // namespace pitchside::ui
