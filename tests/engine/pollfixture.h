// Small feeds dated relative to now, for poll tests (a fixed date would age past the 21-day rule).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace PollFixture {

// An RSS 2.0 feed titled title with count items, the newest posted an hour
// ago; item n has guid "<prefix>-n" and the given body. Each item carries its
// whole article (content:encoded), so polls never try to capture pages from
// the items' links (which are not on loopback).
inline QByteArray rss(const QString &title, int count, const QString &prefix = QStringLiteral("item"),
                      const QString &body = QStringLiteral("Ruling text"))
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" +
                     title.toUtf8() + "</title><link>https://court.example/</link>\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < count; ++n) {
        const QString date = QLocale::c().toString(now.addSecs(-3600 * (n + 1)),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
        xml += "<item><title>" + title.toUtf8() + " item " + QByteArray::number(n) + "</title><guid>" +
               prefix.toUtf8() + '-' + QByteArray::number(n) + "</guid><link>https://court.example/" +
               prefix.toUtf8() + '/' + QByteArray::number(n) + "</link><pubDate>" + date.toUtf8() +
               "</pubDate><description>" + body.toUtf8() + ' ' + QByteArray::number(n) +
               "</description><content:encoded><![CDATA[<p>" + body.toUtf8() + ' ' + QByteArray::number(n) +
               "</p>]]></content:encoded></item>\n";
    }
    return xml + "</channel></rss>\n";
}

} // namespace PollFixture
