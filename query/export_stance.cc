// The stance view: actors and the signed, weighted STANCE edges between them, optionally folded
// into the groups the actors speak for (rollup).
#include <cmath>
#include <map>
#include <unordered_map>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/export_select.h"
#include "query/internal/rollup.h"

namespace sg::query::internal {

using graph::Actor;
using graph::ActorId;
using graph::Date;
using graph::StanceAggregate;
namespace keys = graph::keys;

namespace {

enum StanceNodeAttr : int { kMembers = kSharedNodeAttrs };
enum StanceEdgeAttr : int {
  kEdgeKind = 0,
  kSum,
  kMean,
  kCount,
  kHostile,
  kNeutral,
  kFriendly,
  kFirst,
  kLast,
};

void Merge(StanceAggregate* into, const StanceAggregate& from) {
  into->sum += from.sum;
  into->hostile += from.hostile;
  into->neutral += from.neutral;
  into->friendly += from.friendly;
  if (from.first.known() && (!into->first.known() || from.first < into->first)) {
    into->first = from.first;
  }
  if (from.last > into->last) into->last = from.last;
}

class StanceView {
 public:
  StanceView(const graph::Store& store, const ExportOptions& options,
             const graph::Snapshot* snapshot, GraphSink& sink)
      : store_(store), options_(options), snapshot_(snapshot), sink_(sink) {}

  Result<ExportStats> Run() {
    SG_ASSIGN_OR_RETURN(hood_, FindNeighbourhood(store_, options_, snapshot_));
    window_ = Window{options_.since, options_.until};
    filtered_ = hood_.has_value() || window_.active() || options_.min_weight > 0;
    if (options_.rollup) {
      SG_RETURN_IF_ERROR(ComputeRoots());
      SG_RETURN_IF_ERROR(FoldEdges());
    } else if (filtered_) {
      SG_RETURN_IF_ERROR(ForEachStanceEdge([&](ActorId from, ActorId to, const StanceAggregate&) {
        endpoints_.Add(from);
        endpoints_.Add(to);
        return Status::Ok();
      }));
    }
    if (hood_) endpoints_.Add(options_.rollup ? RootKnown(hood_->center) : hood_->center);
    endpoints_.Seal();

    SG_RETURN_IF_ERROR(sink_.Begin(StanceSchema()));
    SG_RETURN_IF_ERROR(Nodes());
    if (options_.rollup) {
      for (const auto& [pair, agg] : folded_) {
        SG_RETURN_IF_ERROR(EmitEdge(ActorId{pair.first}, ActorId{pair.second}, agg));
      }
    } else {
      SG_RETURN_IF_ERROR(
          ForEachStanceEdge([&](ActorId from, ActorId to, const StanceAggregate& agg) {
            return EmitEdge(from, to, agg);
          }));
    }
    SG_RETURN_IF_ERROR(sink_.End());
    return stats_;
  }

 private:
  using EdgeFn = std::function<Status(ActorId, ActorId, const StanceAggregate&)>;

  bool Heavy(const StanceAggregate& agg) const {
    return std::fabs(static_cast<double>(agg.sum)) >= options_.min_weight;
  }

  // The claims of `from` about `to` inside the window, aggregated.
  Result<StanceAggregate> InWindow(ActorId from, ActorId to) {
    std::string prefix = keys::TargetSpeakerPrefix(to, from);
    std::string begin = prefix, end = prefix;
    keys::PutU32(&begin, std::max<uint32_t>(window_.since.yyyymmdd, 1));
    if (window_.until.known()) {
      keys::PutU32(&end, window_.until.yyyymmdd + 1);
    } else {
      end = keys::PrefixSuccessor(prefix);
    }
    StanceAggregate agg;
    Status inner;
    SG_RETURN_IF_ERROR(store_.ScanRange(
        graph::Family::kByTarget, begin, end,
        [&](std::string_view key, std::string_view value) {
          auto e = keys::DecodeTargetKey(key);
          Result<graph::ClaimSummary> s = graph::DecodeClaimSummary(value);
          if (!e || !s.ok()) {
            inner = Status::Corruption("malformed entry in by_target");
            return false;
          }
          StanceAggregate one;
          one.sum = s->stance;
          (s->stance < 0 ? one.hostile : s->stance > 0 ? one.friendly : one.neutral) = 1;
          one.first = one.last = e->date;
          Merge(&agg, one);
          return true;
        },
        snapshot_));
    SG_RETURN_IF_ERROR(inner);
    return agg;
  }

  // Calls fn for every stored STANCE edge inside the neighbourhood and window, in key order;
  // without rollup, only those passing min_weight.
  Status ForEachStanceEdge(const EdgeFn& fn) {
    Status inner;
    SG_RETURN_IF_ERROR(store_.Scan(
        graph::Family::kStance, "",
        [&](std::string_view key, std::string_view value) {
          inner = [&]() -> Status {
            auto e = keys::DecodeStanceKey(key);
            if (!e) return Status::Corruption("malformed key in stance");
            if (hood_ && (!hood_->actors.Has(e->from) || !hood_->actors.Has(e->to))) {
              return Status::Ok();
            }
            StanceAggregate agg;
            if (window_.active()) {
              SG_ASSIGN_OR_RETURN(agg, InWindow(e->from, e->to));
            } else {
              SG_ASSIGN_OR_RETURN(agg, graph::DecodeStanceAggregate(value));
            }
            if (agg.count() == 0) return Status::Ok();
            if (!options_.rollup && !Heavy(agg)) return Status::Ok();
            return fn(e->from, e->to, agg);
          }();
          return inner.ok();
        },
        snapshot_));
    return inner;
  }

