# Gavel's release tasks. Building and testing are scripts/run.sh and scripts/test.sh (README.md).
#
#   make deb     the release .deb (Tauri bundler): target/release/bundle/deb/Gavel_<version>_amd64.deb
#   make icons   every icon size in src-tauri/icons, from assets/icon.svg
#
# The Tauri CLI comes from ui/node_modules (a devDependency in ui/package.json; scripts/setup.sh
# installs it with the UI's other npm packages).

TAURI := ui/node_modules/.bin/tauri
# The tools scripts/setup.sh may install (see scripts/paths.sh): rustup's cargo, and a private Node.js
# where the system's is too old for the UI build.
export PATH := $(HOME)/.local/share/gavel/node/bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: deb icons

# `tauri build` runs build.beforeBuildCommand (the UI) and `cargo build --release` of the desktop
# app; then the gavel CLI is built from the same sources, since the .deb carries it as
# /usr/bin/gavel (bundle.linux.deb.files in src-tauri/tauri.conf.json); then `tauri bundle`.
deb: $(TAURI)
	$(TAURI) build --no-bundle --ci
	cargo build --release -p gavel-cli
	$(TAURI) bundle --bundles deb --ci
	@ls -1 target/release/bundle/deb/*.deb

# The mobile and Windows-Store sizes are left out: Gavel ships for desktops only.
icons: $(TAURI)
	$(TAURI) icon assets/icon.svg --output src-tauri/icons
	rm -rf src-tauri/icons/android src-tauri/icons/ios src-tauri/icons/Square*Logo.png src-tauri/icons/StoreLogo.png

$(TAURI):
	scripts/setup.sh
