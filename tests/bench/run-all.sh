#!/bin/sh
# Runs every benchmark: each bench_* executable built in BUILD_DIR/tests/bench,
# then every tests/bench/compare-*.sh, printing their figures.
#   tests/bench/run-all.sh BUILD_DIR
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
status=0

found=0
for bench in "$build"/tests/bench/bench_*; do
    if [ ! -f "$bench" ] || [ ! -x "$bench" ]; then continue; fi
    found=1
    echo "== $(basename "$bench")"
    "$bench" || status=1
    echo
done
[ "$found" = 1 ] || { echo "no bench_* executables in $build/tests/bench (build them first)" >&2; status=1; }

for script in "$here"/compare-*.sh; do
    [ -f "$script" ] || continue
    echo "== $(basename "$script")"
    sh "$script" "$build" || status=1
    echo
done
exit $status
