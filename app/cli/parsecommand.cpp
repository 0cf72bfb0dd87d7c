#include "parsecommand.h"

#include "commandcontext.h"
#include "exitcode.h"
#include "feedjson.h"
#include "feedparser.h"
#include "inputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace ParseCommand {

int run(const CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), QString(), QStringLiteral("bytes"));
    parser.addOptions({baseUrl, maxBytes});
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!parser.parse(context.arguments))
        return context.usageError(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usageError(
            QCoreApplication::translate("ParseCommand", "give one feed file, or - for standard input"));

    FeedParser::Options options;
    if (parser.isSet(baseUrl)) {
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!options.baseUrl.isValid() || options.baseUrl.isRelative())
            return context.usageError(
                QCoreApplication::translate("ParseCommand", "--base-url needs an absolute URL, not '%1'")
                    .arg(parser.value(baseUrl)));
    }
    if (parser.isSet(maxBytes)) {
        bool ok = false;
        options.maxBytes = parser.value(maxBytes).toLongLong(&ok);
        if (!ok || options.maxBytes <= 0)
            return context.usageError(
                QCoreApplication::translate("ParseCommand", "--max-bytes needs a positive number of bytes"));
    }

    const QString &file = files.first();
    const QString shownName = file == u"-" ? QStringLiteral("stdin") : file;
    const Result<QByteArray> bytes = InputFile::read(file, options.maxBytes);
    if (!bytes) {
        context.err << shownName << ": " << bytes.error().message << Qt::endl;
        return ExitCode::Usage;
    }
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes.value(), options);
    if (!parsed) {
        const Diagnostic &e = parsed.error();
        context.err << shownName << ':' << qMax<qint64>(e.line, 1) << ':' << qMax<qint64>(e.column, 1) << ": "
                    << e.message << Qt::endl;
        return ExitCode::Usage;
    }
    // Decoder warnings have no position: "FILE: warning: ..." rather than "FILE:0:0:".
    for (Diagnostic warning : parsed->warnings) {
        warning.message = QStringLiteral("warning: ") + warning.message;
        context.err << shownName << (warning.line > 0 ? ":" : ": ") << warning.toString() << Qt::endl;
    }

    context.writeJson(QJsonDocument(FeedJson::toJson(parsed->feed)));
    return ExitCode::Success;
}

} // namespace ParseCommand
