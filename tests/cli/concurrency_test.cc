// Concurrent readers: while one process writes 1,000 articles (add, and ingest), readers in other
// processes open the database read-only (as every query command does) again and again. Each view
// must hold whole articles only: a prefix of the input, every present article with all its records
// and index entries, derived data matching (CheckStore), `stats` counting whole articles and the
// `claims` query listing every article it names with all its claims.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "tests/cli/robust_util.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using nlohmann::json;
using testing::ByArticle;
using testing::Rows;
using testing::RunCli;

constexpr int kArticles = 1000;

// One reader's view: opens read-only, checks every invariant and wholeness against the
// reference; returns the number of articles seen (-1 when the open failed).
int ObserveInProcess(const std::string& db, const Rows& reference) {
  graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = graph::Store::Open(db, options);
  if (!store.ok()) return -1;  // not created yet
  std::string problems;
  graph::CheckStore(**store, [&](const graph::CheckProblem& p) {
    problems += std::string(graph::ToString(p.family)) + " " + graph::HexKey(p.key) + ": " +
                p.message + "\n";
  });
  INFO(problems);
  REQUIRE(problems.empty());
  store->reset();
  Rows rows = testing::MaskedDump(db);
  auto seen = ByArticle(rows), expected = ByArticle(reference);
  int n = static_cast<int>(rows["articles"].size());
  for (const auto& [article, entries] : seen) {
    INFO("article id " << graph::HexKey(article) << " in a view of " << n << " articles");
    REQUIRE(entries == expected[article]);
  }
  for (int i = 0; i < n; ++i) REQUIRE(seen.count(testing::IdBytes(testing::ArticleKey(i))));
  return n;
}

void RunConcurrencyTest(const testing::Writer& w) {
  TempDir dir;
  std::string input = dir.path("in.jsonl");
  std::ofstream(input, std::ios::binary) << w.corpus(kArticles, 21);
  REQUIRE(RunCli(dir.path(), "--db ref.db " + w.command + " in.jsonl").status == 0);
  Rows reference = testing::MaskedDump(dir.path("ref.db"));
  // Claims of the first n articles, for what `stats` must report in a view of n articles.
  std::vector<uint64_t> claims_upto{0};
  std::map<std::string, uint64_t> claims_of;  // by external article id
  auto by_article = ByArticle(reference);
  for (int i = 0; i < kArticles; ++i) {
    uint64_t n = 0;
    for (const auto& [family, key, value] : by_article[testing::IdBytes(testing::ArticleKey(i))]) {
      n += family == "claims";
    }
    claims_of[testing::ArticleKey(i)] = n;
    claims_upto.push_back(claims_upto.back() + n);
  }

  int partial_views = 0, views = 0;
  for (int attempt = 0; attempt < 5 && partial_views == 0; ++attempt) {
    INFO("attempt " << attempt);
    std::string db = dir.path("live" + std::to_string(attempt) + ".db");
    // --sync: every article is a durable write of its own, which also spreads the ingest out.
    pid_t writer = testing::Spawn({"--sync", "--db", db, w.command, input}, dir.path(".w.out"),
                                  dir.path(".w.err"));
    for (;;) {
      int raw = 0;
      bool finished = waitpid(writer, &raw, WNOHANG) == writer;
      int n = ObserveInProcess(db, reference);
      if (n >= 0) {
        ++views;
        if (n > 0 && n < kArticles) ++partial_views;
        INFO("view of " << n << " articles");
        auto stats = RunCli(dir.path(), "--db '" + db + "' stats --format json");
        INFO(stats.err);
        REQUIRE(stats.status == 0);
        // A later view: whole articles too, at least as many.
        json s = json::parse(stats.out);
        int m = s["articles"].get<int>();
        CHECK(m >= n);
        REQUIRE(m <= kArticles);
        CHECK(s["claims"].get<uint64_t>() == claims_upto[m]);
        auto listed = RunCli(dir.path(), "--db '" + db + "' claims --format jsonl");
        INFO(listed.err);
        REQUIRE(listed.status == 0);
        // Every article the query lists comes with all its claims.
        std::map<std::string, uint64_t> per_article;
        std::istringstream lines(listed.out);
        for (std::string line; std::getline(lines, line);) {
          per_article[json::parse(line)["article"].get<std::string>()] += 1;
        }
        for (const auto& [article, count] : per_article) {
          INFO("claims query, article " << article);
          CHECK(count == claims_of[article]);
        }
        auto check = RunCli(dir.path(), "--db '" + db + "' check");
        INFO(check.out << check.err);
        CHECK(check.status == 0);
      }
      if (finished) {
        REQUIRE(WIFEXITED(raw));
        REQUIRE(WEXITSTATUS(raw) == 0);
        break;
      }
    }
    CHECK(testing::MaskedDump(db) == reference);
  }
  INFO(views << " views, none while articles were being written");
  REQUIRE(partial_views > 0);
}

TEST_CASE("readers in other processes see whole articles while add writes", "[cli][concurrency]") {
  RunConcurrencyTest(testing::AddWriter());
}

TEST_CASE("readers in other processes see whole articles while ingest writes",
          "[cli][concurrency][ingest]") {
  if (!testing::HasCommand("ingest")) {
    WARN("SKIPPED: this stancegraph has no ingest command");
    return;
  }
  RunConcurrencyTest(testing::IngestWriter());
}

}  // namespace
}  // namespace sg
