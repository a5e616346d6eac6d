#!/usr/bin/env bash
# Scores `stancegraph extract` on the dev set (../shared/eval/dev), on the worked example
# (../shared/examples/blinken-lavrov) and on the project's own held-out paragraphs
# (tests/data/heldout, written for the project and never tuned on) with ../shared/eval/score.py;
# docs/quality.md records the figures. Skips, with a message, when ../shared is not beside the
# clone.
#   usage: scripts/score_dev.sh [--verbose] [PATH/TO/stancegraph]
#   env:   SG_SHARED overrides the shared folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SG_SHARED:-$root/../shared}"
verbose=""
bin=""
for arg in "$@"; do
  case "$arg" in
    --verbose) verbose="--verbose" ;;
    *) bin="$arg" ;;
  esac
done
if [[ ! -f "$shared/eval/score.py" ]]; then
  echo "score_dev.sh: SKIPPED: $shared/eval/score.py not found (the dev set lives in ../shared)" >&2
  exit 0
fi
if [[ -z "$bin" ]]; then
  for candidate in "$root/build/stancegraph" "$root/build-ingest/stancegraph"; do
    if [[ -x "$candidate" ]] && "$candidate" --help 2>&1 | grep -q '^ *extract'; then
      bin="$candidate"
      break
    fi
  done
fi
if [[ -z "$bin" || ! -x "$bin" ]]; then
  echo "score_dev.sh: no stancegraph binary; build first (scripts/build.sh) or pass its path" >&2
  exit 2
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
score() {  # name articles gold
  echo "== $1"
  "$bin" extract "$2" > "$tmp/claims.jsonl"
  python3 "$shared/eval/score.py" "$2" "$3" "$tmp/claims.jsonl" $verbose
}
score "dev set ($shared/eval/dev)" "$shared/eval/dev/articles.jsonl" "$shared/eval/dev/gold.jsonl"
score "example (blinken-lavrov)" "$shared/examples/blinken-lavrov.jsonl" \
  "$shared/examples/blinken-lavrov.gold.jsonl"
score "held-out paragraphs (tests/data/heldout)" "$root/tests/data/heldout/articles.jsonl" \
  "$root/tests/data/heldout/gold.jsonl"
score "blind held-out paragraphs (tests/data/heldout/blind)" \
  "$root/tests/data/heldout/blind.jsonl" "$root/tests/data/heldout/blind.gold.jsonl"
