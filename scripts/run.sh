#!/usr/bin/env bash
# Sets up everything Gavel needs on this machine, builds the UI and the desktop app, and starts it.
# Extra arguments go to the app's environment as usual, e.g. GAVEL_DB=/tmp/try.sqlite3 scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/paths.sh
echo "==> Building the UI"
npm --prefix ui run build
echo "==> Building and starting Gavel"
exec cargo run -p gavel-desktop
