// Media: chunked resumable uploads (order, resume, idempotent chunks and
// their resend counts), SHA-256 check, sniffing, dedupe, size/type limits,
// quota, image variants and BlurHash, video probing, content with ETag, and
// the library (edit, filters, delete refused while in use).
#include "server_harness.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

namespace {

QByteArray encode(const QImage &img, const char *format, int quality = -1)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, format, quality);
    return out;
}

QByteArray noisyJpeg(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixel(x, y, qRgb((x * 255 / w + int(rng.bounded(60))) % 256, (y * 255 / h) % 256, int(rng.bounded(256))));
    return encode(img, "JPEG", 92);
}

std::string sha(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex().toStdString(); }

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size() + 8), out.data());
    return out + QByteArray(type, 4) + payload;
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(v, out.data());
    return out;
}

// The smallest honest MP4: ftyp, moov/mvhd (12.5 s), moov/trak/tkhd (1920x1080), mdat.
QByteArray tinyMp4()
{
    const QByteArray ftyp = box("ftyp", QByteArray("isom") + be32(0x200) + QByteArray("isomiso2mp41"));
    QByteArray mvhd = be32(0) + be32(0) + be32(0) + be32(1000) + be32(12500) + QByteArray(80, '\0');
    QByteArray tkhd = be32(7) + be32(0) + be32(0) + be32(1) + be32(0) + be32(12500) + QByteArray(8, '\0')
        + QByteArray(8, '\0') + QByteArray(36, '\0') + be32(1920u << 16) + be32(1080u << 16);
    const QByteArray moov = box("moov", box("mvhd", mvhd) + box("trak", box("tkhd", tkhd)));
    return ftyp + moov + box("mdat", QByteArray(4096, '\x42'));
}

int base83(const std::string &s)
{
    static const std::string chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    int v = 0;
    for (char c : s)
        v = v * 83 + int(chars.find(c));
    return v;
}

} // namespace

class TestServerMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chunkedResumableUpload();
    void chunkErrors();
    void checksumMismatchDiscardsChunks();
    void bytesMustBeTheDeclaredType();
    void knownShaIsDeduplicated();
    void sizeTypeAndQuotaLimits();
    void videoIsProbed();
    void blurHashEncodesTheAverageColour();
    void libraryEditFilterDelete();

private:
    json upload(Http &http, const QByteArray &bytes, const char *mime, const char *filename, int *status = nullptr);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestServerMedia::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--test-mode"), QStringLiteral("--chunk-size"),
                                                        QStringLiteral("65536"), QStringLiteral("--rate-limit"), QStringLiteral("100000")});
    QVERIFY(m_server->start());
    m_http = std::make_unique<Http>(m_server->url());
    m_http->signUp();
}

json TestServerMedia::upload(Http &http, const QByteArray &bytes, const char *mime, const char *filename, int *status)
{
    const Reply start = http.post(QStringLiteral("/api/media/uploads"),
                                  {{"filename", filename}, {"size", bytes.size()}, {"mime_type", mime}, {"sha256", sha(bytes)}});
    if (start.status != 201)
        return start.doc();
    const QString id = QString::fromStdString(start.data()["upload_id"]);
    const int chunk = start.data()["chunk_size"];
    for (int i = 0; i * chunk < bytes.size(); ++i)
        http.request("PUT", QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(id).arg(i), bytes.mid(i * chunk, chunk));
    const Reply done = http.post(QStringLiteral("/api/media/uploads/%1/complete").arg(id), nullptr);
    if (status)
        *status = done.status;
    return done.doc();
}

