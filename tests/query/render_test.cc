// Output formats (query/render.h): tables for people, JSON / JSON Lines / CSV for tools.
#include "query/render.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "query/claims.h"
#include "query/contradictions.h"
#include "query/internal/table.h"
#include "query/stance.h"
#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using nlohmann::json;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

template <typename Fn>
std::string Render(Fn&& fn) {
  std::ostringstream out;
  fn(out);
  return out.str();
}

TEST_CASE("claims in every format", "[render]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ClaimsOptions o;
  o.speaker = "Dmitry Peskov";
  std::vector<ClaimView> claims = *FindClaims(ctx, o);
  REQUIRE(claims.size() == 3);

  SECTION("json: an array of objects with stable fields, ids as strings") {
    auto j = nlohmann::ordered_json::parse(
        Render([&](auto& out) { WriteClaims(out, Format::kJson, claims); }));
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 3);
    const auto& c = j[0];
    std::vector<std::string> keys;
    for (auto& [k, v] : c.items()) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"claim", "date", "speaker", "cue", "form", "polarity",
                                           "modality", "content", "targets", "proposition",
                                           "article", "article_id", "url", "title", "outlet",
                                           "start", "end", "rule"});
    CHECK(c["claim"].get<std::string>().rfind("claim:", 0) == 0);
    CHECK(c["date"] == "2022-01-10");
    CHECK(c["speaker"]["name"] == "Dmitry Peskov");
    CHECK(c["speaker"]["id"] == graph::FormatActorId(testing::Id("Dmitry Peskov")));
    CHECK(c["speaker"]["group"] == "Russia");
    CHECK(c["speaker"]["kind"] == "person");
    CHECK(c["cue"] == "deny");
    CHECK(c["polarity"] == -1);
    CHECK(c["article"] == "fx-1");
    CHECK(c["url"] == "https://example.org/fx-1");
    CHECK(c["start"] == 90);
    CHECK(c["end"] == 90 + 36);
    CHECK(c["proposition"]["agent"]["name"] == "Russia");
    CHECK(c["proposition"]["predicate"] == "attack");
    CHECK(c["proposition"]["patient"].is_null());
    CHECK(c["targets"][0]["name"] == "Ukraine");
    CHECK(c["targets"][0]["stance"] == 0);
    CHECK(j[1]["proposition"].is_null());
  }
  SECTION("jsonl: one object per line") {
    std::vector<std::string> lines =
        Lines(Render([&](auto& out) { WriteClaims(out, Format::kJsonl, claims); }));
    REQUIRE(lines.size() == 3);
    for (const std::string& line : lines)
      CHECK(json::parse(line)["speaker"]["name"] == "Dmitry Peskov");
  }
  SECTION("csv: a header, quoting where needed") {
    std::vector<std::string> lines =
        Lines(Render([&](auto& out) { WriteClaims(out, Format::kCsv, claims); }));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("claim,date,speaker_id,speaker,speaker_group,cue,form,polarity", 0) == 0);
    CHECK(lines[1].find(",deny,indirect,-1,asserted,Russia has no plans to attack anyone,") !=
          std::string::npos);
    CHECK(lines[2].find("United States -1; Ukraine -1") != std::string::npos);
  }
  SECTION("table: aligned columns under a header") {
    std::vector<std::string> lines =
        Lines(Render([&](auto& out) { WriteClaims(out, Format::kTable, claims); }));
    REQUIRE(lines.size() == 4);
    size_t content = lines[0].find("CONTENT");
    REQUIRE(content != std::string::npos);
    CHECK(lines[1].substr(content, 12) == "Russia has n");
    CHECK(lines[1].find("Dmitry Peskov (Russia)") != std::string::npos);
    CHECK(lines[1].find("fx-1") != std::string::npos);
    CHECK(lines[1].find("90-126") != std::string::npos);
  }
  SECTION("empty answers") {
    std::vector<ClaimView> none;
    CHECK(Render([&](auto& out) { WriteClaims(out, Format::kJson, none); }) == "[]\n");
    CHECK(Render([&](auto& out) { WriteClaims(out, Format::kJsonl, none); }).empty());
    CHECK(Lines(Render([&](auto& out) { WriteClaims(out, Format::kCsv, none); })).size() == 1);
  }
}

