// Helpers of the crash, concurrency and bad-input tests: generated inputs, child processes,
// write-ahead-log sizes, masked database dumps and per-article grouping of entries.
#ifndef SG_TESTS_CLI_ROBUST_UTIL_H_
#define SG_TESTS_CLI_ROBUST_UTIL_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "graph/check.h"
#include "graph/codec.h"
#include "graph/keys.h"
#include "graph/names.h"
#include "graph/store.h"
#include "tests/cli/cli_util.h"
#include "tests/graph/test_util.h"

extern char** environ;

namespace sg::testing {

// ---- generated inputs ------------------------------------------------------------------------

inline std::string ArticleKey(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "art-%04d", i);
  return buf;
}

struct Person {
  const char* name;
  const char* group;
  const char* role;
};

inline const std::vector<Person>& People() {
  static const std::vector<Person> people = {
      {"Jen Psaki", "White House", "press secretary"},
      {"Antony Blinken", "United States", "secretary of state"},
      {"Sergey Lavrov", "Russia", "foreign minister"},
      {"Dmitry Peskov", "Russia", "spokesman"},
      {"Volodymyr Zelensky", "Ukraine", "president"},
      {"Jens Stoltenberg", "NATO", "secretary general"},
      {"Josep Borrell", "European Union", "foreign policy chief"},
  };
  return people;
}

inline const std::vector<std::string>& Places() {
  static const std::vector<std::string> places = {"Russia", "Ukraine",        "United States",
                                                  "NATO",   "European Union", "White House"};
  return places;
}

// `articles` articles of claims for `stancegraph add` (docs/add-format.md), keyed
// ArticleKey(0..), in that order; the same seed gives the same bytes.
inline std::string ClaimsCorpus(int articles, uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  static const char* kCues[] = {"say", "warn", "deny", "accuse", "urge"};
  static const char* kPredicates[] = {"attack", "sanction", "negotiate"};
  std::string out;
  for (int a = 0; a < articles; ++a) {
    std::string date = "2022-01-" + std::to_string(10 + pick(20));
    int claims = 1 + static_cast<int>(pick(6));
    for (int c = 0; c < claims; ++c) {
      const Person& p = People()[pick(People().size())];
      nlohmann::ordered_json line;
      line["speaker"] = p.name;
      line["speaker_kind"] = "person";
      line["speaker_group"] = p.group;
      line["speaker_role"] = p.role;
      line["cue"] = kCues[pick(5)];
      line["text"] = "statement " + std::to_string(c) + " of " + ArticleKey(a);
      std::string t1 = Places()[pick(Places().size())], t2 = Places()[pick(Places().size())];
      line["targets"] = {t1, t2};
      line["stance"] = {{t1, static_cast<int>(pick(3)) - 1}};
      line["polarity"] = static_cast<int>(pick(3)) - 1;
      line["date"] = date;
      if (pick(2) == 0) {
        line["proposition"] = {{"agent", t1}, {"predicate", kPredicates[pick(3)]}, {"patient", t2}};
      }
      line["article"] = {
          {"id", ArticleKey(a)}, {"title", "Report " + std::to_string(a)}, {"outlet", "VOA"}};
      out += line.dump() + "\n";
    }
  }
  return out;
}

// `articles` news articles for `stancegraph ingest` / `extract` (JSON Lines), keyed
// ArticleKey(0..), each with sentences the extractor attributes.
inline std::string ArticlesCorpus(int articles, uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::string out;
  for (int a = 0; a < articles; ++a) {
    std::string text;
    int sentences = 2 + static_cast<int>(pick(5));
    for (int s = 0; s < sentences; ++s) {
      const Person& p = People()[pick(People().size())];
      const std::string& target = Places()[pick(Places().size())];
      switch (pick(3)) {
        case 0:
          text += std::string(p.name) + " said " + target + " could launch an attack in " +
                  Places()[pick(Places().size())] + " at any point. ";
          break;
        case 1:
          text += "\"We have no plans to attack " + target + ",\" " + p.name + " said. ";
          break;
        default:
          text += std::string(p.name) + " accused " + target + " of sabotaging talks number " +
                  std::to_string(a) + ". ";
      }
    }
    nlohmann::ordered_json line;
    line["id"] = ArticleKey(a);
    line["title"] = "Report " + std::to_string(a);
    line["url"] = "https://example.org/" + ArticleKey(a);
    line["date"] = "2022-01-" + std::to_string(10 + pick(20));
    line["outlet"] = "VOA";
    line["text"] = text;
    out += line.dump() + "\n";
  }
  return out;
}

