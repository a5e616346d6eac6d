// The query commands run as a user runs them: exit statuses, standard output and error, and
// --format json / jsonl output read back.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_util.h"
#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using nlohmann::json;
using sg::testing::RunCli;

// A database made with `stancegraph add` from the fixture claims and the example claims.
class CliFixture {
 public:
  CliFixture() {
    auto added = RunCli(dir_.path(), "--db q.db add '" + testing::FixtureClaimsPath() + "' '" +
                                         testing::ExampleClaimsPath() + "'");
    INFO(added.err);
    REQUIRE(added.status == 0);
  }
  sg::testing::RunResult Run(const std::string& args) {
    return RunCli(dir_.path(), "--db q.db " + args);
  }
  std::string path(const std::string& child) const { return dir_.path(child); }

 private:
  testing::TempDir dir_;
};

json Parse(const sg::testing::RunResult& r) {
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  return json::parse(r.out);
}

TEST_CASE("query commands: exit statuses and streams", "[cli][query]") {
  CliFixture fx;

  SECTION("an answer, and an empty answer, exit 0") {
    auto r = fx.Run("claims --speaker Kremlin --format json");
    CHECK(Parse(r).size() == 2);
    auto empty = fx.Run("claims --speaker Kremlin --since 2030-01-01 --format json");
    CHECK(Parse(empty) == json::array());
  }
  SECTION("an unknown name: a suggestion on stderr, nothing on stdout, exit 1") {
    auto r = fx.Run("claims --speaker Rusia --format json");
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "stancegraph: unknown actor \"Rusia\"; did you mean \"Russia\"?\n");
    CHECK(fx.Run("stance --from Kremlin --to Ukrane").status == 1);
    CHECK(fx.Run("path Kremlin Nobody").status == 1);
  }
  SECTION("names no article used resolve through the gazetteer (data/countries.tsv)") {
    for (const char* name : {"USA", "\"the United States\"", "America"}) {
      auto r = fx.Run(std::string("actor ") + name + " --format json");
      INFO(name);
      CHECK(Parse(r)["name"] == "United States");
    }
    CHECK(Parse(fx.Run("actor Kyiv --format json"))["name"] == "Ukraine");
    auto r = fx.Run("actor Atlantis");
    CHECK(r.status == 1);
    CHECK(r.err.rfind("stancegraph: unknown actor \"Atlantis\"", 0) == 0);
  }
  SECTION("usage errors exit 2") {
    CHECK(fx.Run("claims --polarity 7").status == 2);
    CHECK(fx.Run("claims --since 2022-02-30").status == 2);
    CHECK(fx.Run("claims --format xml").status == 2);
    CHECK(fx.Run("contradictions --between Russia").status == 2);
    CHECK(fx.Run("contradictions --self --between Russia Ukraine").status == 2);
    CHECK(fx.Run("neighbors Russia --depth 0").status == 2);
    CHECK(fx.Run("actor").status == 2);
    CHECK(fx.Run("stance --top 3").status == 2);  // --top needs --matrix
  }
  SECTION("a missing database is a runtime error") {
    auto r = RunCli(fx.path(""), "--db missing.db claims");
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK_FALSE(r.err.empty());
  }
  SECTION("--help exits 0") { CHECK(fx.Run("contradictions --help").status == 0); }
}

