#!/usr/bin/env bash
# Regenerates docs/example-stance.png: the example's stance network (examples/
# blinken-lavrov.claims.jsonl stored with `stancegraph add`, exported with `stancegraph export
# --format dot --view stance`) rendered by Graphviz's dot. Builds first (scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sg() { "$build/stancegraph" --db "$work/example.db" "$@"; }
sg add "$root/examples/blinken-lavrov.claims.jsonl" >/dev/null
sg export --format dot --view stance -o "$work/stance.dot"
dot -Tpng -Gdpi=96 -Grankdir=LR -Gfontsize=11 -Glabelloc=b \
  -Glabel="Who spoke about whom (VOA, 2022-01-18): red hostile, green friendly, grey neutral; edge label: signed stance sum; width: number of claims" \
  "$work/stance.dot" -o "$root/docs/example-stance.png"
echo "wrote $root/docs/example-stance.png" >&2
