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

class Lexicon {
 public:
  // Loads the files of `data_dir`; `actors_file` (may be empty) adds or overrides actors and
  // aliases with the columns of bodies.tsv. Errors: NotFound for a missing file,
  // InvalidArgument "FILE:LINE: reason" for a malformed line.
  static Result<Lexicon> Load(const std::string& data_dir, const std::string& actors_file = "");

  // The lookup key of one token: lower case, periods dropped ("U.S." -> "us"), curly
  // apostrophes straightened.
  static const std::string& TokenKey(const Token& token) { return token.key; }

  // Marks on every token of `doc` which kinds of lexicon phrase may start there, so that the
  // Match* lookups below reject most tokens without hashing. Optional: unannotated documents
  // give the same results, more slowly.
  void Annotate(Document* doc) const;

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  // Finds the longest gazetteer alias starting at token `i` of `doc` (within [i, end));
  // returns its length in tokens (0: none) and sets *alias.
  int MatchAlias(const Document& doc, size_t i, size_t end, AliasEntry* alias) const;
  // The gazetteer entry of a single key ("russia", "taliban"), or -1.
  int LookupKey(const std::string& key) const {
    auto it = aliases_.find(key);
    return it == aliases_.end() ? -1 : it->second.entry;
  }
  // Longest title at token i (case-insensitive); returns its length in tokens, 0 for none.
  int MatchTitle(const Document& doc, size_t i, size_t end, const TitleEntry** title) const;
  // Longest cue verb form at token i; returns its length, 0 for none.
  int MatchCueVerb(const Document& doc, size_t i, size_t end, int* cue) const;
  // Source noun (one or two tokens) at token i; returns its length, 0 for none.
  int MatchSourceNoun(const Document& doc, size_t i, size_t end, SourceNounKind* kind) const;

  const CueEntry& cue(int i) const { return cues_[i]; }
  int CueNoun(const std::string& lower) const;  // cue index for a speech-act noun, or -1
  int CueByLemma(std::string_view lemma) const;
  const PredicateEntry* Predicate(const std::string& lower) const;
  bool IsCommonWord(const std::string& lower) const { return common_.count(lower) > 0; }
  int FindEntry(std::string_view canonical_name) const;  // by normalised name, or -1
  NameWord NameWordClass(const std::string& key) const;

 private:
  Status LoadActorFile(const std::string& path, bool override_existing);
  void AddAlias(std::string_view surface, AliasEntry alias);

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, int> entry_by_name_;  // NormalizeName -> entry
  std::unordered_map<std::string, AliasEntry> aliases_;
  // Proper prefixes of multi-token keys, so that a lookup stops as soon as nothing can match.
  std::unordered_set<std::string> alias_prefixes_;
  std::unordered_set<std::string> title_prefixes_;
  std::unordered_set<std::string> cue_prefixes_;
  std::unordered_set<std::string> lower_start_keys_;  // first keys of lower-case aliases
  // First token key of every phrase -> kStarts* bits (see Annotate).
  std::unordered_map<std::string, uint32_t> starts_;
  void MarkStart(const std::string& key, uint32_t bit) {
    starts_[key.substr(0, key.find(' '))] |= bit;
  }
  std::unordered_map<std::string, TitleEntry> titles_;
  std::unordered_map<std::string, SourceNounKind> source_nouns_;
  std::unordered_set<std::string> source_noun_prefixes_;
  std::vector<CueEntry> cues_;
  std::unordered_map<std::string, int> cue_verbs_;
  std::unordered_map<std::string, int> cue_nouns_;
  std::unordered_map<std::string, PredicateEntry> predicates_;
  std::unordered_set<std::string> common_;
  std::unordered_map<std::string, NameWord> name_words_;
  int max_alias_tokens_ = 1;
  int max_title_tokens_ = 1;
  int max_cue_tokens_ = 1;
};

}  // namespace sg::ingest

#endif  // SG_INGEST_LEXICON_H_
