// Sanitised article HTML as Markdown or as plain text, keeping paragraphs, lists, quotations and links.
#pragma once

#include <QString>
#include <QStringView>

namespace HtmlToText {

enum class Style {
    // CommonMark (plus ~~strike~~): # headings, *emphasis*, **strong**,
    // `code`, [links](url), - and 1. lists, > quotations, fenced <pre>,
    // pipe tables. Text that Markdown would read as markup is escaped.
    Markdown,
    // The same structure without markup: links as "words <url>", lists with
    // "- " and "1. ", quotations and <pre> indented by four spaces.
    Plain
};

// Blocks are separated by one blank line; a line break (<br>) ends a line
// inside its block. Expects the output of ArticleHtml::forExport (sanitised;
// images either data: URIs or already links).
QString convert(QStringView sanitizedHtml, Style style);

// Backslash-escapes what Markdown would read as markup inside a line.
QString escapeMarkdown(QStringView text);

} // namespace HtmlToText
