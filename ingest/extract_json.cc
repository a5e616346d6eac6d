#include "ingest/extract_json.h"

#include <nlohmann/json.hpp>

#include "graph/names.h"
#include "ingest/extractor.h"

namespace sg::ingest {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const graph::ArticleDraft& draft, int actor) {
  Json j = Json::object();
  if (actor < 0) {
    j["id"] = "";
    j["name"] = "";
    j["kind"] = "";
    return j;
  }
  const auto& a = draft.actors[actor];
  j["id"] = graph::FormatActorId(graph::ActorIdForName(a.name));
  j["name"] = a.name;
  j["kind"] = std::string(graph::ToString(a.kind));
  return j;
}

std::string Name(const graph::ArticleDraft& draft, int actor) {
  return actor < 0 ? "" : draft.actors[actor].name;
}

}  // namespace

std::string ClaimToJsonLine(const graph::ArticleDraft& draft, const graph::ClaimDraft& c) {
  Json j = Json::object();
  j["article"] = draft.key;
  j["start"] = c.start;
  j["end"] = c.end;
  Json speaker = ActorJson(draft, c.speaker);
  speaker["group"] = SpeakerGroup(draft, c.speaker);
  j["speaker"] = std::move(speaker);
  j["cue"] = c.cue;
  j["form"] = std::string(graph::ToString(c.form));
  j["polarity"] = c.polarity;
  j["modality"] = std::string(graph::ToString(c.modality));
  Json targets = Json::array();
  for (const auto& t : c.targets) {
    Json tj = ActorJson(draft, t.actor);
    tj["stance"] = t.stance;
    targets.push_back(std::move(tj));
  }
  j["targets"] = std::move(targets);
  j["content"] = c.content;
  Json prop = Json::object();
  prop["agent"] = Name(draft, c.proposition.agent);
  prop["predicate"] = c.proposition.predicate;
  prop["patient"] = Name(draft, c.proposition.patient);
  prop["negated"] = c.proposition.negated;
  j["proposition"] = std::move(prop);
  j["rule"] = c.rule;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

size_t WriteClaimsJsonl(const graph::ArticleDraft& draft, std::ostream& out) {
  for (const auto& c : draft.claims) out << ClaimToJsonLine(draft, c) << '\n';
  return draft.claims.size();
}

}  // namespace sg::ingest