TEST_CASE("contradiction pairs carry both sources for the scorer", "[render]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ContradictionsOptions o;
  o.agent = "NATO";
  std::vector<ContradictionPair> pairs = *FindContradictions(ctx, o);
  REQUIRE(pairs.size() == 1);
  json j = json::parse(Render([&](auto& out) { WriteContradictions(out, Format::kJsonl, pairs); }));
  for (const char* side : {"a", "b"}) {
    CHECK(j[side]["article"].is_string());
    CHECK(j[side]["start"].is_number());
    CHECK(j[side]["end"].is_number());
    CHECK(j[side]["url"].is_string());
  }
  CHECK(j["a"]["speaker"]["name"] == "Kremlin");
  CHECK(j["b"]["speaker"]["name"] == "Jens Stoltenberg");
  CHECK(j["proposition"]["text"] == "NATO expand");
  CHECK(j["self"] == false);
  std::vector<std::string> csv =
      Lines(Render([&](auto& out) { WriteContradictions(out, Format::kCsv, pairs); }));
  REQUIRE(csv.size() == 2);
  CHECK(csv[0].find(",a_claim,") != std::string::npos);
  CHECK(csv[0].find(",b_end") != std::string::npos);
  std::vector<std::string> table =
      Lines(Render([&](auto& out) { WriteContradictions(out, Format::kTable, pairs); }));
  REQUIRE(table.size() == 2);
  CHECK(table[1].rfind("NATO expand", 0) == 0);
}

TEST_CASE("stance rows and the matrix", "[render]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  StanceOptions o;
  o.from = "Dmitry Peskov";
  o.to = "Ukraine";
  std::vector<StanceRow> rows = *ComputeStance(ctx, o);
  json j = json::parse(Render([&](auto& out) { WriteStance(out, Format::kJson, rows); }));
  REQUIRE(j.size() == 1);
  CHECK(j[0]["stance"] == "hostile");
  CHECK(j[0]["sum"] == -2);
  CHECK(j[0]["hostile"] == 2);
  CHECK(j[0]["first"] == "2022-01-10");
  CHECK(j[0]["evidence"].size() == 3);
  MatrixOptions m;
  m.top = 3;
  StanceMatrix matrix = *ComputeStanceMatrix(ctx, m);
  std::vector<std::string> table =
      Lines(Render([&](auto& out) { WriteStanceMatrix(out, Format::kTable, matrix); }));
  CHECK(table.size() == 4);
  json cells =
      json::parse(Render([&](auto& out) { WriteStanceMatrix(out, Format::kJson, matrix); }));
  CHECK(cells["actors"].size() == 3);
  for (const json& cell : cells["cells"]) CHECK(cell["count"].get<int>() > 0);
  std::vector<std::string> lines =
      Lines(Render([&](auto& out) { WriteStanceMatrix(out, Format::kJsonl, matrix); }));
  REQUIRE(lines.size() == cells["cells"].size());
  REQUIRE_FALSE(lines.empty());
  CHECK(json::parse(lines[0]) == cells["cells"][0]);
  std::vector<std::string> csv =
      Lines(Render([&](auto& out) { WriteStanceMatrix(out, Format::kCsv, matrix); }));
  CHECK(csv.size() == lines.size() + 1);
}

TEST_CASE("table cells are cut by characters, not bytes", "[render]") {
  CHECK(internal::Cut("abcdef", 4) == "abc\u2026");
  CHECK(internal::Cut("abc", 4) == "abc");
  CHECK(internal::Cut("Zelenskyy’s", 0) == "Zelenskyy’s");
  CHECK(internal::Cut("ééééé", 3) == "éé\u2026");
  internal::Grid grid{{"A", "B"}, {0, 0}, {{"é", "x"}, {"ab", "y"}}};
  std::ostringstream out;
  internal::WriteAligned(out, grid);
  CHECK(out.str() == "A   B\né   x\nab  y\n");
  std::ostringstream csv;
  internal::WriteCsv(csv, internal::Grid{{"a"}, {0}, {{"x, \"y\""}, {"line\nbreak"}}});
  CHECK(csv.str() == "a\n\"x, \"\"y\"\"\"\n\"line\nbreak\"\n");
  CHECK(internal::Dump(internal::Json("bad \xff byte")) == "\"bad \xef\xbf\xbd byte\"");
}

}  // namespace
}  // namespace sg::query
