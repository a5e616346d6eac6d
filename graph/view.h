// View: a Boost.Graph adjacency_list of actors, claims and articles, built from the store (the
// whole graph or the subgraph of chosen claims) for traversals and exports.
//
// Vertices carry the graph's stable ids ("actor:...", "claim:...", "article:...", see
// graph/names.h) and an id -> vertex map sits beside the graph. Edges: SAID (actor -> claim),
// ABOUT (claim -> actor, with stance), IN (claim -> article), MEMBER_OF (actor -> actor).
//
// Memory: ~100 bytes per edge plus labels; meant for subgraphs and graphs up to ~10^5 edges.
// Thread safety: a built View is immutable and may be read from several threads.
#ifndef SG_GRAPH_VIEW_H_
#define SG_GRAPH_VIEW_H_

#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace sg::graph {

enum class NodeKind : uint8_t { kActor = 0, kClaim = 1, kArticle = 2 };
enum class EdgeKind : uint8_t { kSaid = 0, kAbout = 1, kIn = 2, kMemberOf = 3, kContradicts = 4 };
std::string_view ToString(NodeKind kind);
std::string_view ToString(EdgeKind kind);  // "SAID", "ABOUT", ...

struct NodeProps {
  NodeKind kind = NodeKind::kActor;
  std::string id;     // stable external id
  std::string label;  // actor name, claim content, article title (or key)
  ActorKind actor_kind = ActorKind::kUnknown;  // actors only
  Date date;                                   // claims and articles
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::kSaid;
  int8_t stance = 0;   // ABOUT: the speaker's stance toward the target
  std::string role;    // MEMBER_OF: "press secretary"
};

using GraphType = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<GraphType>::vertex_descriptor;
using Edge = boost::graph_traits<GraphType>::edge_descriptor;

struct ViewOptions {
  // Include article vertices and IN edges.
  // Default: true
  bool articles = true;
  // Include MEMBER_OF edges between actors of the view.
  // Default: true
  bool affiliations = true;
};

class View {
 public:
  // The whole stored graph (every claim), read at `snapshot` (null: latest).
  static Result<View> Build(const Store& store, const ViewOptions& options = {},
                            const Snapshot* snapshot = nullptr);
  // The subgraph of the given claims, their speakers, targets and articles.
  static Result<View> BuildFromClaims(const Store& store, const std::vector<ClaimId>& claims,
                                      const ViewOptions& options = {},
                                      const Snapshot* snapshot = nullptr);

  const GraphType& graph() const { return graph_; }
  // The vertex with stable id `id`, if present.
  std::optional<Vertex> Find(std::string_view id) const;
  size_t num_vertices() const { return boost::num_vertices(graph_); }
  size_t num_edges() const { return boost::num_edges(graph_); }

 private:
  View() = default;
  Status AddClaim(const Store& store, const Claim& claim, const ViewOptions& options,
                  const Snapshot* snapshot);
  Result<Vertex> ActorVertex(const Store& store, ActorId id, const Snapshot* snapshot);
  Vertex AddVertex(NodeProps props);
  Status AddAffiliations(const Store& store, const Snapshot* snapshot);

  GraphType graph_;
  std::unordered_map<std::string, Vertex> index_;
  std::vector<ActorId> actors_;  // actors in the view, for MEMBER_OF edges
};

}  // namespace sg::graph

#endif  // SG_GRAPH_VIEW_H_
