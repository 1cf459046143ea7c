#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

// The post's last 20 autosaved versions: pick one to read it, restore it
// with one click (the restore is itself saved, so it can be undone the
// same way).
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    VersionsPanel(store::Store &store, QWidget *parent = nullptr);

    void setPostId(const QString &postId);
    void reload();
    int count() const;
    QListWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    void restoreRequested(qint64 versionId);

private:
    void showSelected();

    store::Store &m_store;
    QString m_postId;
    QLabel *m_hint;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_restore;
};

} // namespace pitchside::ui
