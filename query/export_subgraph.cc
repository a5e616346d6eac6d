// The claims view: which actors, articles and claims an export holds, streamed into a GraphSink
// in passes over one snapshot (nodes by kind, then edges).
#include <unordered_map>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/export_select.h"

namespace sg::query::internal {

using graph::Actor;
using graph::ActorId;
using graph::Article;
using graph::ArticleId;
using graph::Claim;
using graph::ClaimId;
using graph::Date;

namespace {

enum ClaimsNodeKind : int { kActor = 0, kClaim = 1, kArticle = 2 };
enum ClaimsEdgeKind : int { kSaid = 0, kAbout = 1, kIn = 2, kMemberOf = 3, kContradicts = 4 };

enum ClaimsNodeAttr : int {
  kDate = kSharedNodeAttrs,
  kSpeaker,
  kCue,
  kForm,
  kPolarity,
  kModality,
  kPredicate,
  kNegated,
  kRule,
  kUrl,
  kOutlet,
  kArticleKey,
};
enum ClaimsEdgeAttr : int { kEdgeKind = 0, kStance, kRole, kEdgeDate, kEdgePredicate, kArticles };

constexpr uint32_t Bit(int kind) { return 1u << kind; }

// Claims of the selection, with their endpoints and articles when the selection is filtered.
struct Selection {
  bool filtered = false;
  IdSet<ClaimId> claims;
  IdSet<ActorId> actors;
  IdSet<ArticleId> articles;
};

class ClaimsView {
 public:
  ClaimsView(const graph::Store& store, const ExportOptions& options,
             const graph::Snapshot* snapshot, GraphSink& sink)
      : store_(store), options_(options), snapshot_(snapshot), sink_(sink) {}

  Result<ExportStats> Run() {
    SG_RETURN_IF_ERROR(Select());
    SG_RETURN_IF_ERROR(sink_.Begin(ClaimsSchema()));
    SG_RETURN_IF_ERROR(ActorNodes());
    SG_RETURN_IF_ERROR(ArticleNodes());
    SG_RETURN_IF_ERROR(ForSelectedClaims([&](const Claim& c) { return ClaimNode(c); }));
    claims_out_.Seal();
    SG_RETURN_IF_ERROR(ForSelectedClaims([&](const Claim& c) { return ClaimEdges(c); }));
    SG_RETURN_IF_ERROR(MemberEdges());
    SG_RETURN_IF_ERROR(ContradictionEdges());
    SG_RETURN_IF_ERROR(sink_.End());
    return stats_;
  }

 private:
  // With a neighbourhood or a time window, collects the selected claims and what they touch.
  Status Select() {
    SG_ASSIGN_OR_RETURN(hood_, FindNeighbourhood(store_, options_, snapshot_));
    window_ = Window{options_.since, options_.until};
    sel_.filtered = hood_.has_value() || window_.active();
    if (!sel_.filtered) return Status::Ok();
    auto consider = [&](const Claim& c) -> Status {
      if (!window_.Contains(c.date)) return Status::Ok();
      if (hood_) {
        if (!hood_->actors.Has(c.speaker)) return Status::Ok();
        for (const graph::Target& t : c.targets) {
          if (!hood_->actors.Has(t.actor)) return Status::Ok();
        }
      }
      sel_.claims.Add(c.id);
      sel_.articles.Add(c.id.article);
      if (window_.active()) {
        sel_.actors.Add(c.speaker);
        for (const graph::Target& t : c.targets) sel_.actors.Add(t.actor);
      }
      return Status::Ok();
    };
    if (window_.active()) {
      SG_RETURN_IF_ERROR(ForEachClaimInWindow(store_, snapshot_, window_, consider));
      if (hood_) sel_.actors.Add(hood_->center);
    } else {
      SG_RETURN_IF_ERROR(ForEachClaim(store_, snapshot_, consider));
      for (ActorId a : hood_->actors.ids()) sel_.actors.Add(a);  // the whole neighbourhood
    }
    sel_.claims.Seal();
    sel_.actors.Seal();
    sel_.articles.Seal();
    return Status::Ok();
  }

