#pragma once

#include <QListView>
#include <QTimer>

namespace pitchside::ui {

class MediaDelegate;

// The library grid: square cells that share the width evenly (no ragged
// right edge at any window size), smooth pixel scrolling, multi-selection,
// dragging items out (to the editor), Delete to delete. Repaints itself
// while thumbnails fade in.
class MediaGridView : public QListView
{
    Q_OBJECT
public:
    explicit MediaGridView(QWidget *parent = nullptr);

    MediaDelegate *mediaDelegate() const { return m_delegate; }
    QStringList selectedIds() const;
    void selectId(const QString &id);
    // Selects those of `ids` the grid shows (after a new search), the first
    // one current; the others are dropped from the selection.
    void selectIds(const QStringList &ids);

Q_SIGNALS:
    void deleteRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void relayout();

    MediaDelegate *m_delegate;
    QTimer m_refine;
};

} // namespace pitchside::ui
