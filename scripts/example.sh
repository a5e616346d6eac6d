#!/usr/bin/env bash
# README command 1: set up, build, store the example article in a fresh database and print who
# said what about whom.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
db="$build/example.db"
rm -rf "$db"
sg() { "$build/stancegraph" --db "$db" "$@"; }
sg add "$root/examples/blinken-lavrov.claims.jsonl" >/dev/null
sg stats
