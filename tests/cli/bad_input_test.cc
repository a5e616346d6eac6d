// Bad input, each case as a user meets it: one clear message on standard error naming the input
// and the position, a non-zero exit status, and the database byte for byte as it was (every
// family compared before and after, ingest times included).
//
// Cases of `ingest` skip visibly while the program has no such command.
#include <catch2/catch.hpp>
#include <fstream>

#include "graph/keys.h"
#include "tests/cli/robust_util.h"
#include "tests/graph/raw_db.h"

namespace sg {
namespace {

using graph::testing::TempDir;
using testing::RunCli;
using testing::RunResult;

const std::string kExample = std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.claims.jsonl";

// Every family's rows, ingest times included, read through a read-only instance.
testing::Rows Contents(const std::string& db) {
  graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = graph::Store::Open(db, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return graph::testing::Dump(**store);
}

// A database holding the example, and what it holds.
struct Stored {
  TempDir dir;
  std::string db = dir.path("db");
  testing::Rows before;
  Stored() {
    REQUIRE(RunCli(dir.path(), "--db db add '" + kExample + "'").status == 0);
    before = Contents(db);
    REQUIRE(before["claims"].size() == 14);
  }
  // Writes `bytes` to dir/name and runs `command` (add, ingest) on it.
  RunResult Write(const std::string& command, const std::string& name, const std::string& bytes) {
    std::ofstream(dir.path(name), std::ios::binary) << bytes;
    return RunCli(dir.path(), "--db db " + command + " " + name);
  }
  RunResult Add(const std::string& name, const std::string& bytes) {
    return Write("add", name, bytes);
  }
  void RequireUnchanged() { REQUIRE(Contents(db) == before); }
};

size_t Lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

std::string RandomBytes(size_t n, uint32_t seed) {
  std::string bytes;
  std::mt19937 rng(seed);
  for (size_t i = 0; i < n; ++i) bytes.push_back(static_cast<char>(rng()));
  return bytes;
}

std::string Article(const std::string& id, const std::string& text) {
  return nlohmann::json{{"id", id}, {"text", text}}.dump() + "\n";
}

TEST_CASE("bad lines for add: named by FILE:LINE, exit 1, nothing stored changes",
          "[cli][bad-input]") {
  Stored s;
  RunResult r;
  std::vector<std::string> expected;  // each must appear on standard error
  SECTION("invalid UTF-8") {
    r = s.Add("utf8.jsonl", "\n{\"speaker\": \"Jen \xff\xfe Psaki\", \"text\": \"x\"}\n");
    expected = {"utf8.jsonl:2: malformed JSON", "UTF-8"};
  }
  SECTION("malformed JSON") {
    r = s.Add("broken.jsonl", "{\"speaker\": \"Jen Psaki\", \"text\": \"x\"\n[1, 2\nnot json\n");
    expected = {"broken.jsonl:1: malformed JSON", "broken.jsonl:2: malformed JSON",
                "broken.jsonl:3: malformed JSON"};
  }
  SECTION("wrong types") {
    r = s.Add("types.jsonl",
              "{\"speaker\": 5, \"text\": \"x\"}\n"
              "{\"speaker\": \"Jen Psaki\", \"text\": [\"x\"]}\n"
              "{\"speaker\": \"Jen Psaki\", \"text\": \"x\", \"polarity\": \"yes\"}\n"
              "{\"speaker\": \"Jen Psaki\", \"text\": \"x\", \"targets\": \"Russia\"}\n"
              "[\"speaker\", \"text\"]\n");
    expected = {"types.jsonl:1: field \"speaker\" must be a string",
                "types.jsonl:2: field \"text\" must be a string",
                "types.jsonl:3: \"polarity\" must be -1, 0 or 1",
                "types.jsonl:4: \"targets\" must be an array",
                "types.jsonl:5: expected a JSON object"};
  }
  SECTION("missing required fields") {
    r = s.Add("missing.jsonl", "{\"text\": \"x\"}\n{\"speaker\": \"Jen Psaki\"}\n{}\n");
    expected = {"missing.jsonl:1: missing required field \"speaker\"",
                "missing.jsonl:2: missing required field \"text\"",
                "missing.jsonl:3: missing required field"};
  }
  SECTION("a span that ends before it starts, or beyond 32 bits") {
    r = s.Add("span.jsonl",
              "{\"speaker\": \"Jen Psaki\", \"text\": \"x\", \"start\": 9, \"end\": 3}\n"
              "{\"speaker\": \"Jen Psaki\", \"text\": \"x\", \"end\": 4294967296}\n");
    expected = {"span.jsonl:1: \"start\" is after \"end\"",
                "span.jsonl:2: \"end\" must be a byte offset"};
  }
  SECTION("binary data") {
    r = s.Add("photo.bin", RandomBytes(3000, 3));
    expected = {"photo.bin:", ": binary data (a NUL byte at byte", "the input is skipped"};
  }
  SECTION("an absurdly long name") {
    r = s.Add("name.jsonl",
              nlohmann::json{{"speaker", std::string(1 << 20, 'J')}, {"text", "x"}}.dump() + "\n");
    expected = {"name.jsonl: ", "actor 0 name of 1048576 bytes, over the limit of 1024"};
  }
  SECTION("an absurdly long text in a 50 MB line") {
    r = s.Add(
        "big.jsonl",
        nlohmann::json{{"speaker", "Jen Psaki"}, {"text", std::string(50 << 20, 'a')}}.dump() +
            "\n");
    expected = {"big.jsonl: ", "claim 0: content of 52428800 bytes, over the limit of"};
  }
  SECTION("a 50 MB line that is not JSON") {
    r = s.Add("big.jsonl", "{\"speaker\": \"x\", \"text\": \"" + std::string(50 << 20, 'a') + "\n");
    expected = {"big.jsonl:1: malformed JSON"};
  }
  INFO(r.err.substr(0, 2000));
  CHECK(r.status == 1);
  for (const std::string& e : expected) CHECK_THAT(r.err, Catch::Contains(e));
  CHECK(nlohmann::json::parse(r.out)["claims_added"] == 0);
  s.RequireUnchanged();
}

TEST_CASE("bad records for ingest: named by FILE:LINE, exit 1, nothing stored changes",
          "[cli][bad-input][ingest]") {
  if (!testing::HasCommand("ingest")) {
    WARN("SKIPPED: this stancegraph has no ingest command");
    return;
  }
  Stored s;
  const std::string said = "Jen Psaki said Russia could launch an attack in Ukraine.";
  RunResult r;
  std::vector<std::string> expected;
  SECTION("binary data") {
    r = s.Write("ingest", "photo.bin", RandomBytes(3000, 3));
    expected = {"photo.bin:1: binary"};
  }
  SECTION("invalid UTF-8") {
    r = s.Write("ingest", "utf8.jsonl",
                "\n{\"id\": \"a\", \"text\": \"Jen \xff Psaki said it.\"}\n");
    expected = {"utf8.jsonl:2: invalid UTF-8"};
  }
  SECTION("malformed JSON") {
    r = s.Write("ingest", "broken.jsonl", "{\"id\": \"a\", \"text\": \"x\"\nnot json\n");
    expected = {"broken.jsonl:1: malformed JSON", "broken.jsonl:2: malformed JSON"};
  }
  SECTION("wrong types and missing fields") {
    r = s.Write("ingest", "types.jsonl",
                "{\"id\": \"b\", \"text\": [\"x\"]}\n[1, 2]\n{\"id\": \"c\"}\n"
                "{\"id\": \"d\", \"text\": \"x\", \"date\": 5}\n{\"text\": \"\"}\n");
    expected = {"types.jsonl:1: field \"text\" must be a string",
                "types.jsonl:2: a JSON object is expected", "types.jsonl:3: no \"text\" field",
                "types.jsonl:4: field \"date\" must be a string", "types.jsonl:5: empty text"};
  }
  SECTION("a 50 MB line") {
    r = s.Write("ingest", "big.jsonl", Article("big", std::string(50 << 20, 'a')));
    expected = {"big.jsonl:1: text of 52428800 bytes is over the limit"};
  }
  SECTION("absurdly long names") {
    std::string line = Article(std::string(100000, 'x'), said);
    line += nlohmann::json{{"id", "t"}, {"title", std::string(100000, 'T')}, {"text", said}}.dump();
    line +=
        "\n" +
        nlohmann::json{{"id", "o"}, {"outlet", std::string(100000, 'O')}, {"text", said}}.dump() +
        "\n";
    r = s.Write("ingest", "long.jsonl", line);
    expected = {"long.jsonl:1: article \"xxx", "key of 100000 bytes, over the limit",
                "long.jsonl:2: article \"t\": title of 100000 bytes, over the limit",
                "long.jsonl:3: article \"o\": outlet of 100000 bytes, over the limit"};
  }
  INFO(r.err.substr(0, 2000));
  CHECK(r.status == 1);
  for (const std::string& e : expected) CHECK_THAT(r.err, Catch::Contains(e));
  CHECK(r.err.size() < 4096);
  CHECK(nlohmann::json::parse(r.out)["claims_added"] == 0);
  s.RequireUnchanged();
}

TEST_CASE("ingest: a duplicate id within one input is reported and skipped",
          "[cli][bad-input][ingest]") {
  if (!testing::HasCommand("ingest")) {
    WARN("SKIPPED: this stancegraph has no ingest command");
    return;
  }
  Stored s;
  std::string first = Article("dup", "Jen Psaki said Russia could launch an attack in Ukraine.");
  std::string second = Article("dup", "Sergey Lavrov accused Ukraine of sabotaging the talks.");
  RunResult r = s.Write("ingest", "dup.jsonl", first + second);
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("dup.jsonl:2: duplicate article id \"dup\" (first read at "
                                    "dup.jsonl:1)"));
  CHECK(Lines(r.err) == 1);
  // What was stored before is untouched; the first occurrence is stored as if alone.
  testing::Rows after = Contents(s.db);
  for (const char* family : {"articles", "claims"}) {
    for (const auto& row : s.before[family]) {
      CHECK(std::count(after[family].begin(), after[family].end(), row) == 1);
    }
  }
  std::ofstream(s.dir.path("first.jsonl")) << first;
  REQUIRE(RunCli(s.dir.path(), "--db alone.db add '" + kExample + "'").status == 0);
  REQUIRE(RunCli(s.dir.path(), "--db alone.db ingest first.jsonl").status == 0);
  CHECK(testing::MaskedDump(s.db) == testing::MaskedDump(s.dir.path("alone.db")));
}

// One message for a whole input that is not JSON Lines at all, and a short one for a huge line.
struct Short {
  const char* name;
  std::string bytes;
  std::string expected;  // on standard error, the only line there
};

std::vector<Short> WholeInputCases() {
  std::string big = "{\"text\": \"" + std::string(50 << 20, 'a') + "\n";  // unclosed string
  return {
      {"empty.jsonl", "", "empty.jsonl:1: empty input: no JSON Lines records"},
      {"blank.jsonl", "\n  \n\t\n", "blank.jsonl:1: empty input: no JSON Lines records"},
      {"photo.jsonl", RandomBytes(3000, 3), ": binary data (a NUL byte at byte"},
      {"big.jsonl", big, "big.jsonl:1: malformed JSON"},
  };
}

TEST_CASE("an empty, binary or 50 MB unparsable input gets one short message",
          "[cli][bad-input][ingest]") {
  std::vector<std::string> commands = {"add"};
  if (testing::HasCommand("ingest")) commands.push_back("ingest");
  Stored s;
  for (const std::string& command : commands) {
    for (const Short& c : WholeInputCases()) {
      INFO(command << " " << c.name);
      RunResult r = s.Write(command, c.name, c.bytes);
      INFO(r.err.substr(0, 2000));
      CHECK(r.status == 1);
      CHECK_THAT(r.err, Catch::StartsWith(c.name) && Catch::Contains(c.expected));
      CHECK(Lines(r.err) == 1);
      CHECK(r.err.size() < 2048);
      CHECK(nlohmann::json::parse(r.out)["rejected"] == 1);
    }
  }
  s.RequireUnchanged();
}

TEST_CASE("add: a name without letters fails its line, not the rest of its article",
          "[cli][bad-input]") {
  Stored s;
  auto line = [](nlohmann::json extra) {
    nlohmann::json o = {{"speaker", "Jen Psaki"}, {"text", "x"}, {"article", {{"id", "A"}}}};
    if (!extra.is_null()) o.update(extra);
    return o.dump() + "\n";
  };
  RunResult r = s.Add("names.jsonl", line({}) + line({{"speaker_group", "!!!"}}) +
                                         line({{"source", "--"}}) +
                                         line({{"proposition", {{"predicate", "attack"},
                                                                {"agent", "?"}}}}));
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("names.jsonl:2: name \"!!!\" has no letters or digits"));
  CHECK_THAT(r.err, Catch::Contains("names.jsonl:3: name \"--\" has no letters or digits"));
  CHECK_THAT(r.err, Catch::Contains("names.jsonl:4: name \"?\" has no letters or digits"));
  CHECK(Lines(r.err) == 3);
  // The good line is stored: its article, with its one claim, beside what was there.
  testing::Rows after = Contents(s.db);
  CHECK(after["claims"].size() == s.before["claims"].size() + 1);
  CHECK(after["articles"].size() == s.before["articles"].size() + 1);
  CHECK(nlohmann::json::parse(r.out)["claims_added"] == 1);
}

TEST_CASE("lines sharing an article id within one input form one article, in any order",
          "[cli][bad-input]") {
  // In claims input an article id groups claims (docs/add-format.md): not a duplicate.
  TempDir dir;
  auto line = [](const std::string& speaker, const std::string& article) {
    return nlohmann::json{{"speaker", speaker}, {"text", "x"}, {"article", {{"id", article}}}}
               .dump() +
           "\n";
  };
  std::ofstream(dir.path("a.jsonl"))
      << line("Jen Psaki", "A") + line("Sergey Lavrov", "B") + line("Antony Blinken", "A");
  auto r = RunCli(dir.path(), "--db db add a.jsonl");
  REQUIRE(r.status == 0);
  auto summary = nlohmann::json::parse(r.out);
  CHECK(summary["articles"] == 2);
  CHECK(summary["claims"] == 3);
  auto rows = Contents(dir.path("db"));
  int in_a = 0;
  for (const auto& [key, value] : rows["claims"]) {
    in_a += key.substr(0, 8) == graph::keys::ArticleKey(graph::ArticleIdForKey("A"));
  }
  CHECK(in_a == 2);
}

// Names, sizes and bytes of every file in a folder.
std::map<std::string, std::string> Files(const std::string& path) {
  std::map<std::string, std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(path)) {
    if (e.is_regular_file()) out[e.path().string()] = testing::Slurp(e.path().string());
  }
  return out;
}

