#pragma once

#include "models/Post.h"
#include "models/Publication.h"
#include "models/PublishingRisk.h"
#include "models/media/MediaPreflight.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QVBoxLayout;

namespace pitchside::ui {

// Under the editor's Publication section, one line per network: what would
// stop the post going out (said before it fails, with the button that
// fixes it), and how each network took it once sent: being published,
// published with a link to the post, or refused with the reason in plain
// words and what to do.
class PublishingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PublishingPanel(QWidget *parent = nullptr);

    // `mediaProblems`: what the networks would refuse in the attached
    // photos and videos (media pre-flight), with the fix when there is one.
    void showState(const Post &post, const QVector<Publication> &publications, const QVector<PublishingRisk> &risks,
                   const QVector<media::PreflightProblem> &mediaProblems = {});
    // The lines as shown, in plain text (tests, accessibility).
    QStringList lines() const { return m_lines; }

Q_SIGNALS:
    void accountsRequested();
    // Make copies of the photos the networks take (cropped, or padded with bands).
    void mediaFixRequested(bool pad);

private:
    // Returns the row, to add buttons to.
    QWidget *addLine(const QString &icon, const QColor &colour, const QString &html, const QString &action = {});

    QVBoxLayout *m_rows;
    QStringList m_lines;
};

} // namespace pitchside::ui
