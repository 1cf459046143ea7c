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
    empty->setTitle(tr("The inbox is not in this version yet"));
    empty->setText(tr("Messages from sponsors, clubs and WhatsApp contacts, and notifications about your posts, "
                      "come to Pitchside in a coming version. Nothing is lost meanwhile: they stay on your account."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(empty, 1);
}

} // namespace pitchside::ui
