// Helpers shared by the graph tests: temporary folders, drafts, whole-database dumps.
#ifndef SG_TESTS_GRAPH_TEST_UTIL_H_
#define SG_TESTS_GRAPH_TEST_UTIL_H_

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace sg::graph::testing {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("sg_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string path(const std::string& child = "") const { return (path_ / child).string(); }

 private:
  std::filesystem::path path_;
};

// Builds drafts tersely: Mention("Jen Psaki", kPerson, group index, role), Claim(...).
class DraftBuilder {
 public:
  explicit DraftBuilder(std::string key, std::string date = "2022-01-18") {
    draft_.key = std::move(key);
    draft_.date = *Date::Parse(date);
    draft_.content_hash = 1;
  }
  int Actor(std::string name, ActorKind kind, int group = -1, std::string role = "",
            std::vector<std::string> aliases = {}) {
    draft_.actors.push_back(ActorMention{std::move(name), kind, std::move(aliases), group,
                                         std::move(role)});
    return static_cast<int>(draft_.actors.size()) - 1;
  }
  ClaimDraft& Claim(int speaker, std::string cue, std::string content, int8_t polarity = 1,
                    std::vector<TargetDraft> targets = {}) {
    ClaimDraft c;
    c.speaker = speaker;
    c.cue = std::move(cue);
    c.content = std::move(content);
    c.polarity = polarity;
    c.targets = std::move(targets);
    c.rule = "test";
    draft_.claims.push_back(std::move(c));
    return draft_.claims.back();
  }
  DraftBuilder& Hash(uint64_t h) {
    draft_.content_hash = h;
    return *this;
  }
  ArticleDraft& draft() { return draft_; }

 private:
  ArticleDraft draft_;
};

// Every key and value of every family, for record-by-record comparisons.
inline std::map<std::string, std::vector<std::pair<std::string, std::string>>> Dump(
    const Store& store) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> out;
  for (int f = 0; f < kFamilyCount; ++f) {
    auto family = static_cast<Family>(f);
    auto& rows = out[std::string(ToString(family))];
    Status s = store.Scan(family, "", [&](std::string_view k, std::string_view v) {
      rows.emplace_back(std::string(k), std::string(v));
      return true;
    });
    if (!s.ok()) rows.emplace_back("SCAN ERROR", s.ToString());
  }
  return out;
}

}  // namespace sg::graph::testing

#endif  // SG_TESTS_GRAPH_TEST_UTIL_H_
