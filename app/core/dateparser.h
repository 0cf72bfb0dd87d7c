// Reads the dates real feeds write (RFC 822 and its sloppy cousins, RFC 3339).
#pragma once

#include <QDateTime>
#include <QStringView>

namespace DateParser {

// The instant the text names, in UTC to the second; an invalid QDateTime when
// the text cannot be read. Never guesses "now".
QDateTime parse(QStringView text);

} // namespace DateParser
