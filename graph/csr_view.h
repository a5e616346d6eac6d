// CsrView: the whole stored graph as a Boost.Graph compressed_sparse_row_graph, for traversals
// and analytics over every claim (where graph::View's adjacency_list, ~100 bytes per edge, would
// not fit).
//
// Vertices: actors, then articles, then claims, each block sorted by id, so a vertex is found by
// binary search and maps back to its id by position. Edges as in graph::View: SAID (actor ->
// claim), ABOUT (claim -> actor, with stance), IN (claim -> article), MEMBER_OF (member ->
// group). Directed; 32-bit vertex and edge indices (at most 2^32 - 1 of each), so an edge costs
// 4 bytes of target plus 2 bytes of properties, and a vertex 4 bytes of row offset plus its id.
//
// Built from index families only (by_date for the claims, by_speaker, by_target, members,
// actors keys), never by decoding claim records, at one snapshot.
//
// Errors: Corruption for malformed index keys; InvalidArgument when the graph exceeds 32-bit
// indices. Thread safety: a built CsrView is immutable and may be read from several threads.
#ifndef SG_GRAPH_CSR_VIEW_H_
#define SG_GRAPH_CSR_VIEW_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <optional>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "graph/view.h"

namespace sg::graph {

struct CsrEdgeProps {
  EdgeKind kind = EdgeKind::kSaid;
  int8_t stance = 0;  // ABOUT: the speaker's stance toward the target
};

using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
                                                    CsrEdgeProps, boost::no_property, uint32_t,
                                                    uint32_t>;
using CsrVertex = boost::graph_traits<CsrGraph>::vertex_descriptor;

struct CsrViewOptions {
  // Include article vertices and IN edges.
  // Default: true
  bool articles = true;
  // Include MEMBER_OF edges.
  // Default: true
  bool affiliations = true;
};

class CsrView {
 public:
  // The whole stored graph read at `snapshot` (null: a snapshot of its own).
  static Result<CsrView> Build(const Store& store, const CsrViewOptions& options = {},
                               const Snapshot* snapshot = nullptr);

  const CsrGraph& graph() const { return graph_; }
  size_t num_vertices() const { return boost::num_vertices(graph_); }
  size_t num_edges() const { return boost::num_edges(graph_); }
  size_t num_actors() const { return actors_.size(); }
  size_t num_articles() const { return articles_.size(); }
  size_t num_claims() const { return claims_.size(); }

  NodeKind kind(CsrVertex v) const;
  // The vertex of an id; nullopt when the view does not hold it.
  std::optional<CsrVertex> FindActor(ActorId id) const;
  std::optional<CsrVertex> FindArticle(ArticleId id) const;
  std::optional<CsrVertex> FindClaim(ClaimId id) const;
  // The id of a vertex of that kind (precondition: kind(v) matches).
  ActorId actor(CsrVertex v) const { return actors_[v]; }
  ArticleId article(CsrVertex v) const { return articles_[v - actors_.size()]; }
  ClaimId claim(CsrVertex v) const { return claims_[v - actors_.size() - articles_.size()]; }

  // Bytes held by the graph's arrays and the id maps (capacity, not counting allocator slack).
  size_t MemoryBytes() const;

 private:
  CsrView() = default;

  CsrGraph graph_;
  std::vector<ActorId> actors_;      // sorted
  std::vector<ArticleId> articles_;  // sorted
  std::vector<ClaimId> claims_;      // sorted
};

}  // namespace sg::graph

#endif  // SG_GRAPH_CSR_VIEW_H_
