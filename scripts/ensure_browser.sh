#!/usr/bin/env bash
# Installs what the tests need when it is missing: Debian's Chromium and a CJK font (browser
# tests), and GDAL (export files are re-read with ogrinfo, an independent reader).
# Uses apt-get (works as root on the project's machines); does nothing when all are present.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chrome" ] || need+=(chromium)
# No `fc-list | grep -q` here: with pipefail, grep closing the pipe early fails the pipeline.
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || need+=(fonts-wqy-zenhei)
command -v ogrinfo >/dev/null || need+=(gdal-bin)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "Browser tests need: ${need[*]}. Install them (apt-get install ${need[*]}) or set CHROME_PATH." >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
echo "Installing for the browser tests: ${need[*]}" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
