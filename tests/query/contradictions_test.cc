// stancegraph contradictions (query/contradictions.h) and the contradiction index behind it.
#include "query/contradictions.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "graph/keys.h"
#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using testing::Id;
using Pair = std::pair<std::string, std::string>;  // contents of a, b

std::vector<ContradictionPair> Find(Context& ctx, const ContradictionsOptions& o) {
  Result<std::vector<ContradictionPair>> r = FindContradictions(ctx, o);
  INFO((r.ok() ? "" : r.status().ToString()));
  REQUIRE(r.ok());
  return std::move(r).value();
}

std::set<Pair> Contents(const std::vector<ContradictionPair>& pairs) {
  std::set<Pair> out;
  for (const auto& p : pairs) out.emplace(p.a.claim.content, p.b.claim.content);
  return out;
}

// The by_proposition family as it is stored, and as the claims say it should be.
using Entries = std::set<std::pair<std::string, std::string>>;
Entries StoredIndex(const graph::Store& store) {
  Entries out;
  REQUIRE(store
              .Scan(graph::Family::kByProposition, "",
                    [&](std::string_view k, std::string_view v) {
                      out.emplace(std::string(k), std::string(v));
                      return true;
                    })
              .ok());
  return out;
}
Entries RecomputedIndex(const std::vector<graph::Claim>& claims) {
  Entries out;
  for (const graph::Claim& c : claims) {
    const graph::Proposition& p = c.proposition;
    if (p.empty() || !p.agent.valid()) continue;
    out.emplace(graph::keys::PropositionKey(p.agent, p.predicate, p.patient, c.id),
                graph::EncodePropositionValue({c.polarity, p.negated, c.speaker, c.date}));
  }
  return out;
}

// Every contradicting pair, by comparing every claim with every other.
std::set<std::pair<graph::ClaimId, graph::ClaimId>> BruteForcePairs(
    const std::vector<graph::Claim>& claims) {
  std::set<std::pair<graph::ClaimId, graph::ClaimId>> out;
  for (const graph::Claim& x : claims) {
    for (const graph::Claim& y : claims) {
      const graph::Proposition &p = x.proposition, &q = y.proposition;
      if (p.empty() || q.empty() || !p.agent.valid() || x.polarity != 1 || y.polarity != -1) {
        continue;
      }
      if (p.agent == q.agent && p.predicate == q.predicate &&
          (p.patient == q.patient || !p.patient.valid() || !q.patient.valid())) {
        out.emplace(std::min(x.id, y.id), std::max(x.id, y.id));
      }
    }
  }
  return out;
}

std::set<std::pair<graph::ClaimId, graph::ClaimId>> QueriedPairs(Context& ctx) {
  std::set<std::pair<graph::ClaimId, graph::ClaimId>> out;
  for (const auto& p : Find(ctx, {})) {
    out.emplace(std::min(p.a.claim.id, p.b.claim.id), std::max(p.a.claim.id, p.b.claim.id));
  }
  return out;
}

const Pair kKjpPeskov{"Russia could invade Ukraine within weeks",
                      "Russia has no plans to attack anyone"};
const Pair kKjpZelenskyy{"Russia could invade Ukraine within weeks",
                         "Russia will not invade Ukraine"};
const Pair kZelenskyyReversal{"Russia will not invade Ukraine", "Russia has invaded Ukraine"};
const Pair kPeskovReversal{"Russia has no plans to attack anyone",
                           "Russia is conducting a special military operation in Ukraine"};
const Pair kKremlinPeskov{"Russia has no plans to attack anyone",
                          "Russian forces have entered Ukraine"};
const Pair kNato{"NATO is expanding toward Russia's borders", "NATO is not expanding"};

