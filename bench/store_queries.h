// The benchmark's query set and its stancegraph side: minimal implementations over Store::Scan
// and the point reads (the answer rows the SQLite and Kùzu peers also return), and the same
// questions asked through the query engine (query/*.h), which adds names and evidence.
//
// Parameters are sampled once from the store after ingest and written to a file, so every
// engine answers the same questions:
//  * pairs: STANCE edges (speaker X -> target Y), uniform over edges: "claims by X about Y",
//    "stance X -> Y";
//  * prolific: the 10 speakers with most claims: "all claims by a prolific speaker";
//  * agents: actors that are the agent of some proposition, uniform: "contradictions on Y";
//  * between: (speaker, agent) of uniformly drawn by_proposition entries (a speaker against the
//    actor it makes claims about, claim-weighted): "contradictions between A and B";
//  * starts: speakers, uniform over actors with a STANCE edge: 2- and 3-hop neighbourhoods.
//
// Thread safety: functions only read the store.
#ifndef SG_BENCH_STORE_QUERIES_H_
#define SG_BENCH_STORE_QUERIES_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace sg::bench {

using ActorPair = std::pair<graph::ActorId, graph::ActorId>;

struct QueryParams {
  std::vector<ActorPair> pairs;
  std::vector<graph::ActorId> prolific;
  std::vector<graph::ActorId> agents;
  std::vector<ActorPair> between;
  std::vector<graph::ActorId> starts;
};

// Draws `k` parameters of each kind (10 prolific speakers) from `store`, deterministically.
Result<QueryParams> SampleParams(const graph::Store& store, size_t k, uint64_t seed);
std::string ParamsToJson(const QueryParams& params);
Result<QueryParams> ParamsFromJson(const std::string& text);

// Answer sizes of one query; every function returns the number of answer rows.
// Claims by `x` about `y` from by_target (covering summaries).
Result<size_t> ClaimsAbout(const graph::Store& store, graph::ActorId x, graph::ActorId y);
// Claims by `x` from by_speaker (summaries); with `content`, also every claim record (sorted,
// batched MultiGet).
Result<size_t> ClaimsBy(const graph::Store& store, graph::ActorId x, bool content);
// Up to `limit` contradicting pairs among the propositions whose agent is `agent` (one prefix
// scan of by_proposition, stopping at `limit`).
Result<size_t> ContradictionsOn(const graph::Store& store, graph::ActorId agent, size_t limit);
// Up to `limit` contradicting pairs of a claim by `a` and a claim by `b`, driven from the side
// with fewer claims: its claims (by_speaker, then their records in batches of 64, for the
// propositions), one by_proposition scan per (agent, predicate) the first time one is needed,
// stopping as soon as `limit` pairs are found.
Result<size_t> ContradictionsBetween(const graph::Store& store, graph::ActorId a,
                                     graph::ActorId b, size_t limit);
// The STANCE edge a -> b (one point read): 1 when present.
Result<size_t> Stance(const graph::Store& store, graph::ActorId a, graph::ActorId b);
// Distinct actors reachable from `start` along STANCE edges in 1..depth hops (breadth-first, one
// prefix scan of the stance family per expanded actor).
Result<size_t> Neighbourhood(const graph::Store& store, graph::ActorId start, int depth);

}  // namespace sg::bench

#endif  // SG_BENCH_STORE_QUERIES_H_
