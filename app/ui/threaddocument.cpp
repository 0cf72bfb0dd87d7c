#include "threaddocument.h"

#include "exportselection.h"
#include "htmlsanitizer.h"
#include "provenancehtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ThreadDocument {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ThreadDocument", text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString retentionLine(const ThreadRecord &thread, const QDateTime &now)
{
    if (thread.kept)
        return tr("Kept");
    if (!thread.expires.isValid())
        return QString();
    const qint64 days = now.secsTo(thread.expires) / (24 * 60 * 60);
    if (days <= 0)
        return tr("Deleted today unless kept");
    if (days == 1)
        return tr("Deleted in 1 day unless kept");
    return tr("Deleted in %1 days unless kept").arg(days);
}

QString siteName(const ThreadRecord &thread)
{
    const QString host = thread.link.host();
    return host.isEmpty() ? thread.feedTitle : host;
}

bool hasFullArticle(const ThreadRecord &thread)
{
    // The same rule exports and citations follow.
    return ExportSelection::usesCapture(thread);
}

QString captureLine(const ThreadRecord &thread)
{
    switch (thread.capture.status) {
    case ArticleCapture::Status::Pending:
        return tr("Fetching the full article…");
    case ArticleCapture::Status::Failed:
        return thread.capture.error.isEmpty()
                   ? tr("The full article could not be fetched.")
                   : tr("The full article could not be fetched: %1").arg(thread.capture.error);
    case ArticleCapture::Status::Captured:
        return hasFullArticle(thread) ? QString() : tr("The full article page had no article text.");
    case ArticleCapture::Status::None:
        break;
    }
    return QString();
}

QString html(const ThreadRecord &thread, const QDateTime &now, Body body)
{
    const bool full = body == Body::FullArticle && hasFullArticle(thread);
    const QString title = thread.title.isEmpty() ? tr("(untitled)") : thread.title;
    QDateTime posted = thread.published.isValid() ? thread.published : thread.firstSeen;
    // The page's own date beats the first-seen time when the feed gave none.
    if (full && !thread.published.isValid() && thread.capture.published.isValid())
        posted = thread.capture.published;
    QStringList byline;
    if (!thread.author.isEmpty())
        byline.append(escaped(thread.author));
    else if (full && !thread.capture.byline.isEmpty())
        byline.append(escaped(thread.capture.byline));
    if (posted.isValid())
        byline.append(escaped(QLocale().toString(posted.toLocalTime(), QLocale::LongFormat)));

    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(escaped(title));
    out += QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(escaped(thread.feedTitle), escaped(tr("started this thread")));
    if (!byline.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(byline.join(QStringLiteral(" · ")));
    out += QStringLiteral("<p><i>%1</i><br/><i>%2</i></p><hr/>")
               .arg(escaped(tr("Closed · not open for replies")), escaped(retentionLine(thread, now)));

    // The capture is stored sanitised; it takes the same path as the feed's
    // text all the same, so the viewer never trusts a stored value.
    if (full) {
        const QUrl base =
            thread.capture.provenance.finalUrl.isValid() ? thread.capture.provenance.finalUrl : thread.link;
        out += QStringLiteral("<div>%1</div>").arg(HtmlSanitizer::sanitize(thread.capture.html, base));
    } else {
        if (const QString line = captureLine(thread); !line.isEmpty())
            out += QStringLiteral("<p><i>%1</i></p>").arg(escaped(line));
        const QString text = thread.content.isEmpty() ? thread.summary : thread.content;
        out += QStringLiteral("<div>%1</div>").arg(HtmlSanitizer::sanitize(text, thread.link));
    }

    if (!thread.categories.isEmpty()) {
        QStringList names;
        for (const QString &category : thread.categories)
            names.append(escaped(category));
        out += QStringLiteral("<hr/><p>%1 %2</p>")
                   .arg(escaped(tr("Categories:")), names.join(QStringLiteral(", ")));
    }
    // The link is the feed's own; it is written only when the reader's link
    // rules would open it, so a javascript: link never becomes a button.
    const QString scheme = thread.link.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        out += QStringLiteral("<p><a href=\"%1\"><b>%2</b></a></p>")
                   .arg(escaped(thread.link.toString(QUrl::FullyEncoded)),
                        escaped(tr("Continue reading at %1").arg(siteName(thread))));
    }
    return out + ProvenanceHtml::section(thread);
}

} // namespace ThreadDocument
