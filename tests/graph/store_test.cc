#include "graph/store.h"

#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "graph/keys.h"
#include "graph/names.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::DraftBuilder;
using testing::Dump;
using testing::TempDir;
constexpr int64_t kNow = 1700000000;

std::unique_ptr<Store> MustOpen(const std::string& path, StoreOptions options = {}) {
  auto store = Store::Open(path, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

// The first article of the running example: the White House and its press secretary warn that
// Russia could attack Ukraine; Russia denies any plans for an attack.
ArticleDraft Warnings(uint64_t hash = 1) {
  DraftBuilder b("a1", "2022-01-18");
  int us = b.Actor("United States", ActorKind::kCountry, -1, "", {"U.S.", "Washington"});
  int wh = b.Actor("White House", ActorKind::kOrganization, us);
  int psaki = b.Actor("Jen Psaki", ActorKind::kPerson, wh, "press secretary", {"Psaki"});
  int russia = b.Actor("Russia", ActorKind::kCountry, -1, "", {"Moscow", "the Kremlin"});
  int ukraine = b.Actor("Ukraine", ActorKind::kCountry);
  ClaimDraft& c0 = b.Claim(wh, "warn", "Russia could launch an invasion in Ukraine", 1,
                           {{russia, -1}, {ukraine, 0}});
  c0.proposition = PropositionDraft{russia, "attack", ukraine, false};
  b.Claim(psaki, "say", "Russia could at any point launch an attack in Ukraine", 1,
          {{russia, -1}, {ukraine, 0}});
  ClaimDraft& c2 = b.Claim(russia, "deny", "any plans for an attack", -1);
  c2.proposition = PropositionDraft{russia, "attack", -1, false};
  b.Hash(hash);
  return b.draft();
}

// A later article: Psaki, named in full, again hostile toward Russia.
ArticleDraft FollowUp(std::string psaki_name = "Jen Psaki") {
  DraftBuilder b("a2", "2022-01-20");
  int psaki = b.Actor(psaki_name, ActorKind::kPerson);
  int russia = b.Actor("Russia", ActorKind::kCountry);
  b.Claim(psaki, "accuse", "Russia is preparing a pretext", 1, {{russia, -1}});
  b.Hash(2);
  return b.draft();
}

TEST_CASE("a new database stores an article and reopens with it", "[store]") {
  TempDir dir;
  {
    auto store = MustOpen(dir.path("db"));
    Result<PutResult> put = store->PutArticle(Warnings(), kNow);
    REQUIRE(put.ok());
    CHECK(put->outcome == PutOutcome::kNew);
    CHECK(put->claims == 3);
  }
  auto store = MustOpen(dir.path("db"));
  Result<StoreStats> stats = store->GetStats();
  REQUIRE(stats.ok());
  CHECK(stats->format_version == kFormatVersion);
  CHECK(stats->counts.articles == 1);
  CHECK(stats->counts.claims == 3);
  CHECK(stats->counts.actors == 5);
  CHECK(stats->counts.about == 4);
  CHECK(stats->counts.member_of == 2);  // White House -> US, Psaki -> White House
  CHECK(stats->counts.stance == 4);     // WH->Russia, WH->Ukraine, Psaki->Russia, Psaki->Ukraine

  SECTION("actors resolve through aliases, case- and punctuation-insensitively") {
    auto russia = ActorIdForName("Russia");
    for (const char* name : {"the Kremlin", "kremlin", "MOSCOW", "Russia"}) {
      Result<std::vector<ActorId>> found = store->FindActorsByAlias(name);
      REQUIRE(found.ok());
      CHECK(*found == std::vector<ActorId>{russia});
    }
    CHECK(*store->FindActorsByAlias("us") == std::vector<ActorId>{ActorIdForName("United States")});
    CHECK(store->FindActorsByAlias("Rusia")->empty());
  }
  SECTION("actor records carry kind, aliases, affiliations and counters") {
    auto psaki = store->GetActor(ActorIdForName("Jen Psaki"));
    REQUIRE(psaki.ok());
    REQUIRE(psaki->has_value());
    const Actor& a = **psaki;
    CHECK(a.name == "Jen Psaki");
    CHECK(a.kind == ActorKind::kPerson);
    REQUIRE(a.affiliations.size() == 1);
    CHECK(a.affiliations[0].group == ActorIdForName("White House"));
    CHECK(a.affiliations[0].role == "press secretary");
    CHECK(a.claims_made == 1);
    auto russia = **store->GetActor(ActorIdForName("Russia"));
    CHECK(russia.claims_made == 1);
    CHECK(russia.claims_received == 2);
  }
  SECTION("claims, stance and indexes are readable") {
    ClaimId id{ArticleIdForKey("a1"), 2};
    auto claim = store->GetClaim(id);
    REQUIRE(claim.ok());
    REQUIRE(claim->has_value());
    CHECK((*claim)->cue == "deny");
    CHECK((*claim)->polarity == -1);
    CHECK((*claim)->date == Date{20220118});
    CHECK((*claim)->proposition.agent == ActorIdForName("Russia"));
    CHECK_FALSE((*claim)->proposition.patient.valid());

    auto stance = store->GetStance(ActorIdForName("White House"), ActorIdForName("Russia"));
    REQUIRE(stance.ok());
    REQUIRE(stance->has_value());
    CHECK((*stance)->sum == -1);
    CHECK((*stance)->hostile == 1);
    CHECK((*stance)->first == Date{20220118});

    // Claims by Psaki about Russia: one prefix scan of by_target.
    int n = 0;
    REQUIRE(store
                ->Scan(Family::kByTarget,
                       keys::TargetSpeakerPrefix(ActorIdForName("Russia"),
                                                 ActorIdForName("Jen Psaki")),
                       [&](std::string_view k, std::string_view v) {
                         auto e = keys::DecodeTargetKey(k);
                         REQUIRE(e);
                         CHECK(e->claim == ClaimId{ArticleIdForKey("a1"), 1});
                         auto s = DecodeClaimSummary(v);
                         REQUIRE(s.ok());
                         CHECK(s->stance == -1);
                         CHECK(s->cue == "say");
                         ++n;
                         return true;
                       })
                .ok());
    CHECK(n == 1);
    auto many = store->GetClaims({ClaimId{ArticleIdForKey("a1"), 1}, ClaimId{ArticleIdForKey("zz"), 0},
                                  ClaimId{ArticleIdForKey("a1"), 0}});
    REQUIRE(many.ok());
    REQUIRE(many->size() == 3);
    CHECK((*many)[0]->cue == "say");
    CHECK_FALSE((*many)[1].has_value());
    CHECK((*many)[2]->cue == "warn");
  }
}

TEST_CASE("re-putting the same article is a no-op", "[store]") {
  TempDir dir;
  auto store = MustOpen(dir.path("db"));
  REQUIRE(store->PutArticle(Warnings(), kNow).ok());
  auto before = Dump(*store);
  Result<PutResult> again = store->PutArticle(Warnings(), kNow + 100);
  REQUIRE(again.ok());
  CHECK(again->outcome == PutOutcome::kUnchanged);
  CHECK(Dump(*store) == before);
}

TEST_CASE("later articles merge into existing actors through the alias index", "[store]") {
  TempDir dir;
  auto store = MustOpen(dir.path("db"));
  REQUIRE(store->PutArticle(Warnings(), kNow).ok());
  REQUIRE(store->PutArticle(FollowUp("Psaki"), kNow).ok());
  CHECK_FALSE(store->GetActor(ActorIdForName("Psaki"))->has_value());
  auto psaki = **store->GetActor(ActorIdForName("Jen Psaki"));
  CHECK(psaki.claims_made == 2);
  CHECK(psaki.articles == 2);
  auto stance = **store->GetStance(ActorIdForName("Jen Psaki"), ActorIdForName("Russia"));
  CHECK(stance.hostile == 2);
  CHECK(stance.first == Date{20220118});
  CHECK(stance.last == Date{20220120});
}

TEST_CASE("replacing or retracting an article equals a build without the old version",
          "[store]") {
  TempDir dir;
  // A corrected version: the warning is kept, the denial is gone, a new claim appears.
  ArticleDraft corrected = Warnings(99);
  corrected.claims.pop_back();
  corrected.claims.push_back(corrected.claims[1]);
  corrected.claims.back().content = "talks could still succeed";
  corrected.claims.back().targets = {};

  SECTION("replacement") {
    auto incremental = MustOpen(dir.path("inc"));
    REQUIRE(incremental->PutArticle(Warnings(), kNow).ok());
    REQUIRE(incremental->PutArticle(FollowUp(), kNow).ok());
    Result<PutResult> put = incremental->PutArticle(corrected, kNow);
    REQUIRE(put.ok());
    CHECK(put->outcome == PutOutcome::kReplaced);
    CHECK(put->claims_removed == 3);

    auto scratch = MustOpen(dir.path("scratch"));
    REQUIRE(scratch->PutArticle(corrected, kNow).ok());
    REQUIRE(scratch->PutArticle(FollowUp(), kNow).ok());
    CHECK(Dump(*incremental) == Dump(*scratch));
    // No stale proposition entry of the removed denial.
    int props = 0;
    REQUIRE(incremental
                ->Scan(Family::kByProposition, "",
                       [&](std::string_view, std::string_view) { return ++props, true; })
                .ok());
    CHECK(props == 1);
  }
  SECTION("retraction, with stance dates recomputed") {
    auto incremental = MustOpen(dir.path("inc"));
    REQUIRE(incremental->PutArticle(Warnings(), kNow).ok());
    REQUIRE(incremental->PutArticle(FollowUp(), kNow).ok());
    Result<bool> gone = incremental->RetractArticle("a1");
    REQUIRE(gone.ok());
    CHECK(*gone);
    CHECK_FALSE(*incremental->RetractArticle("a1"));
    CHECK_FALSE(*incremental->RetractArticle("never-stored"));
    auto stance = **incremental->GetStance(ActorIdForName("Jen Psaki"), ActorIdForName("Russia"));
    CHECK(stance.first == Date{20220120});
    CHECK(stance.hostile == 1);

    auto scratch = MustOpen(dir.path("scratch"));
    REQUIRE(scratch->PutArticle(FollowUp(), kNow).ok());
    CHECK(Dump(*incremental) == Dump(*scratch));
  }
  SECTION("retracting everything leaves only the empty database") {
    auto store = MustOpen(dir.path("all"));
    auto empty = Dump(*store);
    REQUIRE(store->PutArticle(Warnings(), kNow).ok());
    REQUIRE(store->PutArticle(FollowUp(), kNow).ok());
    REQUIRE(*store->RetractArticle("a2"));
    REQUIRE(*store->RetractArticle("a1"));
    CHECK(Dump(*store) == empty);
  }
}

TEST_CASE("invalid drafts are refused and change nothing", "[store]") {
  TempDir dir;
  auto store = MustOpen(dir.path("db"));
  REQUIRE(store->PutArticle(Warnings(), kNow).ok());
  auto before = Dump(*store);
  ArticleDraft bad = FollowUp();
  SECTION("speaker out of range") { bad.claims[0].speaker = 7; }
  SECTION("stance out of range") { bad.claims[0].targets[0].stance = 2; }
  SECTION("nameless actor") { bad.actors[0].name = "?!"; }
  SECTION("missing key") { bad.key.clear(); }
  SECTION("self group") { bad.actors[0].group = 0; }
  Result<PutResult> put = store->PutArticle(bad, kNow);
  REQUIRE_FALSE(put.ok());
  CHECK(put.status().code() == Status::Code::kInvalidArgument);
  CHECK(Dump(*store) == before);
}

// Names and sizes of the files in a folder: what "nothing changed" means on disk.
std::map<std::string, uintmax_t> Listing(const std::string& path) {
  std::map<std::string, uintmax_t> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(path)) {
    out[e.path().string()] = e.is_regular_file() ? e.file_size() : 0;
  }
  return out;
}

TEST_CASE("folders that are not stancegraph databases are refused untouched", "[store]") {
  TempDir dir;
  SECTION("a non-empty folder of other files") {
    std::filesystem::create_directories(dir.path("docs"));
    std::ofstream(dir.path("docs/notes.txt")) << "my notes\n";
    auto before = Listing(dir.path("docs"));
    auto store = Store::Open(dir.path("docs"));
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kFailedPrecondition);
    CHECK_THAT(store.status().message(), Catch::Contains("not a stancegraph database"));
    CHECK(Listing(dir.path("docs")) == before);
  }
  SECTION("a plain file") {
    std::ofstream(dir.path("file.db")) << "x";
    auto store = Store::Open(dir.path("file.db"));
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kFailedPrecondition);
  }
  SECTION("another RocksDB database") {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(o, dir.path("other"), &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), "k", "v").ok());
    delete raw;
    auto before = Listing(dir.path("other"));
    auto store = Store::Open(dir.path("other"));
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kFailedPrecondition);
    CHECK_THAT(store.status().message(), Catch::Contains("no meta column family"));
    CHECK(Listing(dir.path("other")) == before);
  }
  SECTION("a missing folder opened read-only") {
    StoreOptions ro;
    ro.read_only = true;
    auto store = Store::Open(dir.path("absent"), ro);
    REQUIRE_FALSE(store.ok());
    CHECK(store.status().code() == Status::Code::kNotFound);
    CHECK_FALSE(std::filesystem::exists(dir.path("absent")));
  }
}