TEST_CASE("a folder that is not a database is refused untouched", "[cli][bad-input]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path("photos/2022"));
  std::ofstream(dir.path("photos/2022/cat.jpg")) << "jpeg";
  std::ofstream(dir.path("photos/LOG")) << "my log";
  auto before = Files(dir.path("photos"));
  std::vector<std::string> commands = {"add '" + kExample + "'", "check", "retract a", "stats"};
  if (testing::HasCommand("ingest")) commands.push_back("ingest '" + kExample + "'");
  for (const std::string& command : commands) {
    INFO(command);
    auto r = RunCli(dir.path(), "--db photos " + command);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("photos is not a stancegraph database"));
    CHECK(Lines(r.err) == 1);
  }
  CHECK(Files(dir.path("photos")) == before);
}

TEST_CASE("a database of a newer format version is refused untouched", "[cli][bad-input]") {
  Stored s;
  {
    graph::testing::RawDb raw(s.db);
    std::string v;
    graph::keys::PutU32(&v, graph::kFormatVersion + 1);
    raw.Put(graph::Family::kMeta, std::string(graph::keys::kMetaFormatVersion), v);
  }
  auto before = Files(s.db);
  std::vector<std::string> commands = {"add '" + kExample + "'", "check", "retract a"};
  if (testing::HasCommand("ingest")) commands.push_back("ingest '" + kExample + "'");
  for (const std::string& command : commands) {
    INFO(command);
    auto r = RunCli(s.dir.path(), "--db db " + command);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("db has database format version 2, newer than this "
                                      "program's 1; upgrade stancegraph to read it"));
    CHECK(Lines(r.err) == 1);
  }
  CHECK(Files(s.db) == before);
}

