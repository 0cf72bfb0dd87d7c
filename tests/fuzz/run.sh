#!/bin/sh
# Builds the fuzz targets with the "fuzz" preset and fuzzes FeedParser::parse.
#   tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# The corpus grows in build/fuzz/corpus/feedparser across runs, seeded from the
# fixtures in tests/data; crashes, leaks and slow units land in
# build/fuzz/artifacts/ (reproduce one with: build/fuzz/tests/fuzz/fuzz_feedparser FILE).
set -eu

seconds=${1:-60}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
cd "$root"

# The fuzz targets live in the test tree, which the preset configures.
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build "$build" --target fuzz_feedparser -j"${JOBS:-2}"

seeds="$build/seeds/feedparser"
corpus="$build/corpus/feedparser"
artifacts="$build/artifacts/"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"
# Byte 0 of each input picks the charset hint (0: none); encoding fixtures are
# also seeded with a few hints, so the decoders see labelled input.
for folder in feeds xml json encoding; do
    [ -d "tests/data/$folder" ] || continue
    for file in "tests/data/$folder"/*; do
        [ -f "$file" ] || continue
        case "$file" in *.md) continue ;; esac
        name="$folder-$(basename "$file")"
        { printf '\000'; cat "$file"; } >"$seeds/$name"
        if [ "$folder" = encoding ]; then
            { printf '\001'; cat "$file"; } >"$seeds/$name.utf-8"
            { printf '\006'; cat "$file"; } >"$seeds/$name.iso-8859-1"
            { printf '\013'; cat "$file"; } >"$seeds/$name.gb18030"
        fi
    done
done

exec "$build/tests/fuzz/fuzz_feedparser" "$corpus" "$seeds" \
    -dict="$root/tests/fuzz/feeds.dict" \
    -max_total_time="$seconds" \
    -max_len="${MAX_LEN:-131072}" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts" \
    -print_final_stats=1 \
    "$@"
