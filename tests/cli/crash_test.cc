// Crash safety, as a user meets it: the stancegraph program (add, and ingest) killed with SIGKILL
// while it writes 1,000 articles, and a write-ahead log cut short as a power loss leaves it. After each:
// `check` passes; the stored articles are the first n of the input, each wholly (its record,
// claims and every index entry, byte for byte as an uninterrupted run writes them); the
// database equals a from-scratch build of those n; and re-running the same command yields
// exactly the database of an uninterrupted run (ingest times masked).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>

#include "tests/cli/robust_util.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using testing::ByArticle;
using testing::MaskedDump;
using testing::Rows;
using testing::RunCli;

constexpr int kArticles = 1000;
constexpr uint32_t kCorpusSeed = 6;

using testing::Writer;

std::vector<std::string> WriteArgs(const Writer& w, const std::string& db,
                                   const std::string& input) {
  return {"--db", db, w.command, input};
}

// Runs the writer to completion into `db` over the first `n` articles; returns the masked dump.
Rows BuildFromScratch(const TempDir& dir, const Writer& w, int n, const std::string& db) {
  std::string input = db + ".input.jsonl";
  std::ofstream(input, std::ios::binary) << w.corpus(n, kCorpusSeed);
  auto r = RunCli(dir.path(), "--db '" + db + "' " + w.command + " '" + input + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  return MaskedDump(db);
}

void RequireCheckPasses(const TempDir& dir, const std::string& db) {
  auto check = RunCli(dir.path(), "--db '" + db + "' check");
  INFO(check.out << check.err);
  REQUIRE(check.status == 0);
  REQUIRE_THAT(check.out, Catch::StartsWith("ok: "));
}

// Verifies a database left by an interrupted run (see the file comment); returns the number of
// articles it holds.
int VerifyInterrupted(const TempDir& dir, const Writer& w, const std::string& db,
                      const Rows& reference) {
  RequireCheckPasses(dir, db);
  std::string error;
  Rows rows = MaskedDump(db, &error);
  INFO(error);
  REQUIRE(error.empty());
  auto stored = ByArticle(rows), expected = ByArticle(reference);
  int n = static_cast<int>(rows["articles"].size());
  for (int i = 0; i < kArticles; ++i) {
    INFO("article " << testing::ArticleKey(i) << " of " << n << " stored");
    REQUIRE(stored.count(testing::IdBytes(testing::ArticleKey(i))) == (i < n ? 1u : 0u));
  }
  REQUIRE(stored.size() == static_cast<size_t>(n));
  for (const auto& [article, entries] : stored) {
    INFO("article id " << graph::HexKey(article));
    REQUIRE(expected.count(article));
    CHECK(entries.size() == expected[article].size());
    CHECK(entries == expected[article]);
  }
  if (n > 0) CHECK(rows == BuildFromScratch(dir, w, n, db + ".scratch" + std::to_string(n)));
  return n;
}

// Kills `w` over `seeds` seeds (see the file comment).
void RunKillTest(const Writer& w, uint32_t seeds) {
  TempDir dir;
  std::string input = dir.path("in.jsonl");
  std::ofstream(input, std::ios::binary) << w.corpus(kArticles, kCorpusSeed);
  std::string ref_db = dir.path("ref.db");
  Rows reference = BuildFromScratch(dir, w, kArticles, ref_db);
  RequireCheckPasses(dir, ref_db);
  REQUIRE(reference["articles"].size() == static_cast<size_t>(kArticles));
  uintmax_t wal = 0;
  for (const auto& [name, size] : testing::WalFiles(ref_db)) wal += size;
  REQUIRE(wal > 0);

  int interrupted = 0;  // kills that left some but not all articles
  // More seeds only if none of them happened to land mid-ingest (so that the test always shows
  // at least one interrupted database, however fast the machine).
  for (uint32_t seed = 1; seed <= seeds || (interrupted == 0 && seed <= 40); ++seed) {
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    std::string db = dir.path("kill" + std::to_string(seed) + ".db");
    int stored = 0;
    for (int kill = 0, kills = 1 + seed % 3; kill < kills && stored < kArticles; ++kill) {
      // Kill once this run's log holds a random share of what the remaining articles write.
      double share = std::uniform_real_distribution<double>(0.02, 0.98)(rng);
      auto at = static_cast<uintmax_t>(share * wal * (kArticles - stored) / kArticles);
      int status =
          testing::RunAndKill(WriteArgs(w, db, input), db, std::max<uintmax_t>(at, 1), dir.path());
      INFO("kill " << kill << " at " << at << " log bytes: status " << status);
      REQUIRE((status == -SIGKILL || status == 0));
      stored = VerifyInterrupted(dir, w, db, reference);
      if (status == -SIGKILL && stored > 0 && stored < kArticles) ++interrupted;
    }
    auto rerun = RunCli(dir.path(), "--db '" + db + "' " + w.command + " '" + input + "'");
    INFO(rerun.err);
    REQUIRE(rerun.status == 0);
    auto summary = nlohmann::json::parse(rerun.out);
    CHECK(summary["new"] == kArticles - stored);
    CHECK(summary["unchanged"] == stored);
    RequireCheckPasses(dir, db);
    CHECK(MaskedDump(db) == reference);
  }
  INFO("no kill landed while articles were being written");
  REQUIRE(interrupted > 0);
}

TEST_CASE("add killed with SIGKILL at random moments leaves whole articles", "[cli][crash]") {
  RunKillTest(testing::AddWriter(), 6);
}

TEST_CASE("ingest killed with SIGKILL at random moments leaves whole articles",
          "[cli][crash][ingest]") {
  if (!testing::HasCommand("ingest")) {
    WARN("SKIPPED: this stancegraph has no ingest command");
    return;
  }
  RunKillTest(testing::IngestWriter(), 4);
}

// Copies a database folder.
void CopyDb(const std::string& from, const std::string& to) {
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

TEST_CASE("a log cut short by a power loss recovers to whole articles", "[cli][crash]") {
  // Without --sync, an article is acknowledged once the log is in the OS cache; a power loss may
  // drop any tail of the log the OS had not written (and a file system may show the lost blocks
  // as zeros). The database's creation is synced, so the cut falls after it.
  TempDir dir;
  Writer w = testing::AddWriter();
  std::string empty_db = dir.path("empty.db");
  { REQUIRE(graph::Store::Open(empty_db).ok()); }
  uintmax_t created = 0;
  for (const auto& [name, size] : testing::WalFiles(empty_db)) created += size;
  std::string ref_db = dir.path("ref.db");
  Rows reference = BuildFromScratch(dir, w, kArticles, ref_db);
  auto logs = testing::WalFiles(ref_db);
  REQUIRE(logs.size() == 1);  // everything is in one log: no table file was written
  const auto& [log_name, log_size] = *logs.begin();
  REQUIRE(log_size > created);
  std::string input = ref_db + ".input.jsonl";
  for (uint32_t seed = 1; seed <= 6; ++seed) {
    std::mt19937 rng(seed);
    uintmax_t cut = std::uniform_int_distribution<uintmax_t>(created, log_size - 1)(rng);
    INFO("seed " << seed << ": log cut at " << cut << " of " << log_size << " bytes");
    std::string db = dir.path("cut" + std::to_string(seed) + ".db");
    CopyDb(ref_db, db);
    std::filesystem::resize_file(db + "/" + log_name, cut);
    if (seed % 2 == 0) {
      std::ofstream(db + "/" + log_name, std::ios::binary | std::ios::app)
          << std::string(4096 + rng() % 8192, '\0');
    }
    int stored = VerifyInterrupted(dir, w, db, reference);
    CHECK(stored < kArticles);
    auto rerun = RunCli(dir.path(), "--db '" + db + "' add '" + input + "'");
    REQUIRE(rerun.status == 0);
    CHECK(MaskedDump(db) == reference);
  }
}

TEST_CASE("a kill while the database is being created leaves one the next run completes",
          "[cli][crash]") {
  // The window is short (RocksDB's first files, CURRENT, the column families, then meta): kill
  // as soon as the folder exists, or as soon as it holds CURRENT, several times each.
  TempDir dir;
  std::string input = dir.path("in.jsonl");
  std::ofstream(input, std::ios::binary) << testing::ClaimsCorpus(20, kCorpusSeed);
  for (int attempt = 0; attempt < 10; ++attempt) {
    std::string db = dir.path("new" + std::to_string(attempt) + ".db");
    std::string trigger = attempt % 2 == 0 ? db : db + "/CURRENT";
    INFO("attempt " << attempt << ": killed once " << trigger << " exists");
    pid_t pid = testing::Spawn({"--db", db, "add", input}, dir.path(".out"), dir.path(".err"));
    while (!std::filesystem::exists(trigger)) {
      int raw = 0;
      if (waitpid(pid, &raw, WNOHANG) == pid) FAIL("finished before " << trigger << " existed");
    }
    kill(pid, SIGKILL);
    testing::Wait(pid);
    auto stats = RunCli(dir.path(), "--db '" + db + "' stats");  // read-only: never completes it
    CHECK((stats.status == 0 || stats.err.find("no stancegraph database") != std::string::npos));
    auto again = RunCli(dir.path(), "--db '" + db + "' add '" + input + "'");
    INFO(again.err);
    REQUIRE(again.status == 0);
    CHECK(nlohmann::json::parse(again.out)["claims"] > 0);
    RequireCheckPasses(dir, db);
  }
}

}  // namespace
}  // namespace sg
