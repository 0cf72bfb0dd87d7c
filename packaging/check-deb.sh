#!/usr/bin/env bash
# Builds Docket's .deb in BUILD_DIR with CPack and checks what it holds and
# declares. With DOCKET_CHECK_INSTALL=1 (CI, as root on Debian) it also
# installs the package with apt, runs it headless and removes it again;
# without it the machine's installed packages are never touched.
# Exit status: 0 passed, 1 failed, 2 bad usage, 77 skipped (not a Debian system).
set -euo pipefail

usage() { echo "usage: check-deb.sh BUILD_DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
build=$(cd "$1" 2>/dev/null && pwd) || usage
[ -f "$build/CPackConfig.cmake" ] || { echo "check-deb.sh: $build has no CPackConfig.cmake; configure it first" >&2; exit 2; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)

for tool in dpkg-deb dpkg-shlibdeps cpack; do
    command -v "$tool" >/dev/null || { echo "check-deb.sh: skipped, $tool is missing (Debian's dpkg-dev and cmake provide them)"; exit 77; }
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
expect_equal() { # WHAT ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1 is '$2', not '$3'"; fi
}

work=$(mktemp -d)
installed_here=0
cleanup() {
    if [ "$installed_here" -eq 1 ]; then
        apt-get remove -y -qq -o DPkg::Lock::Timeout=120 docket >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- build the package --------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
deb="$build/docket_${version}_${arch}.deb"
rm -f "$deb"
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; echo "FAIL: cpack could not build the package" >&2; exit 1; }
[ -f "$deb" ] || { cat "$work/cpack.log" >&2; echo "FAIL: cpack did not write $deb" >&2; exit 1; }
pass "built $(basename "$deb")"

# --- what it holds ------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expect_file() {
    if grep -qxF "$1" "$work/contents"; then pass "holds $1"; else fail "the package lacks $1"; fi
}
expect_file /usr/bin/docket
expect_file /usr/share/applications/org.docket.Docket.desktop
expect_file /usr/share/metainfo/org.docket.Docket.metainfo.xml
expect_file /usr/share/icons/hicolor/scalable/apps/org.docket.Docket.svg
for size in 16 24 32 48 64 128 256; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/org.docket.Docket.png"
done
expect_file /usr/share/man/man1/docket.1.gz
# Nothing of the build (tests, benchmarks, static libraries) may ride along.
unexpected=$(grep -v -e '/$' -e '^/usr/bin/docket$' -e '^/usr/share/applications/' -e '^/usr/share/metainfo/' \
    -e '^/usr/share/icons/hicolor/' -e '^/usr/share/man/man1/docket\.1\.gz$' "$work/contents" || true)
if [ -z "$unexpected" ]; then pass "holds nothing else"; else fail "the package holds unexpected files: $unexpected"; fi

# --- what it declares ---------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
expect_equal Package "$(field Package)" docket
expect_equal Version "$(field Version)" "$version"
expect_equal Architecture "$(field Architecture)" "$arch"
depends=$(field Depends)
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite; do
    if grep -qE "(^|, )$dependency( |,|$)" <<<"$depends"; then pass "depends on $dependency"; else fail "Depends lacks $dependency: $depends"; fi
done
# Every package named must come from Debian's archive, so `apt install` can
# resolve it on a clean machine. Needs apt's package lists (apt-get update).
if compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    read -ra names <<<"$(sed -e 's/([^)]*)//g' -e 's/[,|]/ /g' <<<"$depends $(field Recommends)")"
    for dependency in "${names[@]}"; do
        # madison lists only the archives, not what dpkg already has installed.
        if [ -n "$(apt-cache madison "$dependency" 2>/dev/null)" ]; then
            pass "$dependency is in the archive"
        else
            fail "$dependency, which the package names, is not in the archive apt knows"
        fi
    done
else
    echo "note: apt has no package lists (run apt-get update); dependency names not checked against the archive"
fi
for name in Maintainer Description; do
    if [ -n "$(field "$name")" ]; then pass "has a $name"; else fail "no $name field"; fi
done

# --- the files themselves -----------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/org.docket.Docket.png"
    [ -f "$png" ] || continue
    # A PNG's IHDR chunk gives width and height as big-endian words at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    expect_equal "icon ${size}x${size}" "$dims" "${size}x${size}"
