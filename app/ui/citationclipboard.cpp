#include "citationclipboard.h"

#include <QClipboard>
#include <QMimeData>

namespace CitationClipboard {

std::unique_ptr<QMimeData> mimeData(const Citation::Source &source, Citation::Style style)
{
    auto data = std::make_unique<QMimeData>();
    data->setText(Citation::format(source, style, Citation::Markup::Plain));
    data->setHtml(Citation::format(source, style, Citation::Markup::Html));
    return data;
}

QString copy(const Citation::Source &source, Citation::Style style, QClipboard &clipboard)
{
    std::unique_ptr<QMimeData> data = mimeData(source, style);
    const QString text = data->text();
    // The clipboard takes ownership of what it is given.
    clipboard.setMimeData(data.release());
    return text;
}

} // namespace CitationClipboard
