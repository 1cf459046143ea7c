// The catalogues people read the app in. A French user must never see
// English, a raw " || " between plural forms, or "1 min || 1 min": every
// message is translated, plurals are Qt's numerus forms, placeholders are
// kept, and the committed .ts files hold exactly what the code asks for
// (lupdate, run here on the app's own source list, finds nothing new).
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // translation type: empty when finished
    QString text;
    QStringList forms;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.text = xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" / \"") + m.source.left(80) + QLatin1Char('"');
}

} // namespace

class TestTranslationCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages =
            readCatalogue(QStringLiteral(TS_DIR "/pitchside_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        // English is the source language: a message left empty there shows
        // its source text, so only plurals need their forms.
        const bool sourceLanguage = language == u"en";
        for (const Message &m : messages) {
            if (sourceLanguage && !m.numerus && m.text.isEmpty())
                continue;
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(m.type, where(m));
            const QStringList shown = m.numerus ? m.forms : QStringList{m.text};
            if (m.numerus && m.forms.size() < 2)
                problems << QStringLiteral("plural without its forms: ") + where(m);
            if (!m.numerus && m.source.contains(u"%n"))
                problems << QStringLiteral("%n in a message lupdate did not see as a plural: ") + where(m);
            for (const QString &t : shown) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where(m);
                if (t.contains(u"||"))
                    problems << QStringLiteral("\"||\" shown to the user: ") + where(m);
                QSet<QString> wanted = placeholders(m.source);
                // A singular form may spell the number out ("une", "one").
                if (m.numerus && t == shown.constFirst())
                    wanted.remove(QStringLiteral("%n"));
                if (!placeholders(t).contains(wanted))
                    problems << QStringLiteral("placeholder lost: ") + where(m) + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void frenchSaysItInFrench()
    {
        // The words that gave English away inside the French UI.
        QString error;
        const QList<Message> messages = readCatalogue(QStringLiteral(TS_DIR "/pitchside_fr.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        static const QRegularExpression english(QStringLiteral("\\b(ago|min ago|Next try|Retry|Sign in|Cancel)\\b"));
        QStringList problems;
        for (const Message &m : messages) {
            for (const QString &t : m.numerus ? m.forms : QStringList{m.text}) {
                if (english.match(t).hasMatch())
                    problems << where(m) + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cataloguesAreCurrentWithTheCode()
    {
        // lupdate on a copy: a tr() string missing from the catalogue, or a
        // message whose context or plural-ness changed, shows as a difference.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("pitchside_fr.ts"));
        QVERIFY(QFile::copy(QStringLiteral(TS_DIR "/pitchside_fr.ts"), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                QStringLiteral("none"), QStringLiteral("@" TR_SOURCES),
                                                QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> committed = readCatalogue(QStringLiteral(TS_DIR "/pitchside_fr.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> fresh = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto keys = [](const QList<Message> &list) {
            QSet<QString> out;
            for (const Message &m : list)
                out.insert(m.context + QLatin1Char('\x1f') + m.source + (m.numerus ? QStringLiteral("\x1fplural") : QString()));
            return out;
        };
        const QSet<QString> missing = keys(fresh) - keys(committed);
        const QSet<QString> stale = keys(committed) - keys(fresh);
        QStringList problems;
        for (const QString &k : missing)
            problems << QStringLiteral("not in the catalogue (run translations/tools/update.sh): ")
                            + QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(" / "));
        for (const QString &k : stale)
            problems << QStringLiteral("no longer in the code: ") + QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(" / "));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "tst_translation_catalogue.moc"
