#!/usr/bin/env bash
# `npm start`: installs the packages on a fresh clone, then serves the app on the built-in demo.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/vite ] || npm ci --no-audit --no-fund
exec npx vite --open=false "$@"
