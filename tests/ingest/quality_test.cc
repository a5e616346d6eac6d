// Holds a floor on the extraction quality measured by ../shared/eval/score.py on the dev set,
// the worked example and the project's own held-out paragraphs (tests/data/heldout, written for
// the project, never tuned on: docs/quality.md). Skips, visibly, when ../shared or python3 is
// absent.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "ingest/extract_json.h"
#include "ingest/reader.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

namespace fs = std::filesystem;

// Extracts `articles` into a temporary file, scores it against `gold`; returns the scorer's
// JSON ("speaker" and "group" levels), or null when the scorer could not run.
nlohmann::json Score(const fs::path& articles, const fs::path& gold) {
  // Unique per corpus folder and process: ctest runs the cases in parallel processes.
  fs::path out = fs::temp_directory_path() /
                 ("sg_quality_" + articles.parent_path().filename().string() + "_" +
                  articles.stem().string() + "_" + std::to_string(getpid()) + ".jsonl");
  {
    std::ofstream os(out);
    ReadInputs(
        {articles.string()}, {},
        [&](ArticleInput&& a) { WriteClaimsJsonl(testing::SourceExtractor().Extract(a), os); },
        [](const Status&) {});
  }
  fs::path scorer = fs::path(SG_SHARED_DIR) / "eval" / "score.py";
  std::string cmd = "python3 '" + scorer.string() + "' '" + articles.string() + "' '" +
                    gold.string() + "' '" + out.string() + "' --json 2>/dev/null";
  std::string text;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
    if (pclose(p) != 0) text.clear();
  }
  fs::remove(out);
  if (text.empty()) return nullptr;
  return nlohmann::json::parse(text, nullptr, false);
}

bool SharedPresent() {
  if (fs::exists(fs::path(SG_SHARED_DIR) / "eval" / "score.py") &&
      std::system("python3 -c '' 2>/dev/null") == 0) {
    return true;
  }
  WARN("skipped: " << SG_SHARED_DIR << "/eval/score.py or python3 is not available");
  return false;
}

// Lower bounds on the scorer's speaker-level figures.
struct Floors {
  double f1, cue, polarity, target_f1, stance;
};

// Scores `articles` against `gold` and checks every figure against its floor.
void CheckFloors(const fs::path& articles, const fs::path& gold, const Floors& floor) {
  auto s = Score(articles, gold);
  REQUIRE_FALSE(s.is_null());
  auto sp = s["speaker"];
  INFO(articles.string() << ": " << sp.dump());
  CHECK(sp["f1"].get<double>() >= floor.f1);
  CHECK(sp["cue_acc"].get<double>() >= floor.cue);
  CHECK(sp["polarity_acc"].get<double>() >= floor.polarity);
  CHECK(sp["target_f1"].get<double>() >= floor.target_f1);
  CHECK(sp["stance_acc"].get<double>() >= floor.stance);
}

TEST_CASE("Dev set quality holds its floor", "[quality]") {
  if (!SharedPresent()) return;
  fs::path dev = fs::path(SG_SHARED_DIR) / "eval" / "dev";
  // Stance was 0.815 before the lexicon was cleared of words fitted to dev articles, 0.743
  // after, 0.804 with the stance rules of rules-3 (docs/quality.md).
  CheckFloors(dev / "articles.jsonl", dev / "gold.jsonl", {0.88, 0.95, 0.90, 0.70, 0.79});
}

TEST_CASE("The worked example holds its floor", "[quality]") {
  if (!SharedPresent()) return;
  fs::path ex = fs::path(SG_SHARED_DIR) / "examples";
  CheckFloors(ex / "blinken-lavrov.jsonl", ex / "blinken-lavrov.gold.jsonl",
              {0.90, 0.95, 0.95, 0.90, 0.85});
}

TEST_CASE("The held-out paragraphs hold their floor", "[quality]") {
  if (!SharedPresent()) return;
  fs::path ho = fs::path(SG_TEST_DATA_DIR) / "heldout";
  CheckFloors(ho / "articles.jsonl", ho / "gold.jsonl", {0.95, 0.90, 0.90, 0.80, 0.80});
  // Written after the rules of the first set, scored once before any change (docs/quality.md).
  CheckFloors(ho / "blind.jsonl", ho / "blind.gold.jsonl", {0.85, 0.90, 0.90, 0.60, 0.70});
}

}  // namespace
}  // namespace sg::ingest
