#!/usr/bin/env bash
# One-time set-up on a fresh machine: the Debian packages the tests' oracles need (when run as root with
# apt-get), pnpm at the pinned version, and the workspace dependencies from the lockfile.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[setup] %s\n' "$*" >&2; }

# lt-expand and apertium-urd (Apertium oracle), apertium-hin (the same oracle on <re> entries), hunspell + libhunspell + en_US (Hunspell oracles),
# chromium (the report test), g++ (the libhunspell checker), postgresql (tests use a real server),
# hunspell-fr (the real-lexicon benchmark's large recompute), hunspell-de-de/-es/-bg/-ru (the libhunspell
# oracle on rich morphology), hunspell-da (the same oracle on prefixes with suffix continuations),
# hunspell-sk/-af (the same oracle on UTF-8 suffix conditions with a "." before other positions), hunspell-hr
# (the same oracle on an ICONV table that turns some words into no word), hunspell-nl/-id/-is (the same oracle
# on FLAG long with ICONV/OCONV, on an ISO8859-1 dictionary with CIRCUMFIX and NEEDAFFIX, and on FLAG num
# with AM aliases), hunspell-uk (the same oracle on suffix conditions written as regular expressions),
# myspell-fo/-tl (the same oracle and unmunch on ISO8859-1 dictionaries).
DEBIAN_PACKAGES=(lttoolbox-dev apertium-urd apertium-hin hunspell hunspell-tools libhunspell-dev hunspell-en-us hunspell-fr
  hunspell-de-de hunspell-es hunspell-bg hunspell-ru hunspell-hu hunspell-lv hunspell-da hunspell-sk hunspell-af
  hunspell-hr hunspell-nl hunspell-id hunspell-is hunspell-uk myspell-fo myspell-tl chromium g++ postgresql)
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
elif command -v apt-get >/dev/null; then
  log "not root: make sure these Debian packages are installed: ${DEBIAN_PACKAGES[*]}"
fi

want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  log "installing pnpm@$want (corepack does not work with this registry)"
  npm i -g "pnpm@$want" >/dev/null
fi

pnpm install --frozen-lockfile
# `paradigm serve` serves the workbench's page from its build (packages/workbench/dist/page).
log "building the packages and the workbench page"
pnpm exec nx run workbench:build --output-style=static >/dev/null
log "done. Run the main job with: pnpm start    Run the tests with: pnpm test"
