#include "UploadPanel.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "MediaTexts.h"
#include "models/media/MediaGridModel.h"
#include "models/store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

constexpr int kProgressRole = Qt::UserRole + 1; // double 0…1, or -1 for none

// The file's state in words with a thin progress bar under it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        const double fraction = index.data(kProgressRole).toDouble();
        if (fraction >= 0)
            o.rect.setBottom(o.rect.bottom() - 6);
        QStyledItemDelegate::paint(p, o, index);
        if (fraction < 0)
            return;
        const QRect bar(option.rect.left() + 4, option.rect.bottom() - 6, option.rect.width() - 8, 4);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(option.palette.color(QPalette::Midlight));
        p->drawRoundedRect(bar, 2, 2);
        p->setBrush(Theme::accent());
        p->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * qBound(0.0, fraction, 1.0)), bar.height()), 2, 2);
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
    }
};

} // namespace

UploadPanel::UploadPanel(store::Store &store, QWidget *parent)
    : QFrame(parent), m_store(store), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_pause(new QPushButton(this)), m_cancel(new QPushButton(tr("Cancel all"), this)),
      m_toggle(new QPushButton(tr("Files"), this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("Card"));
    m_text->setWordWrap(true);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(160);
    m_toggle->setCheckable(true);
    m_toggle->setIcon(Icons::ui(QStringLiteral("chevron-down")));
    m_cancel->setToolTip(tr("Stop uploading: the files stay in your library on this computer"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("File"), tr("Upload")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemDelegateForColumn(1, new ProgressDelegate(m_list));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 280);
    m_list->setMaximumHeight(140); // five files; the grid keeps most of the page
    m_list->setAccessibleName(tr("Uploads"));
    m_list->hide();

    auto *row = new QHBoxLayout;
    row->setSpacing(Theme::spacing * 1.5);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_bar);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    row->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing, Theme::spacing, Theme::spacing);
    layout->addLayout(row);
    layout->addWidget(m_list);

    connect(m_toggle, &QPushButton::toggled, m_list, &QWidget::setVisible);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        Q_EMIT commandRequested(m_allPaused ? media::UploadControl::Command::Resume
                                            : media::UploadControl::Command::Pause);
    });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { Q_EMIT commandRequested(media::UploadControl::Command::Cancel); });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &UploadPanel::refresh);
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == media::MediaGridModel::uploadEntity() || type == store::EntityType::Media)
            m_refresh.start();
    });
    refresh();
}

void UploadPanel::setUploadsEnabled(bool enabled)
{
    m_enabled = enabled;
    refresh();
}

void UploadPanel::setLive(const QHash<QString, std::pair<qint64, qint64>> &running, qint64 bytesDone)
{
    m_running = running;
    m_liveDone = bytesDone;
    const qint64 done = qMax(bytesDone, m_totals.bytesDone); // live bytes include what is on the wire
    if (m_totals.bytesTotal > 0)
        m_bar->setValue(int(1000.0 * double(qMin(done, m_totals.bytesTotal)) / double(m_totals.bytesTotal)));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const auto it = m_running.constFind(item->data(0, Qt::UserRole).toString());
        if (it != m_running.constEnd() && it->second > 0) {
            item->setData(1, kProgressRole, double(it->first) / double(it->second));
            item->setText(1, tr("Uploading: %1 of %2")
                                 .arg(MediaTexts::size(it->first), MediaTexts::size(it->second)));
        }
    }
}

void UploadPanel::refresh()
{
    const media::UploadControl uploads(m_store);
    m_totals = uploads.totals();
    const int files = m_totals.waiting + m_totals.paused + m_totals.failed;
    setVisible(files > 0);
    if (files == 0) {
        m_liveDone = -1;
        return;
    }
    const QLocale locale;
    m_allPaused = m_totals.waiting == 0 && m_totals.paused > 0;
    QString text;
    if (!m_enabled) {
        text = tr("%n photo(s) or video(s) will be uploaded once you sign in to your Pitchside account (Accounts).",
                  nullptr, m_totals.waiting + m_totals.paused);
    } else if (m_totals.waiting > 0) {
        text = tr("Uploading %n file(s): %1 of %2", nullptr, m_totals.waiting)
                   .arg(MediaTexts::size(qMax(m_liveDone, m_totals.bytesDone)),
                        MediaTexts::size(m_totals.bytesTotal));
    } else if (m_totals.paused > 0) {
        text = tr("Uploads paused: %n file(s) wait", nullptr, m_totals.paused);
    }
    if (m_totals.failed > 0) {
        const QString failed = tr("%n upload(s) failed (see the list)", nullptr, m_totals.failed);
        text = text.isEmpty() ? failed : text + QStringLiteral(" — ") + failed;
    }
    m_text->setText(text);
    m_icon->setPixmap(Icons::uiPixmap(m_totals.failed > 0 ? QStringLiteral("triangle-alert") : QStringLiteral("cloud-upload"),
                                      20, m_totals.failed > 0 ? Theme::warning() : Theme::accent()));
    const qint64 done = qMax(m_liveDone, m_totals.bytesDone);
    m_bar->setValue(m_totals.bytesTotal > 0 ? int(1000.0 * double(qMin(done, m_totals.bytesTotal)) / double(m_totals.bytesTotal))
                                            : 0);
    m_bar->setVisible(m_enabled && m_totals.bytesTotal > 0);
    m_pause->setVisible(m_enabled && (m_totals.waiting > 0 || m_totals.paused > 0));
    m_pause->setText(m_allPaused ? tr("Resume all") : tr("Pause all"));
    m_pause->setIcon(Icons::ui(m_allPaused ? QStringLiteral("play") : QStringLiteral("pause")));
    m_cancel->setVisible(m_enabled && (m_totals.waiting > 0 || m_totals.paused > 0));
    if (m_totals.failed > 0 && m_totals.waiting == 0 && !m_toggle->isChecked())
        m_toggle->setChecked(true); // a failure needs reading
    rebuildList(uploads.unfinished(300));
}

void UploadPanel::rebuildList(const QVector<media::UploadRecord> &records)
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const media::UploadRecord &r : records) {
        if (r.state == media::UploadRecord::State::Cancelled)
            continue;
        auto *item = new QTreeWidgetItem({r.filename, MediaTexts::uploadState(r)});
        item->setData(0, Qt::UserRole, r.mediaId);
        item->setToolTip(1, MediaTexts::uploadState(r));
        const bool failed = r.state == media::UploadRecord::State::Failed;
        item->setIcon(0, Icons::ui(failed ? QStringLiteral("circle-alert") : QStringLiteral("image"),
                                   failed ? Theme::danger() : Theme::mutedText()));
        const bool active = r.state == media::UploadRecord::State::Uploading || r.state == media::UploadRecord::State::Paused;
        item->setData(1, kProgressRole, active && r.sizeBytes > 0 ? double(r.bytesReceived()) / double(r.sizeBytes) : -1.0);
        items << item;
    }
    m_list->addTopLevelItems(items);
    setLive(m_running, m_liveDone);
}

QString UploadPanel::summaryText() const
{
    return m_text->text();
}

} // namespace pitchside::ui
