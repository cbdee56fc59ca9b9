#!/usr/bin/env bash
# Makes a fresh 64-bit Wine prefix at PREFIX in which Gavel's .exe files run: `wineboot --init`
# without the Mono and Gecko installers (they would download, and Gavel needs neither), then the
# bcryptprimitives.dll stand-in (bcryptprimitives.c: Rust programs need it, Wine 8 lacks it) built
# with mingw-w64 and copied into system32. Used by the Windows tests (scripts/windows/test.sh).
#
#   scripts/windows/wine-prefix.sh PREFIX
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${1:?usage: wine-prefix.sh PREFIX}"

export WINEPREFIX="$prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
rm -rf "$prefix"
mkdir -p "$prefix"
/usr/lib/wine/wine64 wineboot --init >/dev/null 2>&1
# wineboot returns before wineserver has written the registry: wait for it to finish.
wineserver --wait

# Wine links Documents, Desktop and the like to the Linux home folder; a test prefix gets folders
# of its own, so that nothing a test exports lands in the home folder.
for link in "$prefix"/drive_c/users/*/*; do
  if [[ -L "$link" ]]; then
    rm "$link"
    mkdir "$link"
  fi
done

x86_64-w64-mingw32-gcc -O2 -shared -o "$prefix/drive_c/windows/system32/bcryptprimitives.dll" \
  "$here/bcryptprimitives.c" "$here/bcryptprimitives.def" -ladvapi32
