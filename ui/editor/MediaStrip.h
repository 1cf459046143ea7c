#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class MediaThumbnails;

// The photos and videos of a post, in order: thumbnails with their alt text
// (what screen readers say) underneath, reordered by dragging, removed with
// Delete or the menu, added from the library with the button or by dropping
// items from the Media module. At most 10 (API.md §4).
class MediaStrip : public QWidget
{
    Q_OBJECT
public:
    MediaStrip(store::Store &store, MediaThumbnails &thumbnails, QWidget *parent = nullptr);

    QStringList mediaIds() const;
    void setMediaIds(const QStringList &ids); // does not emit changed()
    // Appends ids (skipping ones already there and beyond 10); returns how many were added.
    int addMediaIds(const QStringList &ids);
    void removeAt(int index);
    void moveItem(int from, int to);
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();
    void addRequested(); // the "Add" button: the page opens the picker
    void limitReached(int refused);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild(const QStringList &ids);
    void refreshHint();

    store::Store &m_store;
    MediaThumbnails &m_thumbnails;
    QListWidget *m_list;
    QPushButton *m_add;
    QLabel *m_hint;
};

} // namespace pitchside::ui
