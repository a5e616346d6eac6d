#include "ingest/reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/internal/article_json.h"
#include "ingest/utf8.h"

namespace sg::ingest {
namespace {

namespace fs = std::filesystem;

struct Collected {
  std::vector<ArticleInput> articles;
  std::vector<std::string> errors;
  ReadStats stats;
};

Collected ReadString(const std::string& jsonl, ReadOptions options = {}) {
  Collected c;
  std::istringstream in(jsonl);
  c.stats = ReadJsonLines(
      in, "in.jsonl", options, [&](ArticleInput&& a) { c.articles.push_back(std::move(a)); },
      [&](const Status& s) { c.errors.push_back(s.message()); });
  return c;
}

fs::path TempDir() {
  fs::path dir = fs::temp_directory_path() / ("sg_reader_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

TEST_CASE("ReadJsonLines reads articles and crawler aliases", "[reader]") {
  Collected c = ReadString(
      "{\"id\":\"a1\",\"title\":\"T\",\"url\":\"u\",\"date\":\"2022-01-18\",\"outlet\":\"VOA\","
      "\"text\":\"Body one.\"}\n"
      "\n"
      "{\"maintext\":\"Body two.\",\"date_publish\":\"2022-01-19 10:00:00\","
      "\"source_domain\":\"example.org\"}\n");
  REQUIRE(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  REQUIRE(c.articles[0].key == "a1");
  REQUIRE(c.articles[0].outlet == "VOA");
  REQUIRE(c.articles[0].origin == "in.jsonl:1");
  REQUIRE(c.articles[1].text == "Body two.");
  REQUIRE(c.articles[1].outlet == "example.org");
  REQUIRE(c.articles[1].date == "2022-01-19 10:00:00");
  // A missing id is the content hash: 16 hex digits, stable.
  REQUIRE(c.articles[1].key.size() == 16);
  REQUIRE(c.articles[1].key == ReadString("{\"maintext\":\"Body two.\"}").articles[0].key);
  REQUIRE(c.articles[1].origin == "in.jsonl:3");
}

TEST_CASE("ReadJsonLines rejects bad records with FILE:LINE and keeps the rest", "[reader]") {
  std::string good = "{\"id\":\"ok\",\"text\":\"Fine.\"}\n";
  SECTION("malformed JSON") {
    Collected c = ReadString("{\"id\":\"x\",\"text\":\n" + good);
    REQUIRE(c.articles.size() == 1);
    REQUIRE(c.errors.size() == 1);
    REQUIRE(c.errors[0].rfind("in.jsonl:1: malformed JSON", 0) == 0);
  }
  SECTION("invalid UTF-8") {
    Collected c = ReadString("{\"id\":\"x\",\"text\":\"caf\xC3\x28\"}\n" + good);
    REQUIRE(c.articles.size() == 1);
    REQUIRE(c.errors[0].rfind("in.jsonl:1: invalid UTF-8", 0) == 0);
  }
  SECTION("binary data") {
    Collected c = ReadString(std::string("{\"text\":\"a\0b\"}\n", 15) + good);
    REQUIRE(c.articles.size() == 1);
    REQUIRE(c.errors[0].rfind("in.jsonl:1: binary data", 0) == 0);
  }
  SECTION("wrong types and missing text") {
    Collected c = ReadString("{\"text\":42}\n{\"title\":\"no text\"}\n[1,2]\n" + good);
    REQUIRE(c.articles.size() == 1);
    REQUIRE(c.errors.size() == 3);
    REQUIRE(c.errors[0] == "in.jsonl:1: field \"text\" must be a string");
    REQUIRE(c.errors[1] == "in.jsonl:2: no \"text\" field");
    REQUIRE(c.errors[2] == "in.jsonl:3: a JSON object is expected");
  }
  SECTION("empty text") {
    Collected c = ReadString("{\"text\":\"   \"}\n" + good);
    REQUIRE(c.errors == std::vector<std::string>{"in.jsonl:1: empty text"});
  }
  SECTION("text over the size limit") {
    ReadOptions small;
    small.max_text_bytes = 8;
    Collected c = ReadString("{\"text\":\"0123456789\"}\n" + good, small);
    REQUIRE(c.articles.size() == 1);
    REQUIRE(c.errors.size() == 1);
    REQUIRE(c.errors[0].find("over the limit of 8 bytes") != std::string::npos);
    REQUIRE(c.stats.rejected == 1);
  }
}

TEST_CASE("ReadInputs reads text files and folders in sorted order", "[reader]") {
  fs::path dir = TempDir();
  Write(dir / "b.txt", "Second article.");
  Write(dir / "sub" / "a.jsonl", "{\"id\":\"j1\",\"text\":\"From JSON.\"}\n");
  Write(dir / "a.txt", "First article.");
  Write(dir / "ignored.md", "not an article");
  Write(dir / "bin.txt", std::string("bin\0ary", 7));
  Write(dir / "bad.txt", "bad \xFF byte");
  std::vector<std::string> keys, errors;
  ReadStats stats = ReadInputs(
      {dir.string()}, {}, [&](ArticleInput&& a) { keys.push_back(a.key); },
      [&](const Status& s) { errors.push_back(s.message()); });
  REQUIRE(keys == std::vector<std::string>{"a", "b", "j1"});
  REQUIRE(errors.size() == 2);
  REQUIRE(errors[0] == (dir / "bad.txt").string() + ":1: invalid UTF-8 at byte 4");
  REQUIRE(errors[1] == (dir / "bin.txt").string() + ":1: binary file (NUL bytes)");
  REQUIRE(stats.rejected == 2);
  REQUIRE(stats.articles == 3);

  std::vector<std::string> missing;
  ReadInputs(
      {(dir / "nope.txt").string()}, {}, [](ArticleInput&&) {},
      [&](const Status& s) { missing.push_back(s.message()); });
  REQUIRE(missing.size() == 1);
  REQUIRE(missing[0].find("no such file") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("ContentHash covers the title and the text", "[reader]") {
  ArticleInput a, b;
  a.text = b.text = "Same text.";
  b.title = "Other title";
  REQUIRE(ContentHash(a) != ContentHash(b));
  b.title.clear();
  REQUIRE(ContentHash(a) == ContentHash(b));
}

// Whatever the fast record reader accepts, nlohmann::json parses to the same field values;
// checked on hand-made edge cases and on thousands of random mutations of them.
TEST_CASE("The fast record reader agrees with nlohmann::json", "[reader]") {
  const std::vector<std::string> seeds = {
      R"({"id":"a1","title":"T","url":"u","date":"2022-01-18","outlet":"VOA","text":"Body."})",
      R"( { "text" : "Tab\tand \"quotes\" \\ \/ \b\f\n\r" , "id" : null } )",
      R"({"text":"Caf\u00e9 \ud83d\ude00 \u2019","maintext":"other","extra":[1,-2.5,0,true,false,null,{"a":{"b":[]}}]})",
      R"({"body":"B","text":null,"content":"C","n":12345678901234567890123,"e":1e5})",
      R"({"text":"first","text":"second","id":7})",
      R"({"text":"x","title":"a\u0000b"})",
      R"({"text":"x"} trailing)",
      R"({"t\u0065xt":"escaped key"})",
      R"({"text":"lone \ud800 surrogate"})",
      R"({"text":"x","deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
      R"([{"text":"array"}])",
      R"({"text":"x",})",
      R"({"text":"x","n":01})",
      R"({"text":"x","n":-0.5,"m":-})",
  };
  const std::string alphabet = "{}[]\":,\\ 0-.eEtrufalsn\x01\t";
  std::mt19937 rng(7);
  int fast = 0, checked = 0;
  auto check = [&](const std::string& line) {
    if (!IsValidUtf8(line) || line.find('\0') != std::string::npos) return;
    internal::ArticleFields f;
    if (!internal::ParseArticleFields(line, &f)) return;
    ++fast;
    INFO(line);
    nlohmann::json obj;
    REQUIRE_NOTHROW(obj = nlohmann::json::parse(line));
    REQUIRE(obj.is_object());
    for (size_t i = 0; i < internal::kArticleFieldNames.size(); ++i) {
      auto it = obj.find(std::string(internal::kArticleFieldNames[i]));
      bool is_string = it != obj.end() && it->is_string();
      REQUIRE((is_string || it == obj.end() || it->is_null()));
      REQUIRE(f.present[i] == is_string);
      if (is_string) REQUIRE(f.value[i] == it->get<std::string>());
    }
  };
  for (const auto& seed : seeds) {
    check(seed);
    for (int round = 0; round < 400; ++round) {
      std::string line = seed;
      int edits = 1 + static_cast<int>(rng() % 3);
      for (int e = 0; e < edits && !line.empty(); ++e) {
        size_t at = rng() % line.size();
        switch (rng() % 3) {
          case 0:
            line.erase(at, 1);
            break;
          case 1:
            line.insert(at, 1, alphabet[rng() % alphabet.size()]);
            break;
          default:
            line[at] = alphabet[rng() % alphabet.size()];
        }
      }
      ++checked;
      check(line);
    }
  }
  INFO("mutations " << checked);
  REQUIRE(fast > 500);  // the fast path was exercised, not only refused
}

}  // namespace
}  // namespace sg::ingest
