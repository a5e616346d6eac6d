// The worked example (examples/blinken-lavrov.*): what the article says, asserted without
// depending on how many claims a particular extraction yields.
#include <catch2/catch.hpp>

#include "query/claims.h"
#include "query/contradictions.h"
#include "query/stance.h"
#include "tests/query/fixture.h"

namespace sg::query {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("example: the US warnings against Russia's denial", "[example]") {
  graph::Store* store = testing::SharedExample();
  Context ctx(*store);
  ContradictionsOptions o;
  o.between = {"United States", "Russia"};
  o.rollup = true;
  Result<std::vector<ContradictionPair>> pairs = FindContradictions(ctx, o);
  REQUIRE(pairs.ok());
  REQUIRE_FALSE(pairs->empty());
  std::set<std::string> us_speakers;
  for (const ContradictionPair& p : *pairs) {
    const ClaimView& us = p.a.speaker.group == "United States" ? p.a : p.b;
    const ClaimView& russia = &us == &p.a ? p.b : p.a;
    CHECK(us.speaker.group == "United States");
    CHECK((russia.speaker.name == "Russia" || russia.speaker.group == "Russia"));
    CHECK(p.agent.name == "Russia");
    CHECK(us.claim.polarity == 1);
    CHECK(russia.claim.polarity == -1);
    us_speakers.insert(us.speaker.name);
    CHECK(Contains(us.claim.content, "Russia could"));
    CHECK(Contains(us.claim.content, "Ukraine"));
    CHECK(Contains(russia.claim.content, "attack"));
    CHECK(us.article_key == "blinken-lavrov-geneva");
    CHECK(us.claim.end > us.claim.start);
  }
  CHECK(us_speakers.count("White House"));
  CHECK(us_speakers.count("Jen Psaki"));
}

TEST_CASE("example: Russia is hostile toward Ukraine once Lavrov counts for Russia", "[example]") {
  graph::Store* store = testing::SharedExample();
  Context ctx(*store);
  StanceOptions o;
  o.from = "Russia";
  o.to = "Ukraine";
  o.rollup = true;
  o.evidence = 10;
  Result<std::vector<StanceRow>> rows = ComputeStance(ctx, o);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  const StanceRow& r = rows->front();
  CHECK(r.label() == "hostile");
  CHECK(r.sum < 0);
  REQUIRE_FALSE(r.evidence.empty());
  bool lavrov = false;  // Lavrov's accusation is among the strongest evidence
  for (const ClaimView& c : r.evidence) {
    lavrov = lavrov || (c.speaker.name == "Sergey Lavrov" && c.claim.cue == "accuse");
  }
  CHECK(lavrov);
}

TEST_CASE("example: who said what", "[example]") {
  graph::Store* store = testing::SharedExample();
  Context ctx(*store);
  ClaimsOptions o;
  o.speaker = "Jen Psaki";
  Result<std::vector<ClaimView>> claims = FindClaims(ctx, o);
  REQUIRE(claims.ok());
  REQUIRE_FALSE(claims->empty());
  for (const ClaimView& c : *claims) CHECK(c.speaker.group == "United States");
  o.speaker = "Sergei Lavrov";
  CHECK(FindClaims(ctx, o).status().message() ==
        "unknown actor \"Sergei Lavrov\"; did you mean \"Sergey Lavrov\"?");
  o.speaker = "Sergey Lavrov";
  o.cue = "accuse";
  claims = FindClaims(ctx, o);
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == 1);
  CHECK(Contains(claims->front().claim.content, "sabotaging"));
}

}  // namespace
}  // namespace sg::query