  Status ForSelectedClaims(const std::function<Status(const Claim&)>& fn) {
    if (!sel_.filtered) return ForEachClaim(store_, snapshot_, fn);
    return ForEachClaimOf(store_, snapshot_, sel_.claims.ids(), fn);
  }

  Status EmitNode(const ExportNode& node) {
    ++stats_.nodes;
    return sink_.Node(node);
  }

  Status EmitEdge(ExportEdge edge, bool endpoints_exported) {
    if (!endpoints_exported) {
      ++stats_.skipped_edges;
      return Status::Ok();
    }
    ++stats_.edges;
    return sink_.Edge(edge);
  }

  Status ActorNodes() {
    auto emit = [&](const Actor& actor) -> Status {
      SG_ASSIGN_OR_RETURN(ExportNode node, MakeActorNode(store_, snapshot_, actor));
      actors_out_.Add(actor.id);
      names_[actor.id.value] = node.label;
      return EmitNode(node);
    };
    if (!sel_.filtered) {
      SG_RETURN_IF_ERROR(ForEachActor(store_, snapshot_, emit));
    } else {
      for (ActorId id : sel_.actors.ids()) {
        SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store_.GetActor(id, snapshot_));
        if (actor) SG_RETURN_IF_ERROR(emit(*actor));
      }
    }
    actors_out_.Seal();
    return Status::Ok();
  }

  Status ArticleNode(const Article& article) {
    ExportNode node;
    node.kind = kArticle;
    node.id = graph::FormatArticleId(article.id);
    node.label = SanitizeText(article.title.empty() ? article.key : article.title);
    if (node.label.empty()) node.label = node.id;
    node.start = node.end = article.date;
    AddAttr(&node.attrs, kNodeKind, std::string("article"));
    AddAttr(&node.attrs, kNodeLabel, node.label);
    if (article.date.known()) AddAttr(&node.attrs, kDate, article.date.ToString());
    if (!article.url.empty()) AddAttr(&node.attrs, kUrl, SanitizeText(article.url));
    if (!article.outlet.empty()) AddAttr(&node.attrs, kOutlet, SanitizeText(article.outlet));
    AddAttr(&node.attrs, kArticleKey, SanitizeText(article.key));
    articles_out_.Add(article.id);
    return EmitNode(node);
  }

  Status ArticleNodes() {
    if (!sel_.filtered) {
      SG_RETURN_IF_ERROR(
          ForEachArticle(store_, snapshot_, [&](const Article& a) { return ArticleNode(a); }));
    } else {
      for (ArticleId id : sel_.articles.ids()) {
        SG_ASSIGN_OR_RETURN(std::optional<Article> article, store_.GetArticle(id, snapshot_));
        if (article) SG_RETURN_IF_ERROR(ArticleNode(*article));
      }
    }
    articles_out_.Seal();
    return Status::Ok();
  }

  // The speaker's name for claim nodes; exported actors are known, others are read.
  Result<std::string> SpeakerName(ActorId id) {
    auto it = names_.find(id.value);
    if (it != names_.end()) return it->second;
    SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store_.GetActor(id, snapshot_));
    return actor ? SanitizeText(actor->name) : graph::FormatActorId(id);
  }

  Status ClaimNode(const Claim& c) {
    ExportNode node;
    node.kind = kClaim;
    node.id = graph::FormatClaimId(c.id);
    node.label = SanitizeText(c.content);
    if (node.label.empty()) node.label = node.id;
    node.start = node.end = c.date;
    AddAttr(&node.attrs, kNodeKind, std::string("claim"));
    AddAttr(&node.attrs, kNodeLabel, node.label);
    if (c.date.known()) AddAttr(&node.attrs, kDate, c.date.ToString());
    SG_ASSIGN_OR_RETURN(std::string speaker, SpeakerName(c.speaker));
    AddAttr(&node.attrs, kSpeaker, std::move(speaker));
    if (!c.cue.empty()) AddAttr(&node.attrs, kCue, SanitizeText(c.cue));
    AddAttr(&node.attrs, kForm, std::string(graph::ToString(c.form)));
    AddAttr(&node.attrs, kPolarity, int64_t{c.polarity});
    AddAttr(&node.attrs, kModality, std::string(graph::ToString(c.modality)));
    if (!c.proposition.empty()) {
      AddAttr(&node.attrs, kPredicate, SanitizeText(c.proposition.predicate));
      AddAttr(&node.attrs, kNegated, c.proposition.negated);
    }
    if (!c.rule.empty()) AddAttr(&node.attrs, kRule, SanitizeText(c.rule));
    claims_out_.Add(c.id);
    return EmitNode(node);
  }

