#include "AccountsPage.h"

#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pitchside::ui {

AccountsPage::AccountsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_name(new QLabel(this)), m_storage(new QLabel(this)),
      m_counts(new QLabel(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Each account keeps its own store on this computer."));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    card->setMaximumWidth(760);
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::uiPixmap(QStringLiteral("house"), 40, Theme::accent()));
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    for (QLabel *l : {m_storage, m_counts}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_storage->setObjectName(QStringLiteral("PageSubtitle"));
    auto *openFolder = new QPushButton(Icons::ui(QStringLiteral("folder-open")), tr("Show data folder"), card);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_context.store.path()).absolutePath()));
    });

    auto *text = new QVBoxLayout;
    text->setSpacing(Theme::spacing / 2);
    text->addWidget(m_name);
    text->addWidget(m_counts);
    text->addWidget(m_storage);
    text->addSpacing(Theme::spacing);
    text->addWidget(openFolder, 0, Qt::AlignLeft);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    cardLayout->setSpacing(Theme::spacing * 2);
    cardLayout->addWidget(icon, 0, Qt::AlignTop);
    cardLayout->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 3, Theme::spacing, Theme::spacing * 3, Theme::spacing * 2);
    body->addWidget(card);
    body->addStretch(1);
    layout->addLayout(body, 1);

    connect(&m_context.store.hub(), &store::ChangeHub::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void AccountsPage::refresh()
{
    const QLocale locale;
    m_name->setText(m_context.accountName);
    const int posts = m_context.store.posts().count({});
    const int pending = m_context.store.outbox().count();
    m_counts->setText(tr("%1 · %2 waiting to be sent to the server")
                          .arg(tr("%n post(s)", nullptr, posts), tr("%n change(s)", nullptr, pending)));
    m_storage->setText(tr("Stored in %1").arg(QDir::toNativeSeparators(m_context.store.path())));
}

} // namespace pitchside::ui
