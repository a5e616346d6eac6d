// Pieces of the export's subgraph selection shared by the claims view (export_subgraph.cc) and
// the stance view (export_stance.cc): id sets, the neighbourhood of an actor, the time window,
// actor nodes, and the contradiction pairs. Internal to sg_query.
#ifndef SG_QUERY_EXPORT_SELECT_H_
#define SG_QUERY_EXPORT_SELECT_H_

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/codec.h"
#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/export.h"
#include "query/export_internal.h"

namespace sg::query::internal {

// A set of ids as a sorted vector: 8 (actors, articles) or 16 (claims) bytes per id.
template <typename T>
class IdSet {
 public:
  // Add in any order, then Seal before Has.
  void Add(const T& id) { ids_.push_back(id); }
  void Seal() {
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  }
  bool Has(const T& id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }
  const std::vector<T>& ids() const { return ids_; }
  size_t size() const { return ids_.size(); }

 private:
  std::vector<T> ids_;
};

// The actors within options.depth steps of options.around (see ExportOptions::around).
struct Neighbourhood {
  graph::ActorId center;
  IdSet<graph::ActorId> actors;  // sealed; holds center
};

// nullopt when options.around is empty. InvalidArgument for an unknown or ambiguous name or a
// negative depth.
Result<std::optional<Neighbourhood>> FindNeighbourhood(const graph::Store& store,
                                                       const ExportOptions& options,
                                                       const graph::Snapshot* snapshot);

// The claim-date window of the options.
struct Window {
  graph::Date since;  // unknown: open
  graph::Date until;  // unknown: open
  bool active() const { return since.known() || until.known(); }
  // Undated claims are outside any active window.
  bool Contains(graph::Date date) const {
    if (!active()) return true;
    if (!date.known()) return false;
    return (!since.known() || date >= since) && (!until.known() || date <= until);
  }
};

// Calls fn for every claim in the store, in id order.
Status ForEachClaim(const graph::Store& store, const graph::Snapshot* snapshot,
                    const std::function<Status(const graph::Claim&)>& fn);
// Calls fn for the stored claims among `ids` (sorted), in that order; absent ones are skipped.
Status ForEachClaimOf(const graph::Store& store, const graph::Snapshot* snapshot,
                      const std::vector<graph::ClaimId>& ids,
                      const std::function<Status(const graph::Claim&)>& fn);
// Calls fn for every dated claim whose date lies in `window`, in id order (collects the ids
// from the by_date index first).
Status ForEachClaimInWindow(const graph::Store& store, const graph::Snapshot* snapshot,
                            const Window& window,
                            const std::function<Status(const graph::Claim&)>& fn);
// Calls fn for every actor record, in id order.
Status ForEachActor(const graph::Store& store, const graph::Snapshot* snapshot,
                    const std::function<Status(const graph::Actor&)>& fn);
// Calls fn for every article record, in id order.
Status ForEachArticle(const graph::Store& store, const graph::Snapshot* snapshot,
                      const std::function<Status(const graph::Article&)>& fn);

// The node of `actor` with the actor attributes shared by both schemas (kind, label,
// actor_kind, aliases, articles, claims_made, claims_received, first_seen, last_seen); first
// and last seen are the earliest and latest dated claim by or about the actor.
Result<ExportNode> MakeActorNode(const graph::Store& store, const graph::Snapshot* snapshot,
                                 const graph::Actor& actor);

// A pair of contradicting claims, by the rule of query/contradictions.h (internal::Contradict in
// query/internal/index_scan.h): same agent and predicate, patients equal or one missing,
// opposite polarities (1 against -1). Polarity already says whether a claim denies its
// proposition (graph/model.h), so Proposition::negated is not used. `first` < `second`.
struct Contradiction {
  graph::ClaimId first;
  graph::ClaimId second;
  std::string predicate;
  graph::Date first_date;
  graph::Date second_date;
};

// Calls fn for contradicting pairs, in the order of the by_proposition index, holding one
// (agent, predicate) run at a time: with `all_pairs` every pair (the streaming pair iterator
// query::FindContradictions scans with, internal::ForEachPairInRun), else each claim joined to
// the nearest claims before and after it that it contradicts (internal::ForEachNearestPairInRun:
// at most two per claim). `include` (may be empty) limits both to the claims it accepts.
Status ForEachContradiction(const graph::Store& store, const graph::Snapshot* snapshot,
                            bool all_pairs, const std::function<bool(graph::ClaimId)>& include,
                            const std::function<Status(const Contradiction&)>& fn);

// Runs the stance view (export_stance.cc).
Result<ExportStats> StreamStanceView(const graph::Store& store, const ExportOptions& options,
                                     const graph::Snapshot* snapshot, GraphSink& sink);

// Appends the node attributes both schemas start with (SharedNodeAttr order): kind and label for
// every node kind, the actor attributes for the kinds in mask `actor`.
void AddSharedNodeAttrs(std::vector<AttrSpec>* attrs, uint32_t actor);

// Attribute indexes shared by both schemas' actor nodes.
enum SharedNodeAttr : int {
  kNodeKind = 0,
  kNodeLabel,
  kNodeActorKind,
  kNodeAliases,
  kNodeArticles,
  kNodeClaimsMade,
  kNodeClaimsReceived,
  kNodeFirstSeen,
  kNodeLastSeen,
  kSharedNodeAttrs,  // the next free index
};

}  // namespace sg::query::internal

#endif  // SG_QUERY_EXPORT_SELECT_H_