TEST_CASE("a database of a newer format version is refused untouched", "[store]") {
  TempDir dir;
  { auto store = MustOpen(dir.path("db")); }
  {
    // Rewrite meta/format_version behind the store's back, as a future version would.
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.path("db"), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.path("db"), cfs, &handles, &raw).ok());
    size_t meta = std::find(names.begin(), names.end(), "meta") - names.begin();
    std::string v;
    keys::PutU32(&v, kFormatVersion + 1);
    REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[meta], keys::kMetaFormatVersion, v).ok());
    REQUIRE(raw->Flush(rocksdb::FlushOptions(), handles).ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  auto before = Listing(dir.path("db"));
  auto store = Store::Open(dir.path("db"));
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kNotSupported);
  CHECK_THAT(store.status().message(), Catch::Contains("newer than this program"));
  CHECK(Listing(dir.path("db")) == before);
}

TEST_CASE("a read-only instance reads but never writes", "[store]") {
  TempDir dir;
  auto writer = MustOpen(dir.path("db"));
  REQUIRE(writer->PutArticle(Warnings(), kNow).ok());
  StoreOptions ro;
  ro.read_only = true;
  auto reader = MustOpen(dir.path("db"), ro);
  CHECK(reader->GetStats()->counts.claims == 3);
  Result<PutResult> put = reader->PutArticle(FollowUp(), kNow);
  REQUIRE_FALSE(put.ok());
  CHECK(put.status().code() == Status::Code::kFailedPrecondition);
  SECTION("a second writer is refused with a clear message") {
    auto second = Store::Open(dir.path("db"));
    REQUIRE_FALSE(second.ok());
    CHECK_THAT(second.status().message(), Catch::Contains("in use"));
  }
}

