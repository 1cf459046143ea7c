#pragma once

#include <QPointer>
#include <QWidget>

class QProgressBar;
class QToolButton;

namespace pitchside::sync::uploads {
class UploadController;
struct UploadProgress;
} // namespace pitchside::sync::uploads

namespace pitchside::ui {

// The uploads in the status strip: how many files are on their way and how
// far they are, or that some failed; a click opens the media library.
// Hidden when nothing is to upload.
class UploadStatus : public QWidget
{
    Q_OBJECT
public:
    explicit UploadStatus(QWidget *parent = nullptr);

    void setController(sync::uploads::UploadController *uploads);
    QString text() const;

Q_SIGNALS:
    void clicked();

private:
    void show(const sync::uploads::UploadProgress &progress);

    QPointer<sync::uploads::UploadController> m_uploads;
    QToolButton *m_button;
    QProgressBar *m_bar;
};

} // namespace pitchside::ui
