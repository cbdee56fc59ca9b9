# Sourced by the scripts: puts the tools scripts/setup.sh may install on PATH — rustup's cargo, and
# Gavel's own Node.js where the system's is older than the UI build needs (Debian 12 ships 18).
export PATH="$HOME/.local/share/gavel/node/bin:$HOME/.cargo/bin:$PATH"
