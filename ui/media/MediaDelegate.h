#pragma once

#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace pitchside::ui {

// Paints one library item: the thumbnail cropped to a rounded square (it
// fades in when it arrives), a video's duration, the upload state as a small
// badge (a ring while uploading), the name and one line of facts. Cropped
// thumbnails are cached at the painted size, so scrolling only copies pixels.
class MediaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MediaDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The cell size the view lays out (width follows the view's width).
    void setCellSize(const QSize &size) { m_cell = size; }
    QSize cellSize() const { return m_cell; }
    static int textHeight(const QFont &font);
    // Live upload progress of running jobs: media id -> (bytes done, total).
    void setLiveProgress(const QHash<QString, std::pair<qint64, qint64>> &progress) { m_live = progress; }
    // Without an account nothing uploads: "waiting to upload" badges would be noise.
    void setUploadsEnabled(bool enabled) { m_uploads = enabled; }
    // True if the last paint drew a thumbnail still fading in.
    bool takeAnimating() { return std::exchange(m_animating, false); }
    // Each frame makes at most a few smooth crops (about a millisecond
    // each); the others are drawn fast this frame and refined when the
    // scrolling pauses. The view calls this before painting.
    void beginFrame() { m_smoothBudget = 4; }
    bool takeNeedsRefine() { return std::exchange(m_needsRefine, false); }

private:
    // The rounded, centre-cropped square of a thumbnail; null when this
    // frame's budget of smooth crops is spent (draw it with drawFast).
    QPixmap cropped(const QString &key, const QImage &image, int side, qreal dpr) const;
    static void drawFast(QPainter *p, const QRect &target, const QImage &image);
    void paintBadge(QPainter *p, const QRect &thumb, const QModelIndex &index) const;

    QSize m_cell{184, 228};
    QHash<QString, std::pair<qint64, qint64>> m_live;
    mutable QCache<QString, QPixmap> m_pixmaps;
    mutable bool m_animating = false;
    mutable int m_smoothBudget = 4;
    mutable bool m_needsRefine = false;
    bool m_uploads = true;
};

} // namespace pitchside::ui
