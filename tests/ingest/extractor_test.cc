#include "ingest/extractor.h"

#include <catch2/catch.hpp>
#include <string>

#include "graph/names.h"
#include "ingest/extract_json.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

using graph::ClaimForm;

const graph::ClaimDraft* FindClaim(const graph::ArticleDraft& d, const std::string& speaker,
                                   const std::string& cue) {
  for (const auto& c : d.claims) {
    if (c.speaker >= 0 && d.actors[c.speaker].name == speaker && c.cue == cue) return &c;
  }
  return nullptr;
}

TEST_CASE("The example's warnings and denial get matching propositions", "[extractor]") {
  graph::ArticleDraft d = testing::ExtractText(
      "With Russian troops amassed near Ukraine, the White House on Tuesday warned Russia could "
      "launch an invasion in Ukraine at any point.\n\n"
      "Russia, which annexed the Crimea peninsula from Ukraine in 2014, has denied any plans for "
      "an attack.");
  const auto* warn = FindClaim(d, "White House", "warn");
  const auto* deny = FindClaim(d, "Russia", "deny");
  REQUIRE(warn);
  REQUIRE(deny);
  REQUIRE(warn->polarity == 1);
  REQUIRE(deny->polarity == -1);
  REQUIRE(warn->modality == graph::Modality::kPossible);
  REQUIRE(warn->proposition.predicate == "attack");
  REQUIRE(deny->proposition.predicate == "attack");
  REQUIRE(d.actors[warn->proposition.agent].name == "Russia");
  REQUIRE(d.actors[deny->proposition.agent].name == "Russia");
  REQUIRE(d.actors[warn->proposition.patient].name == "Ukraine");
  REQUIRE(deny->proposition.patient == -1);
  REQUIRE(SpeakerGroup(d, warn->speaker) == "United States");
  // The warned-about actor is a hostile target; the place is neutral.
  bool russia_hostile = false;
  for (const auto& t : warn->targets) {
    if (d.actors[t.actor].name == "Russia") russia_hostile = t.stance == -1;
    if (d.actors[t.actor].name == "Ukraine") REQUIRE(t.stance == 0);
  }
  REQUIRE(russia_hostile);
}

TEST_CASE("A quote of several sentences gives one claim per sentence", "[extractor]") {
  graph::ArticleDraft d = testing::ExtractText(
      "\"We are ready. We will act. Nobody should doubt it,\" Senator Jane Fisher said.");
  REQUIRE(d.claims.size() == 3);
  for (const auto& c : d.claims) {
    REQUIRE(d.actors[c.speaker].name == "Jane Fisher");
    REQUIRE(c.form == ClaimForm::kDirect);
  }
  REQUIRE(d.claims[0].start < d.claims[1].start);
}

TEST_CASE("Headlines are claims with offsets into the title", "[extractor]") {
  graph::ArticleDraft d = testing::ExtractText("Talks went on.", "Russia denies attack plans");
  REQUIRE(d.claims.size() == 1);
  const auto& c = d.claims[0];
  REQUIRE(c.form == ClaimForm::kHeadline);
  REQUIRE(c.cue == "deny");
  REQUIRE(c.polarity == -1);
  REQUIRE(c.start == 0);
  REQUIRE(c.end == std::string("Russia denies attack plans").size());
}

TEST_CASE("Drafts keep only the actors their claims use, with ids in JSON", "[extractor]") {
  graph::ArticleDraft d = testing::ExtractText(
      "Diplomats from France met in Paris. Pentagon press secretary John Kirby said the "
      "United States would stay the course.");
  REQUIRE(d.claims.size() == 1);
  for (const auto& a : d.actors) REQUIRE(a.name != "France");
  std::string line = ClaimToJsonLine(d, d.claims[0]);
  REQUIRE(line.find(
              "\"speaker\":{\"id\":\"" + graph::FormatActorId(graph::ActorIdForName("John Kirby")) +
              "\",\"name\":\"John Kirby\",\"kind\":\"person\",\"group\":\"United States\"}") !=
          std::string::npos);
  REQUIRE(line.find("\"rule\":\"speaker_cue\"") != std::string::npos);
}

TEST_CASE("Extract copies the article's metadata", "[extractor]") {
  ArticleInput in;
  in.key = "k1";
  in.title = "T";
  in.text = "Nothing said here.";
  in.date = "2022-01-18T10:00:00Z";
  in.outlet = "VOA";
  graph::ArticleDraft d = testing::SourceExtractor().Extract(in);
  REQUIRE(d.key == "k1");
  REQUIRE(d.outlet == "VOA");
  REQUIRE(d.date.yyyymmdd == 20220118);
  REQUIRE(d.content_hash == ContentHash(in));
}

}  // namespace
}  // namespace sg::ingest
