#include "query/traversal.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <map>
#include <set>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/internal/index_scan.h"

namespace sg::query {
namespace {

using graph::ActorId;
using graph::ClaimId;
namespace keys = graph::keys;

// An actor-claim-actor step found in the indexes: `speaker` made a claim about `target`.
struct Link {
  size_t speaker;  // actor indexes in Subgraph::actors
  size_t target;
};

// The part of the graph reached from the start actor, built level by level from the indexes.
class Subgraph {
 public:
  Subgraph(Context& ctx, ActorId start, size_t max_actors) : ctx_(ctx), max_(max_actors) {
    Add(start);
  }

  // Expands every actor of the last level; returns false when there was nothing to expand.
  Result<bool> ExpandLevel() {
    size_t begin = expanded_, end = actors_.size();
    if (begin == end) return false;
    for (size_t i = begin; i < end && !truncated_; ++i) SG_RETURN_IF_ERROR(Expand(i));
    expanded_ = end;
    return true;
  }

  std::optional<size_t> Find(ActorId id) const {
    auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  const std::vector<ActorId>& actors() const { return actors_; }
  const std::vector<Link>& links() const { return links_; }
  bool truncated() const { return truncated_; }

 private:
  std::optional<size_t> Add(ActorId id) {
    if (auto found = Find(id)) return found;
    if (actors_.size() >= max_) {
      truncated_ = true;
      return std::nullopt;
    }
    index_.emplace(id, actors_.size());
    actors_.push_back(id);
    return actors_.size() - 1;
  }

  void AddLink(size_t speaker, ActorId target, bool target_is_new_side) {
    auto other = Add(target);
    if (!other || *other == speaker) return;
    Link link = target_is_new_side ? Link{speaker, *other} : Link{*other, speaker};
    if (seen_.insert({link.speaker, link.target}).second) links_.push_back(link);
  }

  Status Expand(size_t i) {
    ActorId x = actors_[i];
    std::vector<ActorId> targets;  // x said something about them
    SG_RETURN_IF_ERROR(internal::ScanStance(ctx_, x, [&](ActorId t, const auto&) {
      targets.push_back(t);
      return true;
    }));
    for (ActorId t : targets) AddLink(i, t, true);
    // The distinct speakers of claims about x: one seek each, skipping the rest of their claims.
    std::string prefix = keys::TargetPrefix(x), end = keys::PrefixSuccessor(prefix);
    std::string begin = prefix;
    for (;;) {
      std::optional<ActorId> speaker;
      SG_RETURN_IF_ERROR(ctx_.store().ScanRange(
          graph::Family::kByTarget, begin, end,
          [&](std::string_view key, std::string_view) {
            if (auto e = keys::DecodeTargetKey(key)) speaker = e->speaker;
            return false;
          },
          ctx_.snapshot()));
      if (!speaker) break;
      AddLink(i, *speaker, false);
      begin = keys::PrefixSuccessor(keys::TargetSpeakerPrefix(x, *speaker));
      if (begin.empty()) break;
    }
    return Status::Ok();
  }

  Context& ctx_;
  size_t max_;
  std::vector<ActorId> actors_;
  std::map<ActorId, size_t> index_;
  std::vector<Link> links_;
  std::set<std::pair<size_t, size_t>> seen_;
  size_t expanded_ = 0;
  bool truncated_ = false;
};

// The breadth-first tree from actor 0 of `sub`: for each actor, its distance (-1: unreached),
// its parent and the link that reached it.
struct Tree {
  std::vector<int> distance;
  std::vector<size_t> parent;
  std::vector<size_t> link;
};

struct EdgeProps {
  size_t link = 0;
};
using ActorGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::no_property, EdgeProps>;

class TreeRecorder : public boost::default_bfs_visitor {
 public:
  explicit TreeRecorder(Tree* tree) : tree_(tree) {}
  template <typename E, typename G>
  void tree_edge(E e, const G& g) const {
    auto u = boost::source(e, g), v = boost::target(e, g);
    tree_->distance[v] = tree_->distance[u] + 1;
    tree_->parent[v] = u;
    tree_->link[v] = g[e].link;
  }

