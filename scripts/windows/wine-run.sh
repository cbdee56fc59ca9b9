#!/usr/bin/env bash
# Runs a Windows program under Wine in the prefix $GAVEL_WINEPREFIX (made by wine-prefix.sh; the
# default is target/windows/wine-prefix), quietly. Cargo uses it as the runner of the
# x86_64-pc-windows-gnu target, so `cargo test --target x86_64-pc-windows-gnu` runs the tests
# under Wine (scripts/windows/test.sh sets CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER).
#
#   scripts/windows/wine-run.sh PROGRAM.exe [ARGUMENTS…]
set -euo pipefail
repository="$(cd "$(dirname "$0")/../.." && pwd)"
export WINEPREFIX="${GAVEL_WINEPREFIX:-$repository/target/windows/wine-prefix}"
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
exec /usr/lib/wine/wine64 "$@"