  static ExportEdge MakeEdge(int kind, std::string_view name, std::string id, std::string source,
                             std::string target) {
    ExportEdge e;
    e.kind = kind;
    e.id = std::move(id);
    e.source = std::move(source);
    e.target = std::move(target);
    AddAttr(&e.attrs, kEdgeKind, std::string(name));
    return e;
  }

  Status ClaimEdges(const Claim& c) {
    std::string claim = graph::FormatClaimId(c.id);
    auto dated = [&](ExportEdge& e) {
      e.start = e.end = c.date;
      if (c.date.known()) AddAttr(&e.attrs, kEdgeDate, c.date.ToString());
    };
    std::string speaker = graph::FormatActorId(c.speaker);
    ExportEdge said = MakeEdge(kSaid, "SAID", "said:" + claim, speaker, claim);
    dated(said);
    SG_RETURN_IF_ERROR(EmitEdge(std::move(said), actors_out_.Has(c.speaker)));
    for (const graph::Target& t : c.targets) {
      std::string target = graph::FormatActorId(t.actor);
      ExportEdge about = MakeEdge(kAbout, "ABOUT", "about:" + claim + ":" + target, claim, target);
      about.tone = t.stance < 0 ? -1 : t.stance > 0 ? 1 : 0;
      AddAttr(&about.attrs, kStance, int64_t{t.stance});
      dated(about);
      SG_RETURN_IF_ERROR(EmitEdge(std::move(about), actors_out_.Has(t.actor)));
    }
    std::string article = graph::FormatArticleId(c.id.article);
    ExportEdge in = MakeEdge(kIn, "IN", "in:" + claim, claim, article);
    dated(in);
    return EmitEdge(std::move(in), articles_out_.Has(c.id.article));
  }

  // One MEMBER_OF edge per (member, group), its roles joined.
  Status AffiliationEdges(const Actor& actor) {
    const auto& affs = actor.affiliations;  // sorted by (group, role)
    for (size_t i = 0; i < affs.size();) {
      size_t j = i;
      std::string roles;
      int64_t articles = 0;
      for (; j < affs.size() && affs[j].group == affs[i].group; ++j) {
        if (!affs[j].role.empty()) {
          if (!roles.empty()) roles += "; ";
          roles += affs[j].role;
        }
        articles += affs[j].articles;
      }
      std::string member = graph::FormatActorId(actor.id);
      std::string group = graph::FormatActorId(affs[i].group);
      ExportEdge e =
          MakeEdge(kMemberOf, "MEMBER_OF", "member_of:" + member + ":" + group, member, group);
      if (!roles.empty()) AddAttr(&e.attrs, kRole, SanitizeText(roles));
      AddAttr(&e.attrs, kArticles, articles);
      bool group_out = actors_out_.Has(affs[i].group);
      if (group_out || !sel_.filtered) {  // a group outside the selection is not dangling
        SG_RETURN_IF_ERROR(EmitEdge(std::move(e), group_out));
      }
      i = j;
    }
    return Status::Ok();
  }

