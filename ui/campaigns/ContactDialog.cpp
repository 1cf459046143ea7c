#include "ContactDialog.h"

#include "CategoryDialog.h"
#include "../common/FieldMessage.h"
#include "../common/Theme.h"
#include "models/campaigns/PhoneNumbers.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

constexpr int kNameMax = 100; // the server's limit (docs/api/campaigns.md)
const QString kRegion = QStringLiteral("FR"); // a number without country code is French

QString cleanName(const QString &typed)
{
    // One form of "é" in the store, so that searches and the server's folding find it.
    return typed.simplified().normalized(QString::NormalizationForm_C);
}

} // namespace

ContactDialog::ContactDialog(store::Store &store, const QString &contactId, const QStringList &categoryIds,
                             QWidget *parent)
    : QDialog(parent), m_store(store), m_id(contactId), m_firstName(new QLineEdit(this)),
      m_lastName(new QLineEdit(this)), m_number(new QLineEdit(this)), m_numberMessage(new FieldMessage(this)),
      m_numberHint(new QLabel(this)), m_categories(new QListWidget(this)), m_saveMessage(new FieldMessage(this))
{
    const store::ContactRepository contacts = store.contacts();
    const std::optional<Contact> existing = contactId.isEmpty() ? std::nullopt : contacts.find(contactId);
    setWindowTitle(existing ? tr("Edit contact") : tr("New contact"));
    setMinimumWidth(480);

    for (QLineEdit *name : {m_firstName, m_lastName}) {
        name->setMaxLength(kNameMax);
        name->setClearButtonEnabled(true);
    }
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName->setAccessibleName(tr("Last name"));
    m_number->setPlaceholderText(tr("06 12 34 56 78 or +44 7911 123456"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_numberHint->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_numberHint->setWordWrap(true);

    const QStringList ticked = existing ? existing->categoryIds : categoryIds;
    QStringList listed;
    for (const ContactCategory &c : contacts.categories()) {
        auto *item = new QListWidgetItem(CategoryDialog::colorDot(QColor(c.color)), c.name, m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        listed << c.id;
    }
    for (const QString &id : ticked) {
        if (!listed.contains(id))
            m_hiddenCategories << id;
    }
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setMaximumHeight(160);
    auto *noCategory = new QLabel(tr("No category yet: create one with New category, then tick it here."), this);
    noCategory->setWordWrap(true);
    noCategory->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    noCategory->setVisible(m_categories->count() == 0);
    m_categories->setVisible(m_categories->count() > 0);

    if (existing) {
        m_firstName->setText(existing->firstName);
        m_lastName->setText(existing->lastName);
        m_number->setText(campaigns::displayPhoneNumber(existing->fullNumber));
    }

    auto *numberColumn = new QVBoxLayout;
    numberColumn->setSpacing(2);
    numberColumn->addWidget(m_number);
    numberColumn->addWidget(m_numberMessage);
    numberColumn->addWidget(m_numberHint);
    auto *categoryColumn = new QVBoxLayout;
    categoryColumn->addWidget(m_categories);
    categoryColumn->addWidget(noCategory);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("Phone number"), numberColumn);
    form->addRow(tr("Categories"), categoryColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("PrimaryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addWidget(buttons);
    connect(m_number, &QLineEdit::textChanged, this, &ContactDialog::refresh); // once Save exists
    refresh();
    (existing ? m_number : m_firstName)->setFocus();
}

QString ContactDialog::numberTakenBy(const QString &e164) const
{
    const std::optional<Contact> other = m_store.contacts().findByNumber(e164);
    if (!other || other->id == m_id)
        return {};
    const QString name = other->displayName() == other->fullNumber ? tr("a contact without a name")
                                                                    : other->displayName();
    return tr("Another contact already has this number: %1").arg(name);
}

void ContactDialog::refresh()
{
    const campaigns::PhoneNumber number = campaigns::readPhoneNumber(m_number->text(), kRegion);
    QString problem;
    if (!number.isValid()) {
        // Nothing typed yet is not an error to show; Save simply waits.
        if (number.problem != campaigns::PhoneNumber::Problem::Empty)
            problem = campaigns::phoneProblemText(number.problem);
    } else {
        problem = numberTakenBy(number.e164);
    }
    if (problem.isEmpty())
        m_numberMessage->clear();
    else
        m_numberMessage->setMessages({problem});
    m_numberHint->setText(number.isValid() ? tr("Saved as %1").arg(campaigns::displayPhoneNumber(number.e164))
                                           : QString());
    m_numberHint->setVisible(number.isValid());
    m_save->setEnabled(number.isValid() && problem.isEmpty());
}

QStringList ContactDialog::checkedCategories() const
{
    QStringList out;
    for (int i = 0; i < m_categories->count(); ++i) {
        const QListWidgetItem *item = m_categories->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out + m_hiddenCategories;
}

void ContactDialog::save()
{
    const campaigns::PhoneNumber number = campaigns::readPhoneNumber(m_number->text(), kRegion);
    if (!number.isValid())
        return;
    const QString firstName = cleanName(m_firstName->text());
    const QString lastName = cleanName(m_lastName->text());
    const QStringList categoryIds = checkedCategories();
    store::ContactRepository contacts = m_store.contacts();
    store::StoreError e;
    if (m_id.isEmpty()) {
        Contact c;
        c.firstName = firstName;
        c.lastName = lastName;
        c.fullNumber = number.e164;
        c.countryCode = number.countryCode;
        c.phoneNumber = number.national;
        c.categoryIds = categoryIds;
        e = contacts.create(c);
        if (!e)
            m_id = c.id;
    } else {
        e = contacts.update(m_id, [&](Contact &c) {
            c.firstName = firstName;
            c.lastName = lastName;
            if (c.fullNumber != number.e164) {
                c.fullNumber = number.e164;
                c.countryCode = number.countryCode;
                c.phoneNumber = number.national;
            }
            c.categoryIds = categoryIds;
        });
    }
    if (e.kind == store::StoreError::Kind::Refused && e.detail == u"duplicate_number") {
        // Taken meanwhile (a sync brought it): name who has it.
        const QString takenBy = numberTakenBy(number.e164);
        m_numberMessage->setMessages({takenBy.isEmpty() ? tr("Another contact already has this number.") : takenBy});
        m_save->setEnabled(false);
        return;
    }
    if (e) {
        m_saveMessage->setMessages({tr("The contact could not be saved: %1").arg(e.userMessage())});
        return;
    }
    accept();
}

} // namespace pitchside::ui
