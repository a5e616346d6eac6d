// CheckStore: verifies every invariant of docs/storage-format.md on a stored database.
//
// What it verifies, family by family (each problem is reported with the family and raw key):
//  * every key decodes as a key of its family, every value as its record or index value, and
//    records sit under their own key (an article's id is the hash of its external key, an
//    actor's the hash of its canonical name);
//  * meta: the magic, a format version this program reads, counts that decode;
//  * every claim belongs to a stored article, its ordinal is below the article's claim count,
//    the article holds exactly that many claims, the claim carries the article's date, and the
//    actors it names are among the article's actor contributions;
//  * every record has all its index entries with the exact value the writer derives
//    (by_speaker, by_date, by_target per distinct target, by_proposition when the proposition
//    has an agent; aliases and members of every actor), and every index entry points to an
//    existing record that derives it (no stale or dangling entries);
//  * actor records (article, claim and kind counts, alias and affiliation counts) equal a
//    recomputation from the article contributions and claims; actors no article mentions have
//    no record;
//  * stance aggregates (sum, counts per stance, first and last known date) equal a
//    recomputation from the by_target entries of the pair, and no aggregate exists without one;
//  * meta/counts equals the recomputed number of articles, claims, actors, ABOUT, MEMBER_OF
//    and STANCE edges.
//
// Streaming: families are read in key order through one snapshot; cross-references are point
// lookups. Memory: one per-actor tally (counters, plus every distinct alias and affiliation the
// stored articles contribute: about the size of the `actors` family uncompressed) and one
// article's claims at a time; nothing else grows with the database.
//
// Read errors (a RocksDB Corruption or IoError during a scan) are reported as problems of the
// family being read, and checking goes on with the next family.
//
// Thread safety: reads only; may run while another thread or process writes (it sees the state
// of its snapshot).
#ifndef SG_GRAPH_CHECK_H_
#define SG_GRAPH_CHECK_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>

#include "graph/store.h"

namespace sg::graph {

struct CheckProblem {
  Family family = Family::kMeta;
  std::string key;      // raw key bytes (may be empty for a whole-family read error)
  std::string message;  // what is wrong, with ids in their external form
};

struct CheckSummary {
  std::array<uint64_t, kFamilyCount> keys{};  // keys read, by Family
  uint64_t problems = 0;
  uint64_t total_keys() const {
    uint64_t n = 0;
    for (uint64_t k : keys) n += k;
    return n;
  }
};

using CheckSink = std::function<void(const CheckProblem&)>;

// Checks `store` and calls `on_problem` for every problem found, in family order. Never fails:
// read errors are problems too.
CheckSummary CheckStore(const Store& store, const CheckSink& on_problem);

// Lower-case hex of `bytes`, as problems are printed.
std::string HexKey(std::string_view bytes);

}  // namespace sg::graph

#endif  // SG_GRAPH_CHECK_H_
