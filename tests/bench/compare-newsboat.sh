#!/bin/sh
# Whole-process poll: 500 feeds of 20 items served by nginx on loopback (four
# addresses, so that per-host limits apply as with real publishers), polled
# cold (empty cache) and warm (every feed answers 304) by `docket poll --all`
# and by newsboat (`newsboat -x reload`, 6 reload threads as Docket's 6
# fetches at once), N runs each. Prints median seconds and peak memory.
# Aims: docket faster than newsboat cold, at most 100 MB peak, and the warm
# poll parsing nothing (every feed "not modified").
#   tests/bench/compare-newsboat.sh BUILD_DIR [N]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [N]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
runs=${2:-5}
docket="$build/app/docket"
[ -x "$docket" ] || { echo "no docket executable at $docket (build the docket target)" >&2; exit 2; }
for tool in nginx newsboat python3; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
        { echo "$tool is missing (apt-get install nginx-light newsboat python3)" >&2; exit 2; }
done

exec python3 - "$docket" "$runs" <<'PY'
import os, shutil, socket, statistics, subprocess, sys, tempfile, time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

docket, runs = sys.argv[1], int(sys.argv[2])
FEEDS, ITEMS = 500, 20
HOSTS = ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"]
nginx = shutil.which("nginx") or "/usr/sbin/nginx"

work = tempfile.mkdtemp(prefix="docket-poll-bench-")
os.chmod(work, 0o755)  # nginx workers run as nobody
www = os.path.join(work, "www")
os.mkdir(www)

# Feeds dated within the last days, so that the 21-day rule keeps them all.
now = datetime.now(timezone.utc)
paragraph = ("The court held that the agency exceeded its statutory authority when it issued the rule "
             "without notice and comment; the dissent would have deferred to the agency's reading. ")
for f in range(FEEDS):
    items = []
    for i in range(ITEMS):
        when = format_datetime(now - timedelta(hours=f % 48 + i * 3))
        items.append("<item><title>Opinion %d-%d: In re Matter %d</title><link>https://court%d.example/op/%d</link>"
                     "<guid>https://court%d.example/op/%d</guid><pubDate>%s</pubDate><author>clerk@court%d.example"
                     "</author><description><![CDATA[<p>%s</p><p>%s</p>]]></description></item>"
                     % (f, i, i, f, i, f, i, when, f, paragraph * 3, paragraph * 2))
    with open(os.path.join(www, "feed-%d.xml" % f), "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Court %d</title>'
                  "<link>https://court%d.example/</link><description>Opinions</description>%s</channel></rss>\n"
                  % (f, f, "".join(items)))
    os.chmod(os.path.join(www, "feed-%d.xml" % f), 0o644)
os.chmod(www, 0o755)

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
urls = ["http://%s:%d/feed-%d.xml" % (HOSTS[f % len(HOSTS)], port, f) for f in range(FEEDS)]

conf = os.path.join(work, "nginx.conf")
with open(conf, "w") as out:
    out.write("""worker_processes 2;
pid %(work)s/nginx.pid;
error_log %(work)s/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/rss+xml xml; }
    default_type application/octet-stream;
    etag on;
    client_body_temp_path %(work)s/body; proxy_temp_path %(work)s/proxy;
    fastcgi_temp_path %(work)s/fastcgi; uwsgi_temp_path %(work)s/uwsgi; scgi_temp_path %(work)s/scgi;
    server { %(listen)s root %(www)s; }
}
""" % {"work": work, "www": www, "listen": " ".join("listen %s:%d;" % (h, port) for h in HOSTS)})
subprocess.run([nginx, "-c", conf, "-p", work], check=True)

def measured(command, environment=None, allowed=(0,)):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    out = child.stdout.read()
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in allowed:
        sys.exit("failed (exit %d): %s\n%s" % (code, " ".join(command), err.decode(errors="replace")[-2000:]))
    return wall, usage.ru_maxrss / 1024.0, out.decode(errors="replace")

try:
    opml = os.path.join(work, "feeds.opml")
    with open(opml, "w") as out:
        out.write('<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>%s</body></opml>'
                  % "".join('<outline type="rss" text="Court %d" xmlUrl="%s"/>' % (f, u) for f, u in enumerate(urls)))
    with open(os.path.join(work, "urls"), "w") as out:
        out.write("\n".join(urls) + "\n")
    with open(os.path.join(work, "newsboat.conf"), "w") as out:
        out.write("reload-threads 6\nshow-read-feeds yes\n")

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work)
    results = {k: [] for k in ("docket cold", "docket warm", "newsboat cold", "newsboat warm")}
    for r in range(runs):
        database = os.path.join(work, "docket-%d.sqlite" % r)
        measured([docket, "--database", database, "import-opml", opml], environment)
        wall, peak, out = measured([docket, "--database", database, "poll", "--all"], environment)
        summary = out.strip().splitlines()[-1]
        if not summary.startswith("polled %d feeds: %d ok" % (FEEDS, FEEDS)) or "%d new threads" % (FEEDS * ITEMS) not in summary:
            sys.exit("cold poll did not store everything: " + summary)
        results["docket cold"].append((wall, peak))
        wall, peak, out = measured([docket, "--database", database, "poll", "--all"], environment)
        summary = out.strip().splitlines()[-1]
        if not summary.startswith("polled %d feeds: 0 ok, %d not modified" % (FEEDS, FEEDS)):
            sys.exit("warm poll parsed something: " + summary)
        results["docket warm"].append((wall, peak))

        cache = os.path.join(work, "newsboat-%d.db" % r)
        newsboat = ["newsboat", "-x", "reload", "-u", os.path.join(work, "urls"), "-c", cache,
                    "-C", os.path.join(work, "newsboat.conf")]
        results["newsboat cold"].append(measured(newsboat, environment)[:2])
        results["newsboat warm"].append(measured(newsboat, environment)[:2])

    print("compare-newsboat: %d feeds x %d items from nginx on loopback, median of %d runs" % (FEEDS, ITEMS, runs))
    print("%-14s %10s %14s" % ("", "seconds", "peak MB"))
    medians = {}
    for name, values in results.items():
        medians[name] = (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
        print("%-14s %10.2f %14.1f" % (name, medians[name][0], medians[name][1]))
    print("newsboat / docket, cold: %.2fx   warm: %.2fx"
          % (medians["newsboat cold"][0] / medians["docket cold"][0],
             medians["newsboat warm"][0] / medians["docket warm"][0]))
    print("aims: docket faster than newsboat cold; peak <= 100 MB; warm poll parses nothing (checked)")
finally:
    subprocess.run([nginx, "-c", conf, "-p", work, "-s", "stop"], stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    shutil.rmtree(work, ignore_errors=True)
PY
