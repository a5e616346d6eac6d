// The benchmark table: reads the JSON records of the phases and prints one Markdown table with
// the stancegraph, SQLite and Kùzu columns, the ratio to SQLite, the targets of issue 7 and
// whether each holds, then the growth checks from the smallest to the largest scale.
//
// Thread safety: one thread.
#ifndef SG_BENCH_REPORT_H_
#define SG_BENCH_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "graph/status.h"

namespace sg::bench {

// Prints the table of the records in `files` (JSON Lines) to `out`. With `check`, returns
// FailedPrecondition unless every phase present produced sane non-zero counts (the smoke test's
// assertion; timings are never checked). InvalidArgument for unreadable records.
Status PrintTable(const std::vector<std::string>& files, bool check, std::ostream& out);

}  // namespace sg::bench

#endif  // SG_BENCH_REPORT_H_
