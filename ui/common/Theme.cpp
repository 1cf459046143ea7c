#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace pitchside::ui::Theme {

namespace {

bool g_dark = false;
bool g_systemDarkKnown = false;
bool g_systemDark = false;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF6, 0xF7, 0xF9));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF1, 0xF3, 0xF6));
    p.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6B, 0x72, 0x80));
    p.setColor(QPalette::Button, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x43, 0x38, 0xCA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x43, 0x38, 0xCA));
    p.setColor(QPalette::Mid, QColor(0xD0, 0xD5, 0xDD));
    p.setColor(QPalette::Midlight, QColor(0xE4, 0xE7, 0xEC));
    p.setColor(QPalette::Dark, QColor(0x9A, 0xA1, 0xAC));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9A, 0xA1, 0xAC));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9A, 0xA1, 0xAC));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0xA1, 0xAC));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x17, 0x1A, 0x1F));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Base, QColor(0x20, 0x24, 0x2A));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2A, 0x31));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA1, 0xAC));
    p.setColor(QPalette::Button, QColor(0x2A, 0x2F, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Highlight, QColor(0x81, 0x8C, 0xF8));
    p.setColor(QPalette::HighlightedText, QColor(0x11, 0x13, 0x17));
    p.setColor(QPalette::ToolTipBase, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::ToolTipText, QColor(0x11, 0x13, 0x17));
    p.setColor(QPalette::Link, QColor(0xA5, 0xB4, 0xFC));
    p.setColor(QPalette::Mid, QColor(0x3A, 0x40, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x35, 0x3E));
    p.setColor(QPalette::Dark, QColor(0x0E, 0x10, 0x13));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6B, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6B, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6B, 0x72, 0x80));
    return p;
}

// Toggles that read on or off at a glance, and a focus ring on everything
// whose style sheet would otherwise hide the platform's (UX.md: keyboard).
QString toggleAndFocusSheet()
{
    QColor tint = accent();
    tint.setAlpha(isDark() ? 70 : 36);
    const QString ring = focusRing().name();
    const QString text = QApplication::palette().color(QPalette::Text).name();
    return QStringLiteral(R"(
        QToolButton:checkable { border: 1px solid %1; border-radius: 6px; padding: 3px 8px; background: %2;
                                color: %3; }
        QToolButton:checkable:hover { border-color: %4; }
        QToolButton:checkable:checked { background: %5; border: 2px solid %4; padding: 2px 7px; color: %6; }
        QToolButton:checkable:focus { border: 2px solid %7; padding: 2px 7px; }
        QToolButton:checkable:checked:focus { border: 2px solid %8; }
        QToolButton#Segment { padding: 4px 12px; border: 1px solid %1; border-radius: 0; background: %2; color: %8; }
        QToolButton#Segment:checked { background: %4; color: %9; border-color: %4; }
        QToolButton#Segment:focus { border: 2px solid %7; padding: 3px 11px; }
        QToolButton#Segment:checked:focus { border: 2px solid %8; padding: 3px 11px; }
        #NavigationRail QToolButton:focus { border: 2px solid %7; padding: 4px 2px; }
        QPushButton#PrimaryButton:focus { border: 2px solid %8; padding: 4px 12px; }
    )")
        .arg(border().name(), QApplication::palette().color(QPalette::Base).name(), mutedText().name(),
             accent().name(), tint.name(QColor::HexArgb), accentText().name(), ring, text, onAccent().name());
}

