#include "exportfilename.h"

#include <QStringList>

#include <algorithm>

namespace ExportFileName {

namespace {

bool isReserved(QChar c)
{
    static const QString reserved = QStringLiteral(":*?\"<>|");
    return reserved.contains(c);
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || c.category() == QChar::Other_Format;
}

// CON, PRN, AUX, NUL, COM1-9 and LPT1-9 name devices on Windows, whatever
// extension follows them.
bool isWindowsDeviceName(const QString &name)
{
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList devices{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                     QStringLiteral("NUL")};
    if (devices.contains(base))
        return true;
    return base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT")) && base.at(3) >= u'1' &&
           base.at(3) <= u'9';
}

QString trimmedEnds(QString text)
{
    while (!text.isEmpty() && (text.front() == u'.' || text.front() == u' '))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == u' '))
        text.chop(1);
    return text;
}

bool fits(const QString &text)
{
    return text.size() <= maxStemLength && text.toUtf8().size() <= maxStemBytes;
}

QString capped(const QString &text)
{
    if (fits(text))
        return text;
    qsizetype end = std::min(text.size(), maxStemLength);
    while (end > 0 && !fits(text.left(end)))
        --end;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end; // never half a character
    const qsizetype space = text.lastIndexOf(u' ', end);
    if (space > end * 3 / 4)
        end = space;
    return text.left(end);
}

} // namespace

QString stem(const QString &title)
{
    QString name;
    name.reserve(title.size());
    bool space = false;
    for (const QChar c : title) {
        QChar out = c;
        if (c == u'/' || c == u'\\')
            out = u'-';
        else if (c.isSpace() || isReserved(c))
            out = u' ';
        else if (isInvisible(c))
            continue;
        if (out == u' ') {
            if (!space && !name.isEmpty())
                name.append(out);
            space = true;
            continue;
        }
        name.append(out);
        space = false;
    }
    name = trimmedEnds(capped(trimmedEnds(name)));
    if (name.isEmpty())
        return QStringLiteral("article");
    if (isWindowsDeviceName(name))
        name.prepend(u'_');
    return name;
}

QString unique(const QString &title, const QString &extension, QSet<QString> &taken)
{
    const QString base = stem(title);
    QString name = base + u'.' + extension;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(extension);
    taken.insert(name.toCaseFolded());
    return name;
}

} // namespace ExportFileName
