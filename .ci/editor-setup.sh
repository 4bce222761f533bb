#!/usr/bin/env bash
# Installs what the real-editor tests (test/editor/) need, outside the package's
# own dependencies:
#   - apt: chromium (headless browser), libkrb5-dev (code-server's kerberos
#     module builds against it), ripgrep (stands in for @vscode/ripgrep's download)
#   - npm, into $CORROBORATE_EDITOR_TOOLS (default <repo>/.editor-tools):
#     code-server (the VS Code 1.100.3 workbench with a Node extension host),
#     playwright-core (drives Chromium) and mocha (runs the extension-host suite
#     until mocha is one of the package's devDependencies).
# Idempotent and non-interactive; a second run finds everything in place and
# returns in about a second. Works as root on Debian with Node 20 and only the
# npm registry and apt reachable.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CORROBORATE_EDITOR_TOOLS:-$REPO/.editor-tools}"

CODE_SERVER_VERSION=4.100.3   # VS Code 1.100.3; the last code-server whose engines allow Node 20
PLAYWRIGHT_CORE_VERSION=1.65.1
MOCHA_VERSION=11.7.6
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11 (lib/vscode/npm-shrinkwrap.json),
# whose postinstall fetches ripgrep v13.0.0-10 from GitHub unless its cache has it.
VSCODE_RIPGREP_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10

started=$(date +%s)
say() { printf '== editor-setup: %s\n' "$*"; }
fail() { printf '== editor-setup: ERROR: %s\n' "$*" >&2; exit 1; }

# --- Node --------------------------------------------------------------------
command -v node >/dev/null || fail "node is not on PATH (Node 20 is needed)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || fail "code-server $CODE_SERVER_VERSION needs Node 20; this is Node $(node --version)"

# --- apt packages ----------------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev ripgrep; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  say "apt packages present (chromium, libkrb5-dev, ripgrep)"
else
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: ${missing[*]}"
    SUDO="sudo -n"
  fi
  say "installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  say "apt packages installed ($(( $(date +%s) - started )) s)"
fi
CHROMIUM="$(command -v chromium || true)"
[ -n "$CHROMIUM" ] || fail "chromium is not on PATH after installing it"

# --- npm tools -------------------------------------------------------------------
cs_dir="$TOOLS/node_modules/code-server"
stamp="$TOOLS/.installed"
want="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION mocha@$MOCHA_VERSION node$node_major $(uname -m)"
# The stamp is written last, so it only exists when the whole install (including
# code-server's postinstall, which installs lib/vscode's modules) succeeded.
tools_ready() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && [ -f "$cs_dir/out/node/entry.js" ] \
    && [ -e "$cs_dir/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
    && [ -f "$TOOLS/node_modules/playwright-core/package.json" ] \
    && [ -f "$TOOLS/node_modules/mocha/package.json" ]
}
if tools_ready; then
  say "tools present in $TOOLS ($want)"
else
  say "installing $want into $TOOLS"
  mkdir -p "$TOOLS"
  rm -f "$stamp"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless the asset is
  # already in its cache folder; put Debian's rg there in the asset's layout.
  case "$(uname -m)" in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) fail "no ripgrep asset name known for $(uname -m)" ;;
  esac
  rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
  rg_asset="$rg_cache/ripgrep-$RIPGREP_RELEASE-$rg_target.tar.gz"
  if [ ! -s "$rg_asset" ]; then
    mkdir -p "$rg_cache"
    rg_stage="$(mktemp -d)"
    cp "$(command -v rg)" "$rg_stage/rg"
    tar -czf "$rg_asset" -C "$rg_stage" rg
    rm -rf "$rg_stage"
    say "seeded @vscode/ripgrep's cache with Debian's rg: $rg_asset"
  fi

  # A package.json of its own keeps npm from walking up to the repo's.
  cat > "$TOOLS/package.json" <<EOF
{
  "name": "corroborate-editor-tools",
  "private": true,
  "description": "Tools for Corroborate's real-editor tests, installed by .ci/editor-setup.sh; not part of the extension.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION",
    "mocha": "$MOCHA_VERSION"
  },
  "allowScripts": {
    "code-server": true,
    "argon2": true
  }
}
EOF
  # As root, code-server's postinstall refuses to run without unsafe-perm; node-pty's
  # postinstall (inside it) runs `npx node-gyp`, which must not stop at a prompt.
  (
    cd "$TOOLS"
    export npm_config_unsafe_perm=true npm_config_yes=true
    npm install --no-audit --no-fund --no-update-notifier --loglevel=error
  ) || fail "npm install of the editor tools failed (see above)"

  [ -f "$cs_dir/out/node/entry.js" ] || fail "code-server is missing after npm install"
  [ -d "$cs_dir/lib/vscode/node_modules" ] \
    || fail "code-server's postinstall did not run (lib/vscode/node_modules is missing); were install scripts blocked?"
  [ -e "$cs_dir/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
    || fail "@vscode/ripgrep has no rg binary after the install"
  printf '%s' "$want" > "$stamp"
  say "tools installed ($(( $(date +%s) - started )) s)"
fi

# --- ignore the tools folder -------------------------------------------------------
case "$TOOLS" in
  "$REPO"/*)
    rel="/${TOOLS#"$REPO"/}/"
    if ! grep -qxF "$rel" "$REPO/.gitignore" 2>/dev/null && ! grep -qxF "${rel%/}" "$REPO/.gitignore" 2>/dev/null; then
      printf '%s\n' "$rel" >> "$REPO/.gitignore"
      say "added $rel to .gitignore"
    fi
    ;;
esac

# (read the version from package.json: `code-server --version` writes ~/.config/code-server/config.yaml)
say "code-server $(node -p "require('$cs_dir/package.json').version") (VS Code $(node -p "require('$cs_dir/lib/vscode/package.json').version"))"
say "chromium: $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
say "done in $(( $(date +%s) - started )) s; tools in $TOOLS"
