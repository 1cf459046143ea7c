#pragma once

#include "models/PostRules.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace pitchside::ui {

// Beside the text, one counter per chosen network — "Instagram 2,046 / 2,200"
// — counted as the network counts (the caption: text and hashtags, in code
// points), amber from 90 % and red past the limit; and Instagram's hashtags
// out of 30.
class PlatformCounters : public QWidget
{
    Q_OBJECT
public:
    explicit PlatformCounters(QWidget *parent = nullptr);

    void refresh(const QString &content, const QStringList &hashtags, Platforms platforms);
    // For tests: the text and level of a network's counter.
    QString text(Platform platform) const;
    PostRules::Counter::Level level(Platform platform) const;
    QString hashtagText() const;

private:
    QMap<Platform, QLabel *> m_labels;
    QMap<Platform, PostRules::Counter::Level> m_levels;
    QLabel *m_hashtags;
};

} // namespace pitchside::ui