  Status MemberEdges() {
    if (!sel_.filtered) {
      return ForEachActor(store_, snapshot_, [&](const Actor& a) { return AffiliationEdges(a); });
    }
    for (ActorId id : actors_out_.ids()) {
      SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store_.GetActor(id, snapshot_));
      if (actor) SG_RETURN_IF_ERROR(AffiliationEdges(*actor));
    }
    return Status::Ok();
  }

  Status ContradictionEdges() {
    // Pairs among the exported claims when a selection leaves some out.
    std::function<bool(ClaimId)> exported;
    if (sel_.filtered) exported = [&](ClaimId id) { return claims_out_.Has(id); };
    bool all = options_.contradictions == ExportContradictions::kAll;
    return ForEachContradiction(
        store_, snapshot_, all, exported, [&](const Contradiction& c) -> Status {
          bool both = claims_out_.Has(c.first) && claims_out_.Has(c.second);
          if (!both && sel_.filtered) return Status::Ok();  // outside the selection, not dangling
          std::string a = graph::FormatClaimId(c.first);
          std::string b = graph::FormatClaimId(c.second);
          ExportEdge e = MakeEdge(kContradicts, "CONTRADICTS", "contradicts:" + a + ":" + b, a, b);
          e.tone = 3;
          Date lo = std::min(c.first_date, c.second_date);
          Date hi = std::max(c.first_date, c.second_date);
          e.start = lo.known() ? lo : hi;
          e.end = hi;
          if (hi.known()) AddAttr(&e.attrs, kEdgeDate, hi.ToString());
          AddAttr(&e.attrs, kEdgePredicate, SanitizeText(c.predicate));
          return EmitEdge(std::move(e), both);
        });
  }

  const graph::Store& store_;
  const ExportOptions& options_;
  const graph::Snapshot* snapshot_;
  GraphSink& sink_;
  std::optional<Neighbourhood> hood_;
  Window window_;
  Selection sel_;
  // What was written, for edge endpoint checks.
  IdSet<ActorId> actors_out_;
  IdSet<ArticleId> articles_out_;
  IdSet<ClaimId> claims_out_;
  std::unordered_map<uint64_t, std::string> names_;  // exported actors' labels
  ExportStats stats_;
};

}  // namespace

const ExportSchema& ClaimsSchema() {
  static const ExportSchema* schema = [] {
    auto* s = new ExportSchema;
    s->view = ExportView::kClaims;
    s->node_kinds = {"actor", "claim", "article"};
    s->edge_kinds = {"SAID", "ABOUT", "IN", "MEMBER_OF", "CONTRADICTS"};
    using T = AttrType;
    const uint32_t actor = Bit(kActor), claim = Bit(kClaim), article = Bit(kArticle);
    AddSharedNodeAttrs(&s->node_attrs, actor);
    s->node_attrs.insert(s->node_attrs.end(), {
                                                  {"date", T::kDate, claim | article},
                                                  {"speaker", T::kString, claim},
                                                  {"cue", T::kString, claim},
                                                  {"form", T::kString, claim},
                                                  {"polarity", T::kInt, claim},
                                                  {"modality", T::kString, claim},
                                                  {"predicate", T::kString, claim},
                                                  {"negated", T::kBool, claim},
                                                  {"rule", T::kString, claim},
                                                  {"url", T::kString, article},
                                                  {"outlet", T::kString, article},
                                                  {"article_key", T::kString, article},
                                              });
    s->edge_attrs = {
        {"kind", T::kString},
        {"stance", T::kInt, Bit(kAbout)},
        {"role", T::kString, Bit(kMemberOf)},
        {"date", T::kDate, Bit(kSaid) | Bit(kAbout) | Bit(kIn) | Bit(kContradicts)},
        {"predicate", T::kString, Bit(kContradicts)},
        {"articles", T::kInt, Bit(kMemberOf)},
    };
    return s;
  }();
  return *schema;
}

Result<ExportStats> StreamSubgraph(const graph::Store& store, const ExportOptions& options,
                                   const graph::Snapshot* snapshot, GraphSink& sink) {
  if (options.since.known() && options.until.known() && options.until < options.since) {
    return Status::InvalidArgument("--since " + options.since.ToString() + " is after --until " +
                                   options.until.ToString());
  }
  if (options.view == ExportView::kStance) {
    return StreamStanceView(store, options, snapshot, sink);
  }
  ClaimsView view(store, options, snapshot, sink);
  return view.Run();
}

}  // namespace sg::query::internal
