// Internal to sg_ingest: the attribution cascade's state machine, shared by attribution.cc
// (cues and content), attribution_speakers.cc (subjects and pronouns) and
// attribution_quotes.cc (quote blocks, colon quotes, floating quotes, emission).
// Not a public header: include "ingest/attribution.h" instead.
#ifndef SG_INGEST_INTERNAL_ATTRIBUTOR_H_
#define SG_INGEST_INTERNAL_ATTRIBUTOR_H_

#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/attribution.h"
#include "ingest/internal/word_set.h"

namespace sg::ingest::internal {

using graph::ActorKind;
using graph::ClaimForm;

// Words that may stand between a speaker and its cue: "the White House on Tuesday warned".
inline const WordSet kBetween = {
    "has",   "have",    "had",        "did",     "does",  "do",      "will",
    "would", "could",   "can",        "may",     "might", "is",      "was",
    "were",  "are",     "been",       "be",      "also",  "later",   "again",
    "still", "then",    "indeed",     "already", "once",  "earlier", "further",
    "now",   "today",   "yesterday",  "tonight", "this",  "last",    "week",
    "month", "year",    "on",         "just",    "first", "late",    "early",
    "then",  "however", "previously", "too",     "ever",  "often",   "since"};

// Light verbs whose object noun carries the speech act: "issued a denial", "made threats".
inline const WordSet kLightVerbs = {
    "issue",    "issued",    "issues",     "issuing",    "make",   "made",   "makes",   "making",
    "level",    "leveled",   "levelled",   "lodge",      "lodged", "renew",  "renewed", "repeat",
    "repeated", "reiterate", "reiterated", "reiterates", "voice",  "voiced", "echo",    "echoed"};

inline const WordSet kThirdPersonSingular = {"he", "she", "him", "his", "her"};

// Nouns after a possessive that make the possessor a speaker ("Trump's comments claiming").
inline const WordSet kSpeechNouns = {
    "comments", "comment",   "remarks", "statement", "words",        "message",  "post", "tweet",
    "speech",   "interview", "letter",  "report",    "announcement", "response", "reply"};

// Words that may open an apposition or parenthetical between a speaker and its cue.
inline const WordSet kAppositionStarts = {
    "the",   "a",      "an",      "who",    "which", "whose",    "also", "during",
    "while", "former", "however", "in",     "at",    "speaking", "then", "meanwhile",
    "too",   "for",    "after",   "before", "on",    "as"};

inline const WordSet kPrepositions = {"in",     "of",     "to",    "with",  "at",      "from",
                                      "by",     "for",    "on",    "about", "against", "after",
                                      "before", "during", "amid",  "over",  "into",    "between",
                                      "among",  "than",   "under", "like"};

inline const WordSet kBeAux = {"is", "are", "was", "were", "be", "been", "being"};

inline bool IsClose(const Token& t) { return t.kind == TokenKind::kCloseQuote; }
inline bool IsOpen(const Token& t) { return t.kind == TokenKind::kOpenQuote; }
inline bool IsAdverb(const Token& t) {
  return t.kind == TokenKind::kWord && !t.cap && t.lower.size() > 4 &&
         t.lower.compare(t.lower.size() - 2, 2, "ly") == 0;
}

class Attributor {
 public:
  Attributor(const Document& doc, const Lexicon& lex, ActorAnalysis* an,
             const AttributionOptions& options)
      : doc_(doc), lex_(lex), an_(*an), options_(options) {}

  std::vector<Attribution> Run();

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }
  const Mention& mention(int m) const { return an_.mentions[m]; }
  const graph::ActorMention& actor(int a) const { return an_.table.actors()[a]; }

  // The mention that ends exactly at token `last` (exclusive), or -1.
  int MentionEndingAt(uint32_t last) const;
  int MentionStartingAt(uint32_t first, uint32_t end) const;

  bool Skippable(uint32_t k) const;

  // Resolves a mention to an actor; pronouns by context. -1 when unresolved.
  int ActorOf(int m, int sentence);

  bool IsPersonMention(int k) const;

