#include "NavigationRail.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

NavigationRail::NavigationRail(QWidget *parent)
    : QWidget(parent), m_top(new QVBoxLayout), m_modules(new QVBoxLayout), m_bottom(new QVBoxLayout)
{
    setObjectName(QStringLiteral("NavigationRail"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Modules"));

    for (auto *l : {m_top, m_modules, m_bottom}) {
        l->setSpacing(Theme::spacing / 2);
        l->setContentsMargins(0, 0, 0, 0);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing, Theme::spacing * 2, Theme::spacing, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing);
    layout->addLayout(m_top);
    layout->addLayout(m_modules);
    layout->addStretch(1);
    layout->addLayout(m_bottom);
    setFixedWidth(104);
}

void NavigationRail::addPage(PageId id, const QString &label, const QString &iconName, const QString &shortcutText)
{
    auto *button = new QToolButton(this);
    button->setText(label);
    button->setIcon(Icons::ui(iconName));
    button->setIconSize(QSize(22, 22));
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(56);
    button->setToolTip(shortcutText.isEmpty() ? label : tr("%1 (%2)").arg(label, shortcutText));
    button->setAccessibleName(label);
    // Not in an exclusive QButtonGroup: Tab would then stop only at the
    // checked button, and the other modules could not be reached (issue 11).
    button->setFocusPolicy(Qt::StrongFocus);
    m_buttons.insert(id, button);
    m_icons.insert(id, iconName);
    m_labels.insert(id, label);
    const bool atBottom = id == PageId::Accounts || id == PageId::Settings;
    (atBottom ? m_bottom : m_modules)->addWidget(button);
    connect(button, &QToolButton::clicked, this, [this, id] { Q_EMIT pageRequested(id); });
}

void NavigationRail::setBadge(PageId id, int count)
{
    QToolButton *button = m_buttons.value(id);
    if (!button)
        return;
    const QString label = m_labels.value(id);
    if (count <= 0) {
        button->setIcon(Icons::ui(m_icons.value(id)));
        button->setAccessibleName(label);
        return;
    }
    // The badge is drawn on the icon, top right, "9+" above nine.
    const int size = 22;
    const qreal dpr = button->devicePixelRatioF();
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawPixmap(0, 0, Icons::uiPixmap(m_icons.value(id), size));
    const QString text = count > 9 ? QStringLiteral("9+") : QString::number(count);
    QFont f = button->font();
    f.setBold(true);
    f.setPixelSize(9);
    p.setFont(f);
    const QRectF dot(size - 15, 0, 15, 12);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::danger());
    p.drawRoundedRect(dot, 6, 6);
    p.setPen(Qt::white);
    p.drawText(dot, Qt::AlignCenter, text);
    p.end();
    button->setIcon(QIcon(pm));
    button->setAccessibleName(tr("%1, %n unread", nullptr, count).arg(label));
}

void NavigationRail::setCurrent(PageId id)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == id);
}

void NavigationRail::setTopWidget(QWidget *widget)
{
    m_top->addWidget(widget);
}

} // namespace pitchside::ui
