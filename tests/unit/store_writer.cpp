// Writes posts as fast as it can until it is killed (tst_store_crash).
// After each committed change it prints "C <id> <content>" or "E <id>
// <content>", so the test knows what was confirmed before the kill.
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace pitchside;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    store::StoreError error;
    auto store = store::Store::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.userMessage()));
        return 3;
    }
    QStringList ids;
    for (int i = 0;; ++i) {
        if (!ids.isEmpty() && i % 3 == 0) {
            const QString id = ids.at(QRandomGenerator::global()->bounded(int(ids.size())));
            const QString content = QStringLiteral("edit-%1").arg(i);
            if (!store->posts().update(id, [&](Post &p) { p.content = content; }))
                std::printf("E %s %s\n", qPrintable(id), qPrintable(content));
        } else {
            Post post;
            post.content = QStringLiteral("create-%1 ").arg(i) + QString(QRandomGenerator::global()->bounded(2000), u'x');
            post.mediaIds = {QStringLiteral("m%1").arg(i)};
            if (!store->posts().create(post)) {
                ids << post.id;
                std::printf("C %s %s\n", qPrintable(post.id), qPrintable(post.content.section(u' ', 0, 0)));
            }
        }
        std::fflush(stdout);
    }
}
