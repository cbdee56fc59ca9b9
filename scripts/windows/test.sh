#!/usr/bin/env bash
# Gavel for Windows, built and checked on Linux (docs/platforms.md); scripts/test.sh runs this
# after the Linux tests, with the Linux build already made:
#   1. `make windows`: the CLI and the app cross-built for x86_64-pc-windows-gnu (release, one
#      build), and the installer;
#   2. a fresh Wine prefix (wine-prefix.sh);
#   3. gavel-core's unit tests, cross-built, run under Wine (files, locks, backups, paths);
#   4. tests/it/windows.rs: gavel.exe under Wine beside the Linux build;
#   5. the installer: its contents, a silent install into another fresh prefix, the installed
#      gavel.exe, a silent uninstall that keeps the data (test-installer.sh).
# Each step prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/paths.sh

target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
version="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
export GAVEL_WINEPREFIX="$target/windows/wine-prefix"
# `cargo test --target x86_64-pc-windows-gnu` runs the test programs through Wine.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/scripts/windows/wine-run.sh"

timed() { # TITLE COMMAND…
  local title="$1" started=$SECONDS
  shift
  echo "==> Windows: $title"
  "$@"
  echo "    ($title: $((SECONDS - started)) s)"
}

timed "cross-building gavel.exe, gavel-desktop.exe and the installer (make windows)" make windows
timed "a fresh Wine prefix" scripts/windows/wine-prefix.sh "$GAVEL_WINEPREFIX"
timed "gavel-core's unit tests under Wine" \
  cargo test --release --target x86_64-pc-windows-gnu -p gavel-core --lib
timed "gavel.exe under Wine beside the Linux build (tests/it/windows.rs)" \
  cargo test -p gavel-tests --test it -- --ignored windows::
timed "the installer: contents, silent install and uninstall under Wine" \
  scripts/windows/test-installer.sh "$target/windows/Gavel-$version-setup.exe" "$version"