// A command that writes articles from input files, and the input it reads.
struct Writer {
  std::string command;                               // "add" or "ingest"
  std::function<std::string(int, uint32_t)> corpus;  // (articles, seed) -> input bytes
};
inline Writer AddWriter() { return Writer{"add", ClaimsCorpus}; }
inline Writer IngestWriter() { return Writer{"ingest", ArticlesCorpus}; }

// True when the program has subcommand `name` (`ingest` arrives with the extraction work).
inline bool HasCommand(const std::string& name) {
  graph::testing::TempDir dir;
  return RunCli(dir.path(), name + " --help").status == 0;
}

// ---- child processes -------------------------------------------------------------------------

// Starts SG_BINARY with `args`, standard input from `in`, output to files; returns its pid.
inline pid_t Spawn(const std::vector<std::string>& args, const std::string& out,
                   const std::string& err, const std::string& in = "/dev/null") {
  std::vector<std::string> all{SG_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, SG_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(rc == 0);
  return pid;
}

// Waits for `pid`: its exit status, or -N when signal N ended it.
inline int Wait(pid_t pid) {
  int raw = 0;
  REQUIRE(waitpid(pid, &raw, 0) == pid);
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : WIFSIGNALED(raw) ? -WTERMSIG(raw) : -1000;
}

// The write-ahead-log files (*.log) of a database folder.
inline std::map<std::string, uintmax_t> WalFiles(const std::string& db) {
  std::map<std::string, uintmax_t> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(db, ec)) {
    if (e.path().extension() == ".log") out[e.path().filename().string()] = e.file_size(ec);
  }
  return out;
}

// Bytes in log files that are not in `before`.
inline uintmax_t NewWalBytes(const std::string& db,
                             const std::map<std::string, uintmax_t>& before) {
  uintmax_t n = 0;
  for (const auto& [name, size] : WalFiles(db)) {
    if (!before.count(name)) n += size;
  }
  return n;
}

// Runs the program with `args` and sends SIGKILL once the log files created by this run hold
// `kill_at` bytes (or never, when it finishes first). Returns the wait status (-9 when killed).
inline int RunAndKill(const std::vector<std::string>& args, const std::string& db,
                      uintmax_t kill_at, const std::string& dir) {
  auto before = WalFiles(db);
  pid_t pid = Spawn(args, dir + "/.kill.out", dir + "/.kill.err");
  for (;;) {
    int raw = 0;
    pid_t done = waitpid(pid, &raw, WNOHANG);
    REQUIRE(done >= 0);
    if (done == pid) return WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
    if (NewWalBytes(db, before) >= kill_at) {
      kill(pid, SIGKILL);
      return Wait(pid);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

// ---- database contents -----------------------------------------------------------------------

using Rows = std::map<std::string, std::vector<std::pair<std::string, std::string>>>;

// Every family's rows, read through a read-only instance (another process may be writing), with
// every article's ingest time set to 0. Empty on open failure (reported in *error).
inline Rows MaskedDump(const std::string& db, std::string* error = nullptr) {
  graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = graph::Store::Open(db, options);
  if (!store.ok()) {
    if (error != nullptr) *error = store.status().ToString();
    return {};
  }
  Rows rows = graph::testing::Dump(**store);
  for (auto& [key, value] : rows["articles"]) {
    Result<graph::Article> a = graph::DecodeArticle(value);
    REQUIRE(a.ok());
    a->ingested_at = 0;
    value = graph::EncodeArticle(*a);
  }
  return rows;
}

// The entries of the families that belong to one article (its record, its claims and their
// by_speaker, by_target, by_date and by_proposition entries), by article id bytes.
using Entry = std::tuple<std::string, std::string, std::string>;  // family, key, value
inline std::map<std::string, std::set<Entry>> ByArticle(const Rows& rows) {
  std::map<std::string, std::set<Entry>> out;
  for (const auto& [family, list] : rows) {
    for (const auto& [key, value] : list) {
      std::string article;
      if (family == "articles" || family == "claims") {
        article = key.substr(0, 8);
      } else if (family == "by_speaker" || family == "by_target" || family == "by_date" ||
                 family == "by_proposition") {
        article = key.substr(key.size() - 10, 8);  // every key ends with the claim id
      } else {
        continue;
      }
      out[article].emplace(family, key, value);
    }
  }
  return out;
}

// The key bytes of the article with external id `article_key`.
inline std::string IdBytes(const std::string& article_key) {
  return graph::keys::ArticleKey(graph::ArticleIdForKey(article_key));
}

}  // namespace sg::testing

#endif  // SG_TESTS_CLI_ROBUST_UTIL_H_