void TestServerMedia::chunkedResumableUpload()
{
    const QByteArray jpeg = noisyJpeg(1200, 800);
    QVERIFY(jpeg.size() > 4 * 65536);
    const std::string clientId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    Reply r = m_http->post(QStringLiteral("/api/media/uploads"), {{"id", clientId}, {"filename", "stade.jpg"}, {"size", jpeg.size()},
                                                                 {"mime_type", "image/jpeg"}, {"sha256", sha(jpeg)}});
    QCOMPARE(r.status, 201);
    const QString id = QString::fromStdString(r.data()["upload_id"]);
    QCOMPARE(r.data()["chunk_size"], 65536);
    const int total = r.data()["total_chunks"];
    QCOMPARE(total, int((jpeg.size() + 65535) / 65536));
    QCOMPARE(r.data()["received"].size(), size_t(0));
    QVERIFY(r.data()["expires_at"].is_string());
    const auto chunkPath = [&](int i) { return QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(id).arg(i); };

    // Any order; chunk 2 is "lost".
    for (int i = total - 1; i >= 0; --i) {
        if (i == 2)
            continue;
        r = m_http->request("PUT", chunkPath(i), jpeg.mid(i * 65536, 65536), {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(r.status, 200);
    }
    r = m_http->post(QStringLiteral("/api/media/uploads/%1/complete").arg(id), nullptr);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.doc()["error"]["details"]["missing"], json::array({2}));
    // Resume: ask what arrived, send the rest; a chunk sent twice is harmless.
    r = m_http->get(QStringLiteral("/api/media/uploads/") + id);
    QCOMPARE(r.data()["received"].size(), size_t(total - 1));
    QCOMPARE(m_http->request("PUT", chunkPath(2), jpeg.mid(2 * 65536, 65536)).status, 200);
    r = m_http->request("PUT", chunkPath(0), jpeg.mid(0, 65536));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["received"].size(), size_t(total));
    r = m_http->get(QStringLiteral("/api/test/uploads/") + id);
    QCOMPARE(r.data()["resends"]["0"], 1);
    QCOMPARE(r.data()["resends"]["1"], 0);
    QCOMPARE(r.data()["resends"]["2"], 0);

    r = m_http->post(QStringLiteral("/api/media/uploads/%1/complete").arg(id), nullptr);
    QCOMPARE(r.status, 201);
    const json m = r.data();
    QCOMPARE(m["id"], clientId);
    QCOMPARE(m["type"], "image");
    QCOMPARE(m["width"], 1200);
    QCOMPARE(m["height"], 800);
    QCOMPARE(m["size_bytes"], jpeg.size());
    QCOMPARE(m["sha256"], sha(jpeg));
    QCOMPARE(m["variants"]["large"]["width"], 1080);
    QCOMPARE(m["variants"]["large"]["height"], 720);
    QCOMPARE(m["variants"]["medium"]["width"], 540);
    QCOMPARE(m["variants"]["thumbnail"]["width"], 150);
    QCOMPARE(m["variants"]["thumbnail"]["height"], 100);
    const std::string hash = m["variants"]["blur_hash"];
    QCOMPARE(hash.size(), size_t(28));   // 4x3 components
    QCOMPARE(hash[0], 'L');
    // A retried completion (lost answer) gets the same item.
    r = m_http->post(QStringLiteral("/api/media/uploads/%1/complete").arg(id), nullptr);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["id"], clientId);
    QCOMPARE(m_http->get(QStringLiteral("/api/test/uploads/") + id).data()["completed"], true);

    const QString content = QStringLiteral("/api/media/%1/content").arg(QString::fromStdString(clientId));
    r = m_http->get(content);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, jpeg);
    QCOMPARE(r.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(r.header("etag"), QByteArray("\"" + QByteArray::fromStdString(sha(jpeg)) + "\""));
    QCOMPARE(m_http->get(content, {{"If-None-Match", r.header("etag")}}).status, 304);
    r = m_http->get(content + QStringLiteral("?variant=thumbnail"));
    const QImage thumb = QImage::fromData(r.body);
    QCOMPARE(thumb.size(), QSize(150, 100));
    QCOMPARE(r.header("etag"), QByteArray("\"" + QByteArray::fromStdString(sha(r.body)) + "\""));
    QCOMPARE(QImage::fromData(m_http->get(content + QStringLiteral("?variant=large")).body).width(), 1080);
    QCOMPARE(m_http->get(content + QStringLiteral("?variant=poster")).status, 400);
    bool found = false;
    const json changes = m_http->get(QStringLiteral("/api/sync/changes?since=0")).data()["changes"];
    for (const auto &c : changes)
        found = found || (c["type"] == "media" && c["id"] == clientId);
    QVERIFY(found);
}

