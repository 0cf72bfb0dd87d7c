#!/bin/sh
# Refreshes translations/docket_*.ts from every string marked with tr() or
# QCoreApplication::translate() under app/: new strings arrive unfinished,
# strings no longer in the code are dropped. docket_en.ts holds only the
# English plural forms ("%n thread(s)" as "1 thread", "2 threads"). Then
# translate the unfinished entries (Qt Linguist:
# /usr/lib/qt6/bin/linguist translations/docket_de.ts) and run
# tst_translations, which fails while any entry is unfinished or missing.
# LUPDATE=/path/to/lupdate picks another Qt 6 lupdate (Qt 5's would not do).
set -eu
cd "$(dirname "$0")/.."
if [ -z "${LUPDATE:-}" ]; then
    bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    LUPDATE="$bins/lupdate"
fi
options="-no-obsolete -locations none -extensions cpp,h"
"$LUPDATE" $options app -ts translations/docket_de.ts translations/docket_es.ts \
    translations/docket_fa.ts translations/docket_fr.ts "$@"
"$LUPDATE" $options -pluralonly app -ts translations/docket_en.ts "$@"
