#!/bin/sh
# Whole-process parse time: `docket parse FILE` against Python's feedparser
# (Debian's python3-feedparser) on the same large real feeds, N runs each;
# prints the median seconds per file and the ratio (aim: docket >= 20x faster).
#   tests/bench/compare-feedparser.sh BUILD_DIR [N]
# PYTHON picks the interpreter that has feedparser (default /usr/bin/python3).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [N]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
runs=${2:-10}
python=${PYTHON:-/usr/bin/python3}
feeds="$(cd "$(dirname "$0")/../data/feeds" && pwd)"
docket="$build/app/docket"

[ -x "$docket" ] || { echo "no docket executable at $docket (build the docket target)" >&2; exit 2; }
"$python" -c 'import feedparser' 2>/dev/null ||
    { echo "$python cannot import feedparser (apt-get install python3-feedparser)" >&2; exit 2; }

# Timing in Python: the shell has no portable sub-second clock.
exec "$python" - "$docket" "$python" "$feeds" "$runs" <<'PY'
import os, statistics, subprocess, sys, time

docket, python, feeds, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = ["netnewswire--yakubin.atom", "netnewswire--russcox.atom", "netnewswire--dcrainmaker.xml",
         "netnewswire--atp.rss", "netnewswire--rose.json", "juriscraper--pacer-sdny_1.xml",
         "netnewswire--cloudblog.rss", "netnewswire--curt.json"]
feedparser = [python, "-c", "import feedparser,sys; feedparser.parse(sys.argv[1])"]
environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")

def median_seconds(command):
    """Median wall and CPU (user + system) seconds of running command."""
    wall, cpu = [], []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
        _, status, usage = os.wait4(child.pid, 0)
        wall.append(time.perf_counter() - start)
        cpu.append(usage.ru_utime + usage.ru_stime)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit("failed (exit %d): %s" % (child.returncode, " ".join(command)))
    return statistics.median(wall), statistics.median(cpu)

print("compare-feedparser: whole process, median of %d runs, seconds (wall; CPU = user + system)" % runs)
print("%-34s %8s %11s %7s %10s %10s %7s" % ("file", "docket", "feedparser", "ratio", "docket CPU", "fp CPU", "ratio"))
totals = [0.0, 0.0, 0.0, 0.0]
for name in files:
    path = os.path.join(feeds, name)
    ours, ours_cpu = median_seconds([docket, "parse", path])
    theirs, theirs_cpu = median_seconds(feedparser + [path])
    note = ""
    if name.endswith(".json"):
        note = "  (feedparser does not read JSON Feed: not counted)"
    else:
        for i, value in enumerate((ours, theirs, ours_cpu, theirs_cpu)):
            totals[i] += value
    print("%-34s %8.4f %11.4f %6.1fx %10.4f %10.4f %6.1fx%s"
          % (name, ours, theirs, theirs / ours, ours_cpu, theirs_cpu, theirs_cpu / max(ours_cpu, 1e-6), note))
if totals[0] > 0:
    overall = totals[1] / totals[0]
    print("overall (XML feeds): docket %.3f s, feedparser %.3f s: %.1fx faster by wall time, %.1fx by CPU time"
          " (aim >= 20x: %s)" % (totals[0], totals[1], overall, totals[3] / max(totals[2], 1e-6),
                                 "met" if overall >= 20 else "NOT met"))
PY
