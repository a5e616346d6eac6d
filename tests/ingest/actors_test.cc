#include "ingest/actors.h"

#include <catch2/catch.hpp>
#include <string>

#include "graph/names.h"
#include "ingest/internal/recognizer.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

using graph::ActorKind;

struct Analyzed {
  explicit Analyzed(std::string t) : text(std::move(t)), doc(Segment(text)) {
    an = RecognizeActors(doc, testing::SourceLexicon());
  }
  std::string text;  // owns the bytes the document refers to
  Document doc;
  ActorAnalysis an;
};

// The actor of the mention that starts at the first occurrence of `surface`.
int ActorAt(const Analyzed& a, const std::string& surface) {
  size_t pos = a.doc.text.find(surface);
  if (pos == std::string::npos) return -2;
  for (size_t i = 0; i < a.doc.tokens.size(); ++i) {
    if (a.doc.tokens[i].begin == pos) {
      int m = a.an.mention_at[i];
      return m < 0 ? -1 : a.an.mentions[m].actor;
    }
  }
  return -1;
}

const graph::ActorMention& Actor(const Analyzed& a, int idx) { return a.an.table.actors()[idx]; }

TEST_CASE("People get roles and groups from titles and demonyms", "[actors]") {
  Analyzed a(
      "U.S. Secretary of State Anthony Blinken met Russian foreign minister Sergey Lavrov. "
      "Blinken said little.");
  int blinken = ActorAt(a, "U.S. Secretary");
  REQUIRE(blinken >= 0);
  REQUIRE(Actor(a, blinken).name == "Anthony Blinken");
  REQUIRE(Actor(a, blinken).kind == ActorKind::kPerson);
  REQUIRE(Actor(a, blinken).role == "secretary of state");
  REQUIRE(Actor(a, Actor(a, blinken).group).name == "United States");
  int lavrov = ActorAt(a, "Russian foreign");
  REQUIRE(Actor(a, lavrov).name == "Sergey Lavrov");
  REQUIRE(Actor(a, lavrov).role == "foreign minister");
  REQUIRE(Actor(a, Actor(a, lavrov).group).name == "Russia");
  SECTION("within-article aliasing by last name") {
    REQUIRE(ActorAt(a, "Blinken said") == blinken);
  }
}

TEST_CASE("Group chains run through bodies to countries", "[actors]") {
  Analyzed a("White House Press Secretary Jen Psaki spoke.");
  int psaki = ActorAt(a, "White House");
  REQUIRE(Actor(a, psaki).name == "Jen Psaki");
  int wh = Actor(a, psaki).group;
  REQUIRE(Actor(a, wh).name == "White House");
  REQUIRE(Actor(a, a.an.table.Top(psaki)).name == "United States");
}

TEST_CASE("Metonyms, appositions and vague sources", "[actors]") {
  Analyzed a(
      "Moscow and the Kremlin disagreed with Kyiv. Mike Waltz, the Pentagon's adviser, spoke. "
      "A senior official said so. U.S. officials agreed. Officials in Islamabad objected.");
  REQUIRE(Actor(a, ActorAt(a, "Moscow")).name == "Russia");
  REQUIRE(ActorAt(a, "Kremlin") == ActorAt(a, "Moscow"));
  REQUIRE(Actor(a, ActorAt(a, "Kyiv")).name == "Ukraine");
  int waltz = ActorAt(a, "Mike Waltz");
  REQUIRE(Actor(a, Actor(a, waltz).group).name == "Pentagon");
  int official = ActorAt(a, "senior official");
  REQUIRE(official >= 0);
  REQUIRE(Actor(a, official).name == "senior official");
  REQUIRE(Actor(a, official).kind == ActorKind::kAnonymous);
  int us_officials = ActorAt(a, "U.S. officials");
  REQUIRE(Actor(a, us_officials).name == "U.S. officials");
  REQUIRE(Actor(a, Actor(a, us_officials).group).name == "United States");
  int islamabad = ActorAt(a, "Officials in");
  REQUIRE(Actor(a, Actor(a, islamabad).group).name == "Pakistan");
}

TEST_CASE("Definite descriptions resolve to the latest person with the role", "[actors]") {
  Analyzed a("President Donald Trump signed it. Later the president spoke.");
  REQUIRE(ActorAt(a, "president spoke") == ActorAt(a, "President Donald"));
}

TEST_CASE("A role nobody named holds is an anonymous source", "[actors]") {
  Analyzed a("The minister said so.");
  int m = ActorAt(a, "minister said");
  REQUIRE(m >= 0);
  REQUIRE(Actor(a, m).name == "minister");
  REQUIRE(Actor(a, m).kind == ActorKind::kAnonymous);
}

TEST_CASE("Sentence-initial common words are not names", "[actors]") {
  Analyzed a("Former officials met. Citing rules, Jane Roe left.");
  REQUIRE(ActorAt(a, "Former") == -1);
  REQUIRE(ActorAt(a, "Citing") == -1);
  REQUIRE(Actor(a, ActorAt(a, "Jane Roe")).name == "Jane Roe");
}

TEST_CASE("The actor table normalises names exactly as the store does", "[actors]") {
  std::string out = "stale";
  for (std::string_view name :
       {"", "The Kremlin", "the", "U.S.", "U. S. A.", "u s a b", "O'Brien", "'quoted' name",
        "Jean-Luc  Picard", "Orbán’s", "A B Cd E F", "Theodore", "THE  WHITE HOUSE", "1 2 3x 4",
        "-- Al-Qaida's --", "Côte d'Ivoire", "x'", "'"}) {
    internal::NormalizeNameTo(name, &out);
    INFO(name);
    REQUIRE(out == graph::NormalizeName(name));
  }
}

}  // namespace
}  // namespace sg::ingest