 private:
  Tree* tree_;
};

Tree BreadthFirst(const Subgraph& sub) {
  size_t n = sub.actors().size();
  ActorGraph g(n);
  for (size_t i = 0; i < sub.links().size(); ++i) {
    boost::add_edge(sub.links()[i].speaker, sub.links()[i].target, EdgeProps{i}, g);
  }
  Tree tree{std::vector<int>(n, -1), std::vector<size_t>(n, 0), std::vector<size_t>(n, 0)};
  tree.distance[0] = 0;
  boost::breadth_first_search(g, boost::vertex(0, g), boost::visitor(TreeRecorder(&tree)));
  return tree;
}

// The hop from actor `from` to actor `to` over `link`, with the newest claim of that link.
struct PendingHop {
  size_t from, to, link;
};

Result<std::vector<Hop>> MakeHops(Context& ctx, const Subgraph& sub,
                                  const std::vector<PendingHop>& pending) {
  std::vector<ClaimId> evidence;
  for (const PendingHop& p : pending) {
    const Link& l = sub.links()[p.link];
    std::optional<ClaimId> newest;
    SG_RETURN_IF_ERROR(internal::ScanPair(
        ctx, sub.actors()[l.target], sub.actors()[l.speaker], DateRange{},
        [&](const internal::IndexRow& r) {
          newest = r.claim;
          return false;
        },
        /*reverse=*/true));
    if (!newest) return Status::Corruption("stance edge without a claim");
    evidence.push_back(*newest);
  }
  SG_ASSIGN_OR_RETURN(std::vector<ClaimView> views, ctx.Describe(evidence));
  std::vector<Hop> hops;
  for (size_t i = 0; i < pending.size(); ++i) {
    Hop hop;
    SG_ASSIGN_OR_RETURN(hop.from, ctx.Ref(sub.actors()[pending[i].from]));
    SG_ASSIGN_OR_RETURN(hop.to, ctx.Ref(sub.actors()[pending[i].to]));
    hop.forward = sub.links()[pending[i].link].speaker == pending[i].from;
    hop.evidence = std::move(views[i]);
    hops.push_back(std::move(hop));
  }
  return hops;
}

}  // namespace

Result<NeighborsResult> Neighbors(Context& ctx, const NeighborsOptions& options) {
  if (options.depth < 1) return Status::InvalidArgument("--depth must be at least 1");
  SG_ASSIGN_OR_RETURN(ActorId start, ctx.Resolve(options.name));
  Subgraph sub(ctx, start, options.max_actors);
  for (int level = 0; level < options.depth && !sub.truncated(); ++level) {
    SG_ASSIGN_OR_RETURN(bool grew, sub.ExpandLevel());
    if (!grew) break;
  }
  Tree tree = BreadthFirst(sub);
  std::vector<PendingHop> pending;
  std::vector<size_t> reached;
  for (size_t v = 1; v < sub.actors().size(); ++v) {
    if (tree.distance[v] < 1 || tree.distance[v] > options.depth) continue;
    pending.push_back(PendingHop{tree.parent[v], v, tree.link[v]});
    reached.push_back(v);
  }
  SG_ASSIGN_OR_RETURN(std::vector<Hop> hops, MakeHops(ctx, sub, pending));
  NeighborsResult result;
  result.truncated = sub.truncated();
  for (size_t i = 0; i < reached.size(); ++i) {
    NeighborRow row;
    row.actor = hops[i].to;
    row.depth = tree.distance[reached[i]];
    row.via = std::move(hops[i]);
    result.rows.push_back(std::move(row));
  }
  std::sort(result.rows.begin(), result.rows.end(), [](const NeighborRow& a, const NeighborRow& b) {
    return std::tie(a.depth, a.actor.name, a.actor.id) <
           std::tie(b.depth, b.actor.name, b.actor.id);
  });
  return result;
}

Result<PathResult> FindPath(Context& ctx, const PathOptions& options) {
  SG_ASSIGN_OR_RETURN(ActorId from, ctx.Resolve(options.from));
  SG_ASSIGN_OR_RETURN(ActorId to, ctx.Resolve(options.to));
  PathResult result;
  if (from == to) {
    result.found = true;
    return result;
  }
  Subgraph sub(ctx, from, options.max_actors);
  for (int level = 0; level < options.max_depth && !sub.Find(to) && !sub.truncated(); ++level) {
    SG_ASSIGN_OR_RETURN(bool grew, sub.ExpandLevel());
    if (!grew) break;
  }
  auto target = sub.Find(to);
  result.truncated = sub.truncated() && !target;
  if (!target) return result;
  Tree tree = BreadthFirst(sub);
  std::vector<PendingHop> pending;
  for (size_t v = *target; v != 0; v = tree.parent[v]) {
    pending.push_back(PendingHop{tree.parent[v], v, tree.link[v]});
  }
  std::reverse(pending.begin(), pending.end());
  SG_ASSIGN_OR_RETURN(result.hops, MakeHops(ctx, sub, pending));
  result.found = true;
  return result;
}

}  // namespace sg::query
