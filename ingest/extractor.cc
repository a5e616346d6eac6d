#include "ingest/extractor.h"

#include <cstdlib>
#include <unordered_map>

#include "graph/names.h"
#include "ingest/actors.h"
#include "ingest/attribution.h"
#include "ingest/claims.h"
#include "ingest/text.h"

#ifndef SG_DATA_DIR
#define SG_DATA_DIR "data"
#endif

namespace sg::ingest {
namespace {

using graph::ActorKind;

// Copies actor `a` of `from` (and its group chain) into `to`; returns its index there.
int MergeActor(const ActorTable& from, int a, ActorTable* to) {
  const auto& src = from.actors()[a];
  int idx = to->Intern(src.name, src.kind);
  auto& dst = to->actors()[idx];
  if (dst.role.empty()) dst.role = src.role;
  for (const auto& alias : src.aliases) to->AddAlias(idx, alias);
  if (src.group >= 0 && to->actors()[idx].group < 0) {
    int g = MergeActor(from, src.group, to);
    if (g != idx) to->actors()[idx].group = g;
  }
  return idx;
}

void Remap(graph::ClaimDraft* c, const std::function<int(int)>& map) {
  c->speaker = map(c->speaker);
  c->source = map(c->source);
  for (auto& t : c->targets) t.actor = map(t.actor);
  c->proposition.agent = map(c->proposition.agent);
  c->proposition.patient = map(c->proposition.patient);
}

// Keeps only the actors the claims use and their group chains, renumbered in first-use order.
void Compact(const ActorTable& table, graph::ArticleDraft* draft) {
  std::unordered_map<int, int> index;
  std::vector<graph::ActorMention> kept;
  std::function<int(int)> keep = [&](int a) -> int {
    if (a < 0) return -1;
    auto it = index.find(a);
    if (it != index.end()) return it->second;
    int idx = static_cast<int>(kept.size());
    index[a] = idx;
    kept.push_back(table.actors()[a]);
    int g = keep(table.actors()[a].group);
    kept[idx].group = g;
    return idx;
  };
  for (auto& c : draft->claims) Remap(&c, keep);
  draft->actors = std::move(kept);
}

// The country or body that the nearest earlier speaker (in this or the two sentences before
// attribution `i`) speaks for, or -1.
int ContextSide(const ActorTable& table, const std::vector<Attribution>& attributions, size_t i) {
  const Attribution& a = attributions[i];
  for (size_t k = i; k-- > 0;) {
    const Attribution& b = attributions[k];
    if (b.sentence < a.sentence - 2) break;
    if (b.speaker == a.speaker) continue;
    int top = table.Top(b.speaker);
    if (top == b.speaker && table.actors()[top].kind == ActorKind::kAnonymous) continue;
    ActorKind kind = table.actors()[top].kind;
    if (kind == ActorKind::kCountry || kind == ActorKind::kOrganization) return top;
  }
  return -1;
}

}  // namespace

std::string DefaultDataDir() {
  const char* env = std::getenv("STANCEGRAPH_DATA");
  if (env && *env) return env;
  return SG_DATA_DIR;
}

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  auto lex = Lexicon::Load(dir, options.actors_file);
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Extractor>(new Extractor(std::move(lex).value()));
}

graph::ArticleDraft Extractor::Extract(const ArticleInput& article) const {
  graph::ArticleDraft draft;
  draft.key = article.key;
  draft.url = article.url;
  draft.title = article.title;
  draft.outlet = article.outlet;
  draft.date = graph::Date::Parse(article.date).value_or(graph::Date{});
  draft.content_hash = ContentHash(article);

  Document doc = Segment(article.text);
  lexicon_.Annotate(&doc);
  ActorAnalysis an = RecognizeActors(doc, lexicon_);
  std::vector<Attribution> attributions = Attribute(doc, lexicon_, &an);
  for (size_t i = 0; i < attributions.size(); ++i) {
    const Attribution& a = attributions[i];
    // Vague sources ("a senior official") speak for the side whose speaker the text reported
    // just before (up to two sentences back), else for the article's home country.
    auto& speaker = an.table.actors()[a.speaker];
    if (speaker.kind == ActorKind::kAnonymous && speaker.group < 0) {
      int side = ContextSide(an.table, attributions, i);
      if (side < 0) side = an.home_country;
      if (side >= 0 && side != a.speaker) speaker.group = side;
    }
    draft.claims.push_back(BuildClaim(doc, lexicon_, an, a));
  }

  if (!article.title.empty()) {
    Document title = Segment(article.title);
    lexicon_.Annotate(&title);
    ActorAnalysis tan = RecognizeActors(title, lexicon_);
    AttributionOptions opts;
    opts.headline = true;
    for (const Attribution& a : Attribute(title, lexicon_, &tan, opts)) {
      graph::ClaimDraft c = BuildClaim(title, lexicon_, tan, a);
      Remap(&c, [&](int x) { return x < 0 ? -1 : MergeActor(tan.table, x, &an.table); });
      draft.claims.push_back(std::move(c));
    }
  }
  Compact(an.table, &draft);
  return draft;
}

std::string SpeakerGroup(const graph::ArticleDraft& draft, int actor) {
  if (actor < 0) return "";
  int a = actor;
  for (int guard = 0; guard < 8 && draft.actors[a].group >= 0; ++guard) a = draft.actors[a].group;
  if (a != actor) return draft.actors[a].name;
  ActorKind k = draft.actors[a].kind;
  if (k == ActorKind::kCountry || k == ActorKind::kOrganization) return draft.actors[a].name;
  return "";
}

}  // namespace sg::ingest
