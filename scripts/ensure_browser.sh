#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium and a CJK font.
# Uses apt-get (works as root on the project's machines); does nothing when both are present.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chrome" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk' || need+=(fonts-wqy-zenhei)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "Browser tests need: ${need[*]}. Install them (apt-get install ${need[*]}) or set CHROME_PATH." >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
echo "Installing for the browser tests: ${need[*]}" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
