// The benchmark questions asked through the query engine (query/*.h), as a user of the library
// or the CLI asks them: a fresh query::Context (snapshot, record caches) per question, names as
// stable ids ("actor:0123456789abcdef"), answers with every claim described (content, speaker,
// targets, article). Each function returns the number of answer rows.
//
// Thread safety: functions only read the store.
#ifndef SG_BENCH_API_QUERIES_H_
#define SG_BENCH_API_QUERIES_H_

#include <cstddef>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace sg::bench::api {

// query::FindClaims --speaker X --about Y.
Result<size_t> ClaimsAbout(const graph::Store& store, graph::ActorId x, graph::ActorId y);
// query::FindClaims --speaker X.
Result<size_t> ClaimsBy(const graph::Store& store, graph::ActorId x);
// query::FindContradictions --agent Y --limit `limit`.
Result<size_t> ContradictionsOn(const graph::Store& store, graph::ActorId agent, size_t limit);
// query::FindContradictions --between A B --limit `limit`.
Result<size_t> ContradictionsBetween(const graph::Store& store, graph::ActorId a,
                                     graph::ActorId b, size_t limit);
// query::ComputeStance --from A --to B (3 evidence claims).
Result<size_t> Stance(const graph::Store& store, graph::ActorId a, graph::ActorId b);
// query::Neighbors --depth `depth` (each reached actor with its evidence claim).
Result<size_t> Neighbors(const graph::Store& store, graph::ActorId start, int depth);

}  // namespace sg::bench::api

#endif  // SG_BENCH_API_QUERIES_H_
