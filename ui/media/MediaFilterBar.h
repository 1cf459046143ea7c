#pragma once

#include "models/media/MediaQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pitchside::ui {

// The library's filters (type, tag, date) and order, with the number of
// items shown. The search text lives in the page header.
class MediaFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit MediaFilterBar(QWidget *parent = nullptr);

    // The filters as a query (without the search text).
    media::MediaQuery query() const;
    void setTags(const QStringList &tags);
    void setCount(int shown, int total);
    QComboBox *typeBox() const { return m_type; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *dateBox() const { return m_date; }
    QComboBox *sortBox() const { return m_sort; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_type;
    QComboBox *m_tag;
    QComboBox *m_date;
    QComboBox *m_sort;
    QLabel *m_count;
};

} // namespace pitchside::ui
