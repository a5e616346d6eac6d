// `stancegraph neighbors` and `stancegraph path`: traversals of the actor-claim-actor graph.
//
// Two actors are adjacent when one made a claim about the other (SAID then ABOUT); each hop is
// shown with its evidence, the newest such claim. The subgraph is built by expanding from the
// start actor through the indexes, one breadth-first level at a time, never by loading the
// store: an actor's targets come from its stored STANCE edges, the actors who spoke about it
// from its by_target prefix (one seek per distinct speaker). Boost.Graph then runs the
// breadth-first search (distances, shortest path) over that subgraph.
//
// Errors: as Context::Resolve for names; InvalidArgument for a depth below 1.
#ifndef SG_QUERY_TRAVERSAL_H_
#define SG_QUERY_TRAVERSAL_H_

#include <string>
#include <vector>

#include "query/context.h"
#include "query/results.h"

namespace sg::query {

struct NeighborsOptions {
  // The start actor (name, alias or id).
  // Default: ""
  std::string name;
  // Actors up to this many hops away.
  // Default: 1
  int depth = 1;
  // Stop expanding once this many actors are reached (a hub at depth 3 can reach most of a
  // graph); the answer then says it is truncated.
  // Default: 10000
  size_t max_actors = 10000;
};

struct NeighborsResult {
  std::vector<NeighborRow> rows;  // by depth, then name; the start actor is not listed
  bool truncated = false;
};

Result<NeighborsResult> Neighbors(Context& ctx, const NeighborsOptions& options);

struct PathOptions {
  // Default: ""
  std::string from;
  // Default: ""
  std::string to;
  // Give up beyond this many hops.
  // Default: 6
  int max_depth = 6;
  // Default: 100000
  size_t max_actors = 100000;
};

struct PathResult {
  std::vector<Hop> hops;  // from `from` to `to`; empty when none was found (or from == to)
  bool found = false;
  bool truncated = false;  // the search stopped at max_actors before finding a path
};

// A shortest path (fewest hops) from `from` to `to`, ignoring the direction of claims.
Result<PathResult> FindPath(Context& ctx, const PathOptions& options);

}  // namespace sg::query

#endif  // SG_QUERY_TRAVERSAL_H_
