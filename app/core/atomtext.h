// Reads Atom text constructs (title, subtitle, summary, content) as plain text or as an HTML fragment.
#pragma once

#include <QString>

class XmlCursor;

namespace AtomText {

// The cursor stands on the construct; both read it to its end.
//
// Plain text, for titles: type="text" is collapsed and decoded once more
// (publishers often escape twice: "AT&amp;amp;T" means "AT&T"), "html" and
// "xhtml" lose their markup.
QString readPlain(XmlCursor &cursor);

// An HTML fragment, for summary and content: type="html" as sent,
// type="xhtml" the markup inside its <div>, type="text" escaped.
// Atom 0.3's MIME types and mode="escaped"/"xml"/"base64" are understood.
QString readHtml(XmlCursor &cursor);

} // namespace AtomText
