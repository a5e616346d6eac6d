// stancegraph claims and timeline (query/claims.h).
#include "query/claims.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using testing::Contents;
using testing::Id;
using Strings = std::vector<std::string>;

graph::Date D(const char* s) { return *graph::Date::Parse(s); }

std::vector<ClaimView> Find(Context& ctx, const ClaimsOptions& o) {
  Result<std::vector<ClaimView>> r = FindClaims(ctx, o);
  INFO((r.ok() ? "" : r.status().ToString()));
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_CASE("claims filters", "[claims]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ClaimsOptions o;

  SECTION("by speaker, in date order, with evidence") {
    o.speaker = "Karen Jean-Pierre";
    std::vector<ClaimView> claims = Find(ctx, o);
    CHECK(Contents(claims) == Strings{"Russia could invade Ukraine within weeks",
                                      "the United States stands with Ukraine"});
    const ClaimView& c = claims[0];
    CHECK(c.speaker.name == "Karen Jean-Pierre");
    CHECK(c.speaker.group == "United States");
    CHECK(c.claim.cue == "warn");
    CHECK(c.claim.date == D("2022-01-10"));
    CHECK(c.article_key == "fx-1");
    CHECK(c.url == "https://example.org/fx-1");
    CHECK(c.claim.start == 40);
    CHECK(c.claim.end == 40 + c.claim.content.size());
    REQUIRE(c.targets.size() == 2);
    CHECK(c.targets[0].actor.name == "Russia");
    CHECK(c.targets[0].stance == -1);
    CHECK(c.proposition_agent.name == "Russia");
    CHECK(c.proposition_patient.name == "Ukraine");
  }
  SECTION("speaker with rollup counts the members") {
    o.speaker = "us";
    CHECK(Find(ctx, o).empty());
    o.rollup = true;
    CHECK(Contents(Find(ctx, o)) == Strings{"sanctions against Russia are ready",
                                            "Russia could invade Ukraine within weeks",
                                            "the United States stands with Ukraine"});
  }
  SECTION("about a target, and by a speaker about a target") {
    o.about = "NATO";
    CHECK(Contents(Find(ctx, o)) ==
          Strings{"NATO is a defensive alliance", "NATO is expanding toward Russia's borders"});
    o.about = "Ukraine";
    o.speaker = "Dmitry Peskov";
    CHECK(Contents(Find(ctx, o)) ==
          Strings{"Russia has no plans to attack anyone", "the United States is provoking Ukraine",
                  "Russia is conducting a special military operation in Ukraine"});
    o.speaker = "Russia";
    o.rollup = true;
    CHECK(Find(ctx, o).size() == 4);  // Peskov's three and the Kremlin's
  }
  SECTION("cue and polarity come from the covering index") {
    o.cue = "DENY";
    CHECK(Contents(Find(ctx, o)) ==
          Strings{"Russia has no plans to attack anyone", "NATO is not expanding"});
    o.cue.clear();
    o.polarity = -1;
    o.speaker = "Volodymyr Zelenskyy";
    CHECK(Contents(Find(ctx, o)) == Strings{"Russia will not invade Ukraine"});
  }
  SECTION("date window, inclusive; undated claims only without one") {
    o.dates = DateRange{D("2022-02-01"), D("2022-02-01")};
    CHECK(Find(ctx, o).size() == 3);
    o.dates = DateRange{D("2022-03-02"), graph::Date{}};
    CHECK(Find(ctx, o).size() == 3);  // fx-4 and fx-aliases
    o.speaker = "Jens Stoltenberg";
    o.dates = DateRange{};
    CHECK(Find(ctx, o).size() == 3);
    o.dates.until = D("2022-12-31");
    CHECK(Find(ctx, o).size() == 2);
  }
  SECTION("by article") {
    o.article = "fx-2";
    CHECK(Find(ctx, o).size() == 3);
    o.speaker = "Kremlin";
    CHECK(Contents(Find(ctx, o)) == Strings{"NATO is expanding toward Russia's borders"});
    o.article = "nope";
    CHECK(FindClaims(ctx, o).status().code() == Status::Code::kNotFound);
  }
  SECTION("limit keeps the earliest") {
    o.limit = 2;
    std::vector<ClaimView> claims = Find(ctx, o);
    REQUIRE(claims.size() == 2);
    CHECK(!claims[0].claim.date.known());  // the undated claim sorts first
    CHECK(claims[1].claim.content == "sanctions against Russia are ready");
  }
  SECTION("an unknown name is an error, not an empty answer") {
    o.about = "Rusia";
    CHECK(FindClaims(ctx, o).status().code() == Status::Code::kNotFound);
  }
}

TEST_CASE("claims agree with a filter over every record", "[claims]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  std::vector<graph::Claim> all = testing::AllClaims(*store);
  REQUIRE(all.size() == 16);
  const char* speakers[] = {"", "Dmitry Peskov", "Karen Jean-Pierre", "Jens Stoltenberg"};
  const char* targets[] = {"", "Ukraine", "Russia", "NATO"};
  const char* cues[] = {"", "say", "deny"};
  std::vector<DateRange> windows{DateRange{}, DateRange{D("2022-02-01"), graph::Date{}},
                                 DateRange{graph::Date{}, D("2022-02-01")}};
  for (const char* s : speakers) {
    for (const char* t : targets) {
      for (const char* cue : cues) {
        for (const DateRange& w : windows) {
          for (std::optional<int8_t> pol : {std::optional<int8_t>(), std::optional<int8_t>(-1)}) {
            ClaimsOptions o;
            o.speaker = s;
            o.about = t;
            o.cue = cue;
            o.dates = w;
            o.polarity = pol;
            Strings expected;
            for (const graph::Claim& c : all) {
              bool about =
                  *t == 0 || std::any_of(c.targets.begin(), c.targets.end(),
                                         [&](const graph::Target& x) { return x.actor == Id(t); });
              if ((*s == 0 || c.speaker == Id(s)) && about && (*cue == 0 || c.cue == cue) &&
                  w.Contains(c.date) && (!pol || c.polarity == *pol)) {
                expected.push_back(c.content);
              }
            }
            INFO("speaker " << s << " about " << t << " cue " << cue);
            CHECK(Contents(Find(ctx, o)) == expected);
          }
        }
      }
    }
  }
}

TEST_CASE("timeline: claims by and about an actor in date order", "[claims]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  TimelineOptions o;
  o.actor = "Ukraine";
  Result<std::vector<TimelineRow>> rows = Timeline(ctx, o);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 7);
  for (const TimelineRow& r : *rows) {
    CHECK(r.about);
    CHECK_FALSE(r.by);
  }
  CHECK(std::is_sorted(rows->begin(), rows->end(), [](const auto& a, const auto& b) {
    return a.claim.claim.date < b.claim.claim.date;
  }));
  o.rollup = true;  // Zelenskyy speaks for Ukraine
  rows = Timeline(ctx, o);
  REQUIRE(rows->size() == 9);
  o.dates.since = D("2022-03-01");
  rows = Timeline(ctx, o);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 4);
  CHECK(rows->front().by);
  CHECK(rows->front().claim.claim.content == "Russia has invaded Ukraine");
  o.actor = "NATO";
  o.rollup = false;
  o.dates = DateRange{};
  rows = Timeline(ctx, o);
  REQUIRE(rows->size() == 2);  // the undated claim about NATO, then the Kremlin's accusation
  CHECK(rows->front().claim.claim.content == "NATO is a defensive alliance");
  o.rollup = true;  // Stoltenberg's claims about NATO are also by NATO's side
  rows = Timeline(ctx, o);
  CHECK((*rows)[0].by);
  CHECK((*rows)[0].about);
  o.limit = 1;
  CHECK(Timeline(ctx, o)->size() == 1);
}

}  // namespace
}  // namespace sg::query
