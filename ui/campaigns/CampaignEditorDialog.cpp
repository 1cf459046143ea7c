#include "CampaignEditorDialog.h"

#include "../common/FieldMessage.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Contact.h"
#include "models/TemplateFill.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContactRepository.h"
#include "models/store/MessageTemplateRepository.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(color));
    p.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return QIcon(pixmap);
}

} // namespace

CampaignEditorDialog::CampaignEditorDialog(store::Store &store, const Campaign &campaign, QWidget *parent)
    : QDialog(parent), m_store(store), m_campaign(campaign)
{
    setWindowTitle(campaign.id.isEmpty() ? tr("New campaign") : tr("Edit campaign"));
    setMinimumWidth(720);

    m_name = new QLineEdit(campaign.name, this);
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("Christmas tournament — parents"));

    const auto messageBox = [this](const QString &text, const QString &placeholder, QLabel **count) {
        auto *edit = new QPlainTextEdit(text, this);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(96);
        *count = new QLabel(this);
        (*count)->setAlignment(Qt::AlignRight);
        return edit;
    };
    m_message1 = messageBox(campaign.message1,
                            tr("Hello {{prenom}}, the Christmas tournament is on Saturday at 10 am…"), &m_count1);
    m_message2 = messageBox(campaign.message2,
                            tr("Optional: sent once to each person who replies (\"Thank you {{prenom}}! …\")"),
                            &m_count2);

    // Variables: buttons that insert them where the cursor is.
    const auto variableRow = [this](QPlainTextEdit *into, QLabel *count) {
        auto *row = new QHBoxLayout;
        row->setSpacing(Theme::spacing / 2);
        for (const auto &[name, label] : {std::pair{QStringLiteral("prenom"), tr("First name")},
                                          std::pair{QStringLiteral("nom"), tr("Last name")}}) {
            auto *b = new QToolButton(this);
            b->setText(QStringLiteral("+ ") + label);
            b->setToolTip(tr("Inserts {{%1}}: each recipient reads their own").arg(name));
            b->setAutoRaise(true);
            connect(b, &QToolButton::clicked, this, [this, into, name = name] { insertVariable(into, name); });
            row->addWidget(b);
        }
        row->addStretch(1);
        row->addWidget(count);
        return row;
    };

    m_categories = new QListWidget(this);
    m_categories->setMinimumHeight(120);
    m_categories->setAccessibleName(tr("Categories the campaign goes to"));
    store::ContactRepository contacts = store.contacts();
    for (const ContactCategory &c : contacts.categories()) {
        auto *item = new QListWidgetItem(swatch(c.color),
                                         tr("%1 (%n contact(s))", nullptr, contacts.countInCategory(c.id)).arg(c.name),
                                         m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(campaign.categoryIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_recipients = new QLabel(this);
    m_recipients->setWordWrap(true);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMargin(Theme::spacing);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 8px; }")
                                 .arg(Theme::card().name(), Theme::border().name()));
    m_preview->setMinimumWidth(240);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_problems = new FieldMessage(this);

    m_templates = new QComboBox(this);
    m_templates->setAccessibleName(tr("Start from a template"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(24);
    connect(m_templates, &QComboBox::activated, this, &CampaignEditorDialog::chooseTemplate);
    m_deleteTemplate = new QToolButton(this);
    m_deleteTemplate->setIcon(Icons::ui(QStringLiteral("trash-2")));
    m_deleteTemplate->setToolTip(tr("Delete this template"));
    m_deleteTemplate->setAccessibleName(tr("Delete this template"));
    m_deleteTemplate->setAutoRaise(true);
    connect(m_deleteTemplate, &QToolButton::clicked, this, &CampaignEditorDialog::askDeleteTemplate);
    reloadTemplates();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save as draft"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *saveTemplate = m_buttons->addButton(tr("Save as template…"), QDialogButtonBox::ActionRole);
    saveTemplate->setObjectName(QStringLiteral("saveAsTemplate"));
    saveTemplate->setToolTip(tr("Keeps both messages under a name, to start another campaign from"));
    connect(saveTemplate, &QPushButton::clicked, this, &CampaignEditorDialog::askSaveAsTemplate);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(m_deleteTemplate);
    // A row whose field is a layout gets no buddy from QFormLayout: its
    // label would show the "&" instead of underlining the shortcut.
    const auto addRow = [this, form](const QString &text, QLayout *field, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Template"), templateRow, m_templates);
    auto *first = new QVBoxLayout;
    first->addWidget(m_message1);
    first->addLayout(variableRow(m_message1, m_count1));
    addRow(tr("&First message"), first, m_message1);
    auto *second = new QVBoxLayout;
    second->addWidget(m_message2);
    second->addLayout(variableRow(m_message2, m_count2));
    addRow(tr("F&ollow-up"), second, m_message2);
    auto *to = new QVBoxLayout;
    to->addWidget(m_categories);
    to->addWidget(m_recipients);
    addRow(tr("&Recipients"), to, m_categories);

    auto *previewColumn = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("Preview"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewColumn->addWidget(previewTitle);
    previewColumn->addWidget(m_preview, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(Theme::spacing * 2);
    columns->addLayout(previewColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CampaignEditorDialog::refresh);
    connect(m_message1, &QPlainTextEdit::textChanged, this, &CampaignEditorDialog::refresh);
    connect(m_message2, &QPlainTextEdit::textChanged, this, &CampaignEditorDialog::refresh);
    connect(m_categories, &QListWidget::itemChanged, this, &CampaignEditorDialog::refresh);
    refresh();
}

void CampaignEditorDialog::insertVariable(QPlainTextEdit *into, const QString &name)
{
    into->insertPlainText(QStringLiteral("{{%1}}").arg(name));
    into->setFocus();
}

QStringList CampaignEditorDialog::checkedCategories() const
{
    QStringList ids;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            ids << m_categories->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void CampaignEditorDialog::refresh()
{
    const QString text1 = m_message1->toPlainText();
    const QString text2 = m_message2->toPlainText();
    m_count1->setText(tr("%1 / %2").arg(text1.size()).arg(kMaxMessage));
    m_count2->setText(tr("%1 / %2").arg(text2.size()).arg(kMaxMessage));

    const QStringList categories = checkedCategories();
    const int recipients = m_store.contacts().recipientCount(categories);
    if (categories.isEmpty())
        m_recipients->setText(tr("Tick the categories the campaign goes to."));
    else
        m_recipients->setText(tr("%n recipient(s): each contact once, without the numbers found to have no "
                                 "WhatsApp.",
                                 nullptr, recipients));

    // The preview reads as a sample recipient will.
    const QHash<QString, QString> sample{{QStringLiteral("prenom"), tr("Camille")},
                                         {QStringLiteral("nom"), tr("Martin")}};
    QString preview = TemplateFill::fill(text1.trimmed(), sample);
    if (!text2.trimmed().isEmpty())
        preview += QStringLiteral("\n\n— ") + tr("If they reply:") + QStringLiteral("\n")
                   + TemplateFill::fill(text2.trimmed(), sample);
    m_preview->setText(preview.isEmpty() ? tr("The message as a recipient reads it appears here.") : preview);

    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("Give the campaign a name.");
    if (text1.trimmed().isEmpty())
        problems << tr("Write the first message.");
    if (text1.size() > kMaxMessage || text2.size() > kMaxMessage)
        problems << tr("A WhatsApp message is at most %1 characters.").arg(kMaxMessage);
    for (const QString &v : TemplateFill::variablesIn(text1 + u'\n' + text2)) {
        if (v != u"prenom" && v != u"nom")
            problems << tr("{{%1}} is not a variable WhatsApp campaigns know: use {{prenom}} or {{nom}}.").arg(v);
    }
    m_problems->setMessages(problems);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void CampaignEditorDialog::reloadTemplates(const QString &select)
{
    const QString keep = select.isEmpty() ? m_templates->currentData().toString() : select;
    m_templates->clear();
    const QVector<MessageTemplate> templates = m_store.messageTemplates().all();
    m_templates->addItem(templates.isEmpty() ? tr("No template yet: “Save as template…” keeps these messages")
                                             : tr("Start from a template…"));
    for (const MessageTemplate &t : templates)
        m_templates->addItem(Icons::ui(QStringLiteral("file-text")), t.name, t.id);
    m_templates->setEnabled(!templates.isEmpty());
    const int index = keep.isEmpty() ? -1 : m_templates->findData(keep);
    m_templates->setCurrentIndex(index > 0 ? index : 0);
    m_deleteTemplate->setEnabled(index > 0);
}

void CampaignEditorDialog::chooseTemplate(int index)
{
    m_deleteTemplate->setEnabled(index > 0);
    if (index <= 0)
        return;
    const auto t = m_store.messageTemplates().find(m_templates->itemData(index).toString());
    if (!t)
        return;
    const QString text1 = m_message1->toPlainText().trimmed();
    const QString text2 = m_message2->toPlainText().trimmed();
    const bool replacesWriting = (!text1.isEmpty() && text1 != t->message1.trimmed())
                                 || (!text2.isEmpty() && text2 != t->message2.trimmed());
    if (replacesWriting
        && QMessageBox::question(this, tr("Replace the messages?"),
                                 tr("The messages you wrote will be replaced by those of “%1”.").arg(t->name),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes) {
        return;
    }
    applyTemplate(t->id);
}

void CampaignEditorDialog::applyTemplate(const QString &templateId)
{
    const auto t = m_store.messageTemplates().find(templateId);
    if (!t)
        return;
    // Whole-text replacements, each one step of undo in its field.
    for (const auto &[edit, text] : {std::pair{m_message1, t->message1}, std::pair{m_message2, t->message2}}) {
        QTextCursor cursor = edit->textCursor();
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
    }
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(t->name);
    const int index = m_templates->findData(templateId);
    if (index > 0)
        m_templates->setCurrentIndex(index);
    m_deleteTemplate->setEnabled(index > 0);
}

void CampaignEditorDialog::askSaveAsTemplate()
{
    if (m_message1->toPlainText().trimmed().isEmpty()) {
        m_problems->setMessages({tr("Write the first message before saving it as a template.")});
        return;
    }
    const QString current = m_templates->currentIndex() > 0 ? m_templates->currentText() : m_name->text().trimmed();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"), QLineEdit::Normal,
                                               current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    bool replace = false;
    if (const auto same = m_store.messageTemplates().findByName(name)) {
        if (QMessageBox::question(this, tr("Replace the template?"),
                                  tr("A template is already called “%1”. Replace its messages with these?")
                                      .arg(same->name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        replace = true;
    }
    saveAsTemplate(name, replace);
}

bool CampaignEditorDialog::saveAsTemplate(const QString &name, bool replace)
{
    store::MessageTemplateRepository templates = m_store.messageTemplates();
    const QString text1 = m_message1->toPlainText().trimmed();
    const QString text2 = m_message2->toPlainText().trimmed();
    store::StoreError e;
    QString id;
    if (const auto same = templates.findByName(name)) {
        if (!replace) {
            m_problems->setMessages({tr("A template is already called “%1”.").arg(same->name)});
            return false;
        }
        id = same->id;
        e = templates.update(id, [&](MessageTemplate &t) {
            t.message1 = text1;
            t.message2 = text2;
        });
    } else {
        MessageTemplate t;
        t.name = name;
        t.message1 = text1;
        t.message2 = text2;
        e = templates.create(t);
        id = t.id;
    }
    if (e) {
        m_problems->setMessages({e.detail == u"message_required"
                                     ? tr("Write the first message before saving it as a template.")
                                     : tr("The template could not be saved: %1").arg(e.userMessage())});
        return false;
    }
    reloadTemplates(id);
    refresh();
    return true;
}

void CampaignEditorDialog::askDeleteTemplate()
{
    const QString id = m_templates->currentData().toString();
    const auto t = m_store.messageTemplates().find(id);
    if (!t)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete the template?"),
                    tr("“%1” will be deleted, here and on the server. Campaigns already written from it keep "
                       "their messages.")
                        .arg(t->name),
                    QMessageBox::Cancel, this);
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    if (const store::StoreError e = m_store.messageTemplates().remove(id)) {
        m_problems->setMessages({tr("The template could not be deleted: %1").arg(e.userMessage())});
        return;
    }
    reloadTemplates();
}

bool CampaignEditorDialog::save()
{
    m_campaign.name = m_name->text().trimmed();
    m_campaign.message1 = m_message1->toPlainText().trimmed();
    m_campaign.message2 = m_message2->toPlainText().trimmed();
    m_campaign.categoryIds = checkedCategories();
    store::CampaignRepository campaigns = m_store.campaigns();
    store::StoreError e;
    if (m_campaign.id.isEmpty()) {
        e = campaigns.create(m_campaign);
    } else {
        const Campaign edited = m_campaign;
        e = campaigns.update(m_campaign.id, [&edited](Campaign &c) {
            c.name = edited.name;
            c.message1 = edited.message1;
            c.message2 = edited.message2;
            c.categoryIds = edited.categoryIds;
        });
    }
    if (e) {
        m_problems->setMessages({e.detail == u"campaign_sending"
                                     ? tr("The campaign is being sent: stop it before changing it.")
                                     : tr("The campaign could not be saved: %1").arg(e.userMessage())});
        return false;
    }
    return true;
}

} // namespace pitchside::ui
