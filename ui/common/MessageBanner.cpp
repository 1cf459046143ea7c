#include "MessageBanner.h"

#include "Icons.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace pitchside::ui {

namespace {
constexpr int kInfoVisibleMs = 8000; // long enough to reach for "Undo"
}

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this)), m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MessageBanner"));
    setAttribute(Qt::WA_StyledBackground);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Message"));
    m_action->setFocusPolicy(Qt::TabFocus); // a banner never steals focus
    m_close->setIcon(Icons::ui(QStringLiteral("x"), Theme::mutedText()));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    m_close->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 1.5, Theme::spacing, Theme::spacing, Theme::spacing);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBanner::dismiss);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT closed();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        Q_EMIT actionTriggered();
        dismiss();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    applyStyle();
    show();
    if (kind == Kind::Info)
        m_hideTimer->start(kInfoVisibleMs);
    else
        m_hideTimer->stop();
}

void MessageBanner::dismiss()
{
    m_hideTimer->stop();
    hide();
}

QString MessageBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBanner::applyStyle()
{
    QColor color = Theme::accent();
    QString icon = QStringLiteral("info");
    if (m_kind == Kind::Warning) {
        color = Theme::warning();
        icon = QStringLiteral("triangle-alert");
    } else if (m_kind == Kind::Error) {
        color = Theme::danger();
        icon = QStringLiteral("circle-alert");
    }
    m_icon->setPixmap(Icons::uiPixmap(icon, 18, color));
    QColor fill = color;
    fill.setAlpha(Theme::isDark() ? 46 : 28);
    setStyleSheet(QStringLiteral("#MessageBanner { background: %1; border: 1px solid %2; border-radius: 8px; }")
                      .arg(fill.name(QColor::HexArgb), color.name()));
}

} // namespace pitchside::ui
