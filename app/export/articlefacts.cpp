#include "articlefacts.h"

#include <QCoreApplication>
#include <QLocale>

namespace ArticleFacts {

QString title(const ExportArticle &article)
{
    return article.title.isEmpty() ? QCoreApplication::translate("ArticleFacts", "(no title)")
                                   : article.title;
}

QString byline(const ExportArticle &article)
{
    QStringList parts;
    if (!article.source.isEmpty())
        parts.append(article.source);
    if (!article.author.isEmpty())
        parts.append(article.author);
    if (article.published.isValid())
        parts.append(dateTime(article.published));
    else if (article.retrieved.isValid())
        parts.append(QCoreApplication::translate("ArticleFacts", "undated, retrieved %1")
                         .arg(dateTime(article.retrieved)));
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + when.timeZoneAbbreviation();
}

QList<Field> citationFields(const ExportArticle &article)
{
    const QString none = QCoreApplication::translate("ArticleFacts", "not given by the feed");
    const auto orNone = [&none](const QString &value) { return value.isEmpty() ? none : value; };
    QList<Field> fields{
        {QCoreApplication::translate("ArticleFacts", "Author"), orNone(article.author), {}},
        {QCoreApplication::translate("ArticleFacts", "Title"), orNone(article.title), {}},
        {QCoreApplication::translate("ArticleFacts", "Source"), orNone(article.source), {}},
        {QCoreApplication::translate("ArticleFacts", "Published"), orNone(dateTime(article.published)), {}},
        {QCoreApplication::translate("ArticleFacts", "URL"),
         orNone(article.link.toString(QUrl::FullyEncoded)), article.link},
        {QCoreApplication::translate("ArticleFacts", "Retrieved"), orNone(dateTime(article.retrieved)), {}},
    };
    // Provenance: what lets the text be shown to be what the source served.
    if (!article.retrievedFrom.isEmpty())
        fields.append({QCoreApplication::translate("ArticleFacts", "Retrieved from"),
                       article.retrievedFrom.toString(QUrl::FullyEncoded), article.retrievedFrom});
    if (!article.etag.isEmpty())
        fields.append({QCoreApplication::translate("ArticleFacts", "HTTP ETag"), article.etag, {}});
    if (!article.lastModified.isEmpty())
        fields.append(
            {QCoreApplication::translate("ArticleFacts", "HTTP Last-Modified"), article.lastModified, {}});
    if (!article.sha256.isEmpty())
        fields.append(
            {QCoreApplication::translate("ArticleFacts", "SHA-256 of the stored text"), article.sha256, {}});
    return fields;
}

QList<Citation::Style> citationStyles()
{
    return {Citation::Style::Bluebook, Citation::Style::Oscola};
}

QString categoriesLine(const ExportArticle &article)
{
    if (article.categories.isEmpty())
        return {};
    return QCoreApplication::translate("ArticleFacts", "Categories: %1")
        .arg(article.categories.join(QStringLiteral(", ")));
}

QString attachmentDetails(const Enclosure &enclosure)
{
    QStringList details;
    if (!enclosure.type.isEmpty())
        details.append(enclosure.type);
    if (enclosure.length >= 0)
        details.append(QLocale::c().formattedDataSize(enclosure.length, 1));
    return details.join(QStringLiteral(", "));
}

QString attachmentLabel()
{
    return QCoreApplication::translate("ArticleFacts", "Attachment:");
}

QString citationHeading()
{
    return QCoreApplication::translate("ArticleFacts", "Citation");
}

QString readAtSourceLabel()
{
    return QCoreApplication::translate("ArticleFacts", "Read at the source:");
}

} // namespace ArticleFacts
