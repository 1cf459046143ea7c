#include "TemplatePickerDialog.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/TemplateFill.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

// What a person reads beside the field: the usual names in their language,
// otherwise the name itself ("home_team" -> "Home team").
QString humanName(const QString &variable)
{
    static const QHash<QString, const char *> known = {
        {QStringLiteral("home"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Home team")},
        {QStringLiteral("home_team"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Home team")},
        {QStringLiteral("domicile"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Home team")},
        // The demo club's templates name their fields in French ({{equipe}} reçoit {{adversaire}}…):
        // the raw name would read "Equipe", without its É.
        {QStringLiteral("equipe"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Home team")},
        {QStringLiteral("equipe_domicile"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Home team")},
        {QStringLiteral("adversaire"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Opponent")},
        {QStringLiteral("resultat"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Result")},
        {QStringLiteral("buteurs"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Scorers")},
        {QStringLiteral("prochain_match"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Next match")},
        {QStringLiteral("annee"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Year")},
        {QStringLiteral("categorie"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Category")},
        {QStringLiteral("evenement"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Event")},
        {QStringLiteral("prenom"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "First name")},
        {QStringLiteral("annees"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Years")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Role")},
        {QStringLiteral("away"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Away team")},
        {QStringLiteral("away_team"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Away team")},
        {QStringLiteral("exterieur"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Away team")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Date")},
        {QStringLiteral("jour"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Date")},
        {QStringLiteral("time"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Time")},
        {QStringLiteral("heure"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Time")},
        {QStringLiteral("venue"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Venue")},
        {QStringLiteral("lieu"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Venue")},
        {QStringLiteral("stade"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Venue")},
        {QStringLiteral("competition"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Competition")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Score")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Message")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Partner")},
        {QStringLiteral("offer"), QT_TRANSLATE_NOOP("pitchside::ui::TemplatePickerDialog", "Offer")},
    };
    if (const char *label = known.value(variable))
        return QCoreApplication::translate("pitchside::ui::TemplatePickerDialog", label);
    QString s = variable;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}
} // namespace

TemplatePickerDialog::TemplatePickerDialog(store::Store &store, const QString &profileId,
                                           const QHash<QString, QString> &given, QWidget *parent)
    : QDialog(parent), m_store(store), m_given(given), m_templates(store.templates().all(profileId)),
      m_list(new QListWidget(this)), m_description(new QLabel(this)), m_formHost(new QWidget(this)),
      m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Start from a template"));
    resize(820, 560);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setMinimumWidth(220);
    for (const PostTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(Icons::ui(QStringLiteral("file-text")), t.name, m_list);
        item->setData(kIdRole, t.id);
        item->setToolTip(SaveTemplateDialog::categoryName(t.category)
                         + (t.usageCount ? tr(" · used %n time(s)", nullptr, t.usageCount) : QString()));
    }
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("The post as it will read"));

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_formHost);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(Theme::spacing, 0, 0, 0);
    rightLayout->addWidget(m_description);
    rightLayout->addWidget(formScroll, 1);
    rightLayout->addWidget(new QLabel(tr("The post as it will read:"), this));
    rightLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_use = buttons->button(QDialogButtonBox::Ok);
    m_use->setText(tr("Write this post"));
    m_use->setObjectName(QStringLiteral("PrimaryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePickerDialog::showTemplate);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showTemplate();
}

bool TemplatePickerDialog::hasTemplates() const
{
    return !m_templates.isEmpty();
}

void TemplatePickerDialog::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

PostTemplate TemplatePickerDialog::selectedTemplate() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? m_templates.at(row) : PostTemplate{};
}

void TemplatePickerDialog::showTemplate()
{
    // A new form for this template's variables.
    delete m_form;
    qDeleteAll(m_formHost->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_fields.clear();
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const PostTemplate t = selectedTemplate();
    m_use->setEnabled(!t.id.isEmpty());
    if (t.id.isEmpty()) {
        m_description->setText(tr("No template yet. Write a post, then choose “Save as template” to reuse it."));
        m_preview->clear();
        return;
    }
    m_description->setText(t.description.isEmpty() ? SaveTemplateDialog::categoryName(t.category) : t.description);
    QStringList names = TemplateFill::variablesIn(t.content);
    for (const QString &h : t.hashtags) {
        for (const QString &n : TemplateFill::variablesIn(h)) {
            if (!names.contains(n))
                names << n;
        }
    }
    for (const QString &name : names) {
        auto *edit = new QLineEdit(m_formHost);
        edit->setPlaceholderText(t.variables.value(name).toString());
        edit->setAccessibleName(humanName(name));
        // What a match (or the caller) knows is filled in already.
        edit->setText(m_given.value(name));
        connect(edit, &QLineEdit::textChanged, this, &TemplatePickerDialog::refreshPreview);
        m_form->addRow(humanName(name), edit);
        m_fields.insert(name, edit);
    }
    if (names.isEmpty())
        m_form->addRow(new QLabel(tr("This template has nothing to fill in."), m_formHost));
    refreshPreview();
}

QHash<QString, QString> TemplatePickerDialog::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), it.value()->text().trimmed());
    return out;
}

QString TemplatePickerDialog::filledContent() const
{
    const PostTemplate t = selectedTemplate();
    return TemplateFill::fill(t.content, values(), t.variables);
}

QStringList TemplatePickerDialog::filledHashtags() const
{
    const PostTemplate t = selectedTemplate();
    QStringList out;
    for (const QString &h : t.hashtags) {
        const QString filled = TemplateFill::fill(h, values(), t.variables).remove(QLatin1Char(' '));
        if (!filled.isEmpty())
            out << filled;
    }
    return out;
}

void TemplatePickerDialog::refreshPreview()
{
    QString text = filledContent();
    const QStringList tags = filledHashtags();
    if (!tags.isEmpty())
        text += QStringLiteral("\n\n#") + tags.join(QStringLiteral(" #"));
    m_preview->setPlainText(text);
}

SaveTemplateDialog::SaveTemplateDialog(const QString &content, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_category(new QComboBox(this))
{
    setWindowTitle(tr("Save as template"));
    setMinimumWidth(460);
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Matchday announcement"));
    m_name->setAccessibleName(tr("Template name"));
    m_description->setPlaceholderText(tr("When to use it (optional)"));
    m_description->setAccessibleName(tr("Description"));
    for (const QString &c : categories())
        m_category->addItem(categoryName(c), c);
    m_category->setCurrentIndex(m_category->findData(QStringLiteral("actualite")));
    const QStringList variables = TemplateFill::variablesIn(content);
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    hint->setText(variables.isEmpty()
                      ? tr("Tip: write {{name}} in the text where something changes each time (a team, a date): "
                           "the template will ask for it.")
                      : tr("Filled in each time: %1.").arg(variables.join(QStringLiteral(", "))));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Description"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!name().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString SaveTemplateDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveTemplateDialog::description() const
{
    return m_description->text().trimmed();
}

QString SaveTemplateDialog::category() const
{
    return m_category->currentData().toString();
}

QStringList SaveTemplateDialog::categories()
{
    return {QStringLiteral("actualite"), QStringLiteral("conseil"), QStringLiteral("temoignage"),
            QStringLiteral("etude_cas"), QStringLiteral("promo"), QStringLiteral("autre")};
}

QString SaveTemplateDialog::categoryName(const QString &category)
{
    if (category == u"conseil")
        return tr("Tip");
    if (category == u"actualite")
        return tr("News");
    if (category == u"temoignage")
        return tr("Testimonial");
    if (category == u"etude_cas")
        return tr("Case study");
    if (category == u"promo")
        return tr("Promotion");
    return tr("Other");
}

} // namespace pitchside::ui
