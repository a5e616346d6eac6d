#include "graph/view.h"

#include "graph/keys.h"
#include "graph/names.h"

namespace sg::graph {

std::string_view ToString(NodeKind kind) {
  switch (kind) {
    case NodeKind::kActor: return "actor";
    case NodeKind::kClaim: return "claim";
    case NodeKind::kArticle: return "article";
  }
  return "unknown";
}

std::string_view ToString(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kSaid: return "SAID";
    case EdgeKind::kAbout: return "ABOUT";
    case EdgeKind::kIn: return "IN";
    case EdgeKind::kMemberOf: return "MEMBER_OF";
    case EdgeKind::kContradicts: return "CONTRADICTS";
  }
  return "UNKNOWN";
}

std::optional<Vertex> View::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Vertex View::AddVertex(NodeProps props) {
  std::string id = props.id;
  Vertex v = boost::add_vertex(std::move(props), graph_);
  index_.emplace(std::move(id), v);
  return v;
}

Result<Vertex> View::ActorVertex(const Store& store, ActorId id, const Snapshot* snapshot) {
  std::string ext = FormatActorId(id);
  if (auto v = Find(ext)) return *v;
  SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store.GetActor(id, snapshot));
  NodeProps props;
  props.kind = NodeKind::kActor;
  props.id = ext;
  if (actor) {
    props.label = actor->name;
    props.actor_kind = actor->kind;
  } else {
    props.label = ext;  // a dangling reference still gets a vertex; `check` reports it
  }
  actors_.push_back(id);
  return AddVertex(std::move(props));
}

Status View::AddClaim(const Store& store, const Claim& claim, const ViewOptions& options,
                      const Snapshot* snapshot) {
  NodeProps props;
  props.kind = NodeKind::kClaim;
  props.id = FormatClaimId(claim.id);
  props.label = claim.content;
  props.date = claim.date;
  if (Find(props.id)) return Status::Ok();
  Vertex c = AddVertex(std::move(props));
  SG_ASSIGN_OR_RETURN(Vertex speaker, ActorVertex(store, claim.speaker, snapshot));
  boost::add_edge(speaker, c, EdgeProps{EdgeKind::kSaid, 0, ""}, graph_);
  for (const Target& t : claim.targets) {
    SG_ASSIGN_OR_RETURN(Vertex target, ActorVertex(store, t.actor, snapshot));
    boost::add_edge(c, target, EdgeProps{EdgeKind::kAbout, t.stance, ""}, graph_);
  }
  if (options.articles) {
    std::string article_id = FormatArticleId(claim.id.article);
    std::optional<Vertex> a = Find(article_id);
    if (!a) {
      SG_ASSIGN_OR_RETURN(std::optional<Article> article,
                          store.GetArticle(claim.id.article, snapshot));
      NodeProps ap;
      ap.kind = NodeKind::kArticle;
      ap.id = article_id;
      if (article) {
        ap.label = article->title.empty() ? article->key : article->title;
        ap.date = article->date;
      }
      a = AddVertex(std::move(ap));
    }
    boost::add_edge(c, *a, EdgeProps{EdgeKind::kIn, 0, ""}, graph_);
  }
  return Status::Ok();
}

Status View::AddAffiliations(const Store& store, const Snapshot* snapshot) {
  for (size_t i = 0; i < actors_.size(); ++i) {  // actors_ may grow: groups of groups
    SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store.GetActor(actors_[i], snapshot));
    if (!actor) continue;
    Vertex from = *Find(FormatActorId(actor->id));
    for (const Affiliation& a : actor->affiliations) {
      SG_ASSIGN_OR_RETURN(Vertex group, ActorVertex(store, a.group, snapshot));
      boost::add_edge(from, group, EdgeProps{EdgeKind::kMemberOf, 0, a.role}, graph_);
    }
  }
  return Status::Ok();
}

Result<View> View::Build(const Store& store, const ViewOptions& options,
                         const Snapshot* snapshot) {
  View view;
  Status inner;
  SG_RETURN_IF_ERROR(store.Scan(
      Family::kClaims, "",
      [&](std::string_view, std::string_view value) {
        Result<Claim> claim = DecodeClaim(value);
        if (!claim.ok()) {
          inner = claim.status();
          return false;
        }
        inner = view.AddClaim(store, *claim, options, snapshot);
        return inner.ok();
      },
      snapshot));
  SG_RETURN_IF_ERROR(inner);
  if (options.affiliations) SG_RETURN_IF_ERROR(view.AddAffiliations(store, snapshot));
  return view;
}

Result<View> View::BuildFromClaims(const Store& store, const std::vector<ClaimId>& claims,
                                   const ViewOptions& options, const Snapshot* snapshot) {
  View view;
  SG_ASSIGN_OR_RETURN(std::vector<std::optional<Claim>> records,
                      store.GetClaims(claims, snapshot));
  for (size_t i = 0; i < records.size(); ++i) {
    if (!records[i]) return Status::NotFound("no claim " + FormatClaimId(claims[i]));
    SG_RETURN_IF_ERROR(view.AddClaim(store, *records[i], options, snapshot));
  }
  if (options.affiliations) SG_RETURN_IF_ERROR(view.AddAffiliations(store, snapshot));
  return view;
}

}  // namespace sg::graph
