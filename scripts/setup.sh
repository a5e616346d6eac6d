#!/usr/bin/env bash
# Installs the Debian packages in scripts/packages.txt that are missing (apt-get; run as root or
# with sudo available). A quick no-op when everything is present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm packages of the export tests (tests/js: cytoscape), from the committed package-lock.json.
# A quick no-op when node_modules matches the lock file.
js="$here/../tests/js"
if [[ -f "$js/package-lock.json" && ( ! -f "$js/node_modules/.package-lock.json" ||
      "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ) ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    # Debian packages npm apart from nodejs (NodeSource's nodejs ships its own npm).
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm >&2; } ||
      true
  fi
  echo "setup: npm ci in tests/js" >&2
  # Not fatal: without it the test export_reader_cytoscape reports itself skipped.
  (cd "$js" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
    echo "setup: warning: npm ci failed in tests/js; export_reader_cytoscape will be skipped" >&2
fi
