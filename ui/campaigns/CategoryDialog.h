#pragma once

#include <QColor>
#include <QDialog>
#include <QIcon>

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class FieldMessage;

// A category of contacts, new or edited: its name (unique, case aside) and
// its colour, from a row of swatches or any other. Saves on OK; an existing
// category can also be deleted from here (its contacts stay).
class CategoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { Deleted = 2 }; // besides Accepted and Rejected

    // An empty id: a new category.
    CategoryDialog(store::Store &store, const QString &categoryId, QWidget *parent = nullptr);

    // The category saved (after Accepted).
    QString categoryId() const { return m_id; }
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    QLineEdit *nameField() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    FieldMessage *nameMessage() const { return m_nameMessage; }

    // The swatches offered, from the Material palette (dark shades, so that
    // names read on them).
    static QList<QColor> presetColors();
    // A category's colour as a small dot, for lists and menus of categories.
    static QIcon colorDot(const QColor &color);

private:
    QToolButton *makeSwatch(const QColor &color, const QString &name);
    void chooseOtherColor();
    // The reason the name cannot be saved, empty when it can.
    QString nameProblem() const;
    void refresh();
    void save();
    void confirmDelete();

    store::Store &m_store;
    QString m_id;
    QColor m_color;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    FieldMessage *m_saveMessage;
    QButtonGroup *m_swatches;
    QToolButton *m_other;
    QPushButton *m_save = nullptr;
};

} // namespace pitchside::ui
