// The extractor's lexicons, loaded from the data directory: gazetteer (countries, bodies and a
// user's actors file), titles, source nouns, reporting cues, predicate classes and evaluative
// words, and common English words.
//
// Files (see docs/extraction.md for their columns): countries.tsv, bodies.tsv, titles.tsv,
// groups.tsv, cues.tsv, predicates.tsv, name_words.tsv, common_words.txt. Lines starting with '#'
// and blank lines are ignored. Phrases are matched on token keys (see TokenKey), so "U.S.", "US"
// and "u.s." give the same key; an alias written in capitals ("US", "WHO") only matches text in
// capitals.
//
// Performance: after loading, every word of every table gets a dense id (one flat hash table)
// and per-id facts, and multi-word phrases a trie over word ids; Annotate hashes each token
// once, and every later lookup is an array index or a trie step.
//
// Thread safety: immutable after loading; share one Lexicon between threads freely.
#ifndef SG_INGEST_LEXICON_H_
#define SG_INGEST_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "ingest/internal/word_index.h"
#include "ingest/text.h"

namespace sg::ingest {

struct GazetteerEntry {
  std::string name;  // canonical name
  graph::ActorKind kind = graph::ActorKind::kOrganization;
  std::string group;  // canonical name of the body or country it belongs to, or ""
  int8_t prior = 0;   // default stance of claims toward it (-1: a designated terrorist group)
};

// A surface form of a gazetteer entry.
struct AliasEntry {
  int entry = -1;
  bool demonym = false;      // "Russian", "Russians"
  bool caps_only = false;    // written in capitals: matches only capitals ("US", not "us")
  bool lower_start = false;  // written starting in lower case ("al-Qaida"): matches any case
};

enum class Sphere : uint8_t { kGovernment, kMilitary, kParty, kOrganization, kOther };

struct TitleEntry {
  std::string role;  // "foreign minister"
  Sphere sphere = Sphere::kOther;
};

enum class SourceNounKind : uint8_t { kAnonymous, kGroup, kDocument };

enum class CueFrame : uint8_t {
  kClause,     // the content follows the cue
  kObject,     // the first actor after the cue is a target, with the cue's stance
  kAddressee,  // the first actor after the cue is the hearer ("told reporters")
  kAbout,      // the content is introduced by about/of/on ("spoke about the challenges")
};

struct CueEntry {
  std::string lemma;
  std::string act;
  int8_t polarity = 1;
  int8_t stance = 0;
  CueFrame frame = CueFrame::kClause;
  std::string cameo;     // "" when none
  double goldstein = 0;  // meaningful only when cameo is set
};

// What a capitalised word says about the name it is part of (data/name_words.tsv).
enum class NameWord : uint8_t { kNone, kOrg, kPlace, kThing, kCalendar };

enum class PredicateRole : uint8_t { kAgent, kBoth, kPatient };

struct PredicateEntry {
  std::string cls;  // "" for evaluative words without a predicate class
  int8_t sign = 0;
  PredicateRole role = PredicateRole::kAgent;
};

// What the lexicon knows about one word (see Lexicon::Word).
struct WordInfo {
  uint32_t starts = 0;     // kinds of phrase that may start with this key (Annotate bits)
  int32_t predicate = -1;  // index of its PredicateEntry, or -1
  int32_t cue_noun = -1;   // cue index of the speech-act noun, or -1
  NameWord name_word = NameWord::kNone;
  bool common = false;       // in common_words.txt
  bool lower_start = false;  // starts a gazetteer alias written in lower case ("al-Qaida")
};

class Lexicon {
 public:
  // Loads the files of `data_dir`; `actors_file` (may be empty) adds or overrides actors and
  // aliases with the columns of bodies.tsv. Errors: NotFound for a missing file,
  // InvalidArgument "FILE:LINE: reason" for a malformed line.
  static Result<Lexicon> Load(const std::string& data_dir, const std::string& actors_file = "");

  // The lookup key of one token: lower case, periods dropped ("U.S." -> "us"), curly
  // apostrophes straightened.
  static std::string_view TokenKey(const Token& token) { return token.key; }

  // Token::lex bits: which kinds of phrase may start at a token.
  static constexpr uint32_t kStartsAlias = 1, kStartsTitle = 2, kStartsCue = 4, kStartsSource = 8;

  // Sets on every token of `doc` its word ids (Token::key_word, lower_word) and which kinds of
  // lexicon phrase may start there (Token::lex), so that the lookups below need no hashing.
  // Optional: unannotated documents give the same results, more slowly.
  void Annotate(Document* doc) const;

