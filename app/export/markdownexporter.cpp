#include "markdownexporter.h"

#include "articlefacts.h"
#include "articlehtml.h"
#include "citation.h"
#include "htmltotext.h"

#include <QStringList>

namespace MarkdownExporter {

namespace {

QString autolink(const QUrl &url)
{
    return QStringLiteral("<%1>").arg(url.toString(QUrl::FullyEncoded));
}

QString article(const ExportArticle &article)
{
    using HtmlToText::escapeMarkdown;
    QStringList blocks;
    blocks.append(QStringLiteral("# ") + escapeMarkdown(ArticleFacts::title(article)));
    if (const QString byline = ArticleFacts::byline(article); !byline.isEmpty())
        blocks.append(QStringLiteral("*%1*").arg(escapeMarkdown(byline)));
    const QString body = HtmlToText::convert(ArticleHtml::forExport(article, ArticleHtml::Images::Embedded),
                                             HtmlToText::Style::Markdown);
    if (!body.isEmpty())
        blocks.append(body);

    QStringList facts;
    if (const QString categories = ArticleFacts::categoriesLine(article); !categories.isEmpty())
        facts.append(escapeMarkdown(categories));
    for (const Enclosure &enclosure : article.enclosures) {
        QString line = escapeMarkdown(ArticleFacts::attachmentLabel()) + u' ' + autolink(enclosure.url);
        if (const QString details = ArticleFacts::attachmentDetails(enclosure); !details.isEmpty())
            line += QStringLiteral(" (%1)").arg(escapeMarkdown(details));
        facts.append(line);
    }
    if (!article.link.isEmpty())
        facts.append(escapeMarkdown(ArticleFacts::readAtSourceLabel()) + u' ' + autolink(article.link));
    if (!facts.isEmpty())
        blocks.append(facts.join(QStringLiteral("\\\n")));

    blocks.append(QStringLiteral("## ") + escapeMarkdown(ArticleFacts::citationHeading()));
    QStringList fields;
    for (const ArticleFacts::Field &field : ArticleFacts::citationFields(article)) {
        const QString value = field.url.isEmpty() ? escapeMarkdown(field.value) : autolink(field.url);
        fields.append(QStringLiteral("- **%1:** %2").arg(escapeMarkdown(field.label), value));
    }
    blocks.append(fields.join(u'\n'));
    const Citation::Source source = article.citationSource();
    for (const Citation::Style style : ArticleFacts::citationStyles()) {
        blocks.append(QStringLiteral("**%1:** %2")
                          .arg(Citation::styleName(style),
                               Citation::format(source, style, Citation::Markup::Markdown)));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

QString write(const QList<ExportArticle> &articles)
{
    QStringList parts;
    for (const ExportArticle &one : articles)
        parts.append(article(one));
    return parts.join(QStringLiteral("\n\n---\n\n")) + u'\n';
}

} // namespace MarkdownExporter
