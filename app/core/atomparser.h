// Reads Atom 1.0 and Atom 0.3 documents.
#pragma once

#include "feed.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class EnclosureCollector;
class XmlCursor;

class AtomParser
{
public:
    // atomNamespace: the namespace of the root <feed> (Atom 1.0's, 0.3's, or
    // none for publishers who left it out); its children are read in it.
    AtomParser(XmlCursor &cursor, QStringView atomNamespace);

    // The cursor stands on <feed>. Reads to its end, or until the document
    // fails: feed.items then holds the entries read to their end. format and
    // version are the caller's; links may still be relative.
    void parse(Feed &feed);

private:
    struct Link;

    std::optional<Item> readEntry();
    void readLink(Link &alternate, EnclosureCollector *enclosures);
    QStringList readSourceAuthors();
    QString readPerson();

    XmlCursor &m_cursor;
    const QString m_ns;
};
