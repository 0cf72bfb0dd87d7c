#include "pdfexporter.h"

#include "articlefacts.h"
#include "articlehtml.h"
#include "citation.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace PdfExporter {

namespace {

constexpr qreal marginMillimetres = 18;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anchor(const QUrl &url)
{
    const QString text = escaped(url.toString(QUrl::FullyEncoded));
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(text);
}

// QTextDocument's HTML subset: no CSS grid, so the citation fields are a table.
QString articleHtml(const ExportArticle &article, bool newPage)
{
    QString out;
    out += QStringLiteral("<h1%1>%2</h1>")
               .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                    escaped(ArticleFacts::title(article)));
    if (const QString byline = ArticleFacts::byline(article); !byline.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(escaped(byline));
    out +=
        QStringLiteral("<div>%1</div>").arg(ArticleHtml::forExport(article, ArticleHtml::Images::Referenced));

    QStringList facts;
    if (const QString categories = ArticleFacts::categoriesLine(article); !categories.isEmpty())
        facts.append(escaped(categories));
    for (const Enclosure &enclosure : article.enclosures) {
        QString line = escaped(ArticleFacts::attachmentLabel()) + u' ' + anchor(enclosure.url);
        if (const QString details = ArticleFacts::attachmentDetails(enclosure); !details.isEmpty())
            line += QStringLiteral(" (%1)").arg(escaped(details));
        facts.append(line);
    }
    if (!article.link.isEmpty())
        facts.append(escaped(ArticleFacts::readAtSourceLabel()) + u' ' + anchor(article.link));
    if (!facts.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br/>")));

    out +=
        QStringLiteral("<h2>%1</h2><table cellpadding=\"2\">").arg(escaped(ArticleFacts::citationHeading()));
    for (const ArticleFacts::Field &field : ArticleFacts::citationFields(article)) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                   .arg(escaped(field.label), field.url.isEmpty() ? escaped(field.value) : anchor(field.url));
    }
    out += QStringLiteral("</table>");
    const Citation::Source source = article.citationSource();
    for (const Citation::Style style : ArticleFacts::citationStyles()) {
        out += QStringLiteral("<p><b>%1:</b> %2</p>")
                   .arg(escaped(Citation::styleName(style)),
                        Citation::format(source, style, Citation::Markup::Html));
    }
    return out;
}

// The bytes the articles hold for their images, as the document's resources:
// QTextDocument then never asks for an image from anywhere else.
void addImages(QTextDocument &document, const QList<ExportArticle> &articles)
{
    for (const ExportArticle &article : articles) {
        for (auto it = article.images.cbegin(); it != article.images.cend(); ++it) {
            if (ArticleHtml::imageType(it.value()).isEmpty())
                continue;
            QImage image;
            if (image.loadFromData(it.value()))
                document.addResource(QTextDocument::ImageResource, QUrl(it.key()), image);
        }
    }
}

// Which article is on each page: each starts a page of its own, the only
// blocks with a page break before them (the sanitiser lets no style through).
QList<qsizetype> articleOfPage(const QTextDocument &document, qreal pageHeight, int pageCount)
{
    QList<int> firstPages{0};
    for (QTextBlock block = document.begin().next(); block.isValid(); block = block.next()) {
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            const qreal top = document.documentLayout()->blockBoundingRect(block).top();
            firstPages.append(int(top / pageHeight + 0.5));
        }
    }
    QList<qsizetype> articles(pageCount, 0);
    qsizetype article = 0;
    for (int page = 0; page < pageCount; ++page) {
        while (article + 1 < firstPages.size() && firstPages.at(article + 1) <= page)
            ++article;
        articles[page] = article;
    }
    return articles;
}

// <pre> lines do not wrap in QTextDocument: on paper the end of a long one
// would be cut off at the margin. They wrap here, keeping their spaces.
void wrapPreformattedLines(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format;
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
}

QString headerText(const ExportArticle &article)
{
    QStringList parts;
    if (!article.source.isEmpty())
        parts.append(article.source);
    if (article.published.isValid())
        parts.append(ArticleFacts::dateTime(article.published));
    else if (article.retrieved.isValid())
        parts.append(QCoreApplication::translate("PdfExporter", "retrieved %1")
                         .arg(ArticleFacts::dateTime(article.retrieved)));
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace

QPageSize pageSizeFor(const QLocale &locale)
{
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,    QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,   QLocale::CostaRica, QLocale::Guatemala,
        QLocale::Venezuela,    QLocale::PuertoRico, QLocale::Panama,    QLocale::DominicanRepublic};
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

Result<bool> write(const QList<ExportArticle> &articles, QIODevice &device, const Options &options)
{
    QPdfWriter writer(&device);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(
        QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
        QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Docket"));
    writer.setTitle(articles.size() == 1 ? ArticleFacts::title(articles.first())
                                         : QCoreApplication::translate("PdfExporter", "%n articles", nullptr,
                                                                       int(articles.size())));

    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const QFont smallFont(QStringLiteral("sans-serif"), 8);
    const qreal lineHeight = QFontMetricsF(smallFont, &writer).height();
    const qreal headerHeight = 2 * lineHeight;
    const qreal footerHeight = 2 * lineHeight;
    const QSizeF body(paintRect.width(), paintRect.height() - headerHeight - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(QFont(QStringLiteral("serif"), 11));
    document.setDocumentMargin(0);
    addImages(document, articles);
    QString html;
    for (qsizetype i = 0; i < articles.size(); ++i)
        html += articleHtml(articles.at(i), i > 0);
    document.setHtml(html);
    wrapPreformattedLines(document);
    document.setPageSize(body);
    const int pageCount = std::max(1, document.pageCount());
    const QList<qsizetype> articleOnPage = articleOfPage(document, body.height(), pageCount);

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<bool>::failure(QCoreApplication::translate("PdfExporter", "could not start the PDF"));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !writer.newPage())
            return Result<bool>::failure(QCoreApplication::translate("PdfExporter", "could not add a page"));
        painter.setFont(smallFont);
        painter.setPen(Qt::darkGray);
        if (!articles.isEmpty()) {
            const ExportArticle &article = articles.at(articleOnPage.at(page));
            painter.drawText(QRectF(0, 0, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(smallFont, &writer)
                                 .elidedText(headerText(article), Qt::ElideRight, body.width()));
        }
        painter.drawText(
            QRectF(0, paintRect.height() - lineHeight, body.width(), lineHeight), Qt::AlignCenter,
            QCoreApplication::translate("PdfExporter", "Page %1 of %2").arg(page + 1).arg(pageCount));

        painter.save();
        painter.translate(0, headerHeight - page * body.height());
        const QRectF view(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Result<bool>::failure(QCoreApplication::translate("PdfExporter", "could not finish the PDF"));
    return true;
}

} // namespace PdfExporter
