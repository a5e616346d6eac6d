// Name resolution through the alias index, with a "did you mean" for unknown names.
#include "query/internal/resolve.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/context.h"

namespace sg::query {
namespace {

using graph::ActorId;

// At most this many alias keys are read for a suggestion (per pass), whatever the graph's size.
constexpr size_t kMaxSuggestionScan = 20000;

// Levenshtein distance over bytes, giving up (returning limit + 1) once every cell of a row
// exceeds `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1), next(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    next[0] = i;
    size_t best = next[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + cost});
      best = std::min(best, next[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(row, next);
  }
  return row[b.size()];
}

struct Suggestion {
  size_t distance = SIZE_MAX;
  std::string alias;
  ActorId actor;
};

// Reads up to kMaxSuggestionScan alias keys starting with `prefix` and keeps the closest alias
// to `wanted` within `limit` edits.
Status ScanSuggestions(const graph::Store& store, const graph::Snapshot* snapshot,
                       std::string_view prefix, std::string_view wanted, size_t limit,
                       Suggestion* best) {
  size_t read = 0;
  return store.Scan(
      graph::Family::kAliases, prefix,
      [&](std::string_view key, std::string_view) {
        auto entry = graph::keys::DecodeAliasKey(key);
        if (entry) {
          size_t d = EditDistance(wanted, entry->alias, limit);
          if (d <= limit && std::tie(d, entry->alias) < std::tie(best->distance, best->alias)) {
            *best = Suggestion{d, entry->alias, entry->actor};
          }
        }
        return ++read < kMaxSuggestionScan;
      },
      snapshot);
}

std::string Quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

namespace internal {

Result<ActorId> ResolveName(const graph::Store& store, const graph::Snapshot* snapshot,
                            std::string_view name, const KnownNames& known_names) {
  auto get = [&](ActorId id) { return store.GetActor(id, snapshot); };
  if (auto id = graph::ParseActorId(name)) {
    SG_ASSIGN_OR_RETURN(std::optional<graph::Actor> actor, get(*id));
    if (!actor) return Status::NotFound("no actor " + std::string(name));
    return *id;
  }
  std::string wanted = graph::NormalizeName(name);
  if (wanted.empty()) {
    return Status::InvalidArgument("actor name " + Quote(name) + " has no letters or digits");
  }
  SG_ASSIGN_OR_RETURN(std::vector<ActorId> found, store.FindActorsByAlias(name, snapshot));
  if (found.empty() && known_names) {
    // A name the articles never used for the actor ("US", "Washington"): its canonical name.
    std::string canonical = known_names(name);
    if (!canonical.empty() && graph::NormalizeName(canonical) != wanted) {
      SG_ASSIGN_OR_RETURN(found, store.FindActorsByAlias(canonical, snapshot));
      wanted = graph::NormalizeName(canonical);
    }
  }
  if (found.size() == 1) return found.front();
  if (found.size() > 1) {
    std::vector<std::tuple<std::string, std::string, ActorId>> candidates;
    ActorId canonical;
    int canonical_count = 0;
    for (ActorId id : found) {
      SG_ASSIGN_OR_RETURN(std::optional<graph::Actor> actor, get(id));
      if (!actor) continue;
      if (graph::NormalizeName(actor->name) == wanted) {
        canonical = id;
        ++canonical_count;
      }
      candidates.emplace_back(actor->name, std::string(graph::ToString(actor->kind)), id);
    }
    if (canonical_count == 1) return canonical;
    if (candidates.size() == 1) return std::get<2>(candidates.front());
    std::sort(candidates.begin(), candidates.end());
    std::string message = "ambiguous actor " + Quote(name) + ": ";
    for (size_t i = 0; i < candidates.size(); ++i) {
      const auto& [cname, kind, id] = candidates[i];
      if (i > 0) message += ", ";
      message += Quote(cname) + " (" + kind + ", " + graph::FormatActorId(id) + ")";
    }
    message += "; give the full name or the actor id";
    return Status::InvalidArgument(std::move(message));
  }
  // Unknown: suggest the closest alias, first among those sharing the first byte, then among the
  // first aliases of the index (which covers every alias of a small graph).
  size_t limit = std::clamp<size_t>(wanted.size() / 3, 1, 3);
  Suggestion best;
  SG_RETURN_IF_ERROR(ScanSuggestions(store, snapshot, wanted.substr(0, 1), wanted, limit, &best));
  if (best.distance > limit) {
    SG_RETURN_IF_ERROR(ScanSuggestions(store, snapshot, "", wanted, limit, &best));
  }
  std::string message = "unknown actor " + Quote(name);
  if (best.distance <= limit) {
    SG_ASSIGN_OR_RETURN(std::optional<graph::Actor> actor, get(best.actor));
    if (actor) message += "; did you mean " + Quote(actor->name) + "?";
  }
  return Status::NotFound(std::move(message));
}

}  // namespace internal

Result<ActorId> Context::Resolve(std::string_view name) {
  return internal::ResolveName(store_, snapshot(), name, known_names_);
}

}  // namespace sg::query
