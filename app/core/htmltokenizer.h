// Splits article HTML into tags and text the way browsers read it, in one pass.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The tokenizer follows the HTML5 tokenizing rules closely enough that what
// Docket thinks is a tag is what a browser thinks is a tag: unquoted and
// valueless attributes, '<' inside tag names, comments ended by "--!>",
// bogus comments ("<!x>", "<?x>", "<![CDATA[x]]>" outside SVG), raw-text
// elements (script, style...) whose content is never markup. A tag the input
// leaves unfinished at its end is dropped, as browsers do. Comments,
// doctypes and processing instructions produce no tokens.
class HtmlTokenizer
{
public:
    enum class Kind { Text, StartTag, EndTag, End };

    struct Attribute
    {
        QString name;  // lower case
        QString value; // character references decoded
    };

    struct Token
    {
        Kind kind = Kind::End;
        QString name; // tag name in lower case
        QString text; // Text: the characters, references decoded
        QList<Attribute> attributes;
        bool selfClosing = false; // "<br/>"

        // The attribute's value, or a null QString when the tag has none.
        QString attribute(QStringView attributeName) const;
        bool hasAttribute(QStringView attributeName) const;
    };

    // Attributes kept per tag; the rest are read and ignored, so a tag with
    // millions of attributes costs linear time, not quadratic.
    static constexpr int maxAttributes = 64;

    explicit HtmlTokenizer(QStringView html);

    // The next token; it stays valid until the following call.
    const Token &next();

    // Decodes character references as HTML does: named references (with a
    // ';', plus the few legacy ones browsers accept without), numeric ones
    // with or without ';', windows-1252 meanings for &#128;-&#159;, U+FFFD
    // for NUL, surrogates and values past U+10FFFF. In an attribute value a
    // legacy reference followed by '=' or a letter or digit stays as written.
    static QString decodeReferences(QStringView text, bool inAttribute);
    static void appendDecoded(QString &out, QStringView text, bool inAttribute);

    // Elements whose content is text up to their end tag, never markup.
    static bool isRawTextElement(QStringView name);

private:
    const Token &readText();
    const Token &endOfInput();
    void readRawText();
    bool readTag(Token &token);
    void skipComment();
    void skipBogusComment();

    QStringView m_html;
    qsizetype m_pos = 0;
    Token m_token;
    QString m_rawTextEnd; // set after a start tag whose content is raw text
    bool m_plainText = false;
};
