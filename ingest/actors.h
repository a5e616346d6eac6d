// Actor recognition: finds the people, bodies, countries and vague sources an article names,
// builds the article's actor table (graph::ActorMention, with aliases, roles and MEMBER_OF
// groups) and lists every mention with its token span.
//
// What is recognised, in order of precedence within a run of capitalised words:
//  * gazetteer aliases (countries, capitals and seats of power as metonyms, bodies, the user's
//    actors file) and demonyms ("Russian foreign minister" -> member of Russia);
//  * titles ("Secretary of State", "press secretary"), which make the following name a person
//    with that role and the body or country before the title its group;
//  * other capitalised sequences: a body when they hold an organisation word ("Refugee
//    Council"), else a person (2-4 words), aliased within the article by the last name
//    ("Blinken" -> "Anthony Blinken"); single unknown words are weak mentions, used only when
//    they are a speaker;
//  * vague and collective sources ("a senior official", "U.S. officials", "critics", "the
//    letter"), as anonymous or group actors named by their modifiers and head noun;
//  * definite descriptions ("the president", "the Ukrainian leader"), resolved to the latest
//    person with that role or group; pronouns are left for attribution to resolve.
//
// Thread safety: pure function of its inputs.
#ifndef SG_INGEST_ACTORS_H_
#define SG_INGEST_ACTORS_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace sg::ingest {

enum class MentionType : uint8_t {
  kName,     // a name or gazetteer alias
  kDemonym,  // "the Russians", "Russian forces"
  kTitle,    // a definite description resolved through a title: "the president"
  kSource,   // a vague source: "officials", "critics", "the letter"
  kPronoun,  // he, she, they, it, I, we ... (actor = -1 until attribution resolves it)
};

struct Mention {
  uint32_t first = 0;  // token span of the whole noun phrase, titles and modifiers included
  uint32_t last = 0;
  int actor = -1;
  MentionType type = MentionType::kName;
  bool weak = false;      // an unknown single capitalised word: a speaker, never a target
  bool compound = false;  // fused with a suffix ("Pentagon-sponsored"): a modifier, not a subject
  bool modifier =
      false;  // names the group of the mention that follows ("U.S." in "U.S. officials")
  bool plural = false;
  std::string pronoun;  // lower-case pronoun for kPronoun
};

// The actors of one article. Actors are interned by normalised name.
class ActorTable {
 public:
  const std::vector<graph::ActorMention>& actors() const { return actors_; }
  std::vector<graph::ActorMention>& actors() { return actors_; }

  // The actor with this canonical name (normalised), created with `kind` when new.
  int Intern(const std::string& name, graph::ActorKind kind);
  // The actor a surface form refers to (canonical names and aliases), or -1.
  int Find(std::string_view surface) const;
  // Records `surface` as an alias of `actor` (first come, first served for the lookup).
  void AddAlias(int actor, const std::string& surface);
  // Follows group links to the top (Jen Psaki -> White House -> United States); returns
  // `actor` itself when it has no group.
  int Top(int actor) const;
  // The gazetteer-derived sphere of an actor's role (government titles imply a country).
  Sphere& sphere(int actor) { return spheres_[actor]; }

 private:
  std::vector<graph::ActorMention> actors_;
  std::vector<Sphere> spheres_;
  std::unordered_map<std::string, int> by_key_;
  mutable std::string key_buf_;  // scratch for normalised names
};

struct ActorAnalysis {
  ActorTable table;
  std::vector<Mention> mentions;  // in text order, non-overlapping
  std::vector<int> mention_at;    // token -> index of the mention covering it, or -1
  int home_country = -1;          // the dateline's country, else the most named one
};

ActorAnalysis RecognizeActors(const Document& doc, const Lexicon& lex);

// True for the personal pronouns attribution resolves (lower-case input).
bool IsPronoun(std::string_view lower);

}  // namespace sg::ingest

#endif  // SG_INGEST_ACTORS_H_