  // Word ids: every word of every table has one (1..); 0 for any other word.
  uint32_t WordId(std::string_view word) const { return words_.Find(word); }
  uint32_t KeyWord(const Token& t) const {
    return t.key_word != Token::kWordUnset ? t.key_word : words_.Find(t.key);
  }
  uint32_t LowerWord(const Token& t) const {
    return t.lower_word != Token::kWordUnset ? t.lower_word : words_.Find(t.lower);
  }
  const WordInfo& Word(uint32_t id) const { return word_info_[id]; }

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  // Finds the longest gazetteer alias starting at token `i` of `doc` (within [i, end));
  // returns its length in tokens (0: none) and sets *alias.
  int MatchAlias(const Document& doc, size_t i, size_t end, AliasEntry* alias) const;
  // The gazetteer entry of a single key ("russia", "taliban"), or -1.
  int LookupKey(std::string_view key) const {
    auto it = aliases_.find(std::string(key));
    return it == aliases_.end() ? -1 : it->second.entry;
  }
  // Longest title at token i (case-insensitive); returns its length in tokens, 0 for none.
  int MatchTitle(const Document& doc, size_t i, size_t end, const TitleEntry** title) const;
  // Longest cue verb form at token i; returns its length, 0 for none.
  int MatchCueVerb(const Document& doc, size_t i, size_t end, int* cue) const;
  // Source noun (one or two tokens) at token i; returns its length, 0 for none.
  int MatchSourceNoun(const Document& doc, size_t i, size_t end, SourceNounKind* kind) const;

  const CueEntry& cue(int i) const { return cues_[i]; }
  // Cue index for a speech-act noun (lower case), or -1.
  int CueNoun(std::string_view lower) const { return Word(WordId(lower)).cue_noun; }
  int CueNoun(const Token& t) const { return Word(LowerWord(t)).cue_noun; }
  int CueByLemma(std::string_view lemma) const;
  // The predicate class or evaluative sign of a lower-case word, or null.
  const PredicateEntry* Predicate(std::string_view lower) const {
    return PredicateOf(WordId(lower));
  }
  const PredicateEntry* Predicate(const Token& t) const { return PredicateOf(LowerWord(t)); }
  bool IsCommonWord(std::string_view lower) const { return Word(WordId(lower)).common; }
  bool IsCommonWord(const Token& t) const { return Word(LowerWord(t)).common; }
  int FindEntry(std::string_view canonical_name) const;  // by normalised name, or -1
  NameWord NameWordClass(std::string_view key) const { return Word(WordId(key)).name_word; }
  NameWord NameWordClass(const Token& t) const { return Word(KeyWord(t)).name_word; }

 private:
  // A node of the phrase trie: what the token sequence from the root to it names.
  struct PhraseNode {
    int32_t alias = -1;   // index in alias_list_
    int32_t title = -1;   // index in title_list_
    int32_t cue = -1;     // cue index
    int32_t source = -1;  // SourceNounKind
  };

  Status LoadActorFile(const std::string& path, bool override_existing);
  void AddAlias(std::string_view surface, AliasEntry alias);
  // Builds the word index and the phrase trie from the string-keyed tables.
  void Compile();
  // The trie node for `key` (token keys joined by spaces), created when new.
  PhraseNode& NodeFor(const std::string& key);
  // The child of trie node `node` for token `t`, or 0.
  uint32_t Child(uint32_t node, const Token& t) const { return trie_.Find(node, KeyWord(t)); }
  const PredicateEntry* PredicateOf(uint32_t id) const {
    int p = word_info_[id].predicate;
    return p < 0 ? nullptr : &predicate_list_[p];
  }

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, int> entry_by_name_;  // NormalizeName -> entry
  // The tables as loaded, keyed by phrase keys (token keys joined by spaces).
  std::unordered_map<std::string, AliasEntry> aliases_;
  std::unordered_set<std::string> lower_start_keys_;  // first keys of lower-case aliases
  std::unordered_map<std::string, int> titles_;       // -> title_list_
  std::vector<TitleEntry> title_list_;
  std::unordered_map<std::string, SourceNounKind> source_nouns_;
  std::vector<CueEntry> cues_;
  std::unordered_map<std::string, int> cue_verbs_;
  std::unordered_map<std::string, int> cue_nouns_;
  std::vector<std::pair<std::string, PredicateEntry>> predicates_;  // first entry of a word wins
  std::vector<std::string> common_;
  std::unordered_map<std::string, NameWord> name_words_;
  int max_alias_tokens_ = 1;
  int max_title_tokens_ = 1;
  int max_cue_tokens_ = 1;

  // Compiled: word ids, per-word facts and the phrase trie (node 0 is the root).
  internal::WordIndex words_;
  std::vector<WordInfo> word_info_;  // by word id; [0] for unknown words
  std::vector<PredicateEntry> predicate_list_;
  std::vector<AliasEntry> alias_list_;
  std::vector<PhraseNode> nodes_;
  internal::IdPairMap trie_;  // (node, word id) -> child node
};

}  // namespace sg::ingest

#endif  // SG_INGEST_LEXICON_H_
