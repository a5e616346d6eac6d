// stancegraph retract ARTICLE_ID...: removes articles and everything derived from them.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "cli/app.h"
#include "graph/names.h"

namespace sg::cli {
namespace {

// "article:0123456789abcdef" (the external form of exports and queries) -> the id.
std::optional<graph::ArticleId> ParseArticleRef(std::string_view text) {
  constexpr std::string_view kPrefix = "article:";
  if (text.substr(0, kPrefix.size()) != kPrefix || text.size() != kPrefix.size() + 16) {
    return std::nullopt;
  }
  uint64_t value = 0;
  for (char c : text.substr(kPrefix.size())) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value << 4 | static_cast<uint64_t>(digit);
  }
  return graph::ArticleId{value};
}

// The stored article `id` names: its external key first, else its "article:HEX" form.
Result<std::optional<graph::Article>> FindArticle(const graph::Store& store,
                                                  const std::string& id) {
  SG_ASSIGN_OR_RETURN(std::optional<graph::Article> by_key,
                      store.GetArticle(graph::ArticleIdForKey(id)));
  if (by_key && by_key->key == id) return by_key;
  if (auto ref = ParseArticleRef(id)) return store.GetArticle(*ref);
  return std::optional<graph::Article>();
}

int RunRetract(const App& app, const std::vector<std::string>& ids) {
  std::string path = DatabasePath(app.global);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) ||
      (std::filesystem::is_directory(path, ec) && std::filesystem::is_empty(path, ec))) {
    return Fail(Status::NotFound("no stancegraph database at " + path));
  }
  auto opened = OpenForWrite(app.global);
  if (!opened.ok()) return Fail(opened.status());
  graph::Store& store = **opened;
  size_t retracted = 0, unknown = 0, failed = 0, claims = 0;
  std::set<std::string> seen;
  for (const std::string& id : ids) {
    if (!seen.insert(id).second) continue;  // named twice: once is enough
    Result<std::optional<graph::Article>> article = FindArticle(store, id);
    if (!article.ok()) {
      std::cerr << "stancegraph: retract \"" << id << "\": " << article.status().ToString()
                << "\n";
      ++failed;
      continue;
    }
    if (!*article) {
      std::cerr << "stancegraph: retract: no stored article \"" << id << "\"\n";
      ++unknown;
      continue;
    }
    // One atomic batch per article: a crash leaves it wholly stored or wholly gone.
    Result<bool> gone = store.RetractArticle((*article)->key);
    if (!gone.ok()) {
      std::cerr << "stancegraph: retract \"" << id << "\": " << gone.status().ToString() << "\n";
      ++failed;
    } else if (*gone) {
      ++retracted;
      claims += (*article)->claim_count;
    } else {
      ++unknown;
    }
  }
  nlohmann::ordered_json summary;
  summary["requested"] = seen.size();
  summary["retracted"] = retracted;
  summary["claims_removed"] = claims;
  summary["unknown"] = unknown;
  summary["failed"] = failed;
  std::cout << summary.dump() << "\n";
  return unknown + failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterRetract(CLI::App& cli, App& app) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = cli.add_subcommand(
      "retract",
      "Remove articles with every claim, edge and index entry derived from them, one atomic "
      "write per article. ARTICLE_ID is the article's external id (its \"id\" field) or its "
      "article:HEX form. Unknown ids are reported on standard error and make the exit status "
      "1; the others are still retracted. Prints a JSON summary on standard output.");
  cmd->add_option("ids", *ids, "Article ids")->required();
  cmd->callback([&app, ids] { app.run = [&app, ids] { return RunRetract(app, *ids); }; });
}

}  // namespace sg::cli
