#pragma once

#include <QString>
#include <QVariantList>

namespace pitchside::campaigns {

// What the contacts table shows. Empty members filter nothing.
struct ContactFilter
{
    enum class WhatsApp { All, Yes, No, Unchecked };

    // Words, each found in the first or the last name (case and accents
    // ignored), or digits found in the number ("06 12", "+33 6", "612").
    QString search;
    // A category's id, noCategory() for the contacts in none, empty for all.
    QString categoryId;
    WhatsApp whatsapp = WhatsApp::All;

    static QString noCategory() { return QStringLiteral("(none)"); }
    bool isEmpty() const { return search.trimmed().isEmpty() && categoryId.isEmpty() && whatsapp == WhatsApp::All; }
    bool operator==(const ContactFilter &) const = default;
};

// The orders of the contacts table, one per column.
enum class ContactOrder { Name, Number, Categories, WhatsApp, Added };

// SQL over `contacts c`: the condition after WHERE that keeps the live
// contacts a filter matches (its values appended to `binds`), and the
// ORDER BY of an order. Name is by last name, then first name; every order
// ends on the rowid, so that equal keys keep one order from read to read.
QString contactFilterSql(const ContactFilter &filter, QVariantList *binds);
QString contactOrderSql(ContactOrder order, Qt::SortOrder direction);

} // namespace pitchside::campaigns