QString styleSheet()
{
    // Only what palettes cannot say: the rail, cards, the status strip, titles.
    return QStringLiteral(R"(
        #NavigationRail { background: %1; border-right: 1px solid %2; }
        #NavigationRail QToolButton { border: none; border-radius: 8px; padding: 6px 4px; color: %3;
                                      background: transparent; }
        #NavigationRail QToolButton:hover { background: %4; }
        #NavigationRail QToolButton:checked { background: %5; color: %6; font-weight: 600; }
        #StatusStrip { background: %1; border-top: 1px solid %2; }
        #StatusStrip QLabel { color: %3; }
        #PageTitle { font-size: 20px; font-weight: 600; }
        #PageSubtitle, .muted { color: %3; }
        #Card { background: %1; border: 1px solid %2; border-radius: 10px; }
        #EmptyStateTitle { font-size: 17px; font-weight: 600; }
        #EmptyStateText { color: %3; }
        QPushButton#PrimaryButton { background: %7; color: %8; border: none; border-radius: 6px;
                                    padding: 6px 14px; font-weight: 600; }
        QPushButton#PrimaryButton:hover { background: %9; }
        QPushButton#PrimaryButton:disabled { background: %2; color: %3; }
        QToolTip { padding: 4px; }
    )")
        .arg(card().name(), border().name(), mutedText().name(),
             isDark() ? QStringLiteral("#2a2f37") : QStringLiteral("#eef0f4"),
             isDark() ? QStringLiteral("#2f3352") : QStringLiteral("#e6e6fa"), accent().name(), accent().name(),
             onAccent().name(), accent().lighter(isDark() ? 115 : 120).name())
        + toggleAndFocusSheet();
}

} // namespace

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode modeFromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

void apply(Mode mode)
{
    if (!g_systemDarkKnown) {
        // Qt 6.4 has no colour-scheme API; the platform's own palette tells.
        const QPalette system = QApplication::palette();
        g_systemDark = system.color(QPalette::Window).lightness() < 128;
        g_systemDarkKnown = true;
    }
    g_dark = mode == Mode::Dark || (mode == Mode::System && g_systemDark);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(g_dark ? darkPalette() : lightPalette());
    qApp->setStyleSheet(styleSheet());
}

bool isDark()
{
    return g_dark;
}

QColor accent()
{
    return g_dark ? QColor(0x81, 0x8C, 0xF8) : QColor(0x43, 0x38, 0xCA);
}

QColor onAccent()
{
    return g_dark ? QColor(0x11, 0x13, 0x17) : Qt::white;
}

QColor accentText()
{
    // The dark accent reads 4.2:1 on an accent tint of the dark base; a paler one reads 5:1.
    return g_dark ? QColor(0xA5, 0xB4, 0xFC) : accent();
}

QColor focusRing()
{
    return accent();
}

QColor mutedText()
{
    return g_dark ? QColor(0xA8, 0xAF, 0xB9) : QColor(0x5B, 0x63, 0x70);
}

QColor border()
{
    return g_dark ? QColor(0x33, 0x39, 0x42) : QColor(0xDD, 0xE1, 0xE7);
}

QColor card()
{
    return g_dark ? QColor(0x1D, 0x21, 0x27) : Qt::white;
}

QColor statusColor(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return g_dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80);
    case PostStatus::Scheduled:
        return g_dark ? QColor(0x38, 0xBD, 0xF8) : QColor(0x02, 0x84, 0xC7);
    case PostStatus::Publishing:
        return g_dark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xB4, 0x5A, 0x09);
    case PostStatus::Published:
        return g_dark ? QColor(0x4A, 0xDE, 0x80) : QColor(0x15, 0x80, 0x3D);
    case PostStatus::Failed:
        return g_dark ? QColor(0xF8, 0x71, 0x71) : QColor(0xDC, 0x26, 0x26);
    }
    return {};
}

QColor matchColor()
{
    return g_dark ? QColor(0x2D, 0xD4, 0xBF) : QColor(0x0F, 0x76, 0x6E);
}

QColor eventColor()
{
    return g_dark ? QColor(0xE8, 0x79, 0xF9) : QColor(0xA2, 0x1C, 0xAF);
}

QColor warning()
{
    return g_dark ? QColor(0xFB, 0xBF, 0x24) : QColor(0xB4, 0x5A, 0x09);
}

QColor danger()
{
    return g_dark ? QColor(0xF8, 0x71, 0x71) : QColor(0xDC, 0x26, 0x26);
}

QColor success()
{
    return g_dark ? QColor(0x4A, 0xDE, 0x80) : QColor(0x15, 0x80, 0x3D);
}

} // namespace pitchside::ui::Theme
