#include "InboxPage.h"

#include "../common/EmptyState.h"
#include "../common/PageHeader.h"

#include <QVBoxLayout>

namespace pitchside::ui {

InboxPage::InboxPage(QWidget *parent) : Page(parent)
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Messages and notifications of your account."));
    auto *empty = new EmptyState(QStringLiteral("inbox"), this);
    empty->setTitle(tr("No messages"));
    empty->setText(tr("Messages from sponsors, clubs and your WhatsApp contacts, and notifications about your "
                      "posts, arrive here when this computer is connected to your Pitchside account."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(empty, 1);
}

} // namespace pitchside::ui
