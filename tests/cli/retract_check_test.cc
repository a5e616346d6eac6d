// `stancegraph retract`, `stancegraph check` and `--sync` as a user runs them.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "graph/keys.h"
#include "tests/cli/robust_util.h"
#include "tests/graph/raw_db.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using nlohmann::json;
using testing::MaskedDump;
using testing::RunCli;

// Adds generated articles art-0000 .. art-(n-1) to `db`.
void Add(const TempDir& dir, const std::string& db, int n) {
  std::string file = dir.path(db + ".jsonl");
  std::ofstream(file, std::ios::binary) << testing::ClaimsCorpus(n, 11);
  auto r = RunCli(dir.path(), "--db " + db + " add '" + file + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
}

TEST_CASE("retract removes whole articles and leaves what a build without them holds",
          "[cli][retract]") {
  TempDir dir;
  Add(dir, "inc.db", 30);
  auto r = RunCli(dir.path(), "--db inc.db retract art-0003 art-0017 art-0003");
  INFO(r.err);
  REQUIRE(r.status == 0);
  json summary = json::parse(r.out);
  CHECK(summary["requested"] == 2);
  CHECK(summary["retracted"] == 2);
  CHECK(summary["claims_removed"] > 0);
  CHECK(summary["unknown"] == 0);
  CHECK(RunCli(dir.path(), "--db inc.db check").status == 0);
  CHECK(json::parse(RunCli(dir.path(), "--db inc.db stats --format json").out)["articles"] == 28);

  SECTION("the same as never having added them") {
    // Scratch: the 30 articles without 3 and 17, in the same order.
    std::string corpus = testing::ClaimsCorpus(30, 11), kept, line;
    std::istringstream in(corpus);
    while (std::getline(in, line)) {
      std::string id = json::parse(line)["article"]["id"];
      if (id != "art-0003" && id != "art-0017") kept += line + "\n";
    }
    std::ofstream(dir.path("scratch.jsonl"), std::ios::binary) << kept;
    REQUIRE(RunCli(dir.path(), "--db scratch.db add scratch.jsonl").status == 0);
    CHECK(MaskedDump(dir.path("inc.db")) == MaskedDump(dir.path("scratch.db")));
  }
  SECTION("unknown ids are reported, the others still retracted, exit status 1") {
    auto u = RunCli(dir.path(), "--db inc.db retract nope art-0004 art-0003");
    CHECK(u.status == 1);
    CHECK_THAT(u.err, Catch::Contains("no stored article \"nope\""));
    CHECK_THAT(u.err, Catch::Contains("no stored article \"art-0003\""));
    json s = json::parse(u.out);
    CHECK(s["retracted"] == 1);
    CHECK(s["unknown"] == 2);
    CHECK(json::parse(RunCli(dir.path(), "--db inc.db stats --format json").out)["articles"] == 27);
  }
  SECTION("the article:HEX form of an id works too") {
    std::string ref = graph::FormatArticleId(graph::ArticleIdForKey("art-0005"));
    auto h = RunCli(dir.path(), "--db inc.db retract " + ref);
    INFO(h.err);
    CHECK(h.status == 0);
    CHECK(json::parse(h.out)["retracted"] == 1);
    CHECK(RunCli(dir.path(), "--db inc.db retract art-0005").status == 1);
  }
  SECTION("retracting everything leaves an empty, valid database") {
    std::string all;
    for (int i = 0; i < 30; ++i) all += " " + testing::ArticleKey(i);
    REQUIRE(RunCli(dir.path(), "--db inc.db retract" + all).status == 1);  // 3 and 17 are gone
    json s = json::parse(RunCli(dir.path(), "--db inc.db stats --format json").out);
    CHECK(s["articles"] == 0);
    CHECK(s["actors"] == 0);
    CHECK(s["edges"] == 0);
    CHECK(RunCli(dir.path(), "--db inc.db check").status == 0);
  }
}

TEST_CASE("retract never creates a database", "[cli][retract]") {
  TempDir dir;
  auto r = RunCli(dir.path(), "--db none.db retract art-0001");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("no stancegraph database at none.db"));
  CHECK_FALSE(std::filesystem::exists(dir.path("none.db")));
  CHECK(RunCli(dir.path(), "--db none.db retract").status == 2);  // no ids: usage error
}

TEST_CASE("check reports damage by family and key and exits 1", "[cli][check]") {
  TempDir dir;
  Add(dir, "db", 10);
  auto ok = RunCli(dir.path(), "--db db check --format json");
  REQUIRE(ok.status == 0);
  json clean = json::parse(ok.out);
  CHECK(clean["ok"] == true);
  CHECK(clean["problems"] == 0);
  CHECK(clean["keys_by_family"]["articles"] == 10);
  CHECK(clean["format_version"] == 1);

  // Delete every by_date entry behind the store's back.
  std::vector<std::string> removed;
  {
    graph::testing::RawDb raw(dir.path("db"));
    removed = raw.Keys(graph::Family::kByDate);
    for (const auto& k : removed) raw.Delete(graph::Family::kByDate, k);
  }
  REQUIRE(removed.size() > 3);
  auto bad = RunCli(dir.path(), "--db db check");
  CHECK(bad.status == 1);
  for (const auto& k : removed) {
    CHECK_THAT(bad.out, Catch::Contains("by_date " + graph::HexKey(k) + ": missing: claim:"));
  }
  CHECK_THAT(bad.out, Catch::Contains("FAILED: "));
  CHECK_THAT(bad.out, Catch::Contains(std::to_string(removed.size()) + " problems"));

  auto limited = RunCli(dir.path(), "--db db check --format json --max-problems 2");
  CHECK(limited.status == 1);
  json j = json::parse(limited.out);
  CHECK(j["ok"] == false);
  CHECK(j["problems"] == removed.size());
  REQUIRE(j["shown"].size() == 2);
  CHECK(j["shown"][0]["family"] == "by_date");
  for (const json& p : j["shown"]) {
    CHECK(std::count_if(removed.begin(), removed.end(),
                        [&](const std::string& k) { return graph::HexKey(k) == p["key"]; }) == 1);
  }
}

TEST_CASE("check refuses what is not a database", "[cli][check]") {
  TempDir dir;
  auto missing = RunCli(dir.path(), "--db nothing check");
  CHECK(missing.status == 1);
  CHECK_THAT(missing.err, Catch::Contains("no stancegraph database"));
  std::filesystem::create_directories(dir.path("photos"));
  std::ofstream(dir.path("photos/cat.jpg")) << "jpeg";
  auto foreign = RunCli(dir.path(), "--db photos check");
  CHECK(foreign.status == 1);
  CHECK_THAT(foreign.err, Catch::Contains("not a stancegraph database"));
}

TEST_CASE("the --sync option writes the same database", "[cli][sync]") {
  TempDir dir;
  std::ofstream(dir.path("in.jsonl"), std::ios::binary) << testing::ClaimsCorpus(20, 3);
  auto s = RunCli(dir.path(), "--sync --db synced.db add in.jsonl");
  INFO(s.err);
  REQUIRE(s.status == 0);
  REQUIRE(RunCli(dir.path(), "--db plain.db add in.jsonl").status == 0);
  CHECK(MaskedDump(dir.path("synced.db")) == MaskedDump(dir.path("plain.db")));
  CHECK(RunCli(dir.path(), "--sync --db synced.db retract art-0001").status == 0);
  CHECK_THAT(RunCli(dir.path(), "--help").out, Catch::Contains("--sync"));
}

}  // namespace
}  // namespace sg
