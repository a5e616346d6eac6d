#include "graph/codec.h"

#include <catch2/catch.hpp>

namespace sg::graph {
namespace {

Claim SampleClaim() {
  Claim c;
  c.id = ClaimId{ArticleId{0x1122334455667788ULL}, 3};
  c.speaker = ActorId{0x0102030405060708ULL};
  c.source = ActorId{0x99};
  c.cue = "deny";
  c.form = ClaimForm::kIndirect;
  c.polarity = -1;
  c.modality = Modality::kPossible;
  c.targets = {Target{ActorId{0x0a0b0c0d0e0f1011ULL}, -1}, Target{ActorId{7}, 1}};
  c.content = "any plans for an attack — «quoted»";
  c.start = 1390;
  c.end = 1490;
  c.proposition = Proposition{ActorId{0x0102030405060708ULL}, "attack", ActorId{}, true};
  c.date = Date{20220118};
  c.rule = "indirect.subject-cue";
  return c;
}

std::string FromHex(std::string_view hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

TEST_CASE("records round-trip through the codec", "[codec]") {
  SECTION("claim") {
    Claim c = SampleClaim();
    Result<Claim> back = DecodeClaim(EncodeClaim(c));
    REQUIRE(back.ok());
    CHECK(*back == c);
  }
  SECTION("actor") {
    Actor a;
    a.id = ActorId{42};
    a.name = "Jen Psaki";
    a.kind = ActorKind::kPerson;
    a.kind_votes[static_cast<size_t>(ActorKind::kPerson)] = 3;
    a.aliases = {{"Jen Psaki", 3}, {"Psaki", 2}};
    a.affiliations = {{ActorId{43}, "press secretary", 3}};
    a.articles = 3;
    a.claims_made = 9;
    a.claims_received = 1;
    Result<Actor> back = DecodeActor(EncodeActor(a));
    REQUIRE(back.ok());
    CHECK(*back == a);
  }
  SECTION("article") {
    Article a;
    a.id = ArticleId{5};
    a.key = "blinken-lavrov-geneva";
    a.url = "https://example.org/a?b=1&c=2";
    a.title = "Blinken to meet Russia's Lavrov";
    a.outlet = "VOA";
    a.date = Date{20220118};
    a.content_hash = 0xdeadbeef;
    a.ingested_at = 1700000000;
    a.claim_count = 14;
    a.actors = {ActorContribution{ActorId{1}, ActorKind::kCountry, {"Moscow", "Russia"}, {}},
                ActorContribution{ActorId{2}, ActorKind::kPerson, {"Lavrov"},
                                  {{ActorId{1}, "foreign minister", 1}}}};
    Result<Article> back = DecodeArticle(EncodeArticle(a));
    REQUIRE(back.ok());
    CHECK(*back == a);
  }
}

TEST_CASE("a claim written at class version 1 is still readable", "[codec]") {
  // Bytes written by the version-1 codec (before Claim::source existed); see
  // docs/storage-format.md. Never regenerate: they stand for databases already on disk.
  const std::string v1 = FromHex(
      "01000000887766554433221103000807060504030201040000000000000064656e7901ff00010000000000"
      "00000100000011100f0e0d0c0b0aff1700000000000000616e7920706c616e7320666f7220616e20617474"
      "61636b6e050000d2050000010000000807060504030201060000000000000061747461636b0000000000000"
      "00000d68834010a0000000000000076312d66697874757265");
  Result<Claim> c = DecodeClaim(v1);
  REQUIRE(c.ok());
  CHECK(c->id == ClaimId{ArticleId{0x1122334455667788ULL}, 3});
  CHECK(c->speaker == ActorId{0x0102030405060708ULL});
  CHECK_FALSE(c->source.valid());  // absent in version 1
  CHECK(c->cue == "deny");
  CHECK(c->polarity == -1);
  REQUIRE(c->targets.size() == 1);
  CHECK(c->targets[0].stance == -1);
  CHECK(c->content == "any plans for an attack");
  CHECK(c->start == 1390);
  CHECK(c->end == 1490);
  CHECK(c->proposition.predicate == "attack");
  CHECK(c->date == Date{20220118});
  CHECK(c->rule == "v1-fixture");
  // Re-encoding writes the current version, which reads back the same.
  Result<Claim> again = DecodeClaim(EncodeClaim(*c));
  REQUIRE(again.ok());
  CHECK(*again == *c);
  CHECK(EncodeClaim(*c) != v1);
}

TEST_CASE("corrupt record bytes give Corruption, never a crash", "[codec]") {
  std::string good = EncodeClaim(SampleClaim());
  for (size_t cut : {size_t{0}, size_t{3}, size_t{10}, good.size() / 2, good.size() - 1}) {
    Result<Claim> c = DecodeClaim(std::string_view(good).substr(0, cut));
    REQUIRE_FALSE(c.ok());
    CHECK(c.status().code() == Status::Code::kCorruption);
  }
  CHECK(DecodeClaim(good + "x").status().code() == Status::Code::kCorruption);
  CHECK_FALSE(DecodeActor("garbage").ok());
  CHECK_FALSE(DecodeArticle("").ok());
}

TEST_CASE("index values round-trip and refuse bad lengths", "[codec]") {
  ClaimSummary s{-1, -1, ClaimForm::kDirect, Modality::kFuture, ActorId{77}, "accuse"};
  Result<ClaimSummary> sb = DecodeClaimSummary(EncodeClaimSummary(s));
  REQUIRE(sb.ok());
  CHECK(*sb == s);
  CHECK_FALSE(DecodeClaimSummary(EncodeClaimSummary(s) + "zz").ok());

  PropositionValue p{-1, true, ActorId{5}, Date{20200101}};
  Result<PropositionValue> pb = DecodePropositionValue(EncodePropositionValue(p));
  REQUIRE(pb.ok());
  CHECK(*pb == p);
  CHECK_FALSE(DecodePropositionValue("short").ok());

  StanceAggregate a{-7, 8, 2, 1, Date{20210101}, Date{20220101}};
  Result<StanceAggregate> ab = DecodeStanceAggregate(EncodeStanceAggregate(a));
  REQUIRE(ab.ok());
  CHECK(*ab == a);
  CHECK(ab->count() == 11);

  Counts c{1, 2, 3, 4, 5, 6};
  Result<Counts> cb = DecodeCounts(EncodeCounts(c));
  REQUIRE(cb.ok());
  CHECK(*cb == c);
  CHECK_FALSE(DecodeCounts(EncodeCounts(c).substr(1)).ok());
}

}  // namespace
}  // namespace sg::graph