  // The subject phrase before a cue: skips auxiliaries, adverbs, dates, relative pronouns and
  // comma-bounded appositions. Returns the mention or -1; *negated when "not" was skipped.
  int Subject(const Sentence& s, uint32_t cue_first, bool* negated, bool* apposition);

  // True when the mention is the object of a preposition ("In a statement", "to Russia").
  bool PrepositionBefore(int m, const Sentence& s) const;

  // "was rejected by X", "backed by X": the agent after "by".
  int ByAgent(const Sentence& s, uint32_t ce) const;

  bool PassiveBefore(const Sentence& s, uint32_t cb) const;

  // The subject of the clause a participle, an infinitive or a coordinated verb hangs on: the
  // first subject-like mention after the nearest clause boundary, else of the sentence.
  int MainSubject(const Sentence& s, uint32_t before);

  int FirstSubject(const Sentence& s, uint32_t from, uint32_t before);

  // True when [b, e) has at least n words other than dates and auxiliaries.
  bool HasWords(uint32_t b, uint32_t e, int n) const;

  void Trim(uint32_t* b, uint32_t* e) const;

  void ProcessSentence(int si);

  bool IsPresent(uint32_t i) const;

  // A cue verb at [cb, ce): finds the speaker and the content.
  bool TryVerb(const Sentence& s, int si, uint32_t cb, uint32_t ce, int cue, Attribution* a);

  // Content after the cue; false when there is none worth a claim.
  bool RightContent(const Sentence& s, uint32_t j, const CueEntry& entry, Attribution* a);

  // "reiterated Russian accusations that ...": the noun's verb becomes the cue.
  bool IsLightVerbNoun(const Sentence& s, uint32_t j, Attribution* a);

  // Content before the speaker: a quote ending there, else the sentence's start.
  bool LeftContent(const Sentence& s, uint32_t end, bool quote, Attribution* a);

  // X said: "..." or X said, "...": the quote after the cue belongs to X.
  void LinkQuoteAfter(const Sentence& s, Attribution* a);

  bool AccordingTo(const Sentence& s, int si, uint32_t cb, uint32_t ce, Attribution* a);

  // "Both X and Y have asserted": Y's claim is X's too.
  void AddCoordinated(const Sentence& s, int si, const Attribution& a,
                      std::vector<Attribution>* found);

  // "Ukraine's complaints", "Trump's calls for an election"; "criticism from X".
  bool TryPossessiveNoun(const Sentence& s, int si, uint32_t i, int cue, Attribution* a);

  // "White House Press Secretary Jen Psaki:" alone before a quoted paragraph.
  void ColonSpeakerLine(const Sentence& s, int si, std::vector<Attribution>* found);

  // Headline "Zelenskyy: Strong Ukraine relations ...".
  void HeadlineColon(const Sentence& s, int si, std::vector<Attribution>* found);

  // A cue inside another attribution's content is reported speech within reported speech
  // ("Lavrov told reporters that Moscow would welcome ..."): the outer speaker's claim only.
  void DropEmbedded(std::vector<Attribution>* found);

  // "X urged ..., according to Z": one claim by X with Z as its source.
  void Nest(std::vector<Attribution>* found);

  void SetLastSpeaker(int speaker, int sentence, int cue, int quote);

  void Emit(Attribution a);

  // Every other sentence of a linked quote (and of the quotes continuing it) is a claim too.
  void QuoteBlock(int q, const Attribution& a);

  // The quote opening the sentence after `sentence`, or -1.
  int NextQuote(int sentence) const;

  int NextParagraphQuote(int paragraph) const;

  // Quoted sentences left without a speaker go to the nearest preceding attribution.
  void Floating();

  bool MostlyQuoted(const Sentence& s) const;

  const Document& doc_;
  const Lexicon& lex_;
  ActorAnalysis& an_;
  AttributionOptions options_;
  std::vector<Attribution> out_;
  struct PairHash {
    size_t operator()(const std::pair<int, int>& p) const { return p.first * 1000003u + p.second; }
  };
  std::unordered_set<std::pair<int, int>, PairHash> claimed_;
  int last_speaker_ = -1;
  int last_sentence_ = -100;
  int last_cue_ = -1;
  int pending_quote_ = -1;
  int linked_quote_ = -1;
};

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_ATTRIBUTOR_H_
