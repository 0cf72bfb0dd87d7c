#include "provenancehtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ProvenanceHtml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProvenanceHtml", text);
}

QString row(const QString &label, const QString &value, bool code = false)
{
    const QString shown = value.isEmpty() ? tr("(none sent)") : value;
    const QString cell = code && !value.isEmpty()
                             ? QStringLiteral("<code>%1</code>").arg(shown.toHtmlEscaped())
                             : shown.toHtmlEscaped();
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), cell);
}

QString table(const QString &title, const Provenance &provenance)
{
    QString out = QStringLiteral("<p><i>%1</i></p><table>").arg(title.toHtmlEscaped());
    out += row(tr("Retrieved"), timeText(provenance.retrievedAt));
    // The address as text, never a link: evidence is read and copied here.
    out += row(tr("Final URL"), provenance.finalUrl.toString(QUrl::FullyEncoded));
    out += row(tr("ETag"), provenance.etag, true);
    out += row(tr("Last-Modified"), provenance.lastModified);
    out += row(tr("SHA-256"), provenance.sha256, true);
    return out + QStringLiteral("</table>");
}

} // namespace

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return QStringLiteral("%1 (%2 UTC)")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat),
             at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString section(const ThreadRecord &thread)
{
    QString tables;
    if (!thread.provenance.isEmpty())
        tables += table(tr("Feed item"), thread.provenance);
    if (thread.capture.status == ArticleCapture::Status::Captured && !thread.capture.provenance.isEmpty())
        tables += table(tr("Full article"), thread.capture.provenance);
    if (tables.isEmpty())
        return QString();
    return QStringLiteral("<hr/><h3>%1</h3>").arg(tr("Provenance").toHtmlEscaped()) + tables;
}

} // namespace ProvenanceHtml
