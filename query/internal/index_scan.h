// Private to sg_query: prefix scans of the claim index families (by_speaker, by_target,
// by_proposition) decoded into plain rows, with the date window applied through the key range
// where the key layout allows it.
#ifndef SG_QUERY_INTERNAL_INDEX_SCAN_H_
#define SG_QUERY_INTERNAL_INDEX_SCAN_H_

#include <functional>
#include <string>
#include <vector>

#include "graph/codec.h"
#include "graph/model.h"
#include "graph/status.h"
#include "query/context.h"

namespace sg::query::internal {

// Above this many (speaker, target) pairs, "by X about Y" scans each target's prefix once and
// filters speakers instead of seeking every pair.
inline constexpr size_t kMaxPairScans = 256;

// One entry of by_speaker (target invalid, summary.stance = most hostile stance) or by_target
// (summary.stance = stance toward `target`).
struct IndexRow {
  graph::ClaimId claim;
  graph::ActorId speaker;
  graph::ActorId target;
  graph::Date date;
  graph::ClaimSummary summary;
};
using RowFn = std::function<bool(const IndexRow&)>;

// Claims by `speaker` in `dates`, in date order: one range scan (the date is in the key).
Status ScanBySpeaker(Context& ctx, graph::ActorId speaker, const DateRange& dates, const RowFn& fn);

// Claims about `target` in `dates`: the whole prefix `target`, filtered by date.
Status ScanByTarget(Context& ctx, graph::ActorId target, const DateRange& dates, const RowFn& fn);

// Every by_target entry in `dates`: all ABOUT edges (only for queries without an actor).
Status ScanAllTargets(Context& ctx, const DateRange& dates, const RowFn& fn);

// The stored STANCE edges from `from` (the stance family), in order of the target's id.
using StanceFn = std::function<bool(graph::ActorId to, const graph::StanceAggregate&)>;
Status ScanStance(Context& ctx, graph::ActorId from, const StanceFn& fn);

// Claims by `speaker` about `target` in `dates`, in date order: one range scan. `reverse`: newest
// first.
Status ScanPair(Context& ctx, graph::ActorId target, graph::ActorId speaker, const DateRange& dates,
                const RowFn& fn, bool reverse = false);

// One entry of by_proposition.
struct PropositionRow {
  graph::ActorId agent;
  std::string predicate;
  graph::ActorId patient;
  graph::ClaimId claim;
  graph::PropositionValue value;
};
using PropositionFn = std::function<bool(const PropositionRow&)>;

// Every by_proposition entry whose key starts with `prefix` (graph::keys::PropositionPrefix), in
// key order: claims of one agent and predicate are adjacent.
Status ScanPropositions(Context& ctx, const std::string& prefix, const PropositionFn& fn);

// The same entries, one (agent, predicate) run at a time; only one run is held in memory. Takes
// the store and snapshot so that the export, which has no Context, streams the same way.
using RunFn = std::function<Status(const std::vector<PropositionRow>& run)>;
Status ScanPropositionRuns(const graph::Store& store, const graph::Snapshot* snapshot,
                           const std::string& prefix, const RunFn& fn);

// The contradiction rule of query/contradictions.h for two entries of one (agent, predicate)
// run: different claims, the same patient or a missing one on either side, opposite polarities
// (1 against -1). The one rule both `stancegraph contradictions` and the export's CONTRADICTS
// edges follow.
bool Contradict(const PropositionRow& x, const PropositionRow& y);

// Calls fn(asserting, denying) for every contradicting pair within `run`, once each, in the
// order of the run.
using PairFn =
    std::function<Status(const PropositionRow& asserting, const PropositionRow& denying)>;
Status ForEachPairInRun(const std::vector<PropositionRow>& run, const PairFn& fn);

// Calls fn(asserting, denying) for the contradicting pairs within `run` that join each claim
// `include` accepts (all when empty) to the nearest accepted claim before it and the nearest
// after it (by date, then claim id) that it contradicts, once each, in the order of the
// asserting then the denying claim id. At most two pairs per claim, where ForEachPairInRun
// gives as many as assertions times denials; still every claim that contradicts another
// accepted claim is in at least one pair.
using RowFilter = std::function<bool(const PropositionRow&)>;
Status ForEachNearestPairInRun(const std::vector<PropositionRow>& run, const RowFilter& include,
                               const PairFn& fn);

}  // namespace sg::query::internal

#endif  // SG_QUERY_INTERNAL_INDEX_SCAN_H_
