// `stancegraph export` as a user runs it: outputs, atomic files, the neo4j folder, exit
// statuses (cli/cmd_export.cc).
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_util.h"
#include "tests/graph/test_util.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using testing::RunCli;
using testing::Slurp;

const std::string kExample = std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.claims.jsonl";

// A folder with the example stored in ex.db.
struct ExampleDir {
  TempDir dir;
  ExampleDir() { REQUIRE(RunCli(dir.path(), "--db ex.db add '" + kExample + "'").status == 0); }
  testing::RunResult Run(const std::string& args) {
    return RunCli(dir.path(), "--db ex.db " + args);
  }
};

TEST_CASE("export writes standard output, or a file atomically", "[export][cli]") {
  ExampleDir ex;
  auto out = ex.Run("export --format graphml");
  INFO(out.err);
  REQUIRE(out.status == 0);
  CHECK(out.out.rfind("<?xml", 0) == 0);
  CHECK(out.err.empty());  // data on stdout, nothing else when stderr is not a terminal

  auto file = ex.Run("export --format graphml -o out.graphml");
  REQUIRE(file.status == 0);
  CHECK(file.out.empty());
  CHECK(Slurp(ex.dir.path("out.graphml")) == out.out);
  for (const auto& entry : std::filesystem::directory_iterator(ex.dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp.") == std::string::npos);
  }

  SECTION("a failed write leaves no file behind") {
    auto bad = ex.Run("export --format dot -o missing-folder/out.dot");
    CHECK(bad.status == 1);
    CHECK(bad.err.find("cannot create") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(ex.dir.path("missing-folder")));
  }
  SECTION("a second add of the same input leaves the export byte-identical") {
    REQUIRE(ex.Run("add '" + kExample + "'").status == 0);
    CHECK(ex.Run("export --format graphml").out == out.out);
  }
}

TEST_CASE("export --format neo4j writes a folder of CSV files", "[export][cli]") {
  ExampleDir ex;
  auto r = ex.Run("export --format neo4j -o neo");
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(ex.dir.path("neo"))) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"nodes_actor.csv", "nodes_article.csv", "nodes_claim.csv",
                                          "rels_ABOUT.csv", "rels_CONTRADICTS.csv", "rels_IN.csv",
                                          "rels_MEMBER_OF.csv", "rels_SAID.csv"});
  auto stance = ex.Run("export --format neo4j --view stance -o neo-stance");
  REQUIRE(stance.status == 0);
  CHECK(std::filesystem::exists(ex.dir.path("neo-stance/rels_STANCE.csv")));
  CHECK(Slurp(ex.dir.path("neo-stance/nodes_actor.csv")).rfind("id:ID,:LABEL,label:string", 0) ==
        0);
}

TEST_CASE("export refuses what it cannot do with a clear message", "[export][cli]") {
  ExampleDir ex;
  struct Case {
    std::string args;
    int status;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {"export --format neo4j", 2, "give -o DIR"},
           {"export --format pdf", 2, "pdf"},
           {"export --depth 2", 2, "--depth needs --around"},
           {"export --rollup", 2, "apply to --view stance"},
           {"export --view stance --all-contradictions", 2, "applies to --view claims"},
           {"export --min-weight 1", 2, "apply to --view stance"},
           {"export --view stance --min-weight -1", 2, "0 or more"},
           {"export --since 2022-13-45", 2, "not a date"},
           {"export --since 2022-02-01 --until 2022-01-01", 2, "is after"},
           {"export --around 'No Such Actor'", 1, "--around: unknown actor \"No Such Actor\""},
           {"--db missing.db export", 1, "no stancegraph database"},
       }) {
    INFO(c.args);
    auto r = c.args.rfind("--db", 0) == 0 ? RunCli(ex.dir.path(), c.args) : ex.Run(c.args);
    CHECK(r.status == c.status);
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK(r.out.empty());
  }
}

TEST_CASE("export filters from the command line", "[export][cli]") {
  ExampleDir ex;
  auto r = ex.Run("export --format cytoscape --view stance --around 'Sergey Lavrov' --depth 1");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto doc = nlohmann::json::parse(r.out);
  bool lavrov = false;
  for (const auto& n : doc["elements"]["nodes"]) lavrov |= n["data"]["label"] == "Sergey Lavrov";
  CHECK(lavrov);
  CHECK(doc["elements"]["nodes"].size() < 11);
  auto window = ex.Run("export --format cytoscape --since 2023-01-01");
  REQUIRE(window.status == 0);
  CHECK(nlohmann::json::parse(window.out)["elements"]["nodes"].empty());
  // Groups outside a selection are not dangling references: no warning.
  auto around = ex.Run("export --format graphml --around 'Jen Psaki' --depth 0");
  REQUIRE(around.status == 0);
  CHECK(around.err.empty());
}

}  // namespace
}  // namespace sg
