#!/usr/bin/env bash
# What building and testing Gavel for Windows on Linux needs (docs/platforms.md): Debian's
# mingw-w64 cross compiler (links the .exe files), Wine 8 (runs them in the tests), NSIS (makes
# the installer) and 7-Zip (lists what the installer holds), and the Rust standard library for
# x86_64-pc-windows-gnu. scripts/setup.sh --test calls this; it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(gcc-mingw-w64-x86-64 wine wine64 nsis p7zip-full)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "==> Installing the Windows build and test tools: ${missing[*]}"
  sudo_if_needed=()
  [[ $(id -u) -ne 0 ]] && sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

source scripts/paths.sh
if ! rustup target list --installed | grep -qx x86_64-pc-windows-gnu; then
  echo "==> Adding the Rust target x86_64-pc-windows-gnu"
  rustup target add x86_64-pc-windows-gnu
fi
