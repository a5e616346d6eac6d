// CSV files of the generated claims for the Kùzu peer (COPY FROM), written straight from the
// generator's drafts so that no engine's reading is measured here.
//
// Files (header row, comma-separated, strings in double quotes with "" inside):
//   actors.csv  id,name,kind          one row per distinct actor (id: the store's actor id as a
//                                     signed 64-bit integer)
//   claims.csv  id,date,cue,polarity,form,content   ids 1.. in generation order (as SQLite's)
//   said.csv    actor,claim
//   about.csv   claim,actor,stance    one row per distinct target of a claim
//   stance.csv  src,dst,sum,count     the STANCE edges, aggregated
//
// Thread safety: one thread.
#ifndef SG_BENCH_KUZU_CSV_H_
#define SG_BENCH_KUZU_CSV_H_

#include <cstdint>
#include <string>

#include "bench/generator.h"
#include "graph/status.h"

namespace sg::bench {

struct CsvStats {
  uint64_t actors = 0;
  uint64_t claims = 0;
  uint64_t about = 0;
  uint64_t stance = 0;
  uint64_t bytes = 0;
};

// Writes the CSVs of articles 0..articles-1 of `generator` into folder `dir` (created).
Result<CsvStats> WriteKuzuCsv(const Generator& generator, uint64_t articles,
                              const std::string& dir);

}  // namespace sg::bench

#endif  // SG_BENCH_KUZU_CSV_H_