void TestServerMedia::chunkErrors()
{
    const QByteArray bytes = noisyJpeg(600, 600);
    QVERIFY(bytes.size() > 2 * 65536);
    Reply r = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "a.jpg"}, {"size", bytes.size()},
                                                                 {"mime_type", "image/jpeg"}, {"sha256", sha(bytes)}});
    const QString id = QString::fromStdString(r.data()["upload_id"]);
    const int total = r.data()["total_chunks"];
    const auto path = [&](int i) { return QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(id).arg(i); };
    r = m_http->request("PUT", path(0), bytes.left(1000));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "content");
    QCOMPARE(r.doc()["error"]["details"]["expected_size"], 65536);
    QCOMPARE(m_http->request("PUT", path(0), bytes.left(65536)).status, 200);
    r = m_http->request("PUT", path(0), QByteArray(65536, 'z'));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "chunk_differs");
    QCOMPARE(m_http->request("PUT", path(total), bytes.left(10)).status, 400);
    QCOMPARE(m_http->request("PUT", path(1), QByteArray(65536 + 2048, 'x')).status, 413);
    Http other(m_server->url());
    other.signUp();
    QCOMPARE(other.request("PUT", path(1), bytes.mid(65536, 65536)).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/api/media/uploads/00000000-0000-4000-8000-000000000000")).status, 404);
}

void TestServerMedia::checksumMismatchDiscardsChunks()
{
    const QByteArray bytes = noisyJpeg(200, 200);
    Reply r = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "b.jpg"}, {"size", bytes.size()},
                                                                 {"mime_type", "image/jpeg"}, {"sha256", std::string(64, 'a')}});
    const QString id = QString::fromStdString(r.data()["upload_id"]);
    for (int i = 0; i * 65536 < bytes.size(); ++i)
        m_http->request("PUT", QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(id).arg(i), bytes.mid(i * 65536, 65536));
    r = m_http->post(QStringLiteral("/api/media/uploads/%1/complete").arg(id), nullptr);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "checksum_mismatch");
    QCOMPARE(m_http->get(QStringLiteral("/api/media/uploads/") + id).data()["received"].size(), size_t(0));
}

void TestServerMedia::bytesMustBeTheDeclaredType()
{
    int status = 0;
    json r = upload(*m_http, noisyJpeg(100, 100), "image/png", "faux.png", &status);
    QCOMPARE(status, 400);
    QCOMPARE(r["error"]["details"]["field"], "content");
    QCOMPARE(r["error"]["details"]["detected"], "image/jpeg");
    r = upload(*m_http, QByteArray("Bonjour, je ne suis pas une image.").repeated(4), "image/jpeg", "texte.jpg", &status);
    QCOMPARE(status, 400);
    QCOMPARE(r["error"]["details"]["field"], "content");
}

void TestServerMedia::knownShaIsDeduplicated()
{
    const QByteArray bytes = noisyJpeg(120, 90);
    int status = 0;
    const json first = upload(*m_http, bytes, "image/jpeg", "un.jpg", &status);
    QCOMPARE(status, 201);
    const Reply again = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "deux.jpg"}, {"size", bytes.size()},
                                                                           {"mime_type", "image/jpeg"}, {"sha256", sha(bytes)}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data()["deduplicated"], true);
    QVERIFY(again.data()["upload_id"].is_null());
    QCOMPARE(again.data()["media"]["id"], first["data"]["id"]);
}

void TestServerMedia::sizeTypeAndQuotaLimits()
{
    Reply r = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "g.jpg"}, {"size", 11 * 1024 * 1024},
                                                                 {"mime_type", "image/jpeg"}, {"sha256", std::string(64, 'b')}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), "PAYLOAD_TOO_LARGE");
    r = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "v.mp4"}, {"size", 101 * 1024 * 1024},
                                                           {"mime_type", "video/mp4"}, {"sha256", std::string(64, 'b')}});
    QCOMPARE(r.status, 413);
    QCOMPARE(m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "v.mp4"}, {"size", 60 * 1024 * 1024},
                                                                {"mime_type", "video/mp4"}, {"sha256", std::string(64, 'b')}}).status, 201);
    r = m_http->post(QStringLiteral("/api/media/uploads"), {{"filename", "a.gif"}, {"size", 100},
                                                           {"mime_type", "image/gif"}, {"sha256", std::string(64, 'b')}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "mime_type");

    const QByteArray first = noisyJpeg(200, 150);
    const QByteArray second = noisyJpeg(260, 200);
    const qint64 quota = first.size() + second.size() / 2;
    TestServer small({QStringLiteral("--quota-bytes"), QString::number(quota)});
    QVERIFY(small.start());
    Http http(small.url());
    http.signUp();
    int status = 0;
    upload(http, first, "image/jpeg", "ok.jpg", &status);
    QCOMPARE(status, 201);
    r = http.post(QStringLiteral("/api/media/uploads"), {{"filename", "trop.jpg"}, {"size", second.size()},
                                                         {"mime_type", "image/jpeg"}, {"sha256", sha(second)}});
    QCOMPARE(r.status, 507);
    QCOMPARE(r.code(), "STORAGE_QUOTA");
    QCOMPARE(r.doc()["error"]["details"]["limit"], quota);
    QCOMPARE(r.doc()["error"]["details"]["used"], first.size());
}

