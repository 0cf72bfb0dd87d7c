#include "snippetdelegate.h"

#include "searchindex.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

QString SnippetDelegate::highlightedHtml(const QString &snippet, const QString &highlightColor)
{
    // Escape first so nothing in the article becomes markup, then turn the
    // marks (which escaping leaves alone) into emphasis.
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(SearchIndex::highlightStart),
                 QStringLiteral("<b style=\"background-color:%1\">").arg(highlightColor));
    html.replace(QChar(SearchIndex::highlightEnd), QStringLiteral("</b>"));
    return html;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString snippet = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (snippet.isEmpty())
        return;

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(palette.color(selected ? QPalette::HighlightedText : QPalette::Text).name(),
                 highlightedHtml(snippet, selected ? palette.color(QPalette::Highlight).darker(130).name()
                                                   : palette.color(QPalette::ToolTipBase).name())));
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    painter->save();
    painter->setClipRect(text);
    painter->translate(text.left(), text.top() + (text.height() - document.size().height()) / 2);
    document.drawContents(painter);
    painter->restore();
}
