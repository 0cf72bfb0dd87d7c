// Walks a feed document element by element: bounded nesting, xml:base in scope, text and markup reading.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <QXmlStreamReader>

// The parsers read a document as nested loops:
//
//     while (cursor.nextChild()) {
//         if (cursor.is(ns, u"title")) title = cursor.readText();
//         else cursor.skip();
//     }
//
// Every element entered with nextChild() must be finished with one of the
// read or skip calls, or by looping over its own children. Attributes of the
// current element are only there until its content is read.
class XmlCursor
{
public:
    // The reader must stand on the start of the root element.
    XmlCursor(QXmlStreamReader &reader, int maxDepth);

    // Enters the next child of the current element; false when the current
    // element ends (it is then finished) or the document fails.
    bool nextChild();
    // Finishes the current element, ignoring what is in it.
    void skip();
    // Finishes the current element, returning its text and that of its
    // descendants (markup dropped, CDATA and references decoded).
    QString readText();
    // Like readText(), but when the element has a child of this local name
    // (<author><name>Jane</name><title>Editor</title></author>), only that
    // child's text.
    QString readTextOrChild(QStringView childName);
    // Finishes the current element, whose text is HTML source (RSS
    // description, Atom type="html"): the text as it is, any child elements
    // written back as tags.
    QString readHtml();
    // Finishes the current element, whose children are XHTML (Atom
    // type="xhtml"): the inner markup written as HTML, the wrapping <div>
    // dropped, namespace prefixes dropped, text escaped.
    QString readXhtml();

    bool is(QStringView namespaceUri, QStringView name) const
    {
        return m_reader.name() == name && m_reader.namespaceUri() == namespaceUri;
    }
    QStringView name() const { return m_reader.name(); }
    QStringView namespaceUri() const { return m_reader.namespaceUri(); }
    // The value of an attribute without a prefix; null when it is absent.
    QStringView attribute(QStringView name) const;
    QStringView attribute(QStringView namespaceUri, QStringView name) const;

    // The xml:base in scope for the current element: empty when none, and
    // relative when the document's bases are (the caller resolves the rest).
    QUrl base() const { return m_bases.isEmpty() ? QUrl() : m_bases.last().url; }
    // The reference resolved against base(); empty for a blank reference.
    QUrl resolve(QStringView reference) const;

    bool failed() const { return m_reader.hasError(); }

private:
    struct Base
    {
        int depth;
        QUrl url;
    };

    // Counts the element the reader has just started; false (and the reader
    // fails) when it nests too deep.
    bool enter(bool trackBase);
    void leave();
    QString serialize(bool xhtml);

    QXmlStreamReader &m_reader;
    const int m_maxDepth;
    int m_depth = 0;
    QList<Base> m_bases;
};
