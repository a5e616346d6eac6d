#include "graph/check.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "graph/codec.h"
#include "graph/keys.h"
#include "graph/names.h"
#include "tests/graph/raw_db.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::DraftBuilder;
using testing::RawDb;
using testing::TempDir;
constexpr int64_t kNow = 1700000000;

std::vector<CheckProblem> Check(const Store& store, CheckSummary* summary = nullptr) {
  std::vector<CheckProblem> problems;
  CheckSummary s = CheckStore(store, [&](const CheckProblem& p) { problems.push_back(p); });
  if (summary != nullptr) *summary = s;
  CHECK(s.problems == problems.size());
  return problems;
}

std::string Show(const std::vector<CheckProblem>& problems) {
  std::string out;
  for (const auto& p : problems) {
    out += std::string(ToString(p.family)) + " " + HexKey(p.key) + ": " + p.message + "\n";
  }
  return out;
}

// True when some problem names `family` and exactly `key`, with `words` in its message.
bool Reported(const std::vector<CheckProblem>& problems, Family family, const std::string& key,
              const std::string& words) {
  return std::any_of(problems.begin(), problems.end(), [&](const CheckProblem& p) {
    return p.family == family && p.key == key && p.message.find(words) != std::string::npos;
  });
}

// Two articles sharing actors, an affiliation chain, propositions, undated and dated claims.
void Fill(Store& store) {
  DraftBuilder a("a1", "2022-01-18");
  int us = a.Actor("United States", ActorKind::kCountry, -1, "", {"U.S.", "Washington"});
  int wh = a.Actor("White House", ActorKind::kOrganization, us);
  int psaki = a.Actor("Jen Psaki", ActorKind::kPerson, wh, "press secretary", {"Psaki"});
  int russia = a.Actor("Russia", ActorKind::kCountry, -1, "", {"Moscow", "the Kremlin"});
  int ukraine = a.Actor("Ukraine", ActorKind::kCountry);
  a.Claim(wh, "warn", "Russia could invade", 1, {{russia, -1}, {ukraine, 0}}).proposition =
      PropositionDraft{russia, "attack", ukraine, false};
  a.Claim(psaki, "say", "Russia could attack at any point", 1, {{russia, -1}, {ukraine, 1}});
  a.Claim(russia, "deny", "any plans for an attack", -1).proposition =
      PropositionDraft{russia, "attack", -1, false};
  REQUIRE(store.PutArticle(a.draft(), kNow).ok());
  DraftBuilder b("a2", "");
  int psaki2 = b.Actor("Jen Psaki", ActorKind::kPerson);
  int russia2 = b.Actor("Russia", ActorKind::kCountry);
  b.Claim(psaki2, "accuse", "Russia is preparing a pretext", 1, {{russia2, -1}});
  b.Hash(2);
  REQUIRE(store.PutArticle(b.draft(), kNow).ok());
}

