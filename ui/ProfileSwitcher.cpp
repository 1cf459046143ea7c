#include "ProfileSwitcher.h"

#include "common/Icons.h"
#include "models/Preferences.h"
#include "models/store/Store.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace pitchside::ui {

namespace {
const QString kActiveProfile = QStringLiteral("profile/active");
}

ProfileSwitcher::ProfileSwitcher(store::Store &store, Preferences &preferences, QWidget *parent)
    : QComboBox(parent), m_store(store), m_preferences(preferences)
{
    setAccessibleName(tr("Active profile"));
    setToolTip(tr("The club, team or sponsor you are working for"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(6);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        setToolTip(index < 0 ? QString()
                             : tr("%1\nThe club, team or sponsor new posts are for").arg(itemData(index, Qt::ToolTipRole).toString()));
    });
    connect(this, &QComboBox::activated, this, [this] {
        m_preferences.setValue(kActiveProfile, currentData());
        Q_EMIT activeProfileChanged(currentData().toString());
    });
    connect(&m_store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Profile)
            reload();
    });
    reload();
}

QString ProfileSwitcher::activeProfileId() const
{
    return currentData().toString();
}

void ProfileSwitcher::reload()
{
    const QString active = m_preferences.value(kActiveProfile).toString();
    clear();
    for (const Profile &p : m_store.profiles().all()) {
        const QString icon = p.type == u"sponsor" ? QStringLiteral("star")
                             : p.type == u"equipe" ? QStringLiteral("users")
                                                   : QStringLiteral("trophy");
        addItem(Icons::ui(icon), p.name, p.id);
        setItemData(count() - 1, tr("%1 · %2").arg(profileTypeName(p.type), p.name), Qt::ToolTipRole);
    }
    const int index = findData(active);
    setCurrentIndex(index >= 0 ? index : 0);
    setVisible(count() > 0);
}

void ProfileSwitcher::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentIcon = QIcon(); // the popup shows each profile's kind
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace pitchside::ui
