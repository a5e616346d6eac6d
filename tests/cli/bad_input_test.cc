// Bad input, each case as a user meets it: one clear message on standard error naming the input
// and the position, a non-zero exit status, and the database byte for byte as it was (every
// family compared before and after, ingest times included).
//
// Cases marked [!mayfail] state what issue 6 asks of code owned elsewhere (the readers, `add`
// and `ingest`); they report without failing the run until that code is fixed. Cases of
// `ingest` skip visibly while the program has no such command.
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
  SECTION("binary data") {
    r = s.Add("photo.bin", RandomBytes(3000, 3));
    expected = {"photo.bin:1: "};
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

TEST_CASE("ingest: an empty input or a 50 MB bad line gets one short message",
          "[cli][bad-input][ingest][!mayfail]") {
  if (!testing::HasCommand("ingest")) return;
  Stored s;
  RunResult empty = s.Write("ingest", "empty.jsonl", "");
  CHECK(empty.status == 1);
  CHECK_THAT(empty.err, Catch::Contains("empty.jsonl"));
  RunResult big =
      s.Write("ingest", "big.jsonl", "{\"text\": \"" + std::string(50 << 20, 'a') + "\n");
  CHECK(big.status == 1);
  CHECK(big.err.size() < 4096);
  s.RequireUnchanged();
}

TEST_CASE("add: an empty input is reported", "[cli][bad-input][!mayfail]") {
  Stored s;
  RunResult r = s.Add("empty.jsonl", "");
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Contains("empty.jsonl"));
  s.RequireUnchanged();
}

TEST_CASE("add: a binary file or a 50 MB bad line gets one short message",
          "[cli][bad-input][!mayfail]") {
  Stored s;
  RunResult binary = s.Add("photo.bin", RandomBytes(3000, 3));
  CHECK(Lines(binary.err) == 1);
  RunResult big = s.Add("big.jsonl", "{\"text\": \"" + std::string(50 << 20, 'a') + "\n");
  CHECK(big.err.size() < 4096);
  s.RequireUnchanged();
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

// Runs the program as user nobody (tests run as root in CI, and chmod does not stop root).
RunResult RunAsNobody(const std::string& dir, const std::string& args) {
  std::string wrapped = "--db db " + args;
  std::string cmd = "cd '" + dir + "' && setpriv --reuid=65534 --regid=65534 --clear-groups '" +
                    SG_BINARY + "' " + wrapped + " </dev/null >'" + dir + "/.out' 2>'" + dir +
                    "/.err'";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = testing::Slurp(dir + "/.out");
  r.err = testing::Slurp(dir + "/.err");
  return r;
}

TEST_CASE("an unwritable database folder is refused untouched", "[cli][bad-input]") {
  if (geteuid() != 0 || std::system("setpriv --help >/dev/null 2>&1") != 0) {
    WARN("SKIPPED: needs root and setpriv (util-linux) to run the program as nobody");
    return;
  }
  Stored s;  // root's folder, mode 755: nobody may read it, not write it
  std::ofstream(s.dir.path("in.jsonl")) << testing::ClaimsCorpus(3, 1);
  std::filesystem::permissions(s.dir.path("in.jsonl"), std::filesystem::perms::others_read,
                               std::filesystem::perm_options::add);
  auto before = Files(s.db);
  auto add = RunAsNobody(s.dir.path(), "add in.jsonl");
  CHECK(add.status == 1);
  CHECK_THAT(add.err, Catch::Contains("db"));
  CHECK_THAT(add.err, Catch::Contains("Permission denied"));
  CHECK(Lines(add.err) == 1);
  auto retract = RunAsNobody(s.dir.path(), "retract blinken-lavrov-geneva");
  CHECK(retract.status == 1);
  CHECK_THAT(retract.err, Catch::Contains("Permission denied"));
  if (testing::HasCommand("ingest")) {
    auto ingest = RunAsNobody(s.dir.path(), "ingest '" + kExample + "'");
    CHECK(ingest.status == 1);
    CHECK_THAT(ingest.err, Catch::Contains("Permission denied"));
    CHECK(Lines(ingest.err) == 1);
  }
  CHECK(Files(s.db) == before);
  s.RequireUnchanged();
  // Reading needs no write access.
  auto check = RunAsNobody(s.dir.path(), "check");
  INFO(check.err);
  CHECK(check.status == 0);
}

}  // namespace
}  // namespace sg
