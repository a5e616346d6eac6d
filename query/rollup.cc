// MEMBER_OF rollup: downward through the members family, upward through Actor::affiliations.
#include "query/internal/rollup.h"

#include <algorithm>
#include <deque>
#include <map>
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

Result<ActorId> Context::RootOf(ActorId id) { return roots_->RootOf(id); }

namespace internal {

std::optional<ActorId> PrimaryGroup(const graph::Actor& actor) {
  std::map<ActorId, uint64_t> votes;
  for (const graph::Affiliation& a : actor.affiliations) {
    if (a.group != actor.id) votes[a.group] += a.articles;
  }
  std::optional<ActorId> best;
  uint64_t best_votes = 0;
  for (const auto& [group, n] : votes) {  // ascending ids: the first maximum is the smallest
    if (!best || n > best_votes) best = group, best_votes = n;
  }
  return best;
}

Result<ActorId> RootFinder::RootOf(ActorId id) {
  if (auto known = Known(id)) return *known;
  SG_ASSIGN_OR_RETURN(const graph::Actor* record, get_(id));
  return Walk(id, record);
}

Result<ActorId> RootFinder::RootOf(const graph::Actor& actor) {
  if (auto known = Known(actor.id)) return *known;
  return Walk(actor.id, &actor);
}

Result<ActorId> RootFinder::Walk(ActorId id, const graph::Actor* record) {
  std::vector<ActorId> path;
  ActorId current = id, root = id;
  for (;;) {
    if (auto known = Known(current)) {
      root = *known;
      break;
    }
    if (auto seen = std::find(path.begin(), path.end(), current); seen != path.end()) {
      root = *std::min_element(seen, path.end());  // a cycle
      break;
    }
    if (record == nullptr) {  // not stored: `id` itself, or the group of a dangling affiliation
      root = path.empty() ? current : path.back();
      break;
    }
    path.push_back(current);
    std::optional<ActorId> group = PrimaryGroup(*record);
    if (!group) {
      root = current;
      break;
    }
    current = *group;
    SG_ASSIGN_OR_RETURN(record, get_(current));
  }
  for (ActorId p : path) roots_[p.value] = root;
  if (path.empty()) roots_[id.value] = root;
  return root;
}

}  // namespace internal

}  // namespace sg::query