std::unique_ptr<Store> MustOpen(const std::string& path) {
  auto store = Store::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

TEST_CASE("a database written by the store passes the check", "[check]") {
  TempDir dir;
  auto store = MustOpen(dir.path("db"));
  CheckSummary summary;
  SECTION("empty") {
    CHECK(Check(*store, &summary).empty());
    CHECK(summary.keys[static_cast<int>(Family::kMeta)] == 3);
    CHECK(summary.total_keys() == 3);
  }
  SECTION("after puts, a replacement and a retraction") {
    Fill(*store);
    auto problems = Check(*store, &summary);
    INFO(Show(problems));
    CHECK(problems.empty());
    CHECK(summary.keys[static_cast<int>(Family::kClaims)] == 4);
    CHECK(summary.keys[static_cast<int>(Family::kByTarget)] == 5);
    DraftBuilder c("a2", "2022-02-01");
    int russia = c.Actor("Russia", ActorKind::kCountry);
    int ukraine = c.Actor("Ukraine", ActorKind::kCountry);
    c.Claim(russia, "accuse", "Ukraine is provoking", 1, {{ukraine, -1}});
    c.Hash(3);
    REQUIRE(store->PutArticle(c.draft(), kNow)->outcome == PutOutcome::kReplaced);
    problems = Check(*store);
    INFO(Show(problems));
    CHECK(problems.empty());
    REQUIRE(*store->RetractArticle("a1"));
    problems = Check(*store);
    INFO(Show(problems));
    CHECK(problems.empty());
  }
}

TEST_CASE("the check reports each kind of damage with its family and key", "[check]") {
  TempDir dir;
  { Fill(*MustOpen(dir.path("db"))); }
  const ArticleId a1 = ArticleIdForKey("a1");
  const ClaimId c0{a1, 0}, c1{a1, 1};
  const ActorId wh = ActorIdForName("White House"), russia = ActorIdForName("Russia");
  const ActorId psaki = ActorIdForName("Jen Psaki"), ukraine = ActorIdForName("Ukraine");
  const Date d{20220118};
  std::vector<CheckProblem> problems;
  auto damage = [&](const std::function<void(RawDb&)>& fn) {
    {
      RawDb raw(dir.path("db"));
      fn(raw);
    }
    problems = Check(*MustOpen(dir.path("db")));
  };

  SECTION("a missing index entry") {
    std::string key = keys::SpeakerKey(wh, d, c0);
    damage([&](RawDb& raw) { raw.Delete(Family::kBySpeaker, key); });
    CHECK(Reported(problems, Family::kBySpeaker, key, "missing: " + FormatClaimId(c0)));
  }
  SECTION("an index entry of a claim that does not exist") {
    std::string key = keys::DateKey(d, ClaimId{a1, 7});
    damage([&](RawDb& raw) { raw.Put(Family::kByDate, key, ""); });
    CHECK(Reported(problems, Family::kByDate, key, "dangling"));
  }
  SECTION("an index entry the claim does not derive (wrong date)") {
    std::string key = keys::TargetKey(russia, wh, Date{20220119}, c0);
    damage([&](RawDb& raw) { raw.Put(Family::kByTarget, key, ""); });
    CHECK(Reported(problems, Family::kByTarget, key, "stale"));
  }
  SECTION("an index value that differs from the claim") {
    std::string key = keys::TargetKey(ukraine, psaki, d, c1);
    damage([&](RawDb& raw) {
      ClaimSummary s = *DecodeClaimSummary(raw.Get(Family::kByTarget, key));
      s.stance = -1;
      raw.Put(Family::kByTarget, key, EncodeClaimSummary(s));
    });
    CHECK(Reported(problems, Family::kByTarget, key, "value differs"));
  }
  SECTION("a proposition entry left behind") {
    std::string key = keys::PropositionKey(russia, "attack", ActorId{}, ClaimId{a1, 1});
    damage([&](RawDb& raw) { raw.Put(Family::kByProposition, key, ""); });
    CHECK(Reported(problems, Family::kByProposition, key, "stale"));
  }
  SECTION("a key that does not decode") {
    damage([&](RawDb& raw) { raw.Put(Family::kByTarget, "short", ""); });
    CHECK(Reported(problems, Family::kByTarget, "short", "does not decode"));
  }
  SECTION("a lost claim record") {
    std::string key = keys::ClaimKey(c1);
    damage([&](RawDb& raw) { raw.Delete(Family::kClaims, key); });
    CHECK(Reported(problems, Family::kArticles, keys::ArticleKey(a1), "claim count 3 but 2"));
    CHECK(Reported(problems, Family::kBySpeaker, keys::SpeakerKey(psaki, d, c1), "dangling"));
    CHECK(
        Reported(problems, Family::kActors, keys::ActorKey(psaki), "claims made 2, recomputed 1"));
    CHECK(Reported(problems, Family::kStance, keys::StanceKey(psaki, ukraine), "stale"));
    CHECK(Reported(problems, Family::kMeta, std::string(keys::kMetaCounts),
                   "claims 4, recomputed 3"));
  }
  SECTION("a claim whose article is gone") {
    damage([&](RawDb& raw) { raw.Delete(Family::kArticles, keys::ArticleKey(a1)); });
    CHECK(Reported(problems, Family::kClaims, keys::ClaimKey(c0), "its article is not stored"));
    CHECK(Reported(problems, Family::kActors, keys::ActorKey(ActorIdForName("United States")),
                   "no stored article mentions it"));
  }
  SECTION("a record that does not decode") {
    std::string key = keys::ArticleKey(ArticleIdForKey("a2"));
    damage([&](RawDb& raw) { raw.Put(Family::kArticles, key, "garbage"); });
    CHECK(Reported(problems, Family::kArticles, key, "cannot decode article"));
  }
  SECTION("an actor counter off by one") {
    std::string key = keys::ActorKey(russia);
    damage([&](RawDb& raw) {
      Actor a = *DecodeActor(raw.Get(Family::kActors, key));
      a.claims_received += 1;
      raw.Put(Family::kActors, key, EncodeActor(a));
    });
    CHECK(Reported(problems, Family::kActors, key, "claims received 4, recomputed 3"));
  }
  SECTION("an alias count and the alias index out of step") {
    std::string key = keys::ActorKey(russia);
    damage([&](RawDb& raw) {
      Actor a = *DecodeActor(raw.Get(Family::kActors, key));
      a.aliases.push_back(AliasCount{"Rossiya", 1});
      raw.Put(Family::kActors, key, EncodeActor(a));
    });
    CHECK(Reported(problems, Family::kActors, key, "alias counts"));
    CHECK(Reported(problems, Family::kAliases, keys::AliasKey("rossiya", russia), "missing"));
  }
  SECTION("a stray alias and a stray member entry") {
    std::string alias = keys::AliasKey("kyiv", russia);
    std::string member = keys::MemberKey(russia, psaki);
    damage([&](RawDb& raw) {
      raw.Put(Family::kAliases, alias, "");
      raw.Put(Family::kMembers, member, "");
    });
    CHECK(Reported(problems, Family::kAliases, alias, "stale"));
    CHECK(Reported(problems, Family::kMembers, member, "stale"));
  }
  SECTION("a lost member entry") {
    std::string key = keys::MemberKey(wh, psaki);
    damage([&](RawDb& raw) { raw.Delete(Family::kMembers, key); });
    CHECK(Reported(problems, Family::kMembers, key, "missing"));
  }
  SECTION("a stance aggregate that no longer sums its claims") {
    std::string key = keys::StanceKey(psaki, russia);
    damage([&](RawDb& raw) {
      StanceAggregate a = *DecodeStanceAggregate(raw.Get(Family::kStance, key));
      CHECK(a.first == d);  // the undated claim of a2 widens neither end
      CHECK(a.last == d);
      a.last = Date{20220120};
      raw.Put(Family::kStance, key, EncodeStanceAggregate(a));
    });
    CHECK(Reported(problems, Family::kStance, key, "last 2022-01-20; recomputed"));
  }
  SECTION("a missing stance aggregate") {
    std::string key = keys::StanceKey(wh, ukraine);
    damage([&](RawDb& raw) { raw.Delete(Family::kStance, key); });
    CHECK(Reported(problems, Family::kStance, key, "missing"));
  }
  SECTION("meta: counts, format version and unknown keys") {
    damage([&](RawDb& raw) {
      Counts c = *DecodeCounts(raw.Get(Family::kMeta, std::string(keys::kMetaCounts)));
      c.about += 1;
      raw.Put(Family::kMeta, std::string(keys::kMetaCounts), EncodeCounts(c));
      raw.Put(Family::kMeta, "extra", "x");
    });
    CHECK(
        Reported(problems, Family::kMeta, std::string(keys::kMetaCounts), "ABOUT 6, recomputed 5"));
    CHECK(Reported(problems, Family::kMeta, "extra", "unknown meta key"));
    CHECK(problems.size() == 2);
  }
  SECTION("meta: a format version of 0 (never written)") {
    damage([&](RawDb& raw) {
      std::string v;
      keys::PutU32(&v, 0);
      raw.Put(Family::kMeta, std::string(keys::kMetaFormatVersion), v);
    });
    CHECK(Reported(problems, Family::kMeta, std::string(keys::kMetaFormatVersion),
                   "format version 0"));
  }
  INFO(Show(problems));
  CHECK_FALSE(problems.empty());
}

std::string FixtureCopy(const TempDir& dir, const std::string& name) {
  std::filesystem::path src = std::filesystem::path(SG_TEST_DATA_DIR) / "store" / name;
  std::filesystem::copy(src, dir.path(name), std::filesystem::copy_options::recursive);
  return dir.path(name);
}

TEST_CASE("the committed fixtures: v1 passes, the corrupted copy is reported", "[check][fixture]") {
  TempDir dir;
  {
    auto store = MustOpen(FixtureCopy(dir, "v1-example"));
    CheckSummary summary;
    auto problems = Check(*store, &summary);
    INFO(Show(problems));
    CHECK(problems.empty());
    CHECK(summary.keys[static_cast<int>(Family::kClaims)] == 14);
  }
  auto opened = Store::Open(FixtureCopy(dir, "v1-corrupt"));
  if (!opened.ok()) {
    CHECK(opened.status().code() == Status::Code::kCorruption);
    return;
  }
  auto problems = Check(**opened);
  INFO(Show(problems));
  CHECK(std::any_of(problems.begin(), problems.end(), [](const CheckProblem& p) {
    return p.family == Family::kClaims && p.message.find("Corruption") != std::string::npos;
  }));
}

}  // namespace
}  // namespace sg::graph
