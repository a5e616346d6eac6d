#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with Debian's clang (ASan + UBSan + coverage) into
# build-fuzz/ (or $BUILD_DIR) and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      default: 60 s, every target
#   targets: claims_jsonl article_jsonl extract codec
#
# The growing corpus is kept in build-fuzz/corpus/TARGET (seeded from tests/fuzz/corpus/TARGET).
# A failing input is saved as build-fuzz/findings/TARGET/crash-* (or leak-*, oom-*, timeout-*):
# copy it to tests/fuzz/regressions/TARGET/ once fixed, and every build's ctest replays it
# (fuzz_replay_TARGET). Exit status 1 when any target failed. $JOBS caps the build (default 2).
# $FUZZ_SEED fixes libFuzzer's seed (.ci/run: the same inputs in the same order on every run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then targets=(claims_jsonl article_jsonl extract codec); fi

"$root/scripts/setup.sh"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSG_BUILD_FUZZ=ON -DSG_BUILD_TESTS=OFF -DSG_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target "${targets[@]/#/fuzz_}" >&2

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  echo "== fuzz_$t for ${seconds}s" >&2
  # -rss_limit_mb / -malloc_limit_mb: an allocation out of proportion to the input is a finding.
  if ! "$build/tests/fuzz/fuzz_$t" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -malloc_limit_mb=512 -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/" \
      "$corpus" "$root/tests/fuzz/corpus/$t" 2>"$findings/log.txt"; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|invariant|Test unit written" "$findings/log.txt" >&2 || true
  fi
  grep -E "^stat::number_of_executed_units|^#[0-9]+ +DONE" "$findings/log.txt" >&2 || true
done
if ((${#failed[@]})); then
  echo "fuzz: failures in ${failed[*]} (inputs in $build/findings/)" >&2
  exit 1
fi
echo "fuzz: ${targets[*]}: no findings in ${seconds}s each" >&2
