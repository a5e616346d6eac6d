// Golden extraction tests: every tests/data/ingest/<case>.txt is extracted and its claims
// compared, line by line, with <case>.expected.jsonl. A case file may start with a line
// "TITLE: <headline>" followed by a blank line; the rest is the article text. The article's
// id is the case name. SG_UPDATE_GOLDEN=1 rewrites the expected files (review the diff!).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/extract_json.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::string Extract(const fs::path& txt) {
  std::string text = ReadAll(txt);
  std::string title;
  if (text.rfind("TITLE: ", 0) == 0) {
    size_t nl = text.find("\n\n");
    title = text.substr(7, nl - 7);
    text = text.substr(nl + 2);
  }
  graph::ArticleDraft draft = testing::ExtractText(text, title, txt.stem().string());
  std::ostringstream out;
  WriteClaimsJsonl(draft, out);
  return out.str();
}

TEST_CASE("Golden extraction cases", "[golden]") {
  fs::path dir = fs::path(SG_TEST_DATA_DIR) / "ingest";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") cases.push_back(e.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 10);
  bool update = std::getenv("SG_UPDATE_GOLDEN") != nullptr;
  for (const auto& txt : cases) {
    fs::path expected = txt;
    expected.replace_extension(".expected.jsonl");
    std::string got = Extract(txt);
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    INFO("case " << txt.filename().string());
    REQUIRE(fs::exists(expected));
    std::vector<std::string> want = Lines(ReadAll(expected)), have = Lines(got);
    for (size_t i = 0; i < std::max(want.size(), have.size()); ++i) {
      INFO("claim " << i);
      REQUIRE((i < have.size() ? have[i] : "<none>") == (i < want.size() ? want[i] : "<none>"));
    }
  }
}

TEST_CASE("Non-claims yield nothing", "[golden]") {
  REQUIRE(Lines(Extract(fs::path(SG_TEST_DATA_DIR) / "ingest" / "non_claims.txt")).empty());
}

}  // namespace
}  // namespace sg::ingest
