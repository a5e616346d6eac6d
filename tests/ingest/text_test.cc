#include "ingest/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace sg::ingest {
namespace {

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST_CASE("Segment splits sentences but not at abbreviations", "[text]") {
  SECTION("titles, months and U.S. inside a sentence") {
    std::string t =
        "Dr. Smith met Gen. Jones and Sen. Brown on Jan. 5 in the U.S. capital. They talked.";
    Document doc = Segment(t);
    REQUIRE(Sentences(doc) == std::vector<std::string>{
                                  "Dr. Smith met Gen. Jones and Sen. Brown on Jan. 5 in the U.S. "
                                  "capital.",
                                  "They talked."});
  }
  SECTION("U.S. at the end of a sentence before a typical opener") {
    Document doc = Segment("Aid went to the U.S. The talks ended.");
    REQUIRE(Sentences(doc) == std::vector<std::string>{"Aid went to the U.S.", "The talks ended."});
  }
  SECTION("a.m. and initials") {
    Document doc = Segment("At 9 a.m. the paper by Grant A. Silverman appeared. It sold.");
    REQUIRE(Sentences(doc).size() == 2);
    REQUIRE(Sentences(doc)[0] == "At 9 a.m. the paper by Grant A. Silverman appeared.");
  }
  SECTION("decimals and thousands stay one token") {
    Document doc = Segment("Growth was 2.5 percent, or 45,000 jobs. Fine.");
    REQUIRE(Sentences(doc).size() == 2);
    bool found = false;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.TokenText(i) == "2.5") found = doc.tokens[i].kind == TokenKind::kNumber;
    }
    REQUIRE(found);
  }
  SECTION("a question inside a quote followed by its cue does not split") {
    Document doc = Segment("\"Is this the world we want?\" he asked. Nobody answered.");
    REQUIRE(Sentences(doc) == std::vector<std::string>{"\"Is this the world we want?\" he asked.",
                                                       "Nobody answered."});
  }
}

TEST_CASE("Segment pairs quotation marks", "[text]") {
  SECTION("curly quotes spanning two sentences") {
    Document doc = Segment("“We are ready. We will act,” she said.");
    REQUIRE(doc.quotes.size() == 1);
    REQUIRE(doc.quotes[0].closed);
    REQUIRE(doc.sentences.size() == 2);
    REQUIRE(doc.tokens[doc.sentences[1].first].quote == 0);
  }
  SECTION("straight quotes") {
    Document doc = Segment("He said \"no\" and \"yes\".");
    REQUIRE(doc.quotes.size() == 2);
  }
  SECTION("a quote left open runs on into the next paragraph") {
    Document doc = Segment("She said: \"First part.\n\n\"Second part.\"");
    REQUIRE(doc.paragraphs.size() == 2);
    REQUIRE(doc.quotes.size() == 2);
    REQUIRE(doc.quotes[0].continues);
    REQUIRE_FALSE(doc.quotes[1].continues);
  }
  SECTION("a colon before a quote ends the sentence") {
    Document doc = Segment("She told reporters: \"We are ready.\"");
    REQUIRE(doc.sentences.size() == 2);
  }
}

TEST_CASE("Segment keeps UTF-8 byte offsets", "[text]") {
  std::string t = "Orbán’s envoy said “no”. Café closed.";
  Document doc = Segment(t);
  REQUIRE(doc.sentences.size() == 2);
  for (const auto& tok : doc.tokens) {
    REQUIRE(tok.begin < tok.end);
    REQUIRE(tok.end <= t.size());
  }
  REQUIRE(doc.TokenText(0) == "Orbán");
  REQUIRE(doc.tokens[1].lower == "'s");
  REQUIRE(t.substr(doc.sentences[1].begin, doc.sentences[1].end - doc.sentences[1].begin) ==
          "Café closed.");
}

TEST_CASE("Segment breaks paragraphs at blank lines and headings", "[text]") {
  Document doc = Segment("Heading\n\nFirst line\ncontinues here.\nNext paragraph.");
  REQUIRE(doc.paragraphs.size() == 3);
}

}  // namespace
}  // namespace sg::ingest
