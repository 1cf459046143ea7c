#pragma once

#include "models/Campaign.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class FieldMessage;

// Writes a campaign: its name, the first message, an optional follow-up
// (sent to those who reply), the categories it goes to. The variables
// {{prenom}} and {{nom}} are filled per recipient by the server; the
// preview shows the text as the first recipient will read it, and the
// recipient count follows the categories as they are ticked. The messages
// can start from a saved template, and be saved as one for next time.
class CampaignEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `campaign` with an empty id: a new one.
    CampaignEditorDialog(store::Store &store, const Campaign &campaign, QWidget *parent = nullptr);

    // Saves it with its outbox entry; false (and says why) when refused.
    bool save();
    QString savedId() const { return m_campaign.id; }

    // For tests.
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *firstMessage() const { return m_message1; }
    QPlainTextEdit *followUp() const { return m_message2; }
    QListWidget *categoryList() const { return m_categories; }
    QLabel *recipientLabel() const { return m_recipients; }
    QComboBox *templateChooser() const { return m_templates; }
    // The two messages under `name`; an existing template of that name is
    // replaced only when `replace` (the button asks first). False and says
    // why when refused.
    bool saveAsTemplate(const QString &name, bool replace);
    // Puts a template's messages in the two fields.
    void applyTemplate(const QString &templateId);

    static constexpr int kMaxMessage = 4096; // the contract's limit

private:
    void insertVariable(QPlainTextEdit *into, const QString &name);
    QStringList checkedCategories() const;
    void refresh();
    void reloadTemplates(const QString &select = {});
    void chooseTemplate(int index);
    void askSaveAsTemplate();
    void askDeleteTemplate();

    store::Store &m_store;
    Campaign m_campaign;
    QLineEdit *m_name;
    QPlainTextEdit *m_message1;
    QPlainTextEdit *m_message2;
    QLabel *m_count1;
    QLabel *m_count2;
    QListWidget *m_categories;
    QLabel *m_recipients;
    QLabel *m_preview;
    FieldMessage *m_problems;
    QDialogButtonBox *m_buttons;
    QComboBox *m_templates;
    QToolButton *m_deleteTemplate;
};

} // namespace pitchside::ui
