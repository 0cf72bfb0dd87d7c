// libFuzzer entry point: any bytes through FeedParser::parse, as a download
// would arrive. The first byte picks the charset the HTTP header would have
// named, so the decoders are fuzzed too; the rest is the document.
#include "feedparser.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

const char *const charsetHints[] = {
    "",
    "utf-8",
    "UTF-16",
    "utf-16le",
    "utf-16be",
    "utf-32",
    "iso-8859-1",
    "windows-1252",
    "us-ascii",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "shift_jis",
    "euc-jp",
    "koi8-r",
    "iso-8859-2",
    "windows-1251",
    "iso-8859-15",
    "utf-7",
    "x-unknown-label",
    "\"utf-8\"",
};

[[noreturn]] void broken(const char *promise, const QString &value)
{
    std::fprintf(stderr, "broken promise: %s: '%s'\n", promise, value.left(300).toUtf8().constData());
    std::abort();
}

[[noreturn]] void broken(const char *promise, const QUrl &url)
{
    broken(promise, url.isValid() ? url.toString() : QStringLiteral("invalid URL: ") + url.errorString());
}

bool absoluteOrEmpty(const QUrl &url)
{
    return url.isEmpty() || (url.isValid() && !url.isRelative());
}

// The facade promises these of every feed it returns; breaking one is a bug
// even when nothing crashes.
void checkPromises(const Feed &feed)
{
    if (!absoluteOrEmpty(feed.link))
        broken("feed link absolute or empty", feed.link);
    if (!absoluteOrEmpty(feed.image))
        broken("feed image absolute or empty", feed.image);
    for (const Item &item : feed.items) {
        if (item.id.isEmpty())
            broken("item id not empty", item.title);
        if (item.title.isEmpty())
            broken("item title not empty", item.id);
        if (!absoluteOrEmpty(item.link))
            broken("item link absolute or empty", item.link);
        for (const Enclosure &enclosure : item.enclosures) {
            if (enclosure.url.isEmpty() || !absoluteOrEmpty(enclosure.url))
                broken("enclosure url absolute", enclosure.url);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's own warnings about odd input are expected here and only slow the run.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    FeedParser::Options options;
    options.maxBytes = 1024 * 1024;
    options.charsetHint = QByteArray(charsetHints[data[0] % std::size(charsetHints)]);
    // An owned copy, as a download arrives.
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const Result<FeedParser::Parsed> parsed = FeedParser::parse(bytes, options);
    if (parsed.ok())
        checkPromises(parsed->feed);
    return 0;
}
