#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class MediaThumbnails;

// Chooses items of the media library (searchable grid, thumbnails, alt
// text in the tooltip). The library itself, its imports and uploads, is the
// Media module's; this only reads it.
class MediaPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `maxCount` 1 picks one item (a team's logo); more picks several.
    MediaPickerDialog(store::Store &store, MediaThumbnails &thumbnails, int maxCount, QWidget *parent = nullptr);

    QStringList selectedIds() const;
    void setExcluded(const QStringList &ids); // already attached: not offered again
    QListWidget *grid() const { return m_grid; }

private:
    void reload();
    void refreshState();

    store::Store &m_store;
    MediaThumbnails &m_thumbnails;
    int m_maxCount;
    QStringList m_excluded;
    QLineEdit *m_search;
    QListWidget *m_grid;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace pitchside::ui
