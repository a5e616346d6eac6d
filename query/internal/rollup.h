// Private to sg_query: the MEMBER_OF rollup rule, shared by the queries (Context::RootOf) and the
// stance export (export_stance.cc), so that `--rollup` folds a person into the same country or
// body everywhere.
//
// An actor speaks for its primary group: the group its affiliations name in the most articles
// (an actor's affiliations with one group under several roles add up; an affiliation with
// itself is ignored), ties to the smaller id. Its root is found by following primary groups
// upward until an actor without one. A cycle of groups ends at the smallest id on the cycle, so
// every actor on it gets the same root wherever the walk starts. An affiliation with a group
// that has no stored record ends the walk at the last stored actor.
#ifndef SG_QUERY_INTERNAL_ROLLUP_H_
#define SG_QUERY_INTERNAL_ROLLUP_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>

#include "graph/model.h"
#include "graph/status.h"

namespace sg::query::internal {

// The group `actor` speaks for; nullopt when it has none.
std::optional<graph::ActorId> PrimaryGroup(const graph::Actor& actor);

// Finds roots, remembering every actor a walk passed through.
class RootFinder {
 public:
  // Returns the stored record of an actor, or null when none is stored. The pointer needs to
  // stay valid only until the next call.
  using Getter = std::function<Result<const graph::Actor*>(graph::ActorId)>;

  explicit RootFinder(Getter get) : get_(std::move(get)) {}

  // The root of `id`; `id` itself when it has no stored record or no group.
  Result<graph::ActorId> RootOf(graph::ActorId id);
  // The same, starting from a record in hand (saves reading it again).
  Result<graph::ActorId> RootOf(const graph::Actor& actor);

  // The root found earlier for `id`, if any walk passed through it.
  std::optional<graph::ActorId> Known(graph::ActorId id) const {
    auto it = roots_.find(id.value);
    if (it == roots_.end()) return std::nullopt;
    return it->second;
  }

 private:
  Result<graph::ActorId> Walk(graph::ActorId id, const graph::Actor* record);

  Getter get_;
  std::unordered_map<uint64_t, graph::ActorId> roots_;
};

}  // namespace sg::query::internal

#endif  // SG_QUERY_INTERNAL_ROLLUP_H_
