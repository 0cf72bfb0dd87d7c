// Reads the feed and thread ids that commands take as arguments.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace IdArgument {

// A positive decimal id ("12"), or nothing for anything else ("12a", "-3",
// "0x1f", "").
std::optional<qint64> parse(const QString &text);

// Every argument as an id, duplicates dropped, in the order given; nothing
// when any argument is not an id (firstBad then names it), so a mistyped
// list changes nothing.
std::optional<QList<qint64>> parseAll(const QStringList &texts, QString *firstBad);

} // namespace IdArgument
