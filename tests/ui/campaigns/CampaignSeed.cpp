#include "CampaignSeed.h"

#include "models/Clock.h"
#include "models/TemplateFill.h"
#include "models/store/Store.h"
#include "models/store/types/SyncedTypes.h"
#include "tests/support/StoreSeed.h"

using namespace pitchside;

namespace campaignseed {

ContactCategory category(store::Store &store, const QString &name, const QString &color)
{
    ContactCategory c;
    c.name = name;
    c.color = color;
    testsupport::putAsPulled(store, store::contactCategoryType(), c, store::EntityType::ContactCategory);
    return c;
}

Contact contact(store::Store &store, const QString &first, const QString &last, const QString &e164,
                const QStringList &categoryIds, bool checked)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.fullNumber = e164;
    c.countryCode = QStringLiteral("33");
    c.phoneNumber = e164.mid(3);
    c.categoryIds = categoryIds;
    if (checked) {
        c.whatsappVerified = !e164.endsWith(u'0');
        c.verifiedAt = Clock::nowUtc().addDays(-3);
    }
    testsupport::putAsPulled(store, store::contactType(), c, store::EntityType::Contact);
    return c;
}

Campaign campaign(store::Store &store, Campaign c)
{
    testsupport::putAsPulled(store, store::campaignType(), c, store::EntityType::Campaign);
    return c;
}

CampaignMessage message(store::Store &store, const Campaign &c, const Contact &to, const QString &status,
                        const QDateTime &at, bool followUp, bool replied, const QString &error)
{
    CampaignMessage m;
    m.campaignId = c.id;
    m.contactId = to.id;
    m.messageType = followUp ? QStringLiteral("message_2") : QStringLiteral("message_1");
    m.content = TemplateFill::fill(followUp ? c.message2 : c.message1,
                                   {{QStringLiteral("prenom"), to.firstName}, {QStringLiteral("nom"), to.lastName}});
    m.status = status;
    if (status == u"failed") {
        m.failedAt = at;
        m.errorMessage = error;
    } else if (status != u"pending") {
        m.sentAt = at;
        if (status == u"delivered" || status == u"read")
            m.deliveredAt = at.addSecs(2);
        if (status == u"read")
            m.readAt = at.addSecs(10);
        if (replied)
            m.repliedAt = at.addSecs(20);
    }
    testsupport::putAsPulled(store, store::campaignMessageType(), m, store::EntityType::CampaignMessage);
    return m;
}

} // namespace campaignseed
