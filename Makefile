# Gavel's release tasks. Building and testing are scripts/run.sh and scripts/test.sh (README.md).
#
#   make deb      the release .deb (Tauri bundler): target/release/bundle/deb/Gavel_<version>_amd64.deb
#   make windows  the Windows installer, cross-built here: target/windows/Gavel-<version>-setup.exe
#   make icons    every icon size in src-tauri/icons, from assets/icon.svg
#
# The Tauri CLI comes from ui/node_modules (a devDependency in ui/package.json; scripts/setup.sh
# installs it with the UI's other npm packages).

TAURI := ui/node_modules/.bin/tauri
# The tools scripts/setup.sh may install (see scripts/paths.sh): rustup's cargo, and a private Node.js
# where the system's is too old for the UI build.
export PATH := $(HOME)/.local/share/gavel/node/bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: deb icons windows

# `tauri build` runs build.beforeBuildCommand (the UI) and `cargo build --release` of the desktop
# app; then the gavel CLI is built from the same sources, since the .deb carries it as
# /usr/bin/gavel (bundle.linux.deb.files in src-tauri/tauri.conf.json); then `tauri bundle`.
deb: $(TAURI)
	$(TAURI) build --no-bundle --ci
	cargo build --release -p gavel-cli
	$(TAURI) bundle --bundles deb --ci
	@ls -1 target/release/bundle/deb/*.deb

# Windows, cross-built on Linux (docs/platforms.md; scripts/setup.sh --test installs mingw-w64 and
# NSIS, scripts/windows/setup.sh the Rust target): the UI, then the CLI and the app in one release
# build for x86_64-pc-windows-gnu (they share their dependencies), then the installer from
# src-tauri/windows/installer.nsi with Debian's makensis. The version is the workspace's.
VERSION := $(shell sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
CARGO_TARGET := $(or $(CARGO_TARGET_DIR),target)
WINDOWS_BUILD := $(CARGO_TARGET)/x86_64-pc-windows-gnu/release
WINDOWS_SETUP := $(CARGO_TARGET)/windows/Gavel-$(VERSION)-setup.exe

# The programs are shipped from $(WINDOWS_STAGE) stripped: the release profile keeps line tables
# for Linux backtraces, which on Windows are DWARF and symbols that no Windows tool reads, and
# would make the programs five times larger (gavel.exe 85 MB instead of 18, the app 147 MB
# instead of 29).
# tests/it/windows.rs tests these staged files, the ones the installer holds.
WINDOWS_STAGE := $(CARGO_TARGET)/windows/stage

windows: $(TAURI)
	npm --prefix ui run build
	cargo build --release --target x86_64-pc-windows-gnu -p gavel-cli -p gavel-desktop
	rm -rf $(WINDOWS_STAGE)
	mkdir -p $(WINDOWS_STAGE)
	for program in gavel.exe gavel-desktop.exe; do \
		x86_64-w64-mingw32-strip --strip-all -o $(WINDOWS_STAGE)/$$program $(WINDOWS_BUILD)/$$program; \
	done
	cp $(WINDOWS_BUILD)/WebView2Loader.dll $(WINDOWS_STAGE)/
	makensis -V2 -DVERSION=$(VERSION) -DBUILD=$(abspath $(WINDOWS_STAGE)) \
		-DOUTFILE=$(abspath $(WINDOWS_SETUP)) src-tauri/windows/installer.nsi
	@ls -l $(WINDOWS_SETUP)

# The mobile and Windows-Store sizes are left out: Gavel ships for desktops only.
icons: $(TAURI)
	$(TAURI) icon assets/icon.svg --output src-tauri/icons
	rm -rf src-tauri/icons/android src-tauri/icons/ios src-tauri/icons/Square*Logo.png src-tauri/icons/StoreLogo.png

$(TAURI):
	scripts/setup.sh
