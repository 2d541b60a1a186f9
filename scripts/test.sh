#!/usr/bin/env bash
# `npm test`: every test, unit and browser. Installs Chromium and a CJK font first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure_browser.sh
[ -d node_modules/vitest ] || npm ci --no-audit --no-fund
npx vitest run "$@"
