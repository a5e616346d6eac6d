// General rules of polarity, targets, stance and vague sources, each checked on sentences
// written for this test (not from the dev set or the worked example).
#include <catch2/catch.hpp>
#include <string>

#include "ingest/extractor.h"
#include "tests/ingest/test_support.h"

namespace sg::ingest {
namespace {

const graph::ClaimDraft* ClaimBy(const graph::ArticleDraft& d, const std::string& speaker) {
  for (const auto& c : d.claims) {
    if (c.form != graph::ClaimForm::kHeadline && c.speaker >= 0 &&
        d.actors[c.speaker].name == speaker) {
      return &c;
    }
  }
  return nullptr;
}

// The claim of `speaker`; fails the test when there is none.
const graph::ClaimDraft& Claim(const graph::ArticleDraft& d, const std::string& speaker) {
  const graph::ClaimDraft* c = ClaimBy(d, speaker);
  return *c;
}

// The stance toward the target named `name`, or 2 when it is no target of the claim.
int StanceOf(const graph::ArticleDraft& d, const graph::ClaimDraft& c, const std::string& name) {
  for (const auto& t : c.targets) {
    if (d.actors[t.actor].name == name) return t.stance;
  }
  return 2;
}

TEST_CASE("Negation inside a dash-delimited aside does not reach the claim", "[rules]") {
  auto d = testing::ExtractText(
      "Union leader Maria Olsen said the union would strike on Monday unless its conditions - "
      "including a pledge never to cut pensions - were met.");
  const auto* c = &Claim(d, "Maria Olsen");
  CHECK(c->polarity == 1);
  CHECK_FALSE(c->proposition.negated);
  // The same with the dashes typed as two hyphens and as em dashes.
  for (const char* dash : {"--", "\u2014"}) {
    auto d2 = testing::ExtractText(
        std::string("Union leader Maria Olsen said the union would strike on Monday unless its "
                    "conditions ") +
        dash + " including a pledge never to cut pensions " + dash + " were met.");
    const auto* c2 = &Claim(d2, "Maria Olsen");
    CHECK(c2->polarity == 1);
  }
}

TEST_CASE("Negation outside the aside still negates", "[rules]") {
  auto d = testing::ExtractText(
      "Finance Minister Carlos Ruiz said the government would not raise taxes - a promise it "
      "made last year - before the election.");
  const auto* c = &Claim(d, "Carlos Ruiz");
  CHECK(c->polarity == -1);
}

TEST_CASE("Negation inside parentheses or a non-restrictive relative clause is an aside",
          "[rules]") {
  auto d = testing::ExtractText(
      "Mayor Helen Park said the bridge, which has not been inspected since 2010, would reopen "
      "on Friday.\n\n"
      "Economy Minister Lars Berg said exports grew in March (not counting oil).");
  const auto* park = &Claim(d, "Helen Park");
  const auto* berg = &Claim(d, "Lars Berg");
  CHECK(park->polarity == 1);
  CHECK(berg->polarity == 1);
}

TEST_CASE("'The pair' stands for the two people named last", "[rules]") {
  auto d = testing::ExtractText(
      "Brazilian Foreign Minister Ana Costa met Norwegian Foreign Minister Peter Lund in Oslo on "
      "Monday. A senior diplomat said the pair agreed to meet again in the spring.");
  const auto* c = &Claim(d, "senior diplomat");
  CHECK(StanceOf(d, *c, "Ana Costa") == 0);
  CHECK(StanceOf(d, *c, "Peter Lund") == 0);
}

TEST_CASE("'Both countries' leaves out the speaker", "[rules]") {
  auto d = testing::ExtractText(
      "Kenya and Tanzania traded accusations over the border closure on Tuesday. The African "
      "Union said it had asked both countries to reopen the crossing.");
  const auto* c = &Claim(d, "African Union");
  CHECK(StanceOf(d, *c, "Kenya") != 2);
  CHECK(StanceOf(d, *c, "Tanzania") != 2);
}

TEST_CASE("A vague official speaks for the side reported just before", "[rules]") {
  // The dateline makes France the home country; the official follows Japan's prime minister.
  auto d = testing::ExtractText(
      "PARIS -- Japanese Prime Minister Kenji Sato said Tokyo would double its aid to the "
      "region. A senior official said the first shipments would leave next week.");
  const auto* c = &Claim(d, "senior official");
  CHECK(SpeakerGroup(d, c->speaker) == "Japan");
}

TEST_CASE("Without a speaker before it, a vague official speaks for the home country",
          "[rules]") {
  auto d = testing::ExtractText(
      "PARIS -- Farmers blocked roads around the capital on Monday. A senior official said "
      "talks with their unions would begin on Wednesday.");
  const auto* c = &Claim(d, "senior official");
  CHECK(SpeakerGroup(d, c->speaker) == "France");
}

TEST_CASE("An unnamed spokesman for a body is a speaker of that body", "[rules]") {
  auto d = testing::ExtractText(
      "A spokesman for the Kenyan foreign ministry said the talks would resume in May.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.actors[d.claims[0].speaker].kind == graph::ActorKind::kAnonymous);
  CHECK(SpeakerGroup(d, d.claims[0].speaker) == "Kenya");
}

TEST_CASE("An indefinite role in the content keeps its body as a target", "[rules]") {
  auto d = testing::ExtractText(
      "Senator Mary Dole said she had spoken with a director of the Federal Reserve about "
      "interest rates.");
  const auto* c = &Claim(d, "Mary Dole");
  CHECK(StanceOf(d, *c, "Federal Reserve") != 2);
}

TEST_CASE("The doer of a hostile act named after it with 'by' or as forces is hostile",
          "[rules]") {
  auto d = testing::ExtractText(
      "Defence Minister Antti Hakala said another incursion of Russian forces into the "
      "country's airspace would be met with a firm response.\n\n"
      "Prime Minister Ana Costa condemned the shelling of civilian areas by Russian forces.");
  const auto* hakala = &Claim(d, "Antti Hakala");
  const auto* costa = &Claim(d, "Ana Costa");
  CHECK(StanceOf(d, *hakala, "Russia") == -1);
  CHECK(StanceOf(d, *costa, "Russia") == -1);
}

TEST_CASE("The victim of a hostile act named after it with 'of' is not hostile", "[rules]") {
  auto d = testing::ExtractText(
      "Senator Mary Dole said the invasion of Georgia had united the region.");
  const auto* c = &Claim(d, "Mary Dole");
  CHECK(StanceOf(d, *c, "Georgia") != -1);
}

TEST_CASE("A demonym for a people takes the tone of the content", "[rules]") {
  auto d = testing::ExtractText(
      "\"Now the Iranians will face severe consequences,\" Senator Mary Dole said.");
  const auto* c = &Claim(d, "Mary Dole");
  CHECK(StanceOf(d, *c, "Iran") == -1);
}

TEST_CASE("Broad evaluative classes give stance without article-specific words", "[rules]") {
  auto d = testing::ExtractText(
      "Senator Mary Dole said Canada's generous assistance had saved lives.\n\n"
      "Senator John Reyes said the junta's brutal crackdown on protesters was inexcusable.\n\n"
      "Senator Paul Hart said Belgium's reckless decision had endangered the talks.");
  const auto* dole = &Claim(d, "Mary Dole");
  const auto* hart = &Claim(d, "Paul Hart");
  CHECK(StanceOf(d, *dole, "Canada") == 1);
  CHECK(StanceOf(d, *hart, "Belgium") == -1);
}

TEST_CASE("Coordinated speakers who accuse each other target each other", "[rules]") {
  auto d = testing::ExtractText(
      "Armenia and Azerbaijan accused each other on Sunday of shelling border villages.");
  const auto* armenia = &Claim(d, "Armenia");
  const auto* azerbaijan = &Claim(d, "Azerbaijan");
  CHECK(StanceOf(d, *armenia, "Azerbaijan") == -1);
  CHECK(StanceOf(d, *azerbaijan, "Armenia") == -1);
}

TEST_CASE("A vague group is no target, even as the cue's object", "[rules]") {
  auto d = testing::ExtractText(
      "Senator Paul Hart accused journalists of lying about the vote in Norway.");
  const auto* c = &Claim(d, "Paul Hart");
  CHECK(StanceOf(d, *c, "journalists") == 2);
  CHECK(StanceOf(d, *c, "Norway") != 2);
}

TEST_CASE("A possessive 'confirmation' is no speech act", "[rules]") {
  auto d = testing::ExtractText(
      "Senators met on Tuesday ahead of Judge Ellen Brook's confirmation by the Senate.");
  CHECK(d.claims.empty());
}

TEST_CASE("'Agreed to' is an act, not a statement", "[rules]") {
  auto d = testing::ExtractText(
      "The two rebel factions agreed to a truce on Sunday, Qatar said in a statement.");
  for (const auto& c : d.claims) CHECK(c.cue != "agree");
  CHECK(ClaimBy(d, "Qatar") != nullptr);
}

TEST_CASE("A negation after a coordinated second cue is not the first claim's", "[rules]") {
  auto d = testing::ExtractText(
      "Foreign Minister Lena Vogt welcomed the deal and said her country would not give up its "
      "claims.\n\n"
      "Foreign Minister Omar Haddad said his country would not give up its claims and "
      "welcomed the deal.");
  CHECK(Claim(d, "Lena Vogt").polarity == 1);
  CHECK(Claim(d, "Omar Haddad").polarity == -1);
}

TEST_CASE("A name between commas after a description is the speaker", "[rules]") {
  auto d = testing::ExtractText(
      "The head of the observer mission, Paula Reyes, said voters had faced pressure.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.actors[d.claims[0].speaker].name == "Paula Reyes");
  // The body the description names is the person's group.
  auto d2 = testing::ExtractText(
      "The head of the NATO training mission, Karl Berg, said the first units were ready.");
  REQUIRE(d2.claims.size() == 1);
  CHECK(d2.actors[d2.claims[0].speaker].name == "Karl Berg");
  CHECK(SpeakerGroup(d2, d2.claims[0].speaker) == "NATO");
}

TEST_CASE("A common-noun possessor is not part of a vague source's name", "[rules]") {
  auto d = testing::ExtractText(
      "The industry's main lobby group warned that the caps would slow research.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.actors[d.claims[0].speaker].name == "main lobby group");
}

TEST_CASE("An unnamed body speaks: 'the company said', 'the GMB union said'", "[rules]") {
  auto d = testing::ExtractText(
      "Profits fell by a third in the second quarter, the company said on Tuesday.\n\n"
      "Care workers will strike for two days next week, the GMB union said.");
  REQUIRE(d.claims.size() == 2);
  for (const auto& c : d.claims) {
    CHECK(d.actors[c.speaker].kind == graph::ActorKind::kAnonymous);
  }
  CHECK(d.actors[d.claims[1].speaker].name == "GMB union");
}

TEST_CASE("Two surnames joined by 'and' are two people, not one name", "[rules]") {
  auto d = testing::ExtractText(
      "Fijian Prime Minister Sitiveni Rabuka met Australian Prime Minister Anthony Albanese in "
      "Suva. A senior official said the pair of leaders - Rabuka and Albanese - would meet "
      "again in December.");
  const auto* c = &Claim(d, "senior official");
  CHECK(StanceOf(d, *c, "Sitiveni Rabuka") != 2);
  CHECK(StanceOf(d, *c, "Anthony Albanese") != 2);
  CHECK(StanceOf(d, *c, "Rabuka and Albanese") == 2);
}

// Stance rules, one sentence each (written for these tests): the speaker's stance toward one
// target.
TEST_CASE("Stance: appeals, recipients, opposed acts, object phrases, possessors", "[rules]") {
  struct Case {
    const char* rule;
    const char* text;
    const char* speaker;
    const char* target;
    int stance;
  };
  const Case cases[] = {
      {"the addressee of an appeal is asked to act, not judged",
       "Prime Minister Jan Novak asked the World Bank to help farmers hit by the drought.",
       "Jan Novak", "World Bank", 0},
      {"what follows the recipient of a thing is said of the thing",
       "Union leader Maria Olsen said the donations for Peter Brandt had helped the family.",
       "Maria Olsen", "Peter Brandt", 0},
      {"a preposition right after the cue names its addressee, not a thing's recipient",
       "Senator Paul Hart wrote to Maria Olsen and said the visit was welcome.", "Paul Hart",
       "Maria Olsen", 1},
      {"the content's tone does not reach an actor named after a preposition",
       "Opposition leader Clara Weiss said it was shameful that the plan had stalled after talks "
       "with the World Bank.",
       "Clara Weiss", "World Bank", 0},
      {"opposing a hostile act done to an actor sides with it",
       "Finance minister Ola Berg opposed new sanctions on Iran.", "Ola Berg", "Iran", 1},
      {"condemning a hostile act done to an actor sides with it",
       "Senator Ray Duncan condemned the bombing of Yemen.", "Ray Duncan", "Yemen", 1},
      {"an actor inside the cue's object phrase takes the cue's stance",
       "Prime Minister Lena Holt rejected a plan that would hand the World Bank control of the "
       "port.",
       "Lena Holt", "World Bank", -1},
      {"'according to X' reports facts: no stance from the content's tone",
       "Since launching a crackdown on protesters in June, Belarus has closed 40 newspapers, "
       "according to Amnesty International.",
       "Amnesty International", "Belarus", 0},
      {"a possessor does not end what is said of the actor before it",
       "Analysts said Oslo's role as Berlin's main partner had grown.", "Analysts", "Norway", 1},
      {"'the government' as the cue's object is the other side's country",
       "Peru's water policy drew protests in Chile. Chilean Foreign Minister Ana Soto accused the "
       "government of hoarding water.",
       "Ana Soto", "Peru", -1},
      {"the content's tone does not reach a possessive pronoun",
       "Coach Tom Reyes won the final. His assistant Mark Lane said the generous messages from "
       "fans had lifted his spirits.",
       "Mark Lane", "Tom Reyes", 0},
      {"the content's tone reaches a pronoun subject",
       "Coach Tom Reyes won the final. His assistant Mark Lane said the generous messages from "
       "fans showed he was loved.",
       "Mark Lane", "Tom Reyes", 1},
  };
  for (const Case& k : cases) {
    INFO(k.rule);
    auto d = testing::ExtractText(k.text);
    const graph::ClaimDraft* c = ClaimBy(d, k.speaker);
    REQUIRE(c != nullptr);
    CHECK(StanceOf(d, *c, k.target) == k.stance);
  }
  // The speaker's own side is not the government it accuses.
  auto d = testing::ExtractText(cases[9].text);
  CHECK(StanceOf(d, Claim(d, "Ana Soto"), "Chile") == 2);
}

}  // namespace
}  // namespace sg::ingest
