#!/usr/bin/env bash
# README command 1: set up, build, ingest the example article's text (VOA, Jan 2022) into a fresh
# database and print who said what about whom, and who contradicts whom.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
db="$build/example.db"
rm -rf "$db"
sg() { "$build/stancegraph" --db "$db" "$@"; }
echo "== Ingesting examples/blinken-lavrov.jsonl (stancegraph ingest)"
sg ingest "$root/examples/blinken-lavrov.jsonl"
sg stats
echo
echo "== Who said what (stancegraph claims)"
sg claims
echo
echo "== Who contradicts whom, people counted for the country they speak for (stancegraph contradictions --rollup)"
sg contradictions --rollup
echo
echo "== Russia's stance toward Ukraine (stancegraph stance --from Russia --to Ukraine --rollup)"
sg stance --from Russia --to Ukraine --rollup
