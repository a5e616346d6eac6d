// `stancegraph actors` and `stancegraph actor NAME`.
//
// ListActors reads the actors family (one record per actor; activity is not indexed, so ranking
// costs one pass over the actors, never over the claims). DescribeActor reads one actor record,
// its members' prefix, its stored STANCE edges (toward others), the claims about it (by_target
// prefix, for others' stance toward it) and its newest claims (by_speaker, newest first).
//
// Errors: as Context::Resolve for names; InvalidArgument for an unknown kind.
#ifndef SG_QUERY_ACTORS_H_
#define SG_QUERY_ACTORS_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "query/context.h"
#include "query/results.h"

namespace sg::query {

struct ActorsOptions {
  // Only actors of this kind.
  // Default: none (every kind)
  std::optional<graph::ActorKind> kind;
  // At most this many actors, the most active first. 0: all.
  // Default: 0
  size_t top = 0;
  // Only actors that are no member of another, each with its members' activity (transitively)
  // added: the countries and bodies people speak for.
  // Default: false
  bool rollup = false;
};

// Actors ordered by activity (claims made + received, descending), then name.
Result<std::vector<ActorRow>> ListActors(Context& ctx, const ActorsOptions& options);

struct ActorOptions {
  // Default: ""
  std::string name;
  // Counterparts listed each way, strongest stance first.
  // Default: 5
  size_t counterparts = 5;
  // Newest claims shown.
  // Default: 3
  size_t recent = 3;
};

Result<ActorInfo> DescribeActor(Context& ctx, const ActorOptions& options);

}  // namespace sg::query

#endif  // SG_QUERY_ACTORS_H_
