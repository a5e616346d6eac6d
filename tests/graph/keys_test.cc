#include "graph/keys.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

namespace sg::graph::keys {
namespace {

TEST_CASE("fixed-width numbers round-trip and sort numerically", "[keys]") {
  SECTION("unsigned") {
    std::vector<uint64_t> values = {0, 1, 255, 256, 65535, 1ull << 32, ~0ull};
    std::vector<std::string> encoded;
    for (uint64_t v : values) {
      std::string k;
      PutU64(&k, v);
      REQUIRE(k.size() == 8);
      std::string_view in = k;
      uint64_t back = 0;
      REQUIRE(GetU64(&in, &back));
      CHECK(back == v);
      CHECK(in.empty());
      encoded.push_back(k);
    }
    CHECK(std::is_sorted(encoded.begin(), encoded.end()));
  }
  SECTION("signed sort with negatives first") {
    std::vector<int64_t> values = {INT64_MIN, -5, -1, 0, 1, 7, INT64_MAX};
    std::vector<std::string> encoded;
    for (int64_t v : values) {
      std::string k;
      PutI64(&k, v);
      std::string_view in = k;
      int64_t back = 0;
      REQUIRE(GetI64(&in, &back));
      CHECK(back == v);
      encoded.push_back(k);
    }
    CHECK(std::is_sorted(encoded.begin(), encoded.end()));
    std::string a, b, c;
    PutI8(&a, -1);
    PutI8(&b, 0);
    PutI8(&c, 1);
    CHECK(a < b);
    CHECK(b < c);
  }
  SECTION("short input is refused") {
    std::string k = "abc";
    std::string_view in = k;
    uint32_t v;
    CHECK_FALSE(GetU32(&in, &v));
  }
}

TEST_CASE("escaped strings round-trip and keep prefix order", "[keys]") {
  std::vector<std::string> values = {"", "a", std::string("a\0b", 3), "ab", "b",
                                     std::string("\0", 1), "\xff\xff", "zeta"};
  for (const std::string& s : values) {
    std::string k;
    PutString(&k, s);
    PutU8(&k, 42);  // a following field stays aligned
    std::string_view in = k;
    std::string back;
    REQUIRE(GetString(&in, &back));
    CHECK(back == s);
    uint8_t tail = 0;
    REQUIRE(GetU8(&in, &tail));
    CHECK(tail == 42);
  }
  // Encoded order equals string order, including a string that prefixes another.
  std::vector<std::string> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::string> enc;
  for (const auto& s : sorted) {
    std::string k;
    PutString(&k, s);
    PutU64(&k, 0xffffffffffffffffULL);  // the field after must not disturb the order
    enc.push_back(k);
  }
  CHECK(std::is_sorted(enc.begin(), enc.end()));
  SECTION("unterminated and badly escaped strings are refused") {
    std::string bad1 = "abc";
    std::string_view in1 = bad1;
    std::string out;
    CHECK_FALSE(GetString(&in1, &out));
    std::string bad2("a\0\x05", 3);
    std::string_view in2 = bad2;
    CHECK_FALSE(GetString(&in2, &out));
  }
}

TEST_CASE("PrefixSuccessor bounds a prefix scan", "[keys]") {
  CHECK(PrefixSuccessor("abc") == "abd");
  CHECK(PrefixSuccessor(std::string("a\xff", 2)) == "b");
  CHECK(PrefixSuccessor(std::string("\xff\xff", 2)).empty());
  std::string p = SpeakerPrefix(ActorId{5});
  CHECK(SpeakerKey(ActorId{5}, Date{29991231}, ClaimId{ArticleId{~0ull}, 0xffff}) <
        PrefixSuccessor(p));
  CHECK(SpeakerKey(ActorId{6}, Date{0}, ClaimId{}) >= PrefixSuccessor(p));
}

TEST_CASE("every family key round-trips through its decoder", "[keys]") {
  ClaimId claim{ArticleId{0x1122334455667788ULL}, 513};
  ActorId a{0xa1}, b{0xb2};
  Date d{20220118};
  CHECK(DecodeArticleKey(ArticleKey(claim.article)) == claim.article);
  CHECK(DecodeClaimKey(ClaimKey(claim)) == claim);
  CHECK(DecodeActorKey(ActorKey(a)) == a);
  auto alias = DecodeAliasKey(AliasKey("white house", a));
  REQUIRE(alias);
  CHECK(alias->alias == "white house");
  CHECK(alias->actor == a);
  auto member = DecodeMemberKey(MemberKey(a, b));
  REQUIRE(member);
  CHECK(member->group == a);
  CHECK(member->member == b);
  auto speaker = DecodeSpeakerKey(SpeakerKey(a, d, claim));
  REQUIRE(speaker);
  CHECK(speaker->speaker == a);
  CHECK(speaker->date == d);
  CHECK(speaker->claim == claim);
  auto target = DecodeTargetKey(TargetKey(b, a, d, claim));
  REQUIRE(target);
  CHECK(target->target == b);
  CHECK(target->speaker == a);
  CHECK(target->date == d);
  CHECK(target->claim == claim);
  auto date = DecodeDateKey(DateKey(d, claim));
  REQUIRE(date);
  CHECK(date->date == d);
  CHECK(date->claim == claim);
  auto prop = DecodePropositionKey(PropositionKey(a, "attack", b, claim));
  REQUIRE(prop);
  CHECK(prop->agent == a);
  CHECK(prop->predicate == "attack");
  CHECK(prop->patient == b);
  CHECK(prop->claim == claim);
  auto stance = DecodeStanceKey(StanceKey(a, b));
  REQUIRE(stance);
  CHECK(stance->from == a);
  CHECK(stance->to == b);

  SECTION("decoders refuse keys of the wrong shape") {
    CHECK_FALSE(DecodeClaimKey(ArticleKey(claim.article)));
    CHECK_FALSE(DecodeActorKey(ClaimKey(claim)));
    CHECK_FALSE(DecodeSpeakerKey(SpeakerKey(a, d, claim) + "x"));
    CHECK_FALSE(DecodeTargetKey(TargetKey(a, b, d, claim).substr(0, 20)));
    CHECK_FALSE(DecodeAliasKey("no terminator"));
  }
}

TEST_CASE("index keys sort by entity, then the selective field, then date", "[keys]") {
  std::mt19937_64 rng(7);
  std::vector<SpeakerEntry> entries;
  for (int i = 0; i < 500; ++i) {
    entries.push_back(SpeakerEntry{ActorId{rng() % 5 + 1}, Date{static_cast<uint32_t>(
                                                               20200101 + rng() % 1000)},
                                   ClaimId{ArticleId{rng()}, static_cast<uint16_t>(rng())}});
  }
  std::vector<std::string> encoded;
  for (const auto& e : entries) encoded.push_back(SpeakerKey(e.speaker, e.date, e.claim));
  std::sort(encoded.begin(), encoded.end());
  std::sort(entries.begin(), entries.end(), [](const SpeakerEntry& x, const SpeakerEntry& y) {
    return std::tie(x.speaker, x.date, x.claim) < std::tie(y.speaker, y.date, y.claim);
  });
  for (size_t i = 0; i < entries.size(); ++i) {
    auto back = DecodeSpeakerKey(encoded[i]);
    REQUIRE(back);
    CHECK(back->speaker == entries[i].speaker);
    CHECK(back->date == entries[i].date);
    CHECK(back->claim == entries[i].claim);
  }
  // Claims by X about Y are one contiguous range under the target|speaker prefix.
  std::string prefix = TargetSpeakerPrefix(ActorId{2}, ActorId{9});
  CHECK(TargetKey(ActorId{2}, ActorId{9}, Date{1}, ClaimId{}).rfind(prefix, 0) == 0);
  CHECK(TargetKey(ActorId{2}, ActorId{10}, Date{0}, ClaimId{}) > PrefixSuccessor(prefix));
}

}  // namespace
}  // namespace sg::graph::keys
