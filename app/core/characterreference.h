// One character reference (&amp; &eacute; &#146;) as feeds write them, and the text it stands for.
#pragma once

#include <QStringView>

struct CharacterReference
{
    enum Kind {
        Bare,    // an '&' that starts no reference: literal text
        Xml,     // &amp; &lt; &gt; &quot; &apos;, or a numeric one XML reads as written
        Rewrite, // an HTML name, or a number a browser reads differently from XML
    };
    Kind kind = Bare;
    qsizetype end = 0; // just past the reference in the text it was read from
    // What it stands for (nothing for a character XML forbids). HTML names
    // stand for at most two code points, so this needs no allocation.
    char16_t characters[4] = {};
    qsizetype length = 0;

    QStringView text() const { return QStringView(characters, length); }

    // The reference starting with the '&' at text[at]. Numeric references to
    // NUL, surrogates or beyond Unicode stand for U+FFFD; &#128;..&#159; for
    // the windows-1252 characters browsers show; references to characters
    // XML forbids for nothing. Unknown names and a lone '&' are Bare.
    static CharacterReference read(QStringView text, qsizetype at);

    // Characters XML 1.0 does not allow anywhere in a document.
    static bool isForbiddenInXml(char32_t c)
    {
        return (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF;
    }
};
