#include "textexporter.h"

#include "articlefacts.h"
#include "articlehtml.h"
#include "citation.h"
#include "htmltotext.h"

#include <QStringList>

#include <algorithm>

namespace TextExporter {

namespace {

constexpr int separatorWidth = 72;

QString underlined(const QString &text, QChar line)
{
    return text + u'\n' + QString(std::min<qsizetype>(text.size(), separatorWidth), line);
}

QString article(const ExportArticle &article)
{
    QStringList blocks;
    QString heading = underlined(ArticleFacts::title(article), u'=');
    if (const QString byline = ArticleFacts::byline(article); !byline.isEmpty())
        heading += u'\n' + byline;
    blocks.append(heading);
    const QString body = HtmlToText::convert(ArticleHtml::forExport(article, ArticleHtml::Images::Referenced),
                                             HtmlToText::Style::Plain);
    if (!body.isEmpty())
        blocks.append(body);

    QStringList facts;
    if (const QString categories = ArticleFacts::categoriesLine(article); !categories.isEmpty())
        facts.append(categories);
    for (const Enclosure &enclosure : article.enclosures) {
        QString line = ArticleFacts::attachmentLabel() + u' ' + enclosure.url.toString(QUrl::FullyEncoded);
        if (const QString details = ArticleFacts::attachmentDetails(enclosure); !details.isEmpty())
            line += QStringLiteral(" (%1)").arg(details);
        facts.append(line);
    }
    if (!article.link.isEmpty())
        facts.append(ArticleFacts::readAtSourceLabel() + u' ' + article.link.toString(QUrl::FullyEncoded));
    if (!facts.isEmpty())
        blocks.append(facts.join(u'\n'));

    QStringList citation{underlined(ArticleFacts::citationHeading(), u'-')};
    for (const ArticleFacts::Field &field : ArticleFacts::citationFields(article))
        citation.append(QStringLiteral("%1: %2").arg(field.label, field.value));
    blocks.append(citation.join(u'\n'));
    const Citation::Source source = article.citationSource();
    for (const Citation::Style style : ArticleFacts::citationStyles())
        blocks.append(
            QStringLiteral("%1: %2").arg(Citation::styleName(style), Citation::format(source, style)));
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

QString write(const QList<ExportArticle> &articles)
{
    QStringList parts;
    for (const ExportArticle &one : articles)
        parts.append(article(one));
    const QString separator = QStringLiteral("\n\n") + QString(separatorWidth, u'=') + QStringLiteral("\n\n");
    return parts.join(separator) + u'\n';
}

} // namespace TextExporter
