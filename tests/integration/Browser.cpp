#include "Browser.h"

#include "SyncFixture.h"

namespace pitchside::test {

void Browser::open(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(req);
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &to) { visited << to; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        pages.push_back({reply->url(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         reply->readAll(), reply->error()});
        reply->deleteLater();
    });
}

Browser::Page Browser::get(const QUrl &url)
{
    const std::size_t before = pages.size();
    open(url);
    waitFor([&] { return pages.size() > before; }, 15000);
    return pages.size() > before ? pages.back() : Page{};
}

Browser::Page Browser::getOnce(const QUrl &url, QUrl *location)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(req);
    bool done = false;
    connect(reply, &QNetworkReply::finished, this, [&done] { done = true; });
    waitFor([&] { return done; }, 15000);
    Page page{reply->url(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              reply->error()};
    if (location)
        *location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    reply->deleteLater();
    return page;
}

} // namespace pitchside::test
