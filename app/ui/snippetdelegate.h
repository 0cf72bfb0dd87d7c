// Paints a search result's snippet with the matched terms highlighted.
#pragma once

#include <QStyledItemDelegate>

class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The snippet as rich text: escaped, each match (between SearchIndex's
    // marks) in bold on the highlight colour.
    static QString highlightedHtml(const QString &snippet, const QString &highlightColor);
};
