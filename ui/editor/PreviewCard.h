#pragma once

#include "models/Platform.h"

#include <QPixmap>
#include <QStringList>
#include <QTextLayout>
#include <QWidget>

#include <memory>

namespace pitchside::ui {

// How a post will look on one network: the profile's header, the caption as
// the network cuts it ("…see more" after a few lines on LinkedIn and
// Facebook, two lines under the picture on Instagram), hashtags as links,
// the pictures, and the first comment. Painted, and only the lines shown are
// laid out, so it follows every keystroke of a 3,000-character post.
class PreviewCard : public QWidget
{
    Q_OBJECT
public:
    struct Content
    {
        QString profileName;
        QString caption;      // as the network receives it
        QString firstComment;
        QList<QPixmap> pictures; // loaded ones, in order
        int mediaCount = 0;      // attached, loaded or not
    };

    explicit PreviewCard(Platform platform, QWidget *parent = nullptr);

    Platform platform() const { return m_platform; }
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    // The caption's text as shown (cut where the network cuts it).
    QString shownCaption() const;
    bool isCut() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    static constexpr int kWidth = 288;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int layoutHeight(int width, QPainter *painter) const;
    // slot 0: the caption, 1: the first comment (each keeps its layout).
    int paintText(QPainter *painter, int slot, const QRect &rect, const QString &text, int maxLines,
                  const QString &lead, bool *cut) const;

    struct Laid
    {
        QString key;
        std::unique_ptr<QTextLayout> layout;
        int height = 0;
        int lines = 0;
        bool cut = false;
    };

    Platform m_platform;
    Content m_content;
    mutable Laid m_laid[2]; // the caption, the first comment
    int m_height = -1;
};

} // namespace pitchside::ui
