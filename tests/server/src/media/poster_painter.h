// Club visuals drawn with QPainter: gradient in the club colours, shapes,
// a headline ("J-3", "Victoire 3-1") and a footer. Used for document
// generation and the demo seed; deterministic for a given spec.
#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace poster {

struct Spec {
    QSize size{1080, 1080};
    QColor primary{QStringLiteral("#0b3d91")};
    QColor secondary{QStringLiteral("#4fc3f7")};
    QString kicker;      // small line above the headline
    QString headline;    // the big text
    QString subline;
    QString footer;      // club name
    int style = 0;       // 0..4: stripes, rings, pitch, dots, ball
    quint32 seed = 1;
};

QImage paint(const Spec &spec);
QByteArray jpeg(const QImage &image, int quality = 88);
QByteArray png(const QImage &image);

} // namespace poster