  // The root ComputeRoots found (it walks every stored actor); `id` itself for any other.
  ActorId RootKnown(ActorId id) const { return roots_.Known(id).value_or(id); }

  Status ComputeRoots() {
    return ForEachActor(store_, snapshot_, [&](const Actor& a) -> Status {
      SG_ASSIGN_OR_RETURN(ActorId root, roots_.RootOf(a));
      if (root != a.id) members_[root.value] += 1;
      return Status::Ok();
    });
  }

  Status FoldEdges() {
    SG_RETURN_IF_ERROR(ForEachStanceEdge([&](ActorId from, ActorId to, const StanceAggregate& agg) {
      uint64_t f = RootKnown(from).value, t = RootKnown(to).value;
      Merge(&folded_[{f, t}], agg);
      return Status::Ok();
    }));
    for (auto it = folded_.begin(); it != folded_.end();) {
      if (!Heavy(it->second)) {
        it = folded_.erase(it);
        continue;
      }
      if (filtered_) {
        endpoints_.Add(ActorId{it->first.first});
        endpoints_.Add(ActorId{it->first.second});
      }
      ++it;
    }
    return Status::Ok();
  }

  Status EmitNode(const Actor& actor) {
    SG_ASSIGN_OR_RETURN(ExportNode node, MakeActorNode(store_, snapshot_, actor));
    if (options_.rollup) {
      auto it = members_.find(actor.id.value);
      AddAttr(&node.attrs, kMembers, int64_t(it == members_.end() ? 0 : it->second));
    }
    out_.Add(actor.id);
    ++stats_.nodes;
    return sink_.Node(node);
  }

  Status Nodes() {
    if (!filtered_) {
      SG_RETURN_IF_ERROR(ForEachActor(store_, snapshot_, [&](const Actor& a) -> Status {
        if (options_.rollup && RootKnown(a.id) != a.id) return Status::Ok();
        return EmitNode(a);
      }));
    } else {
      for (ActorId id : endpoints_.ids()) {
        SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store_.GetActor(id, snapshot_));
        if (actor) SG_RETURN_IF_ERROR(EmitNode(*actor));
      }
    }
    out_.Seal();
    return Status::Ok();
  }

  Status EmitEdge(ActorId from, ActorId to, const StanceAggregate& agg) {
    if (!out_.Has(from) || !out_.Has(to)) {
      ++stats_.skipped_edges;
      return Status::Ok();
    }
    ExportEdge e;
    e.kind = 0;
    e.source = graph::FormatActorId(from);
    e.target = graph::FormatActorId(to);
    e.id = "stance:" + e.source + ":" + e.target;
    e.weight = agg.count();
    e.tone = agg.sum < 0 ? -1 : agg.sum > 0 ? 1 : 0;
    e.start = agg.first;
    e.end = agg.last;
    AddAttr(&e.attrs, kEdgeKind, std::string("STANCE"));
    AddAttr(&e.attrs, kSum, agg.sum);
    AddAttr(&e.attrs, kMean, static_cast<double>(agg.sum) / agg.count());
    AddAttr(&e.attrs, kCount, int64_t{agg.count()});
    AddAttr(&e.attrs, kHostile, int64_t{agg.hostile});
    AddAttr(&e.attrs, kNeutral, int64_t{agg.neutral});
    AddAttr(&e.attrs, kFriendly, int64_t{agg.friendly});
    if (agg.first.known()) AddAttr(&e.attrs, kFirst, agg.first.ToString());
    if (agg.last.known()) AddAttr(&e.attrs, kLast, agg.last.ToString());
    ++stats_.edges;
    return sink_.Edge(e);
  }

  const graph::Store& store_;
  const ExportOptions& options_;
  const graph::Snapshot* snapshot_;
  GraphSink& sink_;
  std::optional<Neighbourhood> hood_;
  Window window_;
  bool filtered_ = false;
  IdSet<ActorId> endpoints_;  // actors to write when filtered
  IdSet<ActorId> out_;        // actors written
  // Rollup: every actor's root, members per root, and the folded edges by (from, to).
  // Rollup: the rule of query/internal/rollup.h, reading records through `fetched_`.
  std::optional<Actor> fetched_;
  RootFinder roots_{[this](ActorId id) -> Result<const Actor*> {
    SG_ASSIGN_OR_RETURN(fetched_, store_.GetActor(id, snapshot_));
    return fetched_ ? &*fetched_ : nullptr;
  }};
  std::unordered_map<uint64_t, uint64_t> members_;
  std::map<std::pair<uint64_t, uint64_t>, StanceAggregate> folded_;
  ExportStats stats_;
};

}  // namespace

const ExportSchema& StanceSchema() {
  static const ExportSchema* schema = [] {
    auto* s = new ExportSchema;
    s->view = ExportView::kStance;
    s->node_kinds = {"actor"};
    s->edge_kinds = {"STANCE"};
    using T = AttrType;
    AddSharedNodeAttrs(&s->node_attrs, ~0u);
    s->node_attrs.push_back({"members", T::kInt});  // kMembers
    s->edge_attrs = {
        {"kind", T::kString},  {"stance", T::kLong}, {"mean_stance", T::kDouble},
        {"count", T::kInt},    {"hostile", T::kInt}, {"neutral", T::kInt},
        {"friendly", T::kInt}, {"first", T::kDate},  {"last", T::kDate},
    };
    return s;
  }();
  return *schema;
}

Result<ExportStats> StreamStanceView(const graph::Store& store, const ExportOptions& options,
                                     const graph::Snapshot* snapshot, GraphSink& sink) {
  StanceView view(store, options, snapshot, sink);
  return view.Run();
}

}  // namespace sg::query::internal
