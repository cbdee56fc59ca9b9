#!/usr/bin/env bash
# The long mode of Gavel's reliability tests (docs/RELIABILITY.md): the same tests CI runs in
# their short mode, with more kills, plus every fuzz target for a bounded time.
#
#   scripts/reliability.sh [FUZZ_SECONDS]     (default 300 s per fuzz target; 0 skips fuzzing)
#
# GAVEL_CRASH_KILLS (default here 1000; CI's `cargo test` does 200) and GAVEL_CRASH_SEED choose the
# crash run. The disk-full tests mount a tmpfs: run as root, or where user namespaces are allowed.
# Takes about 45 minutes with the default fuzzing on a 2-core machine.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz_seconds="${1:-300}"
cd "$root"

cargo build -p gavel-cli
echo "== crash safety: ${GAVEL_CRASH_KILLS:-1000} SIGKILLs"
GAVEL_CRASH_KILLS="${GAVEL_CRASH_KILLS:-1000}" \
  cargo test -p gavel-tests --test it crash:: -- --nocapture
echo "== disk full, limits, secrets"
cargo test -p gavel-tests --test it disk_full:: -- --nocapture
cargo test -p gavel-tests --test it limits::
cargo test -p gavel-tests --test it secrets::
if [ "$fuzz_seconds" -gt 0 ]; then
  echo "== fuzzing, ${fuzz_seconds}s per target"
  scripts/fuzz.sh "$fuzz_seconds"
fi
echo "reliability.sh: every check passed"
