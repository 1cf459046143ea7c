#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

// Asks before deleting library items, and explains a refusal: an item that
// posts use cannot be deleted (the server would refuse it too, with
// media_in_use); the dialog lists those posts, and a click on one opens it
// in the editor to take the item out.
class MediaDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    // `usedBy`: media id -> posts that use it, for the items that cannot go.
    MediaDeleteDialog(store::Store &store, const QStringList &ids, const QHash<QString, QStringList> &usedBy,
                      QWidget *parent = nullptr);

    // The items that may be deleted (none: the dialog only explains).
    QStringList deletable() const { return m_deletable; }
    QString message() const;

Q_SIGNALS:
    void openPostRequested(const QString &postId);

private:
    QStringList m_deletable;
    QString m_message;
};

} // namespace pitchside::ui
