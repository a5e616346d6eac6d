// Holds a floor on the extraction quality measured by ../shared/eval/score.py on the dev set
// and the worked example (docs/quality.md). Skips, visibly, when ../shared or python3 is absent.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/extract_json.h"
#include "ingest/reader.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

namespace fs = std::filesystem;

// Extracts `articles` into a temporary file, scores it against `gold`; returns the scorer's
// JSON ("speaker" and "group" levels), or null when the scorer could not run.
nlohmann::json Score(const fs::path& articles, const fs::path& gold) {
  fs::path out = fs::temp_directory_path() / ("sg_quality_" + articles.stem().string() + ".jsonl");
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

TEST_CASE("Dev set quality holds its floor", "[quality]") {
  if (!SharedPresent()) return;
  fs::path dev = fs::path(SG_SHARED_DIR) / "eval" / "dev";
  auto s = Score(dev / "articles.jsonl", dev / "gold.jsonl");
  REQUIRE_FALSE(s.is_null());
  auto sp = s["speaker"];
  INFO(sp.dump());
  CHECK(sp["f1"].get<double>() >= 0.88);
  CHECK(sp["cue_acc"].get<double>() >= 0.95);
  CHECK(sp["polarity_acc"].get<double>() >= 0.90);
  CHECK(sp["target_f1"].get<double>() >= 0.70);
  CHECK(sp["stance_acc"].get<double>() >= 0.80);
}

TEST_CASE("The worked example holds its floor", "[quality]") {
  if (!SharedPresent()) return;
  fs::path ex = fs::path(SG_SHARED_DIR) / "examples";
  auto s = Score(ex / "blinken-lavrov.jsonl", ex / "blinken-lavrov.gold.jsonl");
  REQUIRE_FALSE(s.is_null());
  INFO(s["speaker"].dump());
  CHECK(s["speaker"]["f1"].get<double>() >= 0.90);
}

}  // namespace
}  // namespace sg::ingest
