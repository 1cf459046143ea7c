#include "StoreErrorWindow.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pitchside::ui {

StoreErrorWindow::StoreErrorWindow(const QString &message, const QString &folder, QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Pitchside cannot open your data"));
    setWindowIcon(Icons::appIcon());

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::uiPixmap(QStringLiteral("triangle-alert"), 48, Theme::danger()));
    auto *title = new QLabel(tr("Pitchside cannot open your data"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(tr("Error"));
    text->setObjectName(QStringLiteral("StoreErrorMessage"));

    auto *openFolder = new QPushButton(Icons::ui(QStringLiteral("folder-open")), tr("Show the folder"), this);
    openFolder->setEnabled(!folder.isEmpty());
    connect(openFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto *quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("PrimaryButton"));
    connect(quit, &QPushButton::clicked, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(openFolder);
    buttons->addWidget(quit);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(Theme::spacing * 2);
    textColumn->addWidget(title);
    textColumn->addWidget(text);
    textColumn->addStretch(1);
    textColumn->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 4, Theme::spacing * 4, Theme::spacing * 4, Theme::spacing * 3);
    layout->setSpacing(Theme::spacing * 3);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    resize(640, 300);
}

} // namespace pitchside::ui
