#include "ingest/lexicon.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

// The canonical name the gazetteer gives the start of `text`, or "".
std::string Lookup(const Lexicon& lex, const std::string& text, bool* demonym = nullptr) {
  Document doc = Segment(text);
  AliasEntry a;
  int n = lex.MatchAlias(doc, 0, doc.tokens.size(), &a);
  if (n == 0) return "";
  if (demonym) *demonym = a.demonym;
  return lex.entries()[a.entry].name;
}

TEST_CASE("The gazetteer maps names, metonyms and demonyms to actors", "[lexicon]") {
  const Lexicon& lex = testing::SourceLexicon();
  REQUIRE(Lookup(lex, "Moscow said") == "Russia");
  REQUIRE(Lookup(lex, "Kremlin officials") == "Russia");
  REQUIRE(Lookup(lex, "Kyiv") == "Ukraine");
  REQUIRE(Lookup(lex, "Washington") == "United States");
  REQUIRE(Lookup(lex, "U.S. officials") == "United States");
  REQUIRE(Lookup(lex, "Russian Federation") == "Russia");
  REQUIRE(Lookup(lex, "White House") == "White House");
  REQUIRE(Lookup(lex, "NATO") == "NATO");
  REQUIRE(Lookup(lex, "Côte d'Ivoire") == "Ivory Coast");
  bool demonym = false;
  REQUIRE(Lookup(lex, "Russian troops", &demonym) == "Russia");
  REQUIRE(demonym);
  SECTION("capitals-only aliases do not match ordinary words") {
    REQUIRE(Lookup(lex, "US") == "United States");
    REQUIRE(Lookup(lex, "us") == "");
  }
  SECTION("bodies carry their group") {
    int e = lex.FindEntry("White House");
    REQUIRE(e >= 0);
    REQUIRE(lex.entries()[e].group == "United States");
  }
}

TEST_CASE("Titles and cues are found in text", "[lexicon]") {
  const Lexicon& lex = testing::SourceLexicon();
  Document doc = Segment("Secretary of State Marco Rubio reiterated accusations");
  const TitleEntry* title = nullptr;
  REQUIRE(lex.MatchTitle(doc, 0, doc.tokens.size(), &title) == 3);
  REQUIRE(title->role == "secretary of state");
  int cue = -1;
  REQUIRE(lex.MatchCueVerb(doc, 5, doc.tokens.size(), &cue) == 1);
  REQUIRE(lex.cue(cue).lemma == "reiterate");
  int noun = lex.CueNoun("accusations");
  REQUIRE(noun >= 0);
  REQUIRE(lex.cue(noun).lemma == "accuse");
  REQUIRE(lex.cue(noun).stance == -1);
  REQUIRE(lex.cue(lex.CueByLemma("deny")).polarity == -1);
  REQUIRE(lex.cue(lex.CueByLemma("urge")).polarity == 0);
  REQUIRE(lex.cue(lex.CueByLemma("threaten")).cameo == "130");
}

TEST_CASE("A user actors file adds and overrides actors", "[lexicon]") {
  namespace fs = std::filesystem;
  fs::path file = fs::temp_directory_path() / "sg_lexicon_test_actors.tsv";
  std::ofstream(file) << "# user actors\n"
                         "Acme Corporation\torganization\t\tAcme|ACME Corp\t\n"
                         "Kremlin\torganization\tRussia\t\t\n";
  auto lex = Lexicon::Load(SG_DATA_DIR, file.string());
  REQUIRE(lex.ok());
  REQUIRE(Lookup(*lex, "Acme") == "Acme Corporation");
  REQUIRE(Lookup(*lex, "Kremlin") == "Kremlin");
  REQUIRE(lex->entries()[lex->FindEntry("Kremlin")].group == "Russia");

  std::ofstream(file) << "Broken\tnot-a-kind\n";
  auto bad = Lexicon::Load(SG_DATA_DIR, file.string());
  REQUIRE_FALSE(bad.ok());
  REQUIRE(bad.status().message().find(":1") != std::string::npos);
  fs::remove(file);

  auto missing = Lexicon::Load("/nonexistent-sg-data");
  REQUIRE(missing.status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace sg::ingest
