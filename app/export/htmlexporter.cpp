#include "htmlexporter.h"

#include "articlefacts.h"
#include "articlehtml.h"
#include "citation.h"

#include <QCoreApplication>

namespace HtmlExporter {

namespace {

const char16_t *const styleSheet =
    uR"(body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #1a1a1a;
       max-width: 44em; margin: 2em auto; padding: 0 1em; }
article + article { border-top: 2px solid #888; margin-top: 3em; padding-top: 1em; }
h1 { font-size: 1.6em; line-height: 1.25; margin-bottom: 0.2em; }
.byline { color: #555; margin-top: 0; }
img { max-width: 100%; height: auto; }
blockquote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 1em; color: #333; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; }
.facts { color: #333; }
.citation { border: 1px solid #bbb; padding: 0.5em 1em; margin-top: 2em; font-size: 0.95em; }
.citation h2 { font-size: 1.1em; margin: 0.3em 0; }
.citation dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; }
.citation dt { font-weight: bold; }
.citation dd { margin: 0; overflow-wrap: anywhere; }
@media print { article + article { border-top: none; break-before: page; } }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anchor(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text));
}

void writeCitation(QString &out, const ExportArticle &article)
{
    out += QStringLiteral("<section class=\"citation\">\n<h2>%1</h2>\n<dl>\n")
               .arg(escaped(ArticleFacts::citationHeading()));
    for (const ArticleFacts::Field &field : ArticleFacts::citationFields(article)) {
        const QString value = field.url.isEmpty() ? escaped(field.value) : anchor(field.url, field.value);
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(field.label), value);
    }
    out += QStringLiteral("</dl>\n");
    const Citation::Source source = article.citationSource();
    for (const Citation::Style style : ArticleFacts::citationStyles()) {
        out += QStringLiteral("<p><b>%1:</b> %2</p>\n")
                   .arg(escaped(Citation::styleName(style)),
                        Citation::format(source, style, Citation::Markup::Html));
    }
    out += QStringLiteral("</section>\n");
}

void writeArticle(QString &out, const ExportArticle &article)
{
    out += QStringLiteral("<article>\n<h1>%1</h1>\n").arg(escaped(ArticleFacts::title(article)));
    const QString byline = ArticleFacts::byline(article);
    if (!byline.isEmpty())
        out += QStringLiteral("<p class=\"byline\">%1</p>\n").arg(escaped(byline));
    const QString body = ArticleHtml::forExport(article, ArticleHtml::Images::Embedded);
    if (!body.isEmpty())
        out += QStringLiteral("<div class=\"body\">\n%1\n</div>\n").arg(body);

    QStringList facts;
    if (const QString categories = ArticleFacts::categoriesLine(article); !categories.isEmpty())
        facts.append(escaped(categories));
    for (const Enclosure &enclosure : article.enclosures) {
        QString line = escaped(ArticleFacts::attachmentLabel()) + u' ' +
                       anchor(enclosure.url, enclosure.url.toString(QUrl::FullyEncoded));
        if (const QString details = ArticleFacts::attachmentDetails(enclosure); !details.isEmpty())
            line += QStringLiteral(" (%1)").arg(escaped(details));
        facts.append(line);
    }
    if (!article.link.isEmpty())
        facts.append(escaped(ArticleFacts::readAtSourceLabel()) + u' ' +
                     anchor(article.link, article.link.toString(QUrl::FullyEncoded)));
    if (!facts.isEmpty())
        out += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral("<br/>\n")));
    writeCitation(out, article);
    out += QStringLiteral("</article>\n");
}

QString documentTitle(const QList<ExportArticle> &articles)
{
    if (articles.size() == 1)
        return ArticleFacts::title(articles.first());
    return QCoreApplication::translate("HtmlExporter", "%n articles", nullptr, int(articles.size()));
}

} // namespace

QString write(const QList<ExportArticle> &articles)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src data:; style-src 'unsafe-inline'\"/>\n"
                          "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                          "<meta name=\"generator\" content=\"Docket\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out += QStringLiteral("<title>%1</title>\n").arg(escaped(documentTitle(articles)));
    out += QStringLiteral("<style>\n") + QString::fromUtf16(styleSheet) + QStringLiteral("</style>\n");
    out += QStringLiteral("</head>\n<body>\n");
    for (const ExportArticle &article : articles)
        writeArticle(out, article);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace HtmlExporter
