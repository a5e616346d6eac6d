// `stancegraph ingest` as a user runs it: the example's text, idempotence, corrections,
// duplicate ids, folders and standard input.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_util.h"
#include "tests/graph/test_util.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using nlohmann::json;
using testing::RunCli;

const std::string kArticle = std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.jsonl";

json Stats(const std::string& dir, const std::string& db) {
  auto r = RunCli(dir, "--db " + db + " stats --format json");
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

TEST_CASE("ingest stores the example article's claims; a second ingest changes nothing",
          "[cli][ingest]") {
  TempDir dir;
  auto first = RunCli(dir.path(), "--db ex.db ingest '" + kArticle + "'");
  INFO(first.err);
  REQUIRE(first.status == 0);
  json s = json::parse(first.out);
  CHECK(s["articles"] == 1);
  CHECK(s["new"] == 1);
  CHECK(s["claims_added"].get<int>() >= 10);
  CHECK(first.err.empty());  // no progress line when standard error is not a terminal
  json stats = Stats(dir.path(), "ex.db");
  CHECK(stats["claims"] == s["claims_added"]);

  auto again = RunCli(dir.path(), "--db ex.db ingest '" + kArticle + "'");
  REQUIRE(again.status == 0);
  CHECK(json::parse(again.out)["unchanged"] == 1);
  CHECK(Stats(dir.path(), "ex.db") == stats);

  // The ingested example answers the questions it is for.
  auto pairs = RunCli(dir.path(),
                      "--db ex.db contradictions --between 'United States' Russia --rollup "
                      "--format jsonl");
  REQUIRE(pairs.status == 0);
  CHECK_THAT(pairs.out, Catch::Contains("denied any plans") || Catch::Contains("any plans"));
  CHECK_THAT(pairs.out, Catch::Contains("launch an"));
}

TEST_CASE("a corrected article replaces its claims", "[cli][ingest]") {
  TempDir dir;
  std::ofstream(dir.path("v1.jsonl"))
      << R"({"id": "a", "date": "2022-01-18", "text": "Russia has denied any plans for an attack. Ukraine said Russia could attack at any point."})"
      << "\n";
  std::ofstream(dir.path("v2.jsonl"))
      << R"({"id": "a", "date": "2022-01-18", "text": "Russia has denied any plans for an attack."})"
      << "\n";
  REQUIRE(RunCli(dir.path(), "--db c.db ingest v1.jsonl").status == 0);
  int before = Stats(dir.path(), "c.db")["claims"];
  auto r = RunCli(dir.path(), "--db c.db ingest v2.jsonl");
  REQUIRE(r.status == 0);
  CHECK(json::parse(r.out)["replaced"] == 1);
  int after = Stats(dir.path(), "c.db")["claims"];
  CHECK(after < before);
  CHECK(Stats(dir.path(), "c.db")["articles"] == 1);
}

TEST_CASE("duplicate ids within one input: the first is stored, the second reported",
          "[cli][ingest]") {
  TempDir dir;
  std::ofstream(dir.path("dup.jsonl"))
      << R"({"id": "same", "text": "Russia has denied any plans for an attack."})" << "\n"
      << R"({"id": "other", "text": "Ukraine said Russia could attack."})" << "\n"
      << R"({"id": "same", "text": "A different text under the same id."})" << "\n";
  auto r = RunCli(dir.path(), "--db d.db ingest dup.jsonl");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("dup.jsonl:3: duplicate article id \"same\""));
  CHECK_THAT(r.err, Catch::Contains("first read at dup.jsonl:1"));
  json s = json::parse(r.out);
  CHECK(s["articles"] == 2);
  CHECK(s["rejected"] == 1);
}

TEST_CASE("ingest reads folders and standard input, and reports bad records", "[cli][ingest]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path("feed/sub"));
  std::ofstream(dir.path("feed/one.txt")) << "Russia has denied any plans for an attack.\n";
  std::ofstream(dir.path("feed/sub/two.jsonl"))
      << R"({"id": "two", "text": "Ukraine said Russia could attack."})" << "\n"
      << "{not json\n";
  std::ofstream(dir.path("feed/ignored.csv")) << "a,b\n";
  auto r = RunCli(dir.path(), "--db f.db ingest feed");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("two.jsonl:2:"));
  json s = json::parse(r.out);
  CHECK(s["articles"] == 2);
  CHECK(s["rejected"] == 1);

  auto in = RunCli(dir.path(), "--db s.db ingest -",
                   R"({"id": "stdin-1", "text": "Russia has denied any plans for an attack."})"
                   "\n");
  CHECK(in.status == 0);
  CHECK(json::parse(in.out)["articles"] == 1);
  SECTION("--max-errors stops early") {
    std::ofstream(dir.path("bad.jsonl")) << "x\ny\nz\n";
    auto m = RunCli(dir.path(), "--db m.db ingest --max-errors 2 bad.jsonl");
    CHECK(m.status == 1);
    CHECK(json::parse(m.out)["rejected"] == 2);
    CHECK_THAT(m.err, Catch::Contains("stopped after 2 rejected inputs"));
  }
}

}  // namespace
}  // namespace sg
