// The graphs the query tests run on, built the way `stancegraph add` builds them
// (ingest::ReadClaimsJsonl, then Store::PutArticle per article).
//
// The fixture (tests/query/data/fixture.claims.jsonl plus one article of aliases):
//   fx-1 2022-01-10  White House (-> United States): sanctions against Russia (Russia -1)
//                    Karen Jean-Pierre (-> White House, press secretary) warns: Russia attack
//                      Ukraine (+1; Russia -1, Ukraine 0)
//                    Dmitry Peskov (-> Kremlin, spokesman) denies: Russia attack (-1; Ukraine 0)
//                    Jens Stoltenberg (-> NATO) : NATO stands with Ukraine (Ukraine +1)
//   fx-2 2022-02-01  Volodymyr Zelenskyy (-> Ukraine): Russia will not invade (-1; Russia 0)
//                    Kremlin (-> Russia) accuses: NATO expand (+1; NATO -1)
//                    Dmitry Peskov: the US is provoking Ukraine (US -1, Ukraine -1)
//   fx-3 2022-03-01  Zelenskyy: Russia attack Ukraine (+1; Russia -1)      (his reversal)
//                    Stoltenberg denies: NATO expand (-1; Russia 0)
//                    Peskov: Russia attack Ukraine (+1; Ukraine -1)         (his reversal)
//                    Kremlin: Russia attack Ukraine (+1; Ukraine -1)
//                    Karen Jean-Pierre: the US stands with Ukraine (Ukraine +1)
//   fx-4 2022-03-15  Alpha Council <-> Beta Council: members of each other (a MEMBER_OF cycle)
//   fx-undated       Stoltenberg: NATO is a defensive alliance (NATO +1), no date
//   fx-aliases 2022-03-20  United States aka "U.S.", "US", "Washington", "America";
//                    John Smith and Jane Smith, both aka "Smith"; John Smith on the US (0)
#ifndef SG_TESTS_QUERY_FIXTURE_H_
#define SG_TESTS_QUERY_FIXTURE_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "graph/names.h"
#include "graph/store.h"
#include "ingest/claims_jsonl.h"
#include "query/results.h"
#include "tests/graph/test_util.h"

namespace sg::query::testing {

inline std::string FixtureClaimsPath() {
  return std::string(SG_QUERY_TEST_DATA) + "/fixture.claims.jsonl";
}
inline std::string ExampleClaimsPath() {
  return std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.claims.jsonl";
}

using graph::testing::TempDir;

// Adds claims JSON Lines text to the store as `stancegraph add` does; every line must be valid.
inline void AddJsonlText(graph::Store& store, const std::string& text, const std::string& origin) {
  std::istringstream in(text);
  std::vector<std::string> errors;
  ingest::ClaimsInput parsed =
      ingest::ReadClaimsJsonl(in, origin, [&](const std::string& e) { errors.push_back(e); });
  INFO((errors.empty() ? std::string() : errors.front()));
  REQUIRE(parsed.rejected == 0);
  for (const graph::ArticleDraft& draft : parsed.articles) {
    Result<graph::PutResult> put = store.PutArticle(draft, 1700000000);
    INFO((put.ok() ? "" : put.status().ToString()));
    REQUIRE(put.ok());
  }
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void AddAliasArticle(graph::Store& store) {
  graph::ArticleDraft d;
  d.key = "fx-aliases";
  d.url = "https://example.org/fx-aliases";
  d.date = *graph::Date::Parse("2022-03-20");
  d.content_hash = 42;
  using graph::ActorKind;
  d.actors.push_back(
      {"United States", ActorKind::kCountry, {"U.S.", "US", "Washington", "America"}, -1, ""});
  d.actors.push_back({"John Smith", ActorKind::kPerson, {"Smith"}, -1, ""});
  d.actors.push_back({"Jane Smith", ActorKind::kPerson, {"Smith"}, -1, ""});
  graph::ClaimDraft c;
  c.speaker = 1;
  c.cue = "say";
  c.content = "Washington has not decided";
  c.targets.push_back({0, 0});
  c.start = 0;
  c.end = 26;
  c.rule = "test";
  d.claims.push_back(c);
  Result<graph::PutResult> put = store.PutArticle(d, 1700000000);
  REQUIRE(put.ok());
}

inline std::unique_ptr<graph::Store> OpenStore(const std::string& path) {
  Result<std::unique_ptr<graph::Store>> store = graph::Store::Open(path);
  INFO((store.ok() ? "" : store.status().ToString()));
  REQUIRE(store.ok());
  return std::move(store).value();
}

// The fixture described above, in a new database at `path`.
inline std::unique_ptr<graph::Store> BuildFixture(const std::string& path) {
  auto store = OpenStore(path);
  AddJsonlText(*store, ReadFile(FixtureClaimsPath()), "fixture.claims.jsonl");
  AddAliasArticle(*store);
  return store;
}

// The example article. Today its claims come from examples/blinken-lavrov.claims.jsonl; once
// the extractor (issue 3) ingests the text, only this function changes: the example tests assert
// what the article says, not how many claims a particular extraction yields.
inline std::unique_ptr<graph::Store> BuildExample(const std::string& path) {
  auto store = OpenStore(path);
  AddJsonlText(*store, ReadFile(ExampleClaimsPath()), "blinken-lavrov.claims.jsonl");
  return store;
}

// The fixture and the example built once per process, for tests that only read.
inline graph::Store* SharedFixture() {
  static TempDir dir;
  static std::unique_ptr<graph::Store> store = BuildFixture(dir.path("db"));
  return store.get();
}
inline graph::Store* SharedExample() {
  static TempDir dir;
  static std::unique_ptr<graph::Store> store = BuildExample(dir.path("db"));
  return store.get();
}

inline graph::ActorId Id(const std::string& name) { return graph::ActorIdForName(name); }

// Every stored claim, read from the records (the oracle index answers are checked against),
// ordered by date, then id.
inline std::vector<graph::Claim> AllClaims(const graph::Store& store) {
  std::vector<graph::Claim> out;
  Status status = store.Scan(graph::Family::kClaims, "", [&](std::string_view, std::string_view v) {
    out.push_back(*graph::DecodeClaim(v));
    return true;
  });
  REQUIRE(status.ok());
  std::sort(out.begin(), out.end(), [](const graph::Claim& a, const graph::Claim& b) {
    return std::tie(a.date, a.id) < std::tie(b.date, b.id);
  });
  return out;
}

inline std::vector<std::string> Contents(const std::vector<ClaimView>& claims) {
  std::vector<std::string> out;
  for (const ClaimView& c : claims) out.push_back(c.claim.content);
  return out;
}

}  // namespace sg::query::testing

#endif  // SG_TESTS_QUERY_FIXTURE_H_
