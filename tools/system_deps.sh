#!/usr/bin/env bash
# Debian packages bodymap needs beyond Python: Qt's runtime libraries and fonts (to run), and for
# the tests a PostgreSQL server, poppler-utils (reading PDFs back) and Xvfb/xdotool.
# Usage: tools/system_deps.sh run|test   -- installs what is missing when root, else names it.
set -eu
run_pkgs="fonts-dejavu-core libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
test_pkgs="postgresql poppler-utils xvfb xdotool cups printer-driver-cups-pdf"
want="$run_pkgs"
[ "${1:-run}" = test ] && want="$run_pkgs $test_pkgs"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check
missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "bodymap needs these Debian packages; install them with:" >&2
  echo "  sudo apt-get install$missing" >&2
  exit 1
fi
