// MEMBER_OF rollup: downward through the members family, upward through Actor::affiliations.
#include <algorithm>
#include <deque>
#include <set>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/context.h"

namespace sg::query {

using graph::ActorId;

Result<std::vector<ActorId>> Context::MembersOf(ActorId id) {
  std::set<ActorId> seen{id};
  std::deque<ActorId> queue{id};
  Status corrupt;
  while (!queue.empty()) {
    ActorId group = queue.front();
    queue.pop_front();
    SG_RETURN_IF_ERROR(store_.Scan(
        graph::Family::kMembers, graph::keys::MemberPrefix(group),
        [&](std::string_view key, std::string_view) {
          auto entry = graph::keys::DecodeMemberKey(key);
          if (!entry) {
            corrupt =
                Status::Corruption("malformed members key under " + graph::FormatActorId(group));
            return false;
          }
          if (seen.insert(entry->member).second) queue.push_back(entry->member);
          return true;
        },
        snapshot()));
    SG_RETURN_IF_ERROR(corrupt);
  }
  return std::vector<ActorId>(seen.begin(), seen.end());
}

Result<std::vector<ActorId>> Context::Side(ActorId id, bool rollup) {
  if (!rollup) return std::vector<ActorId>{id};
  return MembersOf(id);
}

Result<ActorId> Context::RootOf(ActorId id) {
  if (auto it = roots_.find(id); it != roots_.end()) return it->second;
  std::set<ActorId> seen{id};
  ActorId current = id;
  for (;;) {
    SG_ASSIGN_OR_RETURN(const graph::Actor* actor, GetActor(current));
    if (actor == nullptr || actor->affiliations.empty()) break;
    const graph::Affiliation* main = &actor->affiliations.front();
    for (const graph::Affiliation& a : actor->affiliations) {
      if (a.articles > main->articles || (a.articles == main->articles && a.group < main->group)) {
        main = &a;
      }
    }
    if (!seen.insert(main->group).second) break;  // a cycle: stop below the repeat
    current = main->group;
  }
  roots_[id] = current;
  return current;
}

}  // namespace sg::query
