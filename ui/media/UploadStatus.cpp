#include "UploadStatus.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "MediaTexts.h"
#include "sync/uploads/UploadController.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace pitchside::ui {

UploadStatus::UploadStatus(QWidget *parent) : QWidget(parent), m_button(new QToolButton(this)), m_bar(new QProgressBar(this))
{
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIconSize(QSize(16, 16));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setFixedWidth(90);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spacing / 2);
    layout->addWidget(m_button);
    layout->addWidget(m_bar);
    connect(m_button, &QToolButton::clicked, this, &UploadStatus::clicked);
    hide();
}

void UploadStatus::setController(sync::uploads::UploadController *uploads)
{
    if (m_uploads)
        disconnect(m_uploads, nullptr, this, nullptr);
    m_uploads = uploads;
    if (!uploads) {
        hide();
        return;
    }
    connect(uploads, &sync::uploads::UploadController::progressChanged, this, &UploadStatus::show);
    show(uploads->progress());
}

void UploadStatus::show(const sync::uploads::UploadProgress &p)
{
    const media::UploadTotals &t = p.totals;
    if (t.waiting == 0 && t.failed == 0) {
        hide();
        return;
    }
    const QLocale locale;
    if (t.waiting > 0) {
        const int percent = t.bytesTotal > 0 ? int(100 * qMin(p.bytesDone, t.bytesTotal) / t.bytesTotal) : 0;
        m_button->setText(tr("Uploading %n file(s) · %1 %", nullptr, t.waiting).arg(percent));
        m_button->setIcon(Icons::ui(QStringLiteral("cloud-upload"), Theme::accent()));
        m_button->setToolTip(tr("%1 of %2 sent to your Pitchside account; uploads resume by themselves after a cut.")
                                 .arg(MediaTexts::size(p.bytesDone), MediaTexts::size(t.bytesTotal)));
        m_bar->setValue(t.bytesTotal > 0 ? int(1000 * qMin(p.bytesDone, t.bytesTotal) / t.bytesTotal) : 0);
        m_bar->show();
    } else {
        m_button->setText(tr("%n upload(s) failed", nullptr, t.failed));
        m_button->setIcon(Icons::ui(QStringLiteral("circle-alert"), Theme::danger()));
        m_button->setToolTip(tr("Open the media library to see why and retry"));
        m_bar->hide();
    }
    QWidget::show();
}

QString UploadStatus::text() const
{
    return m_button->text();
}

} // namespace pitchside::ui
