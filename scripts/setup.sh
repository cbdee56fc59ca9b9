#!/usr/bin/env bash
# Installs what building Gavel needs on Debian 12 / Ubuntu: system libraries, the Rust toolchain
# if missing, and the UI's npm packages. With --test, also what the tests need: Xvfb, WebKit's
# WebDriver, tauri-driver, poppler-utils, qpdf, ImageMagick, desktop-file-utils.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

with_test_tools=false
[[ "${1:-}" == "--test" ]] && with_test_tools=true

packages=(libwebkit2gtk-4.1-dev build-essential pkg-config file curl ca-certificates)
if $with_test_tools; then
  # libssl-dev: fantoccini (the end-to-end tests' WebDriver client) links OpenSSL.
  # desktop-file-utils: scripts/test-deb.sh validates the installed .desktop entry.
  packages+=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils qpdf libssl-dev desktop-file-utils)
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
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  export PATH="$HOME/.cargo/bin:$PATH"
fi

node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || echo 0)
if [[ -z "$node_major" || "$node_major" -lt 20 ]]; then
  echo "Gavel's UI build needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Debian 12 ships Node 18; install Node 20+ (e.g. from NodeSource) and run this again." >&2
  exit 1
fi

if $with_test_tools && ! command -v tauri-driver >/dev/null; then
  echo "==> Installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --version '^2' --locked
fi

echo "==> Installing the UI's npm packages"
(cd ui && npm ci --no-audit --no-fund --loglevel=error)
