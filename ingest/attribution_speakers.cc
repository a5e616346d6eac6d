#include <algorithm>

#include "ingest/internal/attributor.h"

namespace sg::ingest {
namespace internal {

// The mention that ends exactly at token `last` (exclusive), or -1.
int Attributor::MentionEndingAt(uint32_t last) const {
  if (last == 0) return -1;
  int m = an_.mention_at[last - 1];
  return m >= 0 && mention(m).last == last ? m : -1;
}

int Attributor::MentionStartingAt(uint32_t first, uint32_t end) const {
  while (first < end &&
         (tok(first).lower == "the" || tok(first).lower == "a" || tok(first).lower == "an")) {
    ++first;
  }
  if (first >= end) return -1;
  int m = an_.mention_at[first];
  return m >= 0 && mention(m).first <= first ? m : -1;
}

bool Attributor::Skippable(uint32_t k) const {
  const Token& t = tok(k);
  if (t.kind == TokenKind::kNumber) return false;
  if (t.kind != TokenKind::kWord) return false;
  if (kBetween.count(t.lower) || IsAdverb(t)) return true;
  return lex_.NameWordClass(t) == NameWord::kCalendar;
}

// Resolves a mention to an actor; pronouns by context. -1 when unresolved.
int Attributor::ActorOf(int m, int sentence) {
  const Mention& mm = mention(m);
  if (mm.type != MentionType::kPronoun) return mm.actor;
  const std::string& p = mm.pronoun;
  const Sentence& s = doc_.sentences[sentence];
  if (kThirdPersonSingular.count(p)) {
    for (int k = m - 1; k >= 0 && mention(k).first >= s.first; --k) {
      if (IsPersonMention(k) && tok(mention(k).first).quote < 0) return mention(k).actor;
    }
    if (last_speaker_ >= 0 && actor(last_speaker_).kind == ActorKind::kPerson &&
        sentence - last_sentence_ <= 2) {
      return last_speaker_;
    }
    for (int k = m - 1; k >= 0; --k) {
      if (IsPersonMention(k) && tok(mention(k).first).quote < 0) return mention(k).actor;
    }
    return -1;
  }
  bool plural = p == "they" || p == "them" || p == "their";
  bool it = p == "it" || p == "its";
  if (!plural && !it) return -1;
  if (last_speaker_ >= 0 && sentence - last_sentence_ <= 3) {
    ActorKind k = actor(last_speaker_).kind;
    bool ok = plural ? (k == ActorKind::kGroup || k == ActorKind::kAnonymous ||
                        k == ActorKind::kOrganization || k == ActorKind::kCountry)
                     : (k == ActorKind::kOrganization || k == ActorKind::kCountry ||
                        k == ActorKind::kAnonymous);
    if (ok) return last_speaker_;
  }
  for (int k = m - 1; k >= 0 && k > m - 12; --k) {
    const Mention& c = mention(k);
    if (c.actor < 0 || c.weak || c.type == MentionType::kPronoun) continue;
    ActorKind kind = actor(c.actor).kind;
    if (plural && (c.plural || kind == ActorKind::kGroup)) return c.actor;
    if (it && (kind == ActorKind::kOrganization || kind == ActorKind::kCountry)) return c.actor;
  }
  return -1;
}

bool Attributor::IsPersonMention(int k) const {
  const Mention& c = mention(k);
  return c.actor >= 0 && !c.weak && c.type != MentionType::kPronoun && !c.modifier &&
         actor(c.actor).kind == ActorKind::kPerson;
}

// The subject phrase before a cue: skips auxiliaries, adverbs, dates, relative pronouns and
// comma-bounded appositions. Returns the mention or -1; *negated when "not" was skipped.
int Attributor::Subject(const Sentence& s, uint32_t cue_first, bool* negated, bool* apposition) {
  *negated = false;
  *apposition = false;
  int k = static_cast<int>(cue_first) - 1;
  int skipped = 0;
  while (k >= static_cast<int>(s.first) && skipped < 6) {
    const Token& t = tok(k);
    if (t.lower == "not" || t.lower == "n't" ||
        (t.lower.size() > 3 && t.lower.compare(t.lower.size() - 3, 3, "n't") == 0)) {
      *negated = true;
    } else if (!Skippable(k)) {
      break;
    }
    --k;
    ++skipped;
  }
  if (k < static_cast<int>(s.first)) return -1;
  if (tok(k).lower == "which" || tok(k).lower == "who") {
    --k;
    if (k >= static_cast<int>(s.first) && tok(k).lower == ",") --k;
    *apposition = true;
  }
  for (int rep = 0; rep < 3 && k > static_cast<int>(s.first) && tok(k).lower == ","; ++rep) {
    int c = k - 1;
    while (c > static_cast<int>(s.first) && tok(c).lower != "," && k - c < 30 && !IsClose(tok(c)) &&
           !IsOpen(tok(c))) {
      --c;
    }
    if (tok(c).lower != ",") return -1;
    const Token& start = tok(c + 1);
    std::string_view w = start.lower;
    const TitleEntry* title;
    bool opener = kAppositionStarts.count(w) ||
                  (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) ||
                  lex_.MatchTitle(doc_, c + 1, k, &title) > 0 || an_.mention_at[c + 1] >= 0 ||
                  IsAdverb(start);
    if (!opener) return -1;
    *apposition = true;
    int m = MentionEndingAt(static_cast<uint32_t>(c));
    // "The head of the observer mission, Paula Reyes, said": a description, then the person's
    // name between commas; the name is the speaker.
    int named = an_.mention_at[c + 1];
    if (named >= 0 && mention(named).first == static_cast<uint32_t>(c) + 1 &&
        mention(named).last == static_cast<uint32_t>(k) &&
        mention(named).type == MentionType::kName && IsPersonMention(named) &&
        (m < 0 || !IsPersonMention(m))) {
      // The body the description names is the person's group ("The head of the OSCE
      // mission, Paula Reyes,").
      auto& person = an_.table.actors()[mention(named).actor];
      for (int d = named - 1; d >= 0 && person.group < 0 && mention(d).first >= s.first; --d) {
        const Mention& dm = mention(d);
        if (dm.actor < 0 || dm.weak || dm.type == MentionType::kPronoun) continue;
        ActorKind kind = actor(dm.actor).kind;
        if (kind == ActorKind::kOrganization || kind == ActorKind::kCountry) {
          person.group = dm.actor;
        }
      }
      return named;
    }
    if (m >= 0 && mention(m).type != MentionType::kPronoun) return m;
    k = c;
  }
  if (k < static_cast<int>(s.first)) return -1;
  int m = MentionEndingAt(static_cast<uint32_t>(k) + 1);
  if (m >= 0 && PrepositionBefore(m, s)) return -1;
  return m;
}

// True when the mention is the object of a preposition ("In a statement", "to Russia").
bool Attributor::PrepositionBefore(int m, const Sentence& s) const {
  uint32_t b = mention(m).first;
  while (b > s.first &&
         (tok(b - 1).lower == "the" || tok(b - 1).lower == "a" || tok(b - 1).lower == "an")) {
    --b;
  }
  return b > s.first && kPrepositions.count(tok(b - 1).lower);
}

// "was rejected by X", "backed by X": the agent after "by".
int Attributor::ByAgent(const Sentence& s, uint32_t ce) const {
  if (ce + 1 >= s.last || tok(ce).lower != "by") return -1;
  return MentionStartingAt(ce + 1, s.last);
}

bool Attributor::PassiveBefore(const Sentence& s, uint32_t cb) const {
  for (int k = static_cast<int>(cb) - 1;
       k >= static_cast<int>(s.first) && k >= static_cast<int>(cb) - 3; --k) {
    if (kBeAux.count(tok(k).lower)) return true;
    if (!Skippable(static_cast<uint32_t>(k))) return false;
  }
  return false;
}

// The subject of the clause a participle, an infinitive or a coordinated verb hangs on: the
// first subject-like mention after the nearest clause boundary, else of the sentence.
int Attributor::MainSubject(const Sentence& s, uint32_t before) {
  static const internal::WordSet kBoundaries = {",",        ";",      "after",   "when",
                                                "because",  "while",  "since",   "before",
                                                "although", "though", "whereas", "as"};
  uint32_t from = s.first;
  for (uint32_t k = before; k > s.first + 1; --k) {
    if (tok(k - 1).quote >= 0) continue;
    if (kBoundaries.count(tok(k - 1).lower) && k - 1 + 1 < before &&
        !(tok(k - 1).lower == "," && k == before)) {
      if (tok(k - 1).lower == "," && k - 1 + 1 == before - 1) continue;
      from = k;
      break;
    }
  }
  int m = FirstSubject(s, from, before);
  if (m < 0 && from != s.first) m = FirstSubject(s, s.first, before);
  return m;
}

int Attributor::FirstSubject(const Sentence& s, uint32_t from, uint32_t before) {
  for (uint32_t i = from; i < before; ++i) {
    int m = an_.mention_at[i];
    if (m < 0 || mention(m).first != i || tok(i).quote >= 0) continue;
    const Mention& mm = mention(m);
    if (mm.modifier || mm.weak) continue;
    if (mm.type == MentionType::kPronoun &&
        (mm.pronoun == "his" || mm.pronoun == "her" || mm.pronoun == "its" ||
         mm.pronoun == "their" || mm.pronoun == "our" || mm.pronoun == "my")) {
      continue;
    }
    if (PrepositionBefore(m, s)) continue;
    if (mm.last + 1 < before && tok(mm.last).lower == "'s" &&
        !kSpeechNouns.count(tok(mm.last + 1).lower)) {
      continue;
    }
    return m;
  }
  return -1;
}

}  // namespace internal

}  // namespace sg::ingest
