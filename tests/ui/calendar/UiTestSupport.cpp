#include "UiTestSupport.h"

#include "app/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPixmap>
#include <QTranslator>
#include <QWidget>

namespace uitest {

void useLanguage(const QString &language)
{
    // Translators are searched newest first and fall through on a miss: the
    // old ones must go, or English would show French for untranslated text.
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    pitchside::app::installTranslations(language, QStringLiteral("system"));
}

bool drop(QWidget *target, const QPoint &pos, const QMimeData &mime)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropEvent(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QCoreApplication::processEvents(); // the views act after the drag returns
    return dropEvent.isAccepted();
}

QString screenshotDir()
{
    return qEnvironmentVariable("PITCHSIDE_SCREENSHOT_DIR");
}

bool saveShot(QWidget *widget, const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace uitest
