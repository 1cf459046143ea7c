#include "CategoryDialog.h"

#include "../common/FieldMessage.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

constexpr int kNameMax = 50; // the server's limit (docs/api/campaigns.md)
constexpr int kSwatch = 28;

// A round swatch; checked, it wears a ring of the window's text colour.
QIcon swatchIcon(const QColor &color, const QColor &ring)
{
    const qreal dpr = 2.0; // sharp on scaled screens too
    QIcon icon;
    for (const bool on : {false, true}) {
        QPixmap pixmap(QSize(kSwatch, kSwatch) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        if (on) {
            p.setBrush(ring);
            p.drawEllipse(QRectF(0, 0, kSwatch, kSwatch));
            p.setBrush(Qt::transparent);
        }
        p.setBrush(color);
        p.setPen(on ? QPen(QColor(Qt::white), 2) : QPen(Qt::NoPen));
        p.drawEllipse(QRectF(3, 3, kSwatch - 6, kSwatch - 6));
        p.end();
        icon.addPixmap(pixmap, QIcon::Normal, on ? QIcon::On : QIcon::Off);
    }
    return icon;
}

} // namespace

QList<QColor> CategoryDialog::presetColors()
{
    return {QColor(0x2E, 0x7D, 0x32), QColor(0x15, 0x65, 0xC0), QColor(0xF9, 0xA8, 0x25), QColor(0xC6, 0x28, 0x28),
            QColor(0x6A, 0x1B, 0x9A), QColor(0x00, 0x83, 0x8F), QColor(0xEF, 0x6C, 0x00), QColor(0x60, 0x7D, 0x8B)};
}

QIcon CategoryDialog::colorDot(const QColor &color)
{
    constexpr int kDot = 16;
    QPixmap pixmap(QSize(kDot, kDot) * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color.isValid() ? color : presetColors().constLast());
    p.drawEllipse(QRectF(2, 2, kDot - 4, kDot - 4));
    p.end();
    return QIcon(pixmap);
}

CategoryDialog::CategoryDialog(store::Store &store, const QString &categoryId, QWidget *parent)
    : QDialog(parent), m_store(store), m_id(categoryId), m_name(new QLineEdit(this)),
      m_nameMessage(new FieldMessage(this)), m_saveMessage(new FieldMessage(this)), m_swatches(new QButtonGroup(this)),
      m_other(new QToolButton(this))
{
    const std::optional<ContactCategory> existing =
        categoryId.isEmpty() ? std::nullopt : store.contacts().findCategory(categoryId);
    setWindowTitle(existing ? tr("Edit category") : tr("New category"));
    setMinimumWidth(440);

    m_name->setMaxLength(kNameMax);
    m_name->setPlaceholderText(tr("Parents U11, Volunteers, Sponsors…"));
    m_name->setAccessibleName(tr("Category name"));
    if (existing)
        m_name->setText(existing->name);

    // The preset colours, then any other.
    auto *swatchRow = new QHBoxLayout;
    swatchRow->setSpacing(Theme::spacing / 2);
    const QStringList names = {tr("Green"), tr("Blue"), tr("Yellow"), tr("Red"),
                               tr("Purple"), tr("Teal"), tr("Orange"), tr("Grey")};
    const QList<QColor> presets = presetColors();
    for (int i = 0; i < presets.size(); ++i)
        swatchRow->addWidget(makeSwatch(presets.at(i), names.value(i)));
    m_swatches->setExclusive(false); // "Other…" is checked outside the group
    connect(m_swatches, &QButtonGroup::idClicked, this, [this](int id) { setColor(presetColors().value(id)); });
    m_other->setText(tr("Other…"));
    m_other->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_other->setCheckable(true);
    m_other->setAccessibleName(tr("Another colour"));
    connect(m_other, &QToolButton::clicked, this, &CategoryDialog::chooseOtherColor);
    swatchRow->addSpacing(Theme::spacing);
    swatchRow->addWidget(m_other);
    swatchRow->addStretch(1);

    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), nameColumn);
    form->addRow(tr("Colour"), swatchRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("PrimaryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    if (existing) {
        auto *remove = new QPushButton(Icons::ui(QStringLiteral("trash-2"), Theme::danger()), tr("Delete category"), this);
        connect(remove, &QPushButton::clicked, this, &CategoryDialog::confirmDelete);
        bottom->addWidget(remove);
    }
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addLayout(bottom);

    const QColor stored = existing ? QColor(existing->color) : QColor();
    setColor(stored.isValid() ? stored : presets.constFirst());
    connect(m_name, &QLineEdit::textChanged, this, &CategoryDialog::refresh); // once Save exists
    refresh();
}

