#!/usr/bin/env bash
# Builds stancegraph with AddressSanitizer and UndefinedBehaviorSanitizer (-DSG_SANITIZE=ON) into
# build-asan/ (or $BUILD_DIR) and runs the whole ctest suite there; the CLI tests then run the
# instrumented program too. Extra arguments go to ctest (e.g. -R sg_graph). $JOBS caps the
# parallelism (default: nproc). Any sanitizer report fails the test that triggered it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-$(nproc)}"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSG_SANITIZE=ON \
  -DSG_BUILD_BENCH=OFF ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$jobs" >&2
# Leaks fail the process that leaked (exit status 23); UB aborts at the first report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
cd "$build"
ctest --output-on-failure -j "$jobs" "$@"
