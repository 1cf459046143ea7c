// Full-text search over 100,000 posts (FTS5): the first page of results of a
// two-word query as the editor's post list asks for it (target ≤ 20 ms
// median), against the floor of the bare FTS5 query for the same words.
//
//   bench_post_search [runs=60]
#include "bench_common.h"

#include "models/store/FtsQuery.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace pitchside;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 60;
    QTemporaryDir dir;
    store::StoreError error;
    auto store = store::Store::open(dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
    if (!store || !bench::seedText(*store, 100000)) {
        std::fprintf(stderr, "cannot seed the store\n");
        return 1;
    }
    // Two words that do appear together in some posts (each word alone is in
    // about a fifth of them), typed as people type: no accents, lower case.
    const QStringList queries = bench::twoWordQueries(12);
    int i = 0;
    int found = 0;
    const auto search = [&] {
        store::PostFilter filter;
        filter.search = queries.at(i++ % queries.size());
        found = int(store->posts().page(filter, {}, 50).size());
    };
    search();
    const double ours = bench::median(bench::measure(runs, search));
    std::printf("100,000 posts, queries like \"%s\": %d results on the first page\n", qPrintable(queries.first()), found);

    QSqlQuery q(store->database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? LIMIT 50"));
    const auto bare = [&] {
        q.addBindValue(store::ftsQueryFromUserText(queries.at(i++ % queries.size())));
        q.exec();
        while (q.next()) {
        }
    };
    bare();
    const double floor = bench::median(bench::measure(runs, bare));
    bench::report("two-word search over 100,000 posts", ours, floor, 20);

    // Rare words too (one post each): the other way to run the query.
    int k = 0;
    const auto rare = [&] {
        store::PostFilter filter;
        filter.search = QStringLiteral("post %1").arg(1000 + 7919 * k++ % 90000);
        found = int(store->posts().page(filter, {}, 50).size());
    };
    rare();
    const double rareMs = bench::median(bench::measure(runs, rare));
    std::printf("(rare words, %d result: %.2f ms median)\n", found, rareMs);
    return 0;
}