TEST_CASE("contradictions: opposite polarity on matching propositions", "[contradictions]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ContradictionsOptions o;

  SECTION("all pairs, each with both sources and the shared proposition") {
    std::vector<ContradictionPair> pairs = Find(ctx, o);
    CHECK(pairs.size() == 9);  // 4 assertions x 2 denials of the attack, 1 on NATO's expansion
    CHECK(Contents(pairs).count(kKjpPeskov));
    CHECK(Contents(pairs).count(kNato));
    const ContradictionPair& first = pairs.front();  // the earliest: fx-1
    CHECK(first.a.claim.date <= first.b.claim.date);
    CHECK(first.agent.name == "Russia");
    CHECK(first.predicate == "attack");
    CHECK(first.patient.name == "Ukraine");  // the more specific patient
    CHECK(first.a.article_key == "fx-1");
    CHECK(first.a.url == "https://example.org/fx-1");
    CHECK(first.a.claim.polarity * first.b.claim.polarity == -1);
  }
  SECTION("between two actors, with and without rollup") {
    o.between = {"United States", "Russia"};
    CHECK(Find(ctx, o).empty());
    o.rollup = true;
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kKjpPeskov});
    o.between = {"Russia", "U.S."};  // either order, any alias
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kKjpPeskov});
    o.between = {"Ukraine", "Russia"};
    CHECK(Find(ctx, o).size() == 3);
  }
  SECTION("one actor's") {
    o.actor = "Volodymyr Zelenskyy";
    std::vector<ContradictionPair> pairs = Find(ctx, o);
    CHECK(pairs.size() == 5);
    for (const auto& p : pairs) {
      CHECK(
          (p.a.speaker.name == "Volodymyr Zelenskyy" || p.b.speaker.name == "Volodymyr Zelenskyy"));
    }
  }
  SECTION("reversals: an actor against its own other claim") {
    o.self = true;
    std::vector<ContradictionPair> pairs = Find(ctx, o);
    CHECK(Contents(pairs) == std::set<Pair>{kZelenskyyReversal, kPeskovReversal});
    for (const auto& p : pairs) CHECK(p.self);
    o.rollup = true;  // the Kremlin and its spokesman speak for Russia
    CHECK(Contents(Find(ctx, o)) ==
          std::set<Pair>{kZelenskyyReversal, kPeskovReversal, kKremlinPeskov});
    o.actor = "Volodymyr Zelenskyy";
    o.rollup = false;
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kZelenskyyReversal});
  }
  SECTION("by the proposition's agent") {
    o.agent = "NATO";
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kNato});
    o.actor = "Kremlin";
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kNato});
    o.agent = "Russia";
    CHECK(Find(ctx, o).size() == 2);  // the Kremlin's assertion against both denials
  }
  SECTION("both claims inside the date window") {
    o.dates.since = *graph::Date::Parse("2022-02-01");
    CHECK(Find(ctx, o).size() == 4);
    o.dates = DateRange{graph::Date{}, *graph::Date::Parse("2022-02-28")};
    CHECK(Contents(Find(ctx, o)) == std::set<Pair>{kKjpPeskov, kKjpZelenskyy});
    o.actor = "Karen Jean-Pierre";
    CHECK(Find(ctx, o).size() == 2);
  }
  SECTION("limit") {
    o.limit = 3;
    CHECK(Find(ctx, o).size() == 3);
  }
  SECTION("bad requests") {
    o.between = {"Russia"};
    CHECK(FindContradictions(ctx, o).status().code() == Status::Code::kInvalidArgument);
    o.between = {"Russia", "Ukraine"};
    o.self = true;
    CHECK(FindContradictions(ctx, o).status().code() == Status::Code::kInvalidArgument);
    o = {};
    o.actor = "Nobody Known";
    CHECK(FindContradictions(ctx, o).status().code() == Status::Code::kNotFound);
  }
}

TEST_CASE("the contradiction index equals a recomputation from the claims", "[contradictions]") {
  testing::TempDir dir;
  auto store = testing::BuildFixture(dir.path("db"));
  auto check = [&](size_t expected_pairs) {
    std::vector<graph::Claim> claims = testing::AllClaims(*store);
    CHECK(StoredIndex(*store) == RecomputedIndex(claims));
    Context ctx(*store);
    auto brute = BruteForcePairs(claims);
    CHECK(QueriedPairs(ctx) == brute);
    CHECK(brute.size() == expected_pairs);
  };
  check(9);

  SECTION("after an article is replaced") {
    // fx-3 corrected: Zelenskyy's claim flips to a denial, the Kremlin's claim is gone.
    std::string text = testing::ReadFile(testing::FixtureClaimsPath());
    std::string fx3;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.find("\"fx-3\"") == std::string::npos) continue;
      if (line.find("Russian forces have entered") != std::string::npos) continue;
      if (line.find("Russia has invaded Ukraine") != std::string::npos) {
        line.replace(line.find("\"polarity\": 1"), 13, "\"polarity\": -1");
      }
      fx3 += line + "\n";
    }
    testing::AddJsonlText(*store, fx3, "fx-3 correction");
    check(7);  // KJP's and Peskov's assertions against 3 denials, and NATO's pair
  }
  SECTION("after an article is retracted") {
    REQUIRE(*store->RetractArticle("fx-1"));
    check(4);  // only Zelenskyy's denial is left against three assertions; NATO's pair stays
  }
}

}  // namespace
}  // namespace sg::query
