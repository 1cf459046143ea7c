// A browser, as far as OAuth needs one: opens an address, follows the
// redirects (provider page -> backend callback -> the app's listener on
// 127.0.0.1) and remembers every address it went through.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

#include <vector>

namespace pitchside::test {

class Browser : public QObject
{
public:
    struct Page
    {
        QUrl url;
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    // Opens `url`; the page arrives later (pages).
    void open(const QUrl &url);
    // Opens `url` and waits for its last page (15 s at most).
    Page get(const QUrl &url);
    // Without following redirects: the first answer and its Location.
    Page getOnce(const QUrl &url, QUrl *location);

    std::vector<Page> pages;
    QList<QUrl> visited;

private:
    QNetworkAccessManager m_network;
};

} // namespace pitchside::test
