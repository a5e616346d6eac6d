#!/usr/bin/env bash
# The stancegraph benchmark (issue 7, docs/performance.md): extraction, end-to-end ingest, store
# ingest, bytes on disk, memory and query latencies at several scales, side by side with SQLite
# and Kùzu, printed as one table.
#
# usage: scripts/bench.sh [--scale 1e5,1e6,1e7] [--quick] [--smoke] [--no-kuzu] [--no-sqlite]
#                         [--no-api] [--runs N] [--k N] [--budget S] [--sqlite-batch N]
#                         [--work DIR] [--bin SG_BENCH] [--keep]
#   --scale   corpus sizes in claims (default 1e5,1e6,1e7)
#   --quick   scales 1e4,1e5, fewer questions and runs: a few minutes
#   --smoke   a tiny run of every phase but Kùzu whose table must show sane non-zero counts
#             (the ctest `bench_smoke`; never checks timings)
#   --budget  skip a query whose warm-up pass takes longer than S seconds (default 120)
#   --sqlite-batch  articles per SQLite transaction (default 1, the live comparison; more is a
#             bulk load, marked in the table)
#   --work    folder for databases and results (default build-bench/bench-work); databases are
#             deleted after each scale unless --keep
#   --bin     a built sg_bench (default: configure and build build-bench/, Release, -j2)
# Each phase runs in its own process; records go to WORK/results.jsonl, the table to standard
# output and WORK/table.md. The synthetic corpus depends on the lexicon in data/: it is copied to
# WORK/data once, so that every engine and scale of a run sees the same corpus while data/ is
# being edited.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

scales="1e5,1e6,1e7"
runs=3
k=1000
budget=""
sqlite_batch=1
quick=0 smoke=0 kuzu=1 sqlite=1 api=1 keep=0
work="" bin=""
while (($#)); do
  case "$1" in
    --scale) scales="$2"; shift ;;
    --quick) quick=1 ;;
    --smoke) smoke=1 ;;
    --no-kuzu) kuzu=0 ;;
    --no-sqlite) sqlite=0 ;;
    --no-api) api=0 ;;
    --runs) runs="$2"; shift ;;
    --k) k="$2"; shift ;;
    --budget) budget="$2"; shift ;;
    --sqlite-batch) sqlite_batch="$2"; shift ;;
    --work) work="$2"; shift ;;
    --bin) bin="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

real_repeat=100 synthetic=2000 e2e_repeat=50 e2e_synthetic=2000
default_budget=120
if ((quick)); then
  scales="1e4,1e5"; runs=3; k=200; default_budget=30
  real_repeat=30 synthetic=500 e2e_repeat=20 e2e_synthetic=500
fi
if ((smoke)); then
  scales="5e3"; runs=1; k=20; default_budget=30; kuzu=0
  real_repeat=1 synthetic=50 e2e_repeat=1 e2e_synthetic=50
fi

if [[ -z "$bin" ]]; then
  build="$root/build-bench"
  if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$build" --target sg_bench -j 2 >&2
  bin="$build/bench/sg_bench"
fi
budget="${budget:-$default_budget}"
work="${work:-$root/build-bench/bench-work}"
mkdir -p "$work"
rm -rf "$work/data"
cp -r "$root/data" "$work/data"
data=(--data "$work/data")
results="$work/results.jsonl"
: >"$results"
log() { echo "bench: $*" >&2; }
phase() {  # phase NAME ARGS...: runs one sg_bench phase, appending its records
  local name="$1"; shift
  log "$name"
  "$bin" "$@" >>"$results"
}

real_articles="$root/../shared/eval/dev/articles.jsonl"
[[ -f "$real_articles" ]] || real_articles="$root/tests/data/ingest/articles.jsonl"

machine="$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(df -h "$work" | awk 'NR==2 {print $2 " " $1}')"
log "machine: $machine; load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ -f "$real_articles" ]]; then
  phase "extraction, real text" extract --input "$real_articles" --repeat "$real_repeat" --runs "$runs"
  phase "end to end, real text" e2e --input "$real_articles" --repeat "$e2e_repeat" \
    --db "$work/e2e.db" --runs "$runs"
else
  log "no real articles found; skipping the real-text rows"
fi
phase "extraction, synthetic text" extract --synthetic "$synthetic" --runs "$runs" "${data[@]}"
phase "end to end, synthetic text" e2e --synthetic "$e2e_synthetic" --db "$work/e2e.db" --runs "$runs" \
  "${data[@]}"

node_ok=0
if ((kuzu)); then
  if command -v node >/dev/null && command -v npm >/dev/null; then
    kdir="$root/bench/kuzu"
    if [[ ! -d "$kdir/node_modules/kuzu" ]]; then
      log "installing kuzu into bench/kuzu (npm ci)"
      (cd "$kdir" && npm ci --no-audit --no-fund --loglevel=error >&2) && node_ok=1 ||
        log "npm ci failed: no Kùzu column"
    else
      node_ok=1
    fi
  else
    log "node/npm not found: no Kùzu column"
  fi
fi

IFS=',' read -r -a scale_list <<<"$scales"
for s in "${scale_list[@]}"; do
  claims=$(python3 -c "print(int(float('$s')))" 2>/dev/null || awk "BEGIN {printf \"%d\", $s}")
  log "scale $s ($claims claims); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "{\"metric\":\"load\",\"engine\":\"machine\",\"scale\":\"$s\",\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"machine\":\"$machine\"}" >>"$results"
  db="$work/store-$s.db"
  phase "store ingest $s" ingest --claims "$claims" --db "$db" --label "$s" "${data[@]}"
  phase "query parameters $s" params --db "$db" --out "$work/params-$s.json" --k "$k" --label "$s"
  api_flag=()
  ((api)) || api_flag=(--skip-api)
  phase "store queries $s" queries --db "$db" --params "$work/params-$s.json" --runs "$runs" \
    --budget "$budget" --label "$s" "${api_flag[@]}"
  phase "CSR view $s" csr --db "$db" --label "$s"
  phase "export $s" export --db "$db" --runs 1 --label "$s"
  if ((sqlite)); then
    phase "SQLite $s" sqlite --claims "$claims" --db "$work/sqlite-$s.db" \
      --params "$work/params-$s.json" --runs "$runs" --budget "$budget" --label "$s" \
      --articles-per-transaction "$sqlite_batch" "${data[@]}"
  fi
  if ((node_ok)); then
    phase "Kùzu CSV $s" csv --claims "$claims" --out "$work/csv-$s" --label "$s" "${data[@]}"
    log "Kùzu $s"
    node "$root/bench/kuzu/kuzu_bench.js" --csv "$work/csv-$s" --db "$work/kuzu-$s.db" \
      --params "$work/params-$s.json" --runs "$runs" --budget "$budget" --label "$s" >>"$results"
  fi
  if ((!keep)); then
    rm -rf "$db" "$work/sqlite-$s.db" "$work/sqlite-$s.db-wal" "$work/sqlite-$s.db-shm" \
      "$work/csv-$s" "$work/kuzu-$s.db" "$work/kuzu-$s.db.wal"
  fi
done
rm -rf "$work/e2e.db"

check=()
((smoke)) && check=(--check)
echo "Machine: $machine. Load at start of each scale: see WORK/results.jsonl (metric load)." >&2
"$bin" table "${check[@]}" "$results" | tee "$work/table.md"
