// Makes the XML that feeds really send acceptable to a strict XML reader, safely.
#pragma once

#include <QString>

namespace XmlRepair {

enum class TextReferences {
    Keep,   // references in element text stay references
    Decode, // element text holding references becomes a CDATA section of
            // the same text: QXmlStreamReader reads it several times faster
};

// One linear pass over a decoded document, before QXmlStreamReader sees it:
// - HTML named references (&nbsp; &eacute;) become numeric ones, which XML
//   knows without a DTD; an unknown "&name;" and a bare '&' become literal text;
// - numeric references to windows-1252 code points (&#146;) name the character
//   a browser shows; references to characters XML forbids are dropped (NUL and
//   surrogates become U+FFFD);
// - every <!DOCTYPE ...>, internal subset included, is dropped, so no DTD is
//   read and no entity is ever expanded: hostile documents cost bounded time;
// - characters XML 1.0 forbids (controls other than tab/CR/LF, U+FFFE/FFFF)
//   are removed; a '<' that cannot start markup becomes "&lt;";
// - an XML declaration that is not at the very start is dropped.
// CDATA sections, comments and processing instructions keep their text.
// Line numbers stay those of the input (a dropped DOCTYPE leaves its line
// breaks), so errors point at the line the publisher wrote. Returns the input
// itself, shared and not copied, when nothing needs repair (and, with Decode,
// no element text holds a reference).
QString repair(const QString &text, TextReferences references = TextReferences::Keep);

} // namespace XmlRepair
