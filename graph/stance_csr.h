// StanceCsr: the actor-to-actor STANCE edges of a store (speaker -> target, one edge per pair
// whatever the number of claims) as a Boost.Graph compressed_sparse_row_graph, for multi-hop
// neighbourhoods over the whole graph.
//
// Why: a 2- or 3-hop neighbourhood read from the `stance` family costs one iterator seek per
// actor of the frontier and one step per edge, and from a typical actor it reaches a large share
// of all actors (docs/performance.md); in this form an expansion is a slice of one array.
// Vertices are the actors that have at least one STANCE edge, in id order (a vertex maps to its
// id by position and back by binary search); 32-bit indices, so an edge costs 4 bytes and a
// vertex 12 (row offset and id).
//
// Built from the keys of the `stance` family alone, at one snapshot: a StanceCsr does not see
// articles written after it was built (rebuild it, or ask the store for fresh 1-hop answers).
//
// Errors: Corruption for a malformed stance key; InvalidArgument past 2^32 - 1 vertices or edges.
// Thread safety: a built StanceCsr is immutable and may be read from several threads.
#ifndef SG_GRAPH_STANCE_CSR_H_
#define SG_GRAPH_STANCE_CSR_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <optional>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace sg::graph {

using StanceGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                       boost::no_property, boost::no_property,
                                                       uint32_t, uint32_t>;

class StanceCsr {
 public:
  // The STANCE edges stored at `snapshot` (null: a snapshot of its own).
  static Result<StanceCsr> Build(const Store& store, const Snapshot* snapshot = nullptr);

  const StanceGraph& graph() const { return graph_; }
  size_t num_actors() const { return actors_.size(); }
  size_t num_edges() const { return boost::num_edges(graph_); }
  // The vertex of an actor; nullopt when it has no STANCE edge.
  std::optional<uint32_t> Find(ActorId id) const;
  ActorId actor(uint32_t vertex) const { return actors_[vertex]; }

  // The distinct actors reachable from `start` along STANCE edges in 1..depth hops, nearest
  // first (breadth-first order), without `start` itself. Empty when `start` has no edge.
  std::vector<ActorId> Neighbourhood(ActorId start, int depth) const;

  // Bytes held by the row offsets, the edge targets and the id map.
  size_t MemoryBytes() const;

 private:
  StanceCsr() = default;

  StanceGraph graph_;
  std::vector<ActorId> actors_;  // sorted; vertex i is actors_[i]
};

}  // namespace sg::graph

#endif  // SG_GRAPH_STANCE_CSR_H_
