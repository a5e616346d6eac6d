// The benchmark's phases. Each runs in its own process (so that peak memory is the phase's own),
// and returns one or more JSON records that scripts/bench.sh collects and `sg_bench table`
// prints. Every record carries "metric" and "engine"; latencies are in microseconds.
//
// Thread safety: one thread; phases are single-threaded unless stated.
#ifndef SG_BENCH_PHASES_H_
#define SG_BENCH_PHASES_H_

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "graph/status.h"
#include "graph/store.h"

namespace sg::bench {

using Records = std::vector<nlohmann::json>;

struct CorpusOptions {
  // Default: 1
  uint64_t seed = 1;
  // Size of the synthetic corpus in claims (articles = claims / 5.4, the generator's mean).
  // Default: 10000
  uint64_t claims = 10000;
  // Default: "" (the data folder compiled in)
  std::string data_dir;
};

// Articles of the synthetic corpus that hold about `claims` claims.
uint64_t ArticlesFor(uint64_t claims);

// Extraction alone over the articles of a JSON Lines file repeated `repeat` times (when `input`
// is set), or over `synthetic` generated articles: MB/s and articles/s, median of `runs`.
Result<Records> RunExtract(const std::string& input, int repeat, uint64_t synthetic,
                           const CorpusOptions& corpus, int runs);

// Extraction and store ingest, one article per batch into a fresh database at `db` per run.
Result<Records> RunEndToEnd(const std::string& input, int repeat, uint64_t synthetic,
                            const CorpusOptions& corpus, const std::string& db, int runs);

// Store-only ingest of the synthetic corpus's drafts into a fresh database at `db`:
// claims/s over the whole and in windows, CPU seconds, bytes on disk per claim (before and after
// a final compaction), peak RSS. `options` are the store's (for before/after comparisons).
Result<Records> RunStoreIngest(const CorpusOptions& corpus, const std::string& db,
                               const graph::StoreOptions& options);

// Samples the query parameters from the store at `db` into `out` (JSON).
Result<Records> RunParams(const std::string& db, const std::string& out, size_t k);

// The queries of store_queries.h (and through the query engine unless `skip_api`) over `db`.
Result<Records> RunStoreQueries(const std::string& db, const std::string& params, int runs,
                                double budget_s, bool skip_api);

// SQLite: load the same corpus into a fresh file `path`, `articles_per_transaction` articles in
// one transaction (1: live ingest, as the store's; more: a bulk load), then the same queries.
// With `reuse`, the file a previous load left is opened and only the queries run (so that a
// load can start before the store's parameters exist).
Result<Records> RunSqlite(const CorpusOptions& corpus, const std::string& path,
                          const std::string& params, int runs, double budget_s,
                          int articles_per_transaction = 1, bool reuse = false);

// The CSV files for Kùzu into folder `dir`.
Result<Records> RunKuzuCsv(const CorpusOptions& corpus, const std::string& dir);

// The whole-graph CsrView of `db`: build time, memory, and breadth-first search speed.
Result<Records> RunCsr(const std::string& db);

// Neo4j CSV export of `db` (to counting streams): claims/s and MB/s, median of `runs`.
Result<Records> RunExport(const std::string& db, int runs);

}  // namespace sg::bench

#endif  // SG_BENCH_PHASES_H_
