#include "query/internal/json_views.h"

#include "graph/names.h"

namespace sg::query {

std::string_view StanceRow::label() const { return internal::StanceLabel(sum); }

namespace internal {
namespace {

Json DateJson(graph::Date d) { return d.known() ? Json(d.ToString()) : Json(nullptr); }

Json StanceCounts(int64_t sum, uint32_t hostile, uint32_t neutral, uint32_t friendly) {
  Json j;
  j["stance"] = StanceLabel(sum);
  j["sum"] = sum;
  j["count"] = hostile + neutral + friendly;
  j["hostile"] = hostile;
  j["neutral"] = neutral;
  j["friendly"] = friendly;
  return j;
}

}  // namespace

std::string_view StanceLabel(int64_t sum) {
  return sum < 0 ? "hostile" : sum > 0 ? "friendly" : "neutral";
}

std::string PropositionText(const ActorRef& agent, const std::string& predicate,
                            const ActorRef& patient) {
  std::string text = agent.name + " " + predicate;
  if (patient.id.valid()) text += " " + patient.name;
  return text;
}

Json ActorJson(const ActorRef& actor) {
  if (!actor.id.valid()) return nullptr;
  Json j;
  j["id"] = graph::FormatActorId(actor.id);
  j["name"] = actor.name;
  j["kind"] = graph::ToString(actor.kind);
  j["group"] = actor.group;
  return j;
}

Json ClaimJson(const ClaimView& view) {
  const graph::Claim& c = view.claim;
  Json j;
  j["claim"] = graph::FormatClaimId(c.id);
  j["date"] = DateJson(c.date);
  j["speaker"] = ActorJson(view.speaker);
  j["cue"] = c.cue;
  j["form"] = graph::ToString(c.form);
  j["polarity"] = c.polarity;
  j["modality"] = graph::ToString(c.modality);
  j["content"] = c.content;
  Json targets = Json::array();
  for (const TargetRef& t : view.targets) {
    Json tj = ActorJson(t.actor);
    tj["stance"] = t.stance;
    targets.push_back(std::move(tj));
  }
  j["targets"] = std::move(targets);
  if (c.proposition.empty()) {
    j["proposition"] = nullptr;
  } else {
    j["proposition"] = {{"agent", ActorJson(view.proposition_agent)},
                        {"predicate", c.proposition.predicate},
                        {"patient", ActorJson(view.proposition_patient)},
                        {"negated", c.proposition.negated}};
  }
  j["article"] = view.article_key;
  j["article_id"] = graph::FormatArticleId(c.id.article);
  j["url"] = view.url;
  j["title"] = view.title;
  j["outlet"] = view.outlet;
  j["start"] = c.start;
  j["end"] = c.end;
  j["rule"] = c.rule;
  return j;
}

Json TimelineJson(const TimelineRow& row) {
  Json j = ClaimJson(row.claim);
  j["by"] = row.by;
  j["about"] = row.about;
  return j;
}

Json PairJson(const ContradictionPair& pair) {
  Json j;
  j["a"] = ClaimJson(pair.a);
  j["b"] = ClaimJson(pair.b);
  j["proposition"] = {{"agent", ActorJson(pair.agent)},
                      {"predicate", pair.predicate},
                      {"patient", ActorJson(pair.patient)},
                      {"text", PropositionText(pair.agent, pair.predicate, pair.patient)}};
  j["self"] = pair.self;
  j["kind"] = pair.self ? "reversal" : "contradiction";
  return j;
}

Json StanceJson(const StanceRow& row) {
  Json j;
  j["from"] = ActorJson(row.from);
  j["to"] = ActorJson(row.to);
  j.update(StanceCounts(row.sum, row.hostile, row.neutral, row.friendly));
  j["first"] = DateJson(row.first);
  j["last"] = DateJson(row.last);
  Json evidence = Json::array();
  for (const ClaimView& c : row.evidence) evidence.push_back(ClaimJson(c));
  j["evidence"] = std::move(evidence);
  return j;
}

Json ActorRowJson(const ActorRow& row) {
  Json j = ActorJson(row.actor);
  j["articles"] = row.articles;
  j["claims_made"] = row.claims_made;
  j["claims_received"] = row.claims_received;
  return j;
}

Json ActorInfoJson(const ActorInfo& info) {
  Json j = ActorRowJson(info.row);
  Json aliases = Json::array();
  for (const graph::AliasCount& a : info.aliases) {
    aliases.push_back({{"alias", a.alias}, {"articles", a.articles}});
  }
  j["aliases"] = std::move(aliases);
  Json affiliations = Json::array();
  for (const AffiliationView& a : info.affiliations) {
    affiliations.push_back(
        {{"group", ActorJson(a.group)}, {"role", a.role}, {"articles", a.articles}});
  }
  j["member_of"] = std::move(affiliations);
  Json members = Json::array();
  for (const ActorRef& m : info.members) members.push_back(ActorJson(m));
  j["members"] = std::move(members);
  Json toward = Json::array(), from = Json::array(), recent = Json::array();
  for (const StanceRow& r : info.stance_toward) toward.push_back(StanceJson(r));
  for (const StanceRow& r : info.stance_from) from.push_back(StanceJson(r));
  for (const ClaimView& c : info.recent_claims) recent.push_back(ClaimJson(c));
  j["stance_toward"] = std::move(toward);
  j["stance_from"] = std::move(from);
  j["recent_claims"] = std::move(recent);
  return j;
}

Json HopJson(const Hop& hop) {
  Json j;
  j["from"] = ActorJson(hop.from);
  j["to"] = ActorJson(hop.to);
  j["forward"] = hop.forward;
  j["evidence"] = ClaimJson(hop.evidence);
  return j;
}

Json NeighborJson(const NeighborRow& row) {
  Json j;
  j["actor"] = ActorJson(row.actor);
  j["depth"] = row.depth;
  j["via"] = HopJson(row.via);
  return j;
}

Json MatrixJson(const StanceMatrix& matrix) {
  Json j;
  Json actors = Json::array(), cells = Json::array();
  for (const ActorRef& a : matrix.actors) actors.push_back(ActorJson(a));
  for (size_t i = 0; i < matrix.actors.size(); ++i) {
    for (size_t k = 0; k < matrix.actors.size(); ++k) {
      const StanceCell& c = matrix.cells[i][k];
      if (c.count() == 0) continue;
      Json cell;
      cell["from"] = ActorJson(matrix.actors[i]);
      cell["to"] = ActorJson(matrix.actors[k]);
      cell.update(StanceCounts(c.sum, c.hostile, c.neutral, c.friendly));
      cells.push_back(std::move(cell));
    }
  }
  j["actors"] = std::move(actors);
  j["cells"] = std::move(cells);
  return j;
}

}  // namespace internal
}  // namespace sg::query
