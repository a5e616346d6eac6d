// The program's behaviour as a user sees it: `add`, `stats`, exit statuses, --help.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_util.h"
#include "tests/graph/test_util.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using nlohmann::json;
using testing::RunCli;

const std::string kExample = std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.claims.jsonl";

TEST_CASE("add stores the example and a second add changes nothing", "[cli][add]") {
  TempDir dir;
  auto first = RunCli(dir.path(), "--db ex.db add '" + kExample + "'");
  INFO(first.err);
  REQUIRE(first.status == 0);
  json summary = json::parse(first.out);
  CHECK(summary["claims"] == 14);
  CHECK(summary["new"] == 1);
  CHECK(summary["claims_added"] == 14);
  CHECK(summary["rejected"] == 0);
  auto stats1 = RunCli(dir.path(), "--db ex.db stats --format json");
  REQUIRE(stats1.status == 0);
  json s1 = json::parse(stats1.out);
  CHECK(s1["claims"] == 14);
  CHECK(s1["articles"] == 1);
  CHECK(s1["format_version"] == 1);

  auto second = RunCli(dir.path(), "--db ex.db add '" + kExample + "'");
  REQUIRE(second.status == 0);
  CHECK(json::parse(second.out)["unchanged"] == 1);
  CHECK(json::parse(second.out)["claims_added"] == 0);
  auto stats2 = RunCli(dir.path(), "--db ex.db stats --format json");
  CHECK(json::parse(stats2.out) == s1);
}

TEST_CASE("add reports bad lines as FILE:LINE, keeps good ones and exits 1", "[cli][add]") {
  TempDir dir;
  const std::string input =
      R"({"speaker": "Sergey Lavrov", "speaker_group": "Russia", "text": "Ukraine was sabotaging agreements", "targets": ["Ukraine"], "stance": {"Ukraine": -1}, "date": "2022-01-18"})"
      "\n"
      R"({"speaker": "Nobody"})"
      "\n"
      "not json at all\n"
      R"({"speaker": "Jen Psaki", "text": "Russia could attack", "targets": ["Russia"], "date": "2022-01-18"})"
      "\n";
  std::ofstream(dir.path("in.jsonl")) << input;
  auto r = RunCli(dir.path(), "--db x.db add in.jsonl");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("in.jsonl:2: missing required field \"text\""));
  CHECK_THAT(r.err, Catch::Contains("in.jsonl:3: malformed JSON"));
  json summary = json::parse(r.out);
  CHECK(summary["claims"] == 2);
  CHECK(summary["rejected"] == 2);
  CHECK(json::parse(RunCli(dir.path(), "--db x.db stats --format json").out)["claims"] == 2);

  SECTION("standard input works the same way") {
    auto s = RunCli(dir.path(), "--db y.db add -", input);
    CHECK(s.status == 1);
    CHECK_THAT(s.err, Catch::Contains("-:2: missing required field"));
  }
  SECTION("--dry-run validates without writing") {
    auto d = RunCli(dir.path(), "--db z.db add --dry-run in.jsonl");
    CHECK(d.status == 1);
    CHECK(json::parse(d.out)["dry_run"] == true);
    CHECK_FALSE(std::filesystem::exists(dir.path("z.db")));
  }
  SECTION("a missing input file is an error, other inputs still count") {
    auto m = RunCli(dir.path(), "--db w.db add nope.jsonl in.jsonl");
    CHECK(m.status == 1);
    CHECK_THAT(m.err, Catch::Contains("nope.jsonl: cannot open"));
    CHECK(json::parse(m.out)["claims"] == 2);
  }
}

TEST_CASE("the database location follows --db, then $STANCEGRAPH_DB, then ./stancegraph.db",
          "[cli]") {
  TempDir dir;
  REQUIRE(RunCli(dir.path(), "add '" + kExample + "'").status == 0);
  CHECK(std::filesystem::exists(dir.path("stancegraph.db/CURRENT")));
  REQUIRE(RunCli(dir.path(), "stats --format json").status == 0);
  setenv("STANCEGRAPH_DB", dir.path("env.db").c_str(), 1);
  auto missing = RunCli(dir.path(), "stats");
  unsetenv("STANCEGRAPH_DB");
  CHECK(missing.status == 1);
  CHECK_THAT(missing.err, Catch::Contains("no stancegraph database at " + dir.path("env.db")));
}

TEST_CASE("exit statuses: 0 for help, 2 for usage errors, 1 for refused databases", "[cli]") {
  TempDir dir;
  auto help = RunCli(dir.path(), "--help");
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("add"));
  CHECK_THAT(help.out, Catch::Contains("stats"));
  CHECK(RunCli(dir.path(), "add --help").status == 0);
  CHECK(RunCli(dir.path(), "").status == 2);
  CHECK(RunCli(dir.path(), "frobnicate").status == 2);
  CHECK(RunCli(dir.path(), "add").status == 2);
  CHECK(RunCli(dir.path(), "stats --format xml").status == 2);
  std::filesystem::create_directories(dir.path("photos"));
  std::ofstream(dir.path("photos/cat.jpg")) << "jpeg";
  auto foreign = RunCli(dir.path(), "--db photos add '" + kExample + "'");
  CHECK(foreign.status == 1);
  CHECK_THAT(foreign.err, Catch::Contains("not a stancegraph database"));
  CHECK(std::filesystem::exists(dir.path("photos/cat.jpg")));
  CHECK_FALSE(std::filesystem::exists(dir.path("photos/CURRENT")));
}

}  // namespace
}  // namespace sg
