#include "bench/api_queries.h"

#include "graph/names.h"
#include "query/claims.h"
#include "query/context.h"
#include "query/contradictions.h"
#include "query/stance.h"
#include "query/traversal.h"

namespace sg::bench::api {

using graph::FormatActorId;

Result<size_t> ClaimsAbout(const graph::Store& store, graph::ActorId x, graph::ActorId y) {
  query::Context ctx(store);
  query::ClaimsOptions o;
  o.speaker = FormatActorId(x);
  o.about = FormatActorId(y);
  SG_ASSIGN_OR_RETURN(auto rows, query::FindClaims(ctx, o));
  return rows.size();
}

Result<size_t> ClaimsBy(const graph::Store& store, graph::ActorId x) {
  query::Context ctx(store);
  query::ClaimsOptions o;
  o.speaker = FormatActorId(x);
  SG_ASSIGN_OR_RETURN(auto rows, query::FindClaims(ctx, o));
  return rows.size();
}

Result<size_t> ContradictionsOn(const graph::Store& store, graph::ActorId agent, size_t limit) {
  query::Context ctx(store);
  query::ContradictionsOptions o;
  o.agent = FormatActorId(agent);
  o.limit = limit;
  SG_ASSIGN_OR_RETURN(auto rows, query::FindContradictions(ctx, o));
  return rows.size();
}

Result<size_t> ContradictionsBetween(const graph::Store& store, graph::ActorId a,
                                     graph::ActorId b, size_t limit) {
  query::Context ctx(store);
  query::ContradictionsOptions o;
  o.between = {FormatActorId(a), FormatActorId(b)};
  o.limit = limit;
  SG_ASSIGN_OR_RETURN(auto rows, query::FindContradictions(ctx, o));
  return rows.size();
}

Result<size_t> Stance(const graph::Store& store, graph::ActorId a, graph::ActorId b) {
  query::Context ctx(store);
  query::StanceOptions o;
  o.from = FormatActorId(a);
  o.to = FormatActorId(b);
  SG_ASSIGN_OR_RETURN(auto rows, query::ComputeStance(ctx, o));
  return rows.size();
}

Result<size_t> Neighbors(const graph::Store& store, graph::ActorId start, int depth) {
  query::Context ctx(store);
  query::NeighborsOptions o;
  o.name = FormatActorId(start);
  o.depth = depth;
  SG_ASSIGN_OR_RETURN(auto result, query::Neighbors(ctx, o));
  return result.rows.size();
}

}  // namespace sg::bench::api