TEST_CASE("a snapshot keeps one state while writes go on", "[store]") {
  TempDir dir;
  auto store = MustOpen(dir.path("db"));
  REQUIRE(store->PutArticle(Warnings(), kNow).ok());
  auto snapshot = store->GetSnapshot();
  REQUIRE(store->PutArticle(FollowUp(), kNow).ok());
  CHECK(store->GetStats(snapshot.get())->counts.claims == 3);
  CHECK(store->GetStats()->counts.claims == 4);
  CHECK_FALSE(store->GetArticle(ArticleIdForKey("a2"), snapshot.get())->has_value());
}

// The committed fixtures: a store written by format version 1 (the example's claims, compacted)
// and a copy with bytes of the claims' table file overwritten.
std::string FixtureCopy(const TempDir& dir, const std::string& name) {
  std::filesystem::path src = std::filesystem::path(SG_TEST_DATA_DIR) / "store" / name;
  REQUIRE(std::filesystem::exists(src));
  std::filesystem::copy(src, dir.path(name), std::filesystem::copy_options::recursive);
  return dir.path(name);
}

TEST_CASE("the committed version-1 store opens and reads", "[store][fixture]") {
  TempDir dir;
  auto store = MustOpen(FixtureCopy(dir, "v1-example"));
  auto stats = store->GetStats();
  REQUIRE(stats.ok());
  CHECK(stats->format_version == 1);
  CHECK(stats->counts.claims == 14);
  auto russia = store->FindActorsByAlias("Russia");
  REQUIRE(russia.ok());
  REQUIRE(russia->size() == 1);
  auto actor = store->GetActor(russia->front());
  REQUIRE(actor.ok());
  CHECK((*actor)->claims_made == 2);
  int claims = 0;
  REQUIRE(store
              ->Scan(Family::kClaims, "",
                     [&](std::string_view, std::string_view v) {
                       CHECK(DecodeClaim(v).ok());
                       return ++claims, true;
                     })
              .ok());
  CHECK(claims == 14);
}

TEST_CASE("a corrupted store gives a Corruption error, never a crash", "[store][fixture]") {
  TempDir dir;
  auto opened = Store::Open(FixtureCopy(dir, "v1-corrupt"));
  if (!opened.ok()) {
    CHECK(opened.status().code() == Status::Code::kCorruption);
    return;
  }
  auto& store = *opened;
  Status scan = store->Scan(Family::kClaims, "", [](std::string_view, std::string_view v) {
    return DecodeClaim(v).ok();
  });
  REQUIRE_FALSE(scan.ok());
  CHECK(scan.code() == Status::Code::kCorruption);
  CHECK_THAT(scan.message(), Catch::Contains("claims"));
}

}  // namespace
}  // namespace sg::graph