// Runs the program with `args` (after --db db) in `dir`, as user nobody when the test runs as
// root (CI does: chmod does not stop root, so the folder is made unwritable by running the
// program as a user who does not own it; setpriv is in util-linux, part of every Debian).
RunResult RunUnprivileged(const std::string& dir, const std::string& args) {
  std::string prefix =
      geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  std::string cmd = "cd '" + dir + "' && " + prefix + "'" + SG_BINARY + "' --db db " + args +
                    " </dev/null >'" + dir + "/.out' 2>'" + dir + "/.err'";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = testing::Slurp(dir + "/.out");
  r.err = testing::Slurp(dir + "/.err");
  return r;
}

TEST_CASE("an unwritable database folder is refused untouched", "[cli][bad-input]") {
  namespace fs = std::filesystem;
  if (geteuid() == 0 && std::system("setpriv --help >/dev/null 2>&1") != 0) {
    FAIL("running as root needs setpriv (util-linux) to run the program as another user");
  }
  Stored s;
  std::ofstream(s.dir.path("in.jsonl")) << testing::ClaimsCorpus(3, 1);
  std::ofstream(s.dir.path("in.articles.jsonl")) << testing::ArticlesCorpus(3, 1);
  for (const char* input : {"in.jsonl", "in.articles.jsonl"}) {
    fs::permissions(s.dir.path(input), fs::perms::others_read, fs::perm_options::add);
  }
  // As root: the folder and its files belong to root, mode 755 and 644; nobody may read them,
  // not write them. Otherwise: the folder and its files lose their write bits.
  const fs::perms write = fs::perms::owner_write | fs::perms::group_write |
                          fs::perms::others_write;
  if (geteuid() != 0) {
    for (const auto& e : fs::recursive_directory_iterator(s.db)) {
      fs::permissions(e.path(), write, fs::perm_options::remove);
    }
    fs::permissions(s.db, write, fs::perm_options::remove);
  }
  auto before = Files(s.db);
  std::vector<std::string> commands = {"add in.jsonl", "retract blinken-lavrov-geneva",
                                       "--sync add in.jsonl"};
  if (testing::HasCommand("ingest")) commands.push_back("ingest in.articles.jsonl");
  for (const std::string& command : commands) {
    INFO(command);
    auto r = RunUnprivileged(s.dir.path(), command);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::StartsWith("stancegraph: ") && Catch::Contains("db/") &&
                          Catch::Contains("Permission denied"));
    CHECK(Lines(r.err) == 1);
    CHECK(r.out.empty());  // refused before reading any input: no summary
  }
  CHECK(Files(s.db) == before);
  s.RequireUnchanged();
  // Reading needs no write access.
  auto check = RunUnprivileged(s.dir.path(), "check");
  INFO(check.err);
  CHECK(check.status == 0);
  auto stats = RunUnprivileged(s.dir.path(), "stats");
  CHECK(stats.status == 0);
  if (geteuid() != 0) {
    fs::permissions(s.db, write, fs::perm_options::add);  // so that TempDir can remove it
    for (const auto& e : fs::recursive_directory_iterator(s.db)) {
      fs::permissions(e.path(), fs::perms::owner_write, fs::perm_options::add);
    }
  }
}

TEST_CASE("a database path that cannot be created is refused with its name",
          "[cli][bad-input]") {
  // Works as root too: no permission can let a folder be created under a regular file.
  TempDir dir;
  std::ofstream(dir.path("notes.txt")) << "my notes";
  std::ofstream(dir.path("in.jsonl")) << testing::ClaimsCorpus(3, 1);
  for (const std::string& command : {"add in.jsonl", "retract art-0000", "check"}) {
    INFO(command);
    auto r = RunCli(dir.path(), "--db notes.txt/db " + command);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::StartsWith("stancegraph: ") && Catch::Contains("notes.txt/db"));
    CHECK(Lines(r.err) == 1);
  }
  CHECK(testing::Slurp(dir.path("notes.txt")) == "my notes");
  std::set<std::string> names;  // nothing created beside them
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path())) {
    names.insert(e.path().filename().string());
  }
  CHECK(names == std::set<std::string>{"notes.txt", "in.jsonl", ".stdin", ".stdout", ".stderr"});
}

}  // namespace
}  // namespace sg
