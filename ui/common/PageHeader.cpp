#include "PageHeader.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pitchside::ui {

PageHeader::PageHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_actions(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_title->setAccessibleName(tr("Page title"));
    m_subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);

    m_actions->setSpacing(Theme::spacing);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 3, Theme::spacing * 2, Theme::spacing * 3, Theme::spacing);
    layout->addLayout(titles, 1);
    layout->addLayout(m_actions);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void PageHeader::addWidget(QWidget *widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignVCenter);
}

} // namespace pitchside::ui
