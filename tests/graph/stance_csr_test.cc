#include "graph/stance_csr.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>

#include "graph/keys.h"
#include "graph/names.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::DraftBuilder;
using testing::TempDir;

ActorId Id(const std::string& name) { return ActorIdForName(name); }

std::set<ActorId> AsSet(const std::vector<ActorId>& v) { return {v.begin(), v.end()}; }

// The neighbourhood read the slow way: one prefix scan of the stance family per frontier actor.
std::set<ActorId> StoreNeighbourhood(const Store& store, ActorId start, int depth) {
  std::set<ActorId> seen{start};
  std::vector<ActorId> frontier{start}, next;
  for (int level = 0; level < depth; ++level) {
    next.clear();
    for (ActorId from : frontier) {
      REQUIRE(store
                  .Scan(Family::kStance, keys::StancePrefix(from),
                        [&](std::string_view key, std::string_view) {
                          ActorId to = keys::DecodeStanceKey(key)->to;
                          if (seen.insert(to).second) next.push_back(to);
                          return true;
                        })
                  .ok());
    }
    frontier.swap(next);
  }
  seen.erase(start);
  return seen;
}

TEST_CASE("the stance CSR answers neighbourhoods hop by hop", "[stance_csr]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  // Blinken -> Russia -> Ukraine -> United States, and Blinken -> Ukraine directly.
  DraftBuilder b("a1");
  int blinken = b.Actor("Anthony Blinken", ActorKind::kPerson);
  int russia = b.Actor("Russia", ActorKind::kCountry);
  int ukraine = b.Actor("Ukraine", ActorKind::kCountry);
  int us = b.Actor("United States", ActorKind::kCountry);
  b.Claim(blinken, "warn", "Russia may invade", 1, {{russia, -1}});
  b.Claim(russia, "accuse", "Kyiv of provocations", 1, {{ukraine, -1}});
  b.Claim(ukraine, "thank", "Washington for its support", 1, {{us, 1}});
  b.Claim(blinken, "praise", "Ukraine's restraint", 1, {{ukraine, 1}});
  b.Claim(russia, "deny", "any plan to invade", -1);  // no target: no edge
  REQUIRE(store->PutArticle(b.draft(), 0).ok());

  Result<StanceCsr> csr = StanceCsr::Build(*store);
  REQUIRE(csr.ok());
  CHECK(csr->num_actors() == 4);
  CHECK(csr->num_edges() == 4);
  CHECK(csr->MemoryBytes() >= 4 * sizeof(uint32_t) + 4 * sizeof(ActorId));

  std::vector<ActorId> one = csr->Neighbourhood(Id("Anthony Blinken"), 1);
  CHECK(AsSet(one) == std::set<ActorId>{Id("Russia"), Id("Ukraine")});
  std::vector<ActorId> two = csr->Neighbourhood(Id("Anthony Blinken"), 2);
  REQUIRE(two.size() == 3);
  CHECK(two.back() == Id("United States"));  // nearest first
  CHECK(csr->Neighbourhood(Id("Anthony Blinken"), 3).size() == 3);
  CHECK(csr->Neighbourhood(Id("United States"), 3).empty());  // only incoming edges
  CHECK(csr->Neighbourhood(Id("Nobody"), 2).empty());
  CHECK(csr->Neighbourhood(Id("Russia"), 0).empty());

  SECTION("it is a snapshot: later articles appear only in a rebuilt one") {
    DraftBuilder later("a2");
    int us2 = later.Actor("United States", ActorKind::kCountry);
    int china = later.Actor("China", ActorKind::kCountry);
    later.Claim(us2, "criticize", "Beijing's silence", 1, {{china, -1}});
    REQUIRE(store->PutArticle(later.draft(), 0).ok());
    CHECK(csr->Neighbourhood(Id("Anthony Blinken"), 3).size() == 3);
    Result<StanceCsr> fresh = StanceCsr::Build(*store);
    REQUIRE(fresh.ok());
    CHECK(fresh->Neighbourhood(Id("Anthony Blinken"), 3).size() == 4);
    CHECK(fresh->Neighbourhood(Id("Anthony Blinken"), 2).size() == 3);
  }
}

TEST_CASE("the stance CSR agrees with prefix scans of the store on random graphs",
          "[stance_csr]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  std::mt19937 rng(7);
  const int kActors = 15;
  auto name = [](int i) { return "Actor " + std::to_string(i); };
  for (int a = 0; a < 25; ++a) {
    DraftBuilder b("random" + std::to_string(a));
    std::vector<int> local;
    for (int i = 0; i < kActors; ++i) local.push_back(b.Actor(name(i), ActorKind::kPerson));
    std::uniform_int_distribution<int> pick(0, kActors - 1), stance(-1, 1);
    for (int c = 0; c < 2; ++c) {
      int speaker = pick(rng), target = pick(rng);
      if (speaker == target) continue;
      b.Claim(local[speaker], "say", "something", 1,
              {{local[target], static_cast<int8_t>(stance(rng))}});
    }
    if (b.draft().claims.empty()) continue;
    REQUIRE(store->PutArticle(b.draft(), 0).ok());
  }
  Result<StanceCsr> csr = StanceCsr::Build(*store);
  REQUIRE(csr.ok());
  CHECK(csr->num_edges() > 20);
  for (int i = 0; i < kActors; ++i) {
    for (int depth = 1; depth <= 3; ++depth) {
      INFO(name(i) << " depth " << depth);
      std::vector<ActorId> got = csr->Neighbourhood(Id(name(i)), depth);
      CHECK(got.size() == AsSet(got).size());  // no actor twice
      CHECK(AsSet(got) == StoreNeighbourhood(*store, Id(name(i)), depth));
    }
  }
}

TEST_CASE("the stance CSR of an empty store is empty", "[stance_csr]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  Result<StanceCsr> csr = StanceCsr::Build(*store);
  REQUIRE(csr.ok());
  CHECK(csr->num_actors() == 0);
  CHECK(csr->num_edges() == 0);
  CHECK(csr->Neighbourhood(Id("Russia"), 2).empty());
}

}  // namespace
}  // namespace sg::graph
