// Internal to sg_ingest: the actor recogniser's state, shared by actors.cc (runs of names,
// titles and the gazetteer) and actors_context.cc (vague sources, appositions, descriptions,
// home country). Not a public header: include "ingest/actors.h" instead.
#ifndef SG_INGEST_INTERNAL_RECOGNIZER_H_
#define SG_INGEST_INTERNAL_RECOGNIZER_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/actors.h"
#include "ingest/internal/word_set.h"

namespace sg::ingest::internal {

using graph::ActorKind;

inline const WordSet kPronouns = {"he",  "she",  "they",  "it",  "i",    "we",    "him",
                                  "her", "his",  "their", "its", "our",  "us",    "them",
                                  "you", "your", "my",    "me",  "hers", "theirs"};

// Lower-case words that may join the capitalised words of one name.
inline const WordSet kConnectors = {"of", "for", "and", "the", "de",  "del", "da",
                                    "du", "al",  "bin", "van", "von", "la",  "le",
                                    "on", "-",   "--",  "dos", "das", "y"};

inline const WordSet kDeterminers = {"a",     "an",       "the",     "some",   "several",  "many",
                                     "other", "multiple", "both",    "two",    "three",    "four",
                                     "these", "those",    "his",     "her",    "their",    "its",
                                     "our",   "another",  "any",     "all",    "most",     "no",
                                     "few",   "numerous", "various", "dozens", "hundreds", "more"};
// Determiners that stay in a vague source's name: "multiple sources", "other Republicans".
inline const WordSet kKeptDeterminers = {"multiple", "several", "other", "many", "some"};

// Words that end the modifiers of a vague source when scanning leftwards.
inline const WordSet kModifierStops = {
    "and",    "or",      "but",    "of",     "in",     "on",    "at",      "to",      "from",
    "by",     "with",    "for",    "as",     "that",   "which", "who",     "whom",    "whose",
    "is",     "are",     "was",    "were",   "be",     "been",  "has",     "have",    "had",
    "will",   "would",   "could",  "should", "may",    "might", "can",     "not",     "than",
    "while",  "when",    "if",     "after",  "before", "since", "about",   "among",   "amid",
    "like",   "such",    "also",   "said",   "says",   "told",  "say",     "this",    "there",
    "where",  "how",     "what",   "into",   "over",   "under", "against", "between", "through",
    "during", "without", "within", "per",    "via",    "so",    "do",      "does",    "did"};

// Nouns after a demonym that make it stand for the country ("Russian forces").
inline const WordSet kStateNouns = {
    "forces",      "troops",   "military",  "army",           "navy",    "government",
    "authorities", "soldiers", "civilians", "officials",      "leaders", "leadership",
    "regime",      "side",     "diplomats", "administration", "state",   "warships",
    "jets",        "missiles", "drones"};

// Function words that open sentences and are never names ("At last", "As the ...").
inline const WordSet kFunctionWords = {
    "a",      "an",       "the",       "at",      "as",       "in",      "on",        "of",
    "for",    "to",       "by",        "with",    "from",     "after",   "before",    "since",
    "but",    "and",      "or",        "so",      "yet",      "if",      "when",      "while",
    "though", "although", "because",   "despite", "during",   "amid",    "among",     "about",
    "over",   "under",    "this",      "that",    "these",    "those",   "it",        "its",
    "he",     "she",      "they",      "we",      "i",        "his",     "her",       "their",
    "our",    "my",       "your",      "there",   "here",     "then",    "still",     "even",
    "also",   "both",     "all",       "some",    "many",     "most",    "more",      "no",
    "not",    "one",      "two",       "last",    "next",     "other",   "another",   "each",
    "every",  "such",     "what",      "which",   "who",      "whom",    "whose",     "where",
    "why",    "how",      "meanwhile", "however", "moreover", "instead", "according", "without",
    "within", "into",     "through",   "against", "between",  "toward",  "towards",   "upon",
    "via"};

// graph::NormalizeName(name) into *out, reusing its buffer (the actor table's hot path).
void NormalizeNameTo(std::string_view name, std::string* out);

inline bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }
inline bool IsCapWord(const Token& t) {
  return IsWord(t) && (t.cap || t.all_caps) && t.lower != "'s";
}

struct Item {
  enum Type { kGaz, kTitle, kChunk } type;
  uint32_t b = 0, e = 0;
  AliasEntry alias;
  const TitleEntry* title = nullptr;
};

class Recognizer {
 public:
  Recognizer(const Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

  ActorAnalysis Run();

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }
  ActorTable& table() { return out_.table; }

  // Gazetteer and title lookups, memoised per token (each is asked several times).
  int Alias(size_t i, size_t end, AliasEntry* a);
  int Title(size_t i, size_t end, const TitleEntry** t);

  int AddMention(Mention m);

  // The actor of gazetteer entry `entry` (interned with its group chain on first use).
  int ActorForEntry(int entry);
  int InternEntry(int entry);

  void ProcessSentence(const Sentence& s);

  bool StartsRun(uint32_t i, uint32_t end);

  uint32_t ProcessRun(const Sentence& s, uint32_t b);

  // Splits a run into gazetteer aliases, titles and name chunks, then interprets them.
  void Segment(const Sentence& s, uint32_t b, uint32_t e);

  void Interpret(const Sentence& s, const std::vector<Item>& items);

  // The latest person whose role contains `role`, else whose group is `group`.
  int ResolveDescription(const std::string& role, int group);

  // A common word, or a hyphenated compound of common words ("Journalist-turned-politician").
  bool IsCommonCompound(std::string_view lower) const;

  bool SentenceInitial(const Sentence& s, uint32_t i) const;

  // "Trump-style", "Taliban-controlled", "Elon Musk-led": a name fused with a lower-case
  // suffix names that actor. Returns the actor, -1 when the compound names none, -2 when the
  // chunk has no such compound.
  int HyphenCompound(uint32_t b, uint32_t e);

  // Interprets a name chunk without a title; returns the actor or -1.
  int ResolveChunk(const Sentence& s, uint32_t b, uint32_t e);

  int AddNameMention(uint32_t b, uint32_t e, int actor, bool weak);

  // A person named by tokens [b, e): a known actor, else a new person aliased by last name.
  int PersonOrKnown(uint32_t b, uint32_t e, bool after_title);

  // "a senior official", "U.S. officials", "officials in Islamabad", "the NASS letter".
  void SourceMention(const Sentence& s, uint32_t head, uint32_t head_end, SourceNounKind kind);

  // "officials in Islamabad", "critics of President Donald Trump", "Speakers at the
  // Conservative Political Action Conference (CPAC)": the phrase takes in its complement.
  void AbsorbPrepositions();

  // "Mike Waltz, the president's national security adviser," -> role and group.
  void Appositions();

  // A dateline, "WASHINGTON --" at the start of the text, names the home country.
  void Dateline();

  void HomeCountry();

  const Document& doc_;
  const Lexicon& lex_;
  ActorAnalysis out_;
  std::vector<bool> taken_;  // tokens inside a mention
  struct Memo {
    int8_t alias_len = -1;  // -1: not looked up yet
    int8_t title_len = -1;
    AliasEntry alias;
    const TitleEntry* title = nullptr;
  };
  std::vector<Memo> memo_;
  std::vector<int> entry_actor_;  // gazetteer entry -> actor, -1 before first use
  std::vector<Item> items_;       // Segment's scratch
};

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_RECOGNIZER_H_