QToolButton *CategoryDialog::makeSwatch(const QColor &color, const QString &name)
{
    auto *b = new QToolButton(this);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setIconSize(QSize(kSwatch, kSwatch));
    b->setIcon(swatchIcon(color, palette().color(QPalette::WindowText)));
    b->setToolTip(name);
    b->setAccessibleName(name);
    m_swatches->addButton(b, int(m_swatches->buttons().size()));
    return b;
}

void CategoryDialog::setColor(const QColor &color)
{
    if (!color.isValid())
        return;
    m_color = color;
    const int preset = int(presetColors().indexOf(color));
    for (QAbstractButton *b : m_swatches->buttons())
        b->setChecked(m_swatches->id(b) == preset);
    m_other->setChecked(preset < 0);
    // The chosen colour shows on "Other…" when it is none of the swatches.
    m_other->setIcon(preset < 0 ? swatchIcon(color, palette().color(QPalette::WindowText)) : Icons::ui(QStringLiteral("palette")));
}

void CategoryDialog::chooseOtherColor()
{
    auto *picker = new QColorDialog(m_color, this);
    picker->setWindowTitle(tr("Category colour"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QColorDialog::colorSelected, this, &CategoryDialog::setColor);
    connect(picker, &QDialog::finished, this, [this] { setColor(m_color); }); // put the checks back on Cancel
    picker->open();
}

QString CategoryDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the category a name.");
    const QString folded = name.toCaseFolded();
    for (const ContactCategory &c : m_store.contacts().categories()) {
        if (c.id != m_id && c.name.trimmed().toCaseFolded() == folded)
            return tr("Another category is already called “%1”.").arg(c.name);
    }
    return {};
}

void CategoryDialog::refresh()
{
    const QString problem = nameProblem();
    // An empty name is said only once something was typed: a new dialog opens without a red line.
    if (problem.isEmpty() || m_name->text().isEmpty())
        m_nameMessage->clear();
    else
        m_nameMessage->setMessages({problem});
    m_save->setEnabled(problem.isEmpty());
}

void CategoryDialog::save()
{
    if (!nameProblem().isEmpty())
        return;
    const QString name = m_name->text().trimmed().normalized(QString::NormalizationForm_C);
    const QString color = m_color.name(QColor::HexRgb).toUpper();
    store::ContactRepository contacts = m_store.contacts();
    store::StoreError e;
    if (m_id.isEmpty()) {
        ContactCategory c;
        c.name = name;
        c.color = color;
        e = contacts.createCategory(c);
        if (!e)
            m_id = c.id;
    } else {
        e = contacts.updateCategory(m_id, [&](ContactCategory &c) {
            c.name = name;
            c.color = color;
        });
    }
    if (e.kind == store::StoreError::Kind::Refused && e.detail == u"duplicate_name") {
        // Another one came meanwhile (a sync): say which.
        refresh();
        if (m_nameMessage->messages().isEmpty())
            m_nameMessage->setMessages({tr("Another category already has this name.")});
        return;
    }
    if (e) {
        m_saveMessage->setMessages({tr("The category could not be saved: %1").arg(e.userMessage())});
        return;
    }
    accept();
}

void CategoryDialog::confirmDelete()
{
    const int members = m_store.contacts().countInCategory(m_id);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete category"),
                                tr("Delete the category “%1”?").arg(m_name->text().trimmed()), QMessageBox::NoButton, this);
    box->setInformativeText(members > 0 ? tr("Its %Ln contact(s) stay in your contacts, without this category.", nullptr, members)
                                        : tr("No contact is in it."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel)->setDefault(true);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() != remove)
            return;
        if (const store::StoreError e = m_store.contacts().removeCategory(m_id)) {
            m_saveMessage->setMessages({tr("The category could not be deleted: %1").arg(e.userMessage())});
            return;
        }
        done(Deleted);
    });
    box->open();
}

} // namespace pitchside::ui
