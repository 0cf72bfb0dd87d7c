// Export tests' articles: threads of fixture feeds, as the command line would hand them over.
#pragma once

#include "exportarticle.h"
#include "feedparser.h"
#include "testdata.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ExportFixture {

// Fixed, so golden files do not change with the day the tests run.
inline QDateTime retrieved()
{
    return QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
}

inline ExportArticle article(const QString &source, const Item &item)
{
    ExportArticle article;
    article.title = item.title;
    article.source = source;
    article.author = item.author;
    article.published = item.published;
    article.retrieved = retrieved();
    article.link = item.link;
    article.html = item.content.isEmpty() ? item.summary : item.content;
    article.categories = item.categories;
    article.enclosures = item.enclosures;
    return article;
}

// Every item of tests/data/export/NAME; empty when it cannot be read.
inline QList<ExportArticle> articles(const QString &name)
{
    const Result<FeedParser::Parsed> parsed =
        FeedParser::parse(TestData::read(QStringLiteral("export/") + name));
    QList<ExportArticle> out;
    if (!parsed)
        return out;
    for (const Item &item : parsed->feed.items)
        out.append(article(parsed->feed.title, item));
    return out;
}

// One article with the given body HTML and every other field filled.
inline ExportArticle withBody(const QString &html)
{
    ExportArticle article;
    article.title = QStringLiteral("Hostile body");
    article.source = QStringLiteral("Appellate Watch");
    article.author = QStringLiteral("Jane Marshall");
    article.published = QDateTime(QDate(2026, 11, 27), QTime(14, 30), Qt::UTC);
    article.retrieved = retrieved();
    article.link = QUrl(QStringLiteral("https://appellate.example.org/2026/hostile"));
    article.html = html;
    return article;
}

} // namespace ExportFixture
