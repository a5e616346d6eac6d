#include "graph/names.h"

#include <catch2/catch.hpp>

namespace sg::graph {
namespace {

TEST_CASE("NormalizeName folds case, punctuation, initialisms and a leading 'the'", "[names]") {
  CHECK(NormalizeName("U.S.") == "us");
  CHECK(NormalizeName("US") == "us");
  CHECK(NormalizeName("us") == "us");
  CHECK(NormalizeName("U. S. A.") == "usa");
  CHECK(NormalizeName("The Kremlin") == "kremlin");
  CHECK(NormalizeName("the  White   House") == "white house");
  CHECK(NormalizeName("  Jen Psaki ") == "jen psaki");
  CHECK(NormalizeName("O'Brien") == "obrien");
  CHECK(NormalizeName("Zelenskyy") == "zelenskyy");
  CHECK(NormalizeName("John F. Kennedy") == "john f kennedy");
  CHECK(NormalizeName("Côte d'Ivoire") == "côte divoire");  // non-ASCII bytes kept
  CHECK(NormalizeName("...").empty());
  CHECK(NormalizeName("The") == "the");  // a bare "the" is a name, not a prefix
}

TEST_CASE("ids are deterministic hashes of normalised names", "[names]") {
  CHECK(ActorIdForName("Russia") == ActorIdForName("russia"));
  CHECK(ActorIdForName("The Kremlin") == ActorIdForName("Kremlin"));
  CHECK(ActorIdForName("Russia") != ActorIdForName("Ukraine"));
  CHECK(ActorIdForName("Russia").valid());
  CHECK(ArticleIdForKey("a") != ArticleIdForKey("A"));  // article keys are exact
  CHECK(Hash64("") == 0xcbf29ce484222325ULL);          // FNV-1a offset basis
  CHECK(Hash64("a") == 0xaf63dc4c8601ec8cULL);         // published FNV-1a 64 test vector
}

TEST_CASE("external ids format and parse", "[names]") {
  ActorId a{0x0123456789abcdefULL};
  CHECK(FormatActorId(a) == "actor:0123456789abcdef");
  CHECK(ParseActorId("actor:0123456789abcdef") == a);
  CHECK_FALSE(ParseActorId("actor:123"));
  CHECK_FALSE(ParseActorId("claim:0123456789abcdef"));
  ClaimId c{ArticleId{0xfedcba9876543210ULL}, 12};
  CHECK(FormatClaimId(c) == "claim:fedcba9876543210.12");
  CHECK(ParseClaimId(FormatClaimId(c)) == c);
  CHECK_FALSE(ParseClaimId("claim:fedcba9876543210.70000"));
  CHECK_FALSE(ParseClaimId("claim:fedcba9876543210"));
  CHECK(FormatArticleId(ArticleId{1}) == "article:0000000000000001");
}

TEST_CASE("dates parse, print and order", "[model]") {
  CHECK(Date::Parse("2022-01-18")->yyyymmdd == 20220118u);
  CHECK(Date::Parse("2022-01-18T10:30:00Z")->yyyymmdd == 20220118u);
  CHECK(Date::Parse("")->known() == false);
  CHECK_FALSE(Date::Parse("2022-02-30"));
  CHECK_FALSE(Date::Parse("2022/01/18"));
  CHECK_FALSE(Date::Parse("18 Jan 2022"));
  CHECK(Date::Parse("2024-02-29"));
  CHECK_FALSE(Date::Parse("2023-02-29"));
  CHECK(Date{20220118}.ToString() == "2022-01-18");
  CHECK(Date{}.ToString().empty());
  CHECK(Date{20211231} < Date{20220101});
}

TEST_CASE("enum names round-trip", "[model]") {
  for (auto k : {ActorKind::kUnknown, ActorKind::kCountry, ActorKind::kOrganization,
                 ActorKind::kPerson, ActorKind::kGroup, ActorKind::kAnonymous}) {
    CHECK(ParseActorKind(ToString(k)) == k);
  }
  for (auto f : {ClaimForm::kDirect, ClaimForm::kIndirect, ClaimForm::kAccordingTo,
                 ClaimForm::kHeadline}) {
    CHECK(ParseClaimForm(ToString(f)) == f);
  }
  for (auto m : {Modality::kAsserted, Modality::kPossible, Modality::kFuture,
                 Modality::kConditional}) {
    CHECK(ParseModality(ToString(m)) == m);
  }
  CHECK(ToString(ClaimForm::kAccordingTo) == "according_to");
}

TEST_CASE("an actor's kind is the known kind most of its articles give", "[model]") {
  std::array<uint32_t, kActorKindCount> votes{};
  CHECK(KindFromVotes(votes) == ActorKind::kUnknown);
  votes[static_cast<size_t>(ActorKind::kUnknown)] = 5;
  CHECK(KindFromVotes(votes) == ActorKind::kUnknown);
  votes[static_cast<size_t>(ActorKind::kPerson)] = 1;  // one article knows: a person
  CHECK(KindFromVotes(votes) == ActorKind::kPerson);
  votes[static_cast<size_t>(ActorKind::kOrganization)] = 1;  // a tie goes to the lower value
  CHECK(KindFromVotes(votes) == ActorKind::kOrganization);
  votes[static_cast<size_t>(ActorKind::kPerson)] = 2;
  CHECK(KindFromVotes(votes) == ActorKind::kPerson);
  CHECK_FALSE(ParseActorKind("alien"));
}

}  // namespace
}  // namespace sg::graph
