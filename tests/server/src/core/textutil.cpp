#include "textutil.h"

#include <QRegularExpression>

namespace textutil {

QString fold(const QString &s)
{
    const QString nfd = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    for (const QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out;
}

int codePoints(const QString &s) { return int(s.toUcs4().size()); }

QStringList hashtagsIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w&#])#(\w+))"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        tags << it.next().captured(1);
    return tags;
}

QString likeEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString preview(const QString &s, int n)
{
    const auto ucs = s.toUcs4();
    if (ucs.size() <= n)
        return s;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), n).trimmed() + QChar(0x2026);
}

} // namespace textutil
