#include "query/context.h"

#include "graph/names.h"
#include "query/internal/rollup.h"

namespace sg::query {

using graph::ActorId;
using graph::ArticleId;
using graph::ClaimId;

std::string CheckDate(const std::string& text) {
  auto date = graph::Date::Parse(text);
  if (!date || !date->known()) return "expected a date YYYY-MM-DD, got \"" + text + "\"";
  return "";
}

Context::Context(const graph::Store& store)
    : store_(store),
      snapshot_(store.GetSnapshot()),
      roots_(std::make_unique<internal::RootFinder>([this](ActorId id) { return GetActor(id); })) {}

Context::~Context() = default;

Result<const graph::Actor*> Context::GetActor(ActorId id) {
  auto it = actors_.find(id);
  if (it == actors_.end()) {
    SG_ASSIGN_OR_RETURN(std::optional<graph::Actor> actor, store_.GetActor(id, snapshot()));
    it = actors_.emplace(id, std::move(actor)).first;
  }
  return it->second ? &*it->second : nullptr;
}

Result<const graph::Article*> Context::GetArticle(ArticleId id) {
  auto it = articles_.find(id);
  if (it == articles_.end()) {
    SG_ASSIGN_OR_RETURN(std::optional<graph::Article> article, store_.GetArticle(id, snapshot()));
    it = articles_.emplace(id, std::move(article)).first;
  }
  return it->second ? &*it->second : nullptr;
}

Result<ActorRef> Context::Ref(ActorId id) {
  ActorRef ref;
  ref.id = id;
  if (!id.valid()) return ref;
  SG_ASSIGN_OR_RETURN(const graph::Actor* actor, GetActor(id));
  if (actor == nullptr) {
    ref.name = graph::FormatActorId(id);
    return ref;
  }
  ref.name = actor->name;
  ref.kind = actor->kind;
  SG_ASSIGN_OR_RETURN(ActorId root, RootOf(id));
  if (root != id) {
    SG_ASSIGN_OR_RETURN(const graph::Actor* group, GetActor(root));
    ref.group = group != nullptr ? group->name : graph::FormatActorId(root);
  }
  return ref;
}

Result<std::vector<ClaimView>> Context::Describe(const std::vector<ClaimId>& ids) {
  SG_ASSIGN_OR_RETURN(std::vector<std::optional<graph::Claim>> claims,
                      store_.GetClaims(ids, snapshot()));
  std::vector<ClaimView> out;
  out.reserve(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!claims[i]) return Status::NotFound("no claim " + graph::FormatClaimId(ids[i]));
    ClaimView view;
    view.claim = std::move(*claims[i]);
    const graph::Claim& c = view.claim;
    SG_ASSIGN_OR_RETURN(view.speaker, Ref(c.speaker));
    for (const graph::Target& t : c.targets) {
      SG_ASSIGN_OR_RETURN(ActorRef target, Ref(t.actor));
      view.targets.push_back(TargetRef{std::move(target), t.stance});
    }
    if (!c.proposition.empty()) {
      SG_ASSIGN_OR_RETURN(view.proposition_agent, Ref(c.proposition.agent));
      SG_ASSIGN_OR_RETURN(view.proposition_patient, Ref(c.proposition.patient));
    }
    SG_ASSIGN_OR_RETURN(const graph::Article* article, GetArticle(c.id.article));
    if (article != nullptr) {
      view.article_key = article->key;
      view.url = article->url;
      view.title = article->title;
      view.outlet = article->outlet;
    } else {
      view.article_key = graph::FormatArticleId(c.id.article);
    }
    out.push_back(std::move(view));
  }
  return out;
}

}  // namespace sg::query
