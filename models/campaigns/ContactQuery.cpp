#include "ContactQuery.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace pitchside::campaigns {

namespace {

// The letters a Latin letter is also written as once accents and case are
// set aside: 'e' -> "EeÈÉÊËèéêë…". SQLite's LIKE folds the case of ASCII
// only, and the store keeps no folded copy of the names: the search folds
// the pattern instead.
const QHash<QChar, QString> &latinVariants()
{
    static const QHash<QChar, QString> variants = [] {
        QHash<QChar, QString> out;
        for (char16_t u = 0x41; u <= 0x24F; ++u) {
            const QChar c(u);
            if (!c.isLetter())
                continue;
            const QChar base = QString(c).normalized(QString::NormalizationForm_D).at(0).toLower();
            if (base >= u'a' && base <= u'z')
                out[base] += c;
        }
        return out;
    }();
    return variants;
}

// Every way `c` may be written in a name that should match it.
QString variantsOf(QChar c)
{
    const QChar base = QString(c).normalized(QString::NormalizationForm_D).at(0).toLower();
    const auto it = latinVariants().constFind(base);
    if (it != latinVariants().constEnd())
        return *it;
    QString out(c);
    for (const QChar other : {c.toLower(), c.toUpper()}) {
        if (!out.contains(other))
            out += other;
    }
    return out;
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 128; });
}

// A word of a name as two patterns: a LIKE that only needs the letters
// without accents (fast, and it lets few names through), then a GLOB with
// a class per letter ("[eEéÉ…]") that decides. GLOB alone costs three times
// as much on 100,000 names.
struct NamePatterns
{
    QString like; // with ESCAPE '\'
    QString glob;
};

NamePatterns namePatterns(const QString &word)
{
    NamePatterns p{QStringLiteral("%"), QStringLiteral("*")};
    for (const QChar c : word) {
        const QString variants = c.isLetter() ? variantsOf(c) : QString(c);
        if (variants.size() > 1) {
            p.glob += u'[' + variants + u']';
            p.like += isAscii(variants) ? c : QChar(u'_');
            continue;
        }
        if (c == u'*' || c == u'?' || c == u'[')
            p.glob += u'[' + QString(c) + u']';
        else
            p.glob += c;
        if (c == u'%' || c == u'_' || c == u'\\')
            p.like += u'\\';
        p.like += c;
    }
    p.like += u'%';
    p.glob += u'*';
    return p;
}

// "06 12 34", "+33 6", "(0)6.12": digits and what people put between them.
bool looksLikeNumber(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digit = true;
        else if (!QStringLiteral("+ .-/()").contains(c))
            return false;
    }
    return digit;
}

// The digits to find in an E.164 number: without the leading zeros of a
// national ("06…") or international ("0033…") prefix, which E.164 has not.
QString numberNeedle(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    }
    qsizetype zeros = 0;
    while (zeros < digits.size() - 1 && digits.at(zeros) == u'0')
        ++zeros;
    return digits.mid(zeros);
}

} // namespace

QString contactFilterSql(const ContactFilter &filter, QVariantList *binds)
{
    QStringList terms{QStringLiteral("c.deleted = 0")};
    const QString search = filter.search.simplified();
    if (!search.isEmpty()) {
        const QStringList words = looksLikeNumber(search) ? QStringList{search} : search.split(u' ');
        for (const QString &word : words) {
            if (looksLikeNumber(word)) {
                terms << QStringLiteral("c.full_number LIKE ?");
                *binds << u'%' + numberNeedle(word) + u'%';
                continue;
            }
            const NamePatterns p = namePatterns(word);
            terms << QStringLiteral("((c.first_name LIKE ? ESCAPE '\\' AND c.first_name GLOB ?) "
                                    "OR (c.last_name LIKE ? ESCAPE '\\' AND c.last_name GLOB ?))");
            *binds << p.like << p.glob << p.like << p.glob;
        }
    }
    if (filter.categoryId == ContactFilter::noCategory()) {
        terms << QStringLiteral("NOT EXISTS (SELECT 1 FROM contact_category_members m JOIN contact_categories k "
                                "ON k.id = m.category_id AND k.deleted = 0 WHERE m.contact_id = c.id)");
    } else if (!filter.categoryId.isEmpty()) {
        terms << QStringLiteral("c.id IN (SELECT m.contact_id FROM contact_category_members m WHERE m.category_id = ?)");
        *binds << filter.categoryId;
    }
    switch (filter.whatsapp) {
    case ContactFilter::WhatsApp::All:
        break;
    case ContactFilter::WhatsApp::Yes:
        terms << QStringLiteral("c.verified_at IS NOT NULL AND c.whatsapp_verified <> 0");
        break;
    case ContactFilter::WhatsApp::No:
        terms << QStringLiteral("c.verified_at IS NOT NULL AND c.whatsapp_verified = 0");
        break;
    case ContactFilter::WhatsApp::Unchecked:
        terms << QStringLiteral("c.verified_at IS NULL");
        break;
    }
    return terms.join(QStringLiteral(" AND "));
}

QString contactOrderSql(ContactOrder order, Qt::SortOrder direction)
{
    const QString dir = direction == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString byName = QStringLiteral("c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.rowid");
    switch (order) {
    case ContactOrder::Number:
        return QStringLiteral("c.full_number %1, c.rowid %1").arg(dir);
    case ContactOrder::Categories:
        // By the first of its categories' names; contacts in none come first.
        return QStringLiteral("(SELECT min(k.name COLLATE NOCASE) FROM contact_category_members m "
                              "JOIN contact_categories k ON k.id = m.category_id AND k.deleted = 0 "
                              "WHERE m.contact_id = c.id) %1, %2")
            .arg(dir, byName);
    case ContactOrder::WhatsApp:
        return QStringLiteral("CASE WHEN c.verified_at IS NULL THEN 2 WHEN c.whatsapp_verified <> 0 THEN 0 "
                              "ELSE 1 END %1, %2")
            .arg(dir, byName);
    case ContactOrder::Added:
        return QStringLiteral("c.created_at %1, c.rowid %1").arg(dir);
    case ContactOrder::Name:
        break;
    }
    return QStringLiteral("c.last_name COLLATE NOCASE %1, c.first_name COLLATE NOCASE %1, c.rowid %1").arg(dir);
}

} // namespace pitchside::campaigns