void TestServerMedia::videoIsProbed()
{
    int status = 0;
    const json r = upload(*m_http, tinyMp4(), "video/mp4", "but.mp4", &status);
    QCOMPARE(status, 201);
    const json m = r["data"];
    QCOMPARE(m["type"], "video");
    QCOMPARE(m["duration"], 12.5);
    QCOMPARE(m["width"], 1920);
    QCOMPARE(m["height"], 1080);
    QVERIFY(m["variants"]["original"].is_object());
    QVERIFY(!m["variants"].contains("large"));
    QVERIFY(m["variants"]["blur_hash"].is_null());
}

void TestServerMedia::blurHashEncodesTheAverageColour()
{
    QImage img(400, 300, QImage::Format_RGB32);
    img.fill(QColor(0x33, 0x66, 0xcc));
    int status = 0;
    const json r = upload(*m_http, encode(img, "PNG"), "image/png", "bleu.png", &status);
    QCOMPARE(status, 201);
    const std::string hash = r["data"]["variants"]["blur_hash"];
    const int dc = base83(hash.substr(2, 4));
    QVERIFY(std::abs((dc >> 16) - 0x33) <= 1);
    QVERIFY(std::abs(((dc >> 8) & 255) - 0x66) <= 1);
    QVERIFY(std::abs((dc & 255) - 0xcc) <= 1);
}

void TestServerMedia::libraryEditFilterDelete()
{
    Http http(m_server->url());
    http.signUp();
    int status = 0;
    const std::string a = upload(http, noisyJpeg(64, 64), "image/jpeg", "vestiaire.jpg", &status)["data"]["id"];
    const std::string b = upload(http, noisyJpeg(64, 65), "image/jpeg", "tribune.jpg", &status)["data"]["id"];
    upload(http, tinyMp4(), "video/mp4", "resume.mp4", &status);
    const QString pathA = QStringLiteral("/api/media/") + QString::fromStdString(a);
    Reply r = http.patch(pathA, {{"tags", {"match", "u17"}}, {"alt_text", "Le vestiaire après la victoire"}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["version"], 2);
    QCOMPARE(http.patch(pathA, {{"tags", {"x"}}}, {{"If-Match", ifMatch(1)}}).status, 409);
    QCOMPARE(http.get(QStringLiteral("/api/media?tags=match,u17")).data().size(), size_t(1));
    QCOMPARE(http.get(QStringLiteral("/api/media?type=video")).data().size(), size_t(1));
    QCOMPARE(http.get(QStringLiteral("/api/media?search=apres%20la%20VICTOIRE")).data().size(), size_t(1));
    QCOMPARE(http.get(QStringLiteral("/api/media?limit=2")).doc()["meta"]["has_more"], true);

    const std::string post = http.post(QStringLiteral("/api/content/posts"),
                                       {{"platforms", {"instagram"}}, {"content", "x"}, {"media_ids", {a, b}}}).data()["id"];
    r = http.del(pathA);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "media_in_use");
    QCOMPARE(r.doc()["error"]["details"]["post_ids"], json::array({post}));
    QCOMPARE(http.del(QStringLiteral("/api/content/posts/") + QString::fromStdString(post)).status, 204);
    QCOMPARE(http.del(pathA).status, 204);
    QCOMPARE(http.get(pathA).status, 404);
    QCOMPARE(http.get(pathA + QStringLiteral("/content")).status, 404);
}

QTEST_GUILESS_MAIN(TestServerMedia)
#include "tst_server_media.moc"
