#include "articlefacts.h"

#include <QCoreApplication>
#include <QLocale>

namespace ArticleFacts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleFacts", text);
}

} // namespace

QString title(const ExportArticle &article)
{
    return article.title.isEmpty() ? tr("(no title)") : article.title;
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
        parts.append(tr("undated, retrieved %1").arg(dateTime(article.retrieved)));
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
    const QString none = tr("not given by the feed");
    const auto orNone = [&none](const QString &value) { return value.isEmpty() ? none : value; };
    return {
        {tr("Author"), orNone(article.author), {}},
        {tr("Title"), orNone(article.title), {}},
        {tr("Source"), orNone(article.source), {}},
        {tr("Published"), orNone(dateTime(article.published)), {}},
        {tr("URL"), orNone(article.link.toString(QUrl::FullyEncoded)), article.link},
        {tr("Retrieved"), orNone(dateTime(article.retrieved)), {}},
    };
}

QList<Citation::Style> citationStyles()
{
    return {Citation::Style::Bluebook, Citation::Style::Oscola};
}

QString categoriesLine(const ExportArticle &article)
{
    if (article.categories.isEmpty())
        return {};
    return tr("Categories: %1").arg(article.categories.join(QStringLiteral(", ")));
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
    return tr("Attachment:");
}

QString citationHeading()
{
    return tr("Citation");
}

QString readAtSourceLabel()
{
    return tr("Read at the source:");
}

} // namespace ArticleFacts
