#include "MediaFilterBar.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Clock.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pitchside::ui {

namespace {

enum DateRange { AnyDate, Today, Week, Month, Year };

} // namespace

MediaFilterBar::MediaFilterBar(QWidget *parent)
    : QWidget(parent), m_type(new QComboBox(this)), m_tag(new QComboBox(this)), m_date(new QComboBox(this)),
      m_sort(new QComboBox(this)), m_count(new QLabel(this))
{
    m_type->addItem(Icons::ui(QStringLiteral("images"), Theme::mutedText()), tr("Photos and videos"));
    m_type->addItem(Icons::ui(QStringLiteral("image"), Theme::mutedText()), tr("Photos"));
    m_type->addItem(Icons::ui(QStringLiteral("film"), Theme::mutedText()), tr("Videos"));
    m_type->setAccessibleName(tr("Type"));
    m_tag->setAccessibleName(tr("Tag"));
    // Room for "Tous les mots-clés" and most tags; longer ones elide.
    m_tag->setMinimumContentsLength(18);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setTags({});
    m_date->addItem(Icons::ui(QStringLiteral("calendar"), Theme::mutedText()), tr("Any date"), AnyDate);
    m_date->addItem(tr("Today"), Today);
    m_date->addItem(tr("Last 7 days"), Week);
    m_date->addItem(tr("Last 30 days"), Month);
    m_date->addItem(tr("This year"), Year);
    m_date->setAccessibleName(tr("Date added"));
    m_sort->addItem(Icons::ui(QStringLiteral("arrow-up-down"), Theme::mutedText()), tr("Newest first"),
                    int(media::MediaQuery::Sort::Newest));
    m_sort->addItem(tr("Oldest first"), int(media::MediaQuery::Sort::Oldest));
    m_sort->addItem(tr("Name A → Z"), int(media::MediaQuery::Sort::NameAscending));
    m_sort->addItem(tr("Name Z → A"), int(media::MediaQuery::Sort::NameDescending));
    m_sort->setAccessibleName(tr("Order"));
    m_count->setProperty("class", QStringLiteral("muted"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, 0, Theme::spacing * 2, Theme::spacing);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(m_type);
    layout->addWidget(m_tag);
    layout->addWidget(m_date);
    layout->addWidget(m_sort);
    layout->addStretch(1);
    layout->addWidget(m_count);
    for (QComboBox *box : {m_type, m_tag, m_date, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &MediaFilterBar::changed);
}

void MediaFilterBar::setTags(const QStringList &tags)
{
    const QString current = m_tag->currentData().toString();
    QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(Icons::ui(QStringLiteral("tag"), Theme::mutedText()), tr("All tags"), QString());
    for (const QString &t : tags)
        m_tag->addItem(u'#' + t, t);
    const int at = m_tag->findData(current);
    m_tag->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0 && !current.isEmpty())
        QMetaObject::invokeMethod(this, &MediaFilterBar::changed, Qt::QueuedConnection); // the tag is gone
}

media::MediaQuery MediaFilterBar::query() const
{
    media::MediaQuery q;
    if (m_type->currentIndex() == 1)
        q.type = Media::Type::Image;
    else if (m_type->currentIndex() == 2)
        q.type = Media::Type::Video;
    q.tag = m_tag->currentData().toString();
    const QDate today = Clock::today();
    QDate from;
    switch (m_date->currentData().toInt()) {
    case Today:
        from = today;
        break;
    case Week:
        from = today.addDays(-6);
        break;
    case Month:
        from = today.addDays(-29);
        break;
    case Year:
        from = QDate(today.year(), 1, 1);
        break;
    default:
        break;
    }
    if (from.isValid())
        q.from = from.startOfDay().toUTC(); // local midnight: "today" is the person's today
    q.sort = media::MediaQuery::Sort(m_sort->currentData().toInt());
    return q;
}

void MediaFilterBar::setCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(shown == total ? tr("%Ln item(s)", nullptr, total)
                                    : tr("%1 of %Ln item(s)", nullptr, total).arg(locale.toString(shown)));
}

} // namespace pitchside::ui