TEST_CASE("query commands: --format json of each command", "[cli][query]") {
  CliFixture fx;

  SECTION("claims with negative polarity and rollup") {
    json j =
        Parse(fx.Run("claims --about Ukraine --speaker Russia --rollup --polarity=-1 "
                     "--format json"));
    REQUIRE(j.size() == 1);
    CHECK(j[0]["speaker"]["name"] == "Dmitry Peskov");
    CHECK(j[0]["cue"] == "deny");
    CHECK(Parse(fx.Run("claims --polarity -1 --format json")).size() == 5);
  }
  SECTION("contradictions between the US and Russia in the example") {
    json j =
        Parse(fx.Run("contradictions --between 'United States' Russia --rollup "
                     "--since 2022-01-18 --format json"));
    REQUIRE(j.size() == 2);
    for (const json& p : j) {
      CHECK(p["a"]["article"] == "blinken-lavrov-geneva");
      CHECK(p["b"]["speaker"]["name"] == "Russia");
      CHECK(p["b"]["content"] == "any plans for an attack");
      CHECK(p["proposition"]["predicate"] == "attack");
    }
  }
  SECTION("stance, matrix, actor, actors, timeline, neighbors, path") {
    json s = Parse(fx.Run("stance --from Russia --to Ukraine --rollup --format json"));
    REQUIRE(s.size() == 1);
    CHECK(s[0]["stance"] == "hostile");
    CHECK(s[0]["sum"].get<int>() < 0);
    json m = Parse(fx.Run("stance --matrix --top 3 --rollup --format json"));
    CHECK(m["actors"].size() == 3);
    json a = Parse(fx.Run("actor 'Jen Psaki' --format json"));
    CHECK(a["name"] == "Jen Psaki");
    CHECK(a["member_of"][0]["group"]["name"] == "United States");
    CHECK(a["claims_made"] == 4);
    json actors = Parse(fx.Run("actors --kind person --top 2 --format json"));
    CHECK(actors.size() == 2);
    json t = Parse(fx.Run("timeline NATO --until 2022-12-31 --format json"));
    REQUIRE(t.size() == 2);
    CHECK(t[0]["about"] == true);
    json n = Parse(fx.Run("neighbors 'Jen Psaki' --depth 1 --format json"));
    REQUIRE_FALSE(n.empty());
    CHECK(n[0]["depth"] == 1);
    CHECK(n[0]["via"]["evidence"]["speaker"]["name"] == "Jen Psaki");
    // Two hops here: the example has Russia speak about NATO.
    json p = Parse(fx.Run("path 'Karen Jean-Pierre' NATO --format json"));
    REQUIRE(p.size() == 2);
    CHECK(p[0]["step"] == 1);
    CHECK(p[0]["from"]["name"] == "Karen Jean-Pierre");
    CHECK(p[1]["to"]["name"] == "NATO");
  }
  SECTION("jsonl and csv") {
    auto lines = fx.Run("contradictions --self --format jsonl");
    REQUIRE(lines.status == 0);
    size_t n = 0;
    std::istringstream in(lines.out);
    for (std::string line; std::getline(in, line); ++n) CHECK(json::parse(line)["self"] == true);
    CHECK(n == 2);
    auto csv = fx.Run("actors --format csv");
    REQUIRE(csv.status == 0);
    CHECK(csv.out.rfind("id,name,kind,group,articles,claims_made,claims_received\n", 0) == 0);
  }
}

TEST_CASE("the example's contradictions score against the gold pairs", "[cli][query]") {
  std::string shared = std::string(SG_SOURCE_DIR) + "/../shared/examples";
  std::string scorer = std::string(SG_SOURCE_DIR) + "/../shared/eval/score_contradictions.py";
  if (!std::filesystem::exists(scorer) || std::system("python3 --version >/dev/null 2>&1") != 0) {
    WARN("skipped: ../shared/eval/score_contradictions.py or python3 is not available");
    return;
  }
  testing::TempDir dir;
  REQUIRE(RunCli(dir.path(), "--db ex.db add '" + testing::ExampleClaimsPath() + "'").status == 0);
  auto pairs = RunCli(dir.path(), "--db ex.db contradictions --format jsonl");
  REQUIRE(pairs.status == 0);
  std::ofstream(dir.path("pairs.jsonl")) << pairs.out;
  std::string cmd = "python3 '" + scorer + "' '" + shared + "/blinken-lavrov.jsonl' '" + shared +
                    "/blinken-lavrov.contradictions.jsonl' '" + dir.path("pairs.jsonl") +
                    "' --json > '" + dir.path("score.json") + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  json score = json::parse(testing::ReadFile(dir.path("score.json")));
  CHECK(score["recall"] == 1.0);
  CHECK(score["precision"] == 1.0);
}

}  // namespace
}  // namespace sg::query
