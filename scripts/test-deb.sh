#!/usr/bin/env bash
# The .deb install test: bundles a .deb with the Tauri bundler from the debug binaries that
# `cargo build --workspace` already made (no second, release build in CI), installs it with apt,
# uses the installed files as a chair would — `gavel --version`, the demo, signed minutes as a PDF,
# the desktop app's first start — checks the menu entry and the icons, and removes the package.
#
# scripts/test.sh calls this after the cargo tests. Run alone: `cargo build --workspace` first.
# The package a chair installs is the release one, `make deb`; it is bundled from the same
# tauri.conf.json, so it differs from this one only in the binaries' build profile.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

sudo_if_needed=()
[[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo)

fail() {
  echo "test-deb: $*" >&2
  exit 1
}

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[[ -n "$version" ]] || fail "no workspace version in Cargo.toml"
for binary in target/debug/gavel target/debug/gavel-desktop; do
  [[ -x "$binary" ]] || fail "$binary is missing: run \`cargo build --workspace\` first"
done
# On a developer's machine, never replace (and then remove) a Gavel someone installed; CI's
# machine has nothing to keep.
if [[ -z "${CI:-}" ]] && dpkg-query -W -f='${Status}' gavel 2>/dev/null | grep -q "install ok installed"; then
  fail "a gavel package is already installed here; this test would replace and then remove it. Remove it first: apt-get remove gavel"
fi

echo "==> Bundling a .deb from the debug binaries (tauri bundle --debug)"
# The release package takes /usr/bin/gavel from target/release; this one from target/debug.
# --no-binary-patching leaves target/debug/gavel-desktop as cargo built it (the patch only marks
# the bundle type for Tauri's updater, which Gavel does not use).
rm -rf target/debug/bundle/deb
ui/node_modules/.bin/tauri bundle --debug --bundles deb --ci --no-binary-patching \
  --config '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/gavel":"../target/debug/gavel"}}}}}'
deb=$(ls target/debug/bundle/deb/*.deb)
bundled=$SECONDS
echo "    $deb ($(du -m "$deb" | cut -f1) MB) in $((bundled - started)) s"

[[ "$(dpkg-deb -f "$deb" Package)" == gavel ]] || fail "the package is not named gavel"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "the package's version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libwebkit2gtk-4.1-0 libgtk-3-0; do
  [[ "$depends" == *"$needed"* ]] || fail "Depends ($depends) lacks $needed"
done

work=$(mktemp -d)
remove_package() {
  if dpkg-query -W -f='${Status}' gavel 2>/dev/null | grep -q "install ok installed"; then
    "${sudo_if_needed[@]}" apt-get remove -y -qq gavel >/dev/null
  fi
  rm -rf "$work"
}
trap remove_package EXIT

echo "==> Installing it with apt-get"
DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null

echo "==> Using the installed files"
installed_version=$(/usr/bin/gavel --version)
[[ "$installed_version" == "gavel $version" ]] || fail "/usr/bin/gavel --version printed \"$installed_version\", not \"gavel $version\""
echo "    /usr/bin/gavel --version: $installed_version"

# A chair's home of her own: the installed programs find nothing of the developer's.
export HOME="$work/home"
mkdir -p "$HOME"
db="$work/demo.sqlite3"
(cd "$work" && /usr/bin/gavel --db "$db" demo)
september=$(/usr/bin/gavel --db "$db" meeting list | awk '/september 2026/ { print $1 }')
[[ -n "$september" ]] || fail "the demo has no September meeting"
printf 'installed-test\n' >"$work/password.txt"
/usr/bin/gavel --db "$db" cert create --name "Mette Kjærgaard Holm" --org "Aarhus Kommune" \
  --out "$work/chair.p12" --password-file "$work/password.txt" >/dev/null
/usr/bin/gavel --db "$db" minutes export "$september" --out "$work/referat.pdf" --lang da \
  --sign "$work/chair.p12" --password-file "$work/password.txt"
[[ -s "$work/referat.pdf" ]] || fail "no minutes PDF was written"
pages=$(pdfinfo "$work/referat.pdf" | awk '/^Pages:/ { print $2 }')
[[ "$pages" -ge 1 ]] || fail "pdfinfo cannot read the minutes"
pdfsig "$work/referat.pdf" | grep -q "Signature Validation: Signature is Valid" \
  || fail "pdfsig does not find a valid signature: $(pdfsig "$work/referat.pdf" 2>&1)"
/usr/bin/gavel --db "$db" minutes verify "$work/referat.pdf" >/dev/null
echo "    demo minutes: $pages pages, signature valid (pdfsig, gavel minutes verify)"

echo "==> Checking the menu entry and the icons"
desktop_file=/usr/share/applications/Gavel.desktop
[[ -f "$desktop_file" ]] || fail "$desktop_file is not installed"
desktop-file-validate "$desktop_file"
for entry in "Name=Gavel" "Name[da]=Gavel" "GenericName[da]=" "Comment[da]=" "Comment="; do
  grep -q "^$(printf '%s' "$entry" | sed 's/[][]/\\&/g')" "$desktop_file" || fail "$desktop_file lacks $entry"
done
app_binary=$(sed -n 's/^Exec=//p' "$desktop_file")
icon_name=$(sed -n 's/^Icon=//p' "$desktop_file")
[[ -x "/usr/bin/$app_binary" ]] || fail "the menu entry starts /usr/bin/$app_binary, which is not installed"
for size in 32x32 64x64 128x128 256x256@2 512x512; do
  [[ -f "/usr/share/icons/hicolor/$size/apps/$icon_name.png" ]] || fail "no $size icon for $icon_name"
done
echo "    $desktop_file starts /usr/bin/$app_binary; icons 32 to 512 px"

echo "==> Starting the installed app (first run, under Xvfb)"
# The first start on a fresh account: the app must create its database and keep running.
app_log="$work/app.log"
xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
  timeout 8 "/usr/bin/$app_binary" >"$app_log" 2>&1 && status=0 || status=$?
[[ "$status" -eq 124 ]] || fail "the installed app stopped by itself (exit $status): $(cat "$app_log")"
[[ -n "$(find "$HOME/.local/share/dk.gavel.app" -name '*.sqlite3' 2>/dev/null)" ]] \
  || fail "the installed app made no database under $HOME/.local/share/dk.gavel.app"
echo "    ran for 8 s and made its database in ~/.local/share/dk.gavel.app"

echo "==> Removing it"
"${sudo_if_needed[@]}" apt-get remove -y -qq gavel >/dev/null
[[ ! -e /usr/bin/gavel && ! -e "$desktop_file" ]] || fail "apt-get remove left files behind"

echo "test-deb: the .deb installs, works and uninstalls (bundling $((bundled - started)) s, whole test $((SECONDS - started)) s)"
