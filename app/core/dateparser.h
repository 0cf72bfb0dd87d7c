// Reads the dates real feeds write (RFC 822 and its sloppy cousins, RFC 3339).
#pragma once

#include <QDateTime>
#include <QStringView>

namespace DateParser {

// The instant the text names, in UTC to the second; an invalid QDateTime when
// the text cannot be read. Never guesses "now".
//
// Reads RFC 822/1123/2822, RFC 850, asctime, RFC 3339 / ISO 8601 / W3C-DTF
// (extended and basic), and the loose forms feeds use ("2022-09-07 16:00:00",
// "January 1, 2024 10:00 AM", "2024/1/2 10:00"). A missing zone means UTC; an
// unknown zone abbreviation, and any military letter but Z, means +0000 as
// RFC 2822 section 4.3 says. Refused: all-digit dates that do not start with
// the year ("01/02/2024" could be either order), fields out of range, years
// outside 1900-9999, and text over 200 characters once white space is trimmed.
QDateTime parse(QStringView text);

} // namespace DateParser
