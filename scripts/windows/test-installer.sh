#!/usr/bin/env bash
# Checks Gavel's Windows installer (`make windows`) the way an IT department would use it, under
# Wine in a fresh prefix (a new user's profile):
#   - 7-Zip lists exactly the files it should hold (and no Wine stand-in);
#   - `setup.exe /S` installs silently, per user, without administrator rights: the program in
#     %LOCALAPPDATA%\Programs\Gavel, gavel.exe in its bin\ folder on the user's PATH, the start-menu
#     entry, the entry in Settings > Apps;
#   - the installed gavel.exe runs, by its path and by its name through PATH, and makes its
#     database in %APPDATA%\dk.gavel.app;
#   - `uninstall.exe /S` removes the program, the entry, the shortcut and the PATH entry, and keeps
#     the data.
#
#   scripts/windows/test-installer.sh target/windows/Gavel-0.1.0-setup.exe 0.1.0
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
setup="$(realpath "${1:?usage: test-installer.sh SETUP.exe VERSION}")"
version="${2:?usage: test-installer.sh SETUP.exe VERSION}"
fail() { echo "installer test: $*" >&2; exit 1; }

echo "--- what the installer holds"
# 7-Zip reads NSIS installers: the files it installs, without NSIS's own plug-ins ($PLUGINSDIR)
# and the archive's own name. No Wine stand-in may be among them.
listing="$(7z l -slt "$setup" | sed -n 's/^Path = //p' | tail -n +2 | grep -v '^\$PLUGINSDIR' | sort)"
expected="$(printf '%s\n' LICENSE-fonts-OFL.txt WebView2Loader.dll bin/gavel.exe gavel-desktop.exe uninstall.exe | sort)"
[[ "$listing" == "$expected" ]] || fail "the installer holds
$listing
instead of
$expected"

prefix="$(dirname "$setup")/install-prefix"
"$here/wine-prefix.sh" "$prefix"
export GAVEL_WINEPREFIX="$prefix"
run() { "$here/wine-run.sh" "$@"; }
user="$(whoami)"
profile="$prefix/drive_c/users/$user"
program="$profile/AppData/Local/Programs/Gavel"
install_folder='C:\users\'"$user"'\AppData\Local\Programs\Gavel'

echo "--- silent install"
run "$setup" /S || fail "setup.exe /S exited with $?"
for file in gavel-desktop.exe WebView2Loader.dll bin/gavel.exe uninstall.exe; do
  [[ -f "$program/$file" ]] || fail "$program/$file was not installed"
done
[[ -f "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Gavel.lnk" ]] ||
  fail "no start-menu entry"
run reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\dk.gavel.app' /v DisplayVersion |
  grep -q "$version" || fail "no entry under Settings > Apps with version $version"
run reg query 'HKCU\Environment' /v Path | grep -qiF "$install_folder\\bin" ||
  fail "the bin folder is not on the user's PATH"

echo "--- the installed gavel.exe"
[[ "$(run "$program/bin/gavel.exe" --version | tr -d '\r')" == "gavel $version" ]] ||
  fail "the installed gavel.exe does not say gavel $version"
# A new program started from the registry's environment finds gavel by name.
[[ "$(run cmd /c gavel --version | tr -d '\r')" == "gavel $version" ]] ||
  fail "gavel is not found through PATH"
run "$program/bin/gavel.exe" demo >/dev/null
data="$profile/AppData/Roaming/dk.gavel.app/gavel.sqlite3"
[[ -f "$data" ]] || fail "the database is not in %APPDATA%\\dk.gavel.app"

echo "--- silent uninstall"
# _?= runs the uninstaller in place, so that this waits for it to finish.
run "$program/uninstall.exe" /S "_?=$install_folder" || fail "uninstall.exe /S exited with $?"
for file in gavel-desktop.exe WebView2Loader.dll bin/gavel.exe; do
  [[ ! -e "$program/$file" ]] || fail "$file is left after the uninstall"
done
[[ ! -e "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Gavel.lnk" ]] ||
  fail "the start-menu entry is left"
if run reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\dk.gavel.app' >/dev/null 2>&1; then
  fail "the entry under Settings > Apps is left"
fi
if run reg query 'HKCU\Environment' /v Path 2>/dev/null | grep -qiF "$install_folder\\bin"; then
  fail "the bin folder is left on PATH"
fi
[[ -f "$data" ]] || fail "the uninstaller removed the data"
# The prefix is kept when a check fails, to look into; a passed run needs it no more, once Wine
# has let go of it.
WINEPREFIX="$prefix" wineserver --wait
rm -rf "$prefix"
echo "installer test: passed"
