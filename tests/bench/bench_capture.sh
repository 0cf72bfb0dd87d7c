#!/bin/sh
# Full-article capture: one feed of 100 summary-only items whose links point
# at 100 article pages (each with two images) served by nginx on loopback
# (four addresses, so per-host limits apply as with real publishers). Times
# `docket poll --all` on a fresh cache, which stores the 100 threads and then
# captures their pages and images, against the same poll of a feed carrying
# the whole articles (nothing captured); N runs, median seconds and peak
# memory, and the difference per page. Checks that every page was captured.
#   tests/bench/bench_capture.sh BUILD_DIR [N]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [N]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
runs=${2:-5}
docket="$build/app/docket"
data=$(cd "$(dirname "$0")/../data/capture" && pwd)
[ -x "$docket" ] || { echo "no docket executable at $docket (build the docket target)" >&2; exit 2; }
for tool in nginx python3; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
        { echo "$tool is missing (apt-get install nginx-light python3)" >&2; exit 2; }
done

exec python3 - "$docket" "$runs" "$data" <<'PY'
import os, shutil, socket, statistics, subprocess, sys, tempfile, time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

docket, runs, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
PAGES = 100
HOSTS = ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"]
nginx = shutil.which("nginx") or "/usr/sbin/nginx"

work = tempfile.mkdtemp(prefix="docket-capture-bench-")
os.chmod(work, 0o755)  # nginx workers run as nobody
www = os.path.join(work, "www")
os.makedirs(os.path.join(www, "images"))

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]

page = open(os.path.join(data, "article_with_images.html"), encoding="utf-8").read()
pixel = open(os.path.join(data, "pixel.png"), "rb").read()
now = datetime.now(timezone.utc)
items = []
for n in range(PAGES):
    host = HOSTS[n % len(HOSTS)]
    with open(os.path.join(www, "article-%d.html" % n), "w", encoding="utf-8") as out:
        out.write(page.replace("IMAGE_HOST", "%s:%d" % (host, port))
                      .replace("arbitration clause</h1>", "arbitration clause, part %d</h1>" % n))
    link = "http://%s:%d/article-%d.html" % (host, port, n)
    items.append("<item><title>Ruling %d</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate>"
                 "<description>The Court of Appeals reversed an order compelling arbitration.</description></item>"
                 % (n, link, link, format_datetime(now - timedelta(minutes=n))))
for name in ("courthouse.png",):
    with open(os.path.join(www, "images", name), "wb") as out:
        out.write(pixel)
with open(os.path.join(www, "judge.jpg"), "wb") as out:
    out.write(pixel)
# The same items with whole articles in the feed: nothing is captured, so the
# difference between the two polls is what capture costs.
whole = "<p>%s</p>" % ("The Court of Appeals held that the arbitration clause looked forward only. " * 12)
for name, body in (("feed.xml", items), ("feed-whole.xml", [i.replace(
        "<description>The Court of Appeals reversed an order compelling arbitration.</description>",
        "<description><![CDATA[%s]]></description>" % whole) for i in items])):
    with open(os.path.join(www, name), "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Courthouse Ledger'
                  "</title><link>http://127.0.0.1:%d/</link>%s</channel></rss>\n" % (port, "".join(body)))
for root, dirs, files in os.walk(www):
    for name in dirs + files:
        os.chmod(os.path.join(root, name), 0o755 if name in dirs else 0o644)
os.chmod(www, 0o755)

conf = os.path.join(work, "nginx.conf")
with open(conf, "w") as out:
    out.write("""worker_processes 2;
pid %(work)s/nginx.pid;
error_log %(work)s/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/rss+xml xml; text/html html; image/png png; image/jpeg jpg; }
    default_type application/octet-stream;
    charset utf-8;
    client_body_temp_path %(work)s/body; proxy_temp_path %(work)s/proxy;
    fastcgi_temp_path %(work)s/fastcgi; uwsgi_temp_path %(work)s/uwsgi; scgi_temp_path %(work)s/scgi;
    server { %(listen)s root %(www)s; }
}
""" % {"work": work, "www": www, "listen": " ".join("listen %s:%d;" % (h, port) for h in HOSTS)})
subprocess.run([nginx, "-c", conf, "-p", work], check=True)

def measured(command, environment):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    out = child.stdout.read()
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s%s" % (" ".join(command), out.decode(errors="replace")[-2000:],
                                       err.decode(errors="replace")[-2000:]))
    return wall, usage.ru_maxrss / 1024.0, out.decode(errors="replace")

try:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work)
    results = {"capture": [], "whole": []}
    for r in range(runs):
        for kind, feed in (("capture", "feed.xml"), ("whole", "feed-whole.xml")):
            opml = os.path.join(work, "%s-%d.opml" % (kind, r))
            with open(opml, "w") as out:
                out.write('<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>'
                          '<outline type="rss" text="Courthouse Ledger" xmlUrl="http://127.0.0.1:%d/%s"/>'
                          "</body></opml>" % (port, feed))
            database = os.path.join(work, "docket-%s-%d.sqlite" % (kind, r))
            measured([docket, "--database", database, "import-opml", opml], environment)
            wall, peak, out = measured([docket, "--database", database, "poll", "--all"], environment)
            summary = out.strip().splitlines()[-1]
            if kind == "capture" and not summary.endswith("; %d articles captured, 0 failed" % PAGES):
                sys.exit("not every page was captured: " + summary)
            if kind == "whole" and "captured" in summary:
                sys.exit("a feed of whole articles had pages captured: " + summary)
            results[kind].append((wall, peak))
    print("bench_capture: 1 feed, %d article pages (2 images each) from nginx on loopback, median of %d runs"
          % (PAGES, runs))
    for kind, label in (("capture", "poll capturing every page"), ("whole", "poll of whole articles")):
        walls = [v[0] for v in results[kind]]
        print("%-26s %6.2f s, peak %5.1f MB; runs: %s"
              % (label, statistics.median(walls), statistics.median(v[1] for v in results[kind]),
                 " ".join("%.2f" % w for w in walls)))
    cost = statistics.median(v[0] for v in results["capture"]) - statistics.median(v[0] for v in results["whole"])
    print("capture: %.2f s for %d pages, %.1f ms per page" % (cost, PAGES, 1000 * cost / PAGES))
finally:
    subprocess.run([nginx, "-c", conf, "-p", work, "-s", "stop"], stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    shutil.rmtree(work, ignore_errors=True)
PY
