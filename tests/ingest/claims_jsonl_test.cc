#include "ingest/claims_jsonl.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "graph/names.h"

namespace sg::ingest {
namespace {

ClaimsInput Read(const std::string& text, std::vector<std::string>* errors) {
  std::istringstream in(text);
  return ReadClaimsJsonl(in, "claims.jsonl", [&](const std::string& m) { errors->push_back(m); });
}

TEST_CASE("claims lines become article drafts", "[claims_jsonl]") {
  std::vector<std::string> errors;
  ClaimsInput in = Read(
      R"({"speaker": "Sergey Lavrov", "speaker_group": "Russia", "speaker_role": "foreign minister", "cue": "accuse", "text": "Ukraine was sabotaging agreements", "targets": ["Ukraine"], "polarity": 1, "stance": {"Ukraine": -1}, "date": "2022-01-18", "article": {"id": "voa-1", "url": "https://voa/1", "title": "T", "outlet": "VOA"}}
{"speaker": "Lavrov", "text": "Moscow would welcome U.S. efforts", "targets": [{"name": "United States", "kind": "country", "stance": 1}], "article": {"id": "voa-1"}}

{"speaker": "Critics", "text": "the plan is unworkable", "polarity": -1, "date": "2022-02-01"}
)",
      &errors);
  CHECK(errors.empty());
  CHECK(in.lines == 3);
  CHECK(in.claims == 3);
  REQUIRE(in.articles.size() == 2);
  const graph::ArticleDraft& a = in.articles[0];
  CHECK(a.key == "voa-1");
  CHECK(a.url == "https://voa/1");
  CHECK(a.date == graph::Date{20220118});
  REQUIRE(a.claims.size() == 2);
  const graph::ClaimDraft& c = a.claims[0];
  CHECK(a.actors[c.speaker].name == "Sergey Lavrov");
  REQUIRE(a.actors[c.speaker].group >= 0);
  CHECK(a.actors[a.actors[c.speaker].group].name == "Russia");
  CHECK(a.actors[c.speaker].role == "foreign minister");
  CHECK(c.cue == "accuse");
  REQUIRE(c.targets.size() == 1);
  CHECK(a.actors[c.targets[0].actor].name == "Ukraine");
  CHECK(c.targets[0].stance == -1);
  const graph::ClaimDraft& d = a.claims[1];
  CHECK(d.cue == "say");  // the default cue
  CHECK(a.actors[d.targets[0].actor].kind == graph::ActorKind::kCountry);
  CHECK(d.targets[0].stance == 1);
  // Claims without an article: a synthetic article per input and date.
  CHECK(in.articles[1].key == "claims.jsonl@2022-02-01");
  CHECK(in.articles[1].claims[0].polarity == -1);
}

TEST_CASE("the content hash follows the article's lines", "[claims_jsonl]") {
  std::vector<std::string> errors;
  const std::string line = R"({"speaker": "A", "text": "x", "article": {"id": "k"}})";
  uint64_t h1 = Read(line + "\n", &errors).articles[0].content_hash;
  uint64_t h2 = Read(line + "\n", &errors).articles[0].content_hash;
  uint64_t h3 = Read(line + "\n" + R"({"speaker": "B", "text": "y", "article": {"id": "k"}})" +
                         "\n",
                     &errors)
                    .articles[0]
                    .content_hash;
  CHECK(h1 == h2);
  CHECK(h1 != h3);
}

TEST_CASE("bad lines are reported with file and line and skipped", "[claims_jsonl]") {
  struct Case {
    std::string line;
    std::string reason;
  };
  std::vector<Case> cases = {
      {R"({"speaker": "A", "text": )", "malformed JSON"},
      {R"(["speaker", "text"])", "expected a JSON object"},
      {R"({"text": "x"})", "missing required field \"speaker\""},
      {R"({"speaker": "A"})", "missing required field \"text\""},
      {R"({"speaker": 5, "text": "x"})", "\"speaker\" must be a string"},
      {R"({"speaker": "A", "text": "x", "polarity": 2})", "polarity"},
      {R"({"speaker": "A", "text": "x", "date": "18/01/2022"})", "YYYY-MM-DD"},
      {R"({"speaker": "A", "text": "x", "targets": "Ukraine"})", "\"targets\" must be an array"},
      {R"({"speaker": "A", "text": "x", "stance": {"U": 5}})", "-1, 0 or 1"},
      {R"({"speaker": "A", "text": "x", "form": "rumour"})", "unknown form"},
      {R"({"speaker": "...", "text": "x"})", "no letters"},
      {"{\"speaker\": \"A\", \"text\": \"\xff\xfe\"}", "malformed JSON"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    std::vector<std::string> errors;
    ClaimsInput in = Read(R"({"speaker": "Good", "text": "fine"})" "\n" + c.line + "\n", &errors);
    CHECK(in.claims == 1);
    CHECK(in.rejected == 1);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::StartsWith("claims.jsonl:2: "));
    CHECK_THAT(errors[0], Catch::Contains(c.reason));
    REQUIRE(in.articles.size() == 1);
    CHECK(in.articles[0].claims.size() == 1);
  }
}

}  // namespace
}  // namespace sg::ingest
