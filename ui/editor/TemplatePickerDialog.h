#pragma once

#include "models/PostTemplate.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

// Starts a post from a template: the list on the left (most used first),
// a form generated from the template's {{variables}} on the right, and the
// text as it will read, updated as the fields are filled. A match gives
// its values (teams, date, venue, score) before anyone types.
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePickerDialog(store::Store &store, const QString &profileId, const QHash<QString, QString> &given,
                         QWidget *parent = nullptr);

    bool hasTemplates() const;
    void selectTemplate(const QString &id);
    PostTemplate selectedTemplate() const;
    QHash<QString, QString> values() const; // what the form says
    QString filledContent() const;
    QStringList filledHashtags() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *field(const QString &variable) const { return m_fields.value(variable); }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *useButton() const { return m_use; }

private:
    void showTemplate();
    void refreshPreview();

    store::Store &m_store;
    QHash<QString, QString> m_given;
    QVector<PostTemplate> m_templates;
    QListWidget *m_list;
    QLabel *m_description;
    QWidget *m_formHost;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QPlainTextEdit *m_preview;
    QPushButton *m_use;
};

// Saves the post being written as a template: its text (with any
// {{variables}} it holds), hashtags and networks, under a name and category.
class SaveTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    SaveTemplateDialog(const QString &content, QWidget *parent = nullptr);

    QString name() const;
    QString description() const;
    QString category() const;
    QLineEdit *nameField() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }

    // "conseil" -> "Tip"… (the seed's categories, translated).
    static QString categoryName(const QString &category);
    static QStringList categories();

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_category;
    QPushButton *m_save;
};

} // namespace pitchside::ui
