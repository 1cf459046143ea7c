#pragma once

#include <QWidget>

namespace pitchside::ui {

class TimeGridView;

// The day names and the strip of events lasting days, above the hours.
class TimeGridHeader : public QWidget
{
public:
    explicit TimeGridHeader(TimeGridView *view);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    int allDayLines() const;
    TimeGridView *m_view;
};

// The hours and the blocks, inside the scroll area: paints, hit-tests,
// drags posts out and takes drops.
class TimeGridBody : public QWidget
{
public:
    explicit TimeGridBody(TimeGridView *view);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    TimeGridView *m_view;
    bool m_hoverMore = false;
};

} // namespace pitchside::ui
