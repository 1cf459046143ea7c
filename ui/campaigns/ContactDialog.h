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

class FieldMessage;

// One WhatsApp contact, new or edited: names, the phone number as people
// type it ("06 12 34 56 78", "+44 7911 123456"; read as French when it has
// no country code) and its categories. Says under the number why it cannot
// be read, or how it will be saved; a number another contact has is
// refused with that contact's name. Saves on OK.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty id: a new contact. `categoryIds` are ticked for a new one.
    ContactDialog(store::Store &store, const QString &contactId, const QStringList &categoryIds = {},
                  QWidget *parent = nullptr);

    // The contact saved (after Accepted).
    QString contactId() const { return m_id; }

    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *lastNameField() const { return m_lastName; }
    QLineEdit *numberField() const { return m_number; }
    QListWidget *categoryList() const { return m_categories; }
    QPushButton *saveButton() const { return m_save; }
    FieldMessage *numberMessage() const { return m_numberMessage; }
    QLabel *numberHint() const { return m_numberHint; }

private:
    void refresh();
    void save();
    QStringList checkedCategories() const;
    // "Another contact already has this number: Camille Martin", empty when none.
    QString numberTakenBy(const QString &e164) const;

    store::Store &m_store;
    QString m_id;
    QStringList m_hiddenCategories; // the contact's ids of categories no longer listed: kept as they are
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_number;
    FieldMessage *m_numberMessage;
    QLabel *m_numberHint;
    QListWidget *m_categories;
    FieldMessage *m_saveMessage;
    QPushButton *m_save = nullptr;
};

} // namespace pitchside::ui