done
if gzip -t "$root/usr/share/man/man1/docket.1.gz" 2>/dev/null; then pass "manual page decompresses"; else fail "manual page is not valid gzip"; fi
manual_version=$(gzip -dc "$root/usr/share/man/man1/docket.1.gz" | sed -n 's/^\.TH DOCKET 1 [^ ]* "Docket \([^"]*\)".*/\1/p')
expect_equal "manual page version" "$manual_version" "$version"
if grep -qF "<release version=\"$version\"" "$root/usr/share/metainfo/org.docket.Docket.metainfo.xml"; then
    pass "metainfo lists release $version"
else
    fail "metainfo has no <release version=\"$version\">"
fi
if command -v groff >/dev/null; then
    warnings=$(gzip -dc "$root/usr/share/man/man1/docket.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    if [ -z "$warnings" ]; then pass "groff renders the manual page without warnings"; else fail "groff warns: $warnings"; fi
fi
if command -v desktop-file-validate >/dev/null; then
    # Hints are advice (e.g. Network and Office both being main categories); errors fail.
    if out=$(desktop-file-validate --no-hints "$root/usr/share/applications/org.docket.Docket.desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
else
    echo "note: desktop-file-validate is not installed (desktop-file-utils); not validated"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net --explain "$root/usr/share/metainfo/org.docket.Docket.metainfo.xml" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $out"
    fi
else
    echo "note: appstreamcli is not installed (appstream); not validated"
fi
# The packaged (stripped) binary itself runs, headless.
if out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/docket" --version 2>&1) && grep -qF "$version" <<<"$out"; then
    pass "packaged docket --version: $out"
else
    fail "packaged docket --version printed '$out'"
fi

# --- installing it on the system (CI only) ------------------------------------
fixture="$source_dir/tests/data/feeds/juriscraper--opinions-ca10_example.xml"
if [ "${DOCKET_CHECK_INSTALL:-}" = 1 ]; then
    if [ "$(id -u)" -ne 0 ] || [ ! -f /etc/debian_version ]; then
        fail "DOCKET_CHECK_INSTALL=1 needs root on Debian to install the package"
    else
        was_installed=0
        dpkg-query -W -f='${Status}' docket 2>/dev/null | grep -q 'install ok installed' && was_installed=1
        apt_install() {
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt.log" 2>&1
        }
        # Recommends stay out so the check proves Depends alone are enough.
        if apt_install || { apt-get update -qq -o DPkg::Lock::Timeout=120 && apt_install; }; then
            [ "$was_installed" -eq 1 ] || installed_here=1
            pass "apt-get install $(basename "$deb")"
            home="$work/home"
            mkdir -p "$home"
            if out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" timeout 60 /usr/bin/docket --version 2>&1) \
                && grep -qF "$version" <<<"$out"; then
                pass "installed docket --version: $out"
            else
                fail "installed docket --version printed '$out'"
            fi
            if env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" timeout 60 /usr/bin/docket parse "$fixture" \
                >"$work/parse.json" 2>"$work/parse.err" && grep -q '"format": *"rss"' "$work/parse.json" \
                && grep -q '"items": *\[' "$work/parse.json"; then
                pass "installed docket parse $(basename "$fixture")"
            else
                fail "installed docket parse failed: $(head -c 500 "$work/parse.err")"
            fi
            # A cache of its own: opening it proves the SQLite driver the package depends on is there.
            if env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" timeout 60 /usr/bin/docket \
                --database "$work/cache.sqlite" feeds >"$work/feeds.out" 2>&1; then
                pass "installed docket feeds on a new cache"
            else
                fail "installed docket feeds failed: $(head -c 500 "$work/feeds.out")"
            fi
            if [ "$installed_here" -eq 1 ]; then
                if apt-get remove -y -qq -o DPkg::Lock::Timeout=120 docket >"$work/apt.log" 2>&1 && [ ! -e /usr/bin/docket ]; then
                    installed_here=0
                    pass "apt-get remove docket"
                else
                    fail "apt-get remove docket: $(tail -5 "$work/apt.log")"
                fi
            fi
        else
            fail "apt-get install could not install the package: $(tail -15 "$work/apt.log")"
        fi
    fi
else
    echo "note: DOCKET_CHECK_INSTALL is not 1; the package was not installed on this machine"
fi

if [ "$failures" -gt 0 ]; then
    echo "check-deb.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb.sh: all checks passed"
