#!/usr/bin/env bash
# Takes the user guide's screenshots again (docs/guide/img/da and docs/guide/img/en) from the real
# desktop app, driven through WebDriver under Xvfb by the ignored test tests/it/guide_screenshots.rs.
# Builds the UI, the app and the `gavel` CLI first (incrementally), then runs the test once per
# language and shrinks the PNGs. Look at the pictures afterwards: the guide's text describes them.
#
#   scripts/screenshots.sh          # both languages
#   scripts/screenshots.sh en       # one language
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/paths.sh

languages=("$@")
if [ ${#languages[@]} -eq 0 ]; then languages=(da en); fi

# The end-to-end tools (Xvfb, WebKitWebDriver, tauri-driver) come with scripts/setup.sh; this
# script adds libfaketime (a fixed clock for the app) and pngquant/optipng (small PNGs).
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v pngquant >/dev/null || missing+=(pngquant)
command -v optipng >/dev/null || missing+=(optipng)
faketime_library=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
[ -e "$faketime_library" ] || missing+=(libfaketime)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing ${missing[*]}"
  sudo_if_needed=""
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=sudo
  $sudo_if_needed apt-get install -y "${missing[@]}"
fi
command -v tauri-driver >/dev/null || cargo install tauri-driver --version '^2' --locked

echo "==> Building the UI, the app and the gavel CLI"
[ -d ui/node_modules ] || npm --prefix ui ci
npm --prefix ui run build
cargo build -p gavel-desktop -p gavel-cli

# The test binary is built once and run directly: other people's edits between the two languages
# must not rebuild it halfway.
test_binary=$(cargo test -p gavel-tests --test it --no-run 2>&1 | tee /dev/stderr |
  grep -o 'target/[^ )]*/deps/it-[0-9a-f]*' | tail -n 1)
[ -x "$test_binary" ] || { echo "screenshots.sh: the test binary was not built" >&2; exit 1; }

for lang in "${languages[@]}"; do
  folder="docs/guide/img/$lang"
  echo "==> Screenshots in $lang → $folder"
  mkdir -p "$folder"
  rm -f "$folder"/*.png
  # 1280×1024 screen; the test sets the window to 1200×800.
  GAVEL_LANG="$lang" GAVEL_GUIDE_IMAGES="$PWD/$folder" GAVEL_GUIDE_FAKETIME="$faketime_library" \
    xvfb-run -a --server-args="-screen 0 1280x1024x24" \
    "$test_binary" --ignored --exact guide_screenshots::guide_screenshots
  # 256 colours are plenty for a flat UI; optipng then squeezes the file losslessly.
  for png in "$folder"/*.png; do
    pngquant --force --skip-if-larger --quality 70-95 --output "$png" -- "$png" || true
    optipng -quiet -o2 "$png"
  done
  ls -l "$folder"
done
