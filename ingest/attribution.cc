#include "ingest/attribution.h"

#include <algorithm>
#include <unordered_set>

namespace sg::ingest {
namespace {

using graph::ActorKind;
using graph::ClaimForm;

// Words that may stand between a speaker and its cue: "the White House on Tuesday warned".
const std::unordered_set<std::string_view> kBetween = {
    "has", "have", "had", "did", "does", "do", "will", "would", "could", "can", "may", "might",
    "is", "was", "were", "are", "been", "be", "also", "later", "again", "still", "then",
    "indeed", "already", "once", "earlier", "further", "now", "today", "yesterday", "tonight",
    "this", "last", "week", "month", "year", "on", "just", "first", "late", "early", "then",
    "however", "previously", "too", "ever", "often", "since"};

// Light verbs whose object noun carries the speech act: "issued a denial", "made threats".
const std::unordered_set<std::string_view> kLightVerbs = {
    "issue", "issued", "issues", "issuing", "make", "made", "makes", "making", "level",
    "leveled", "levelled", "lodge", "lodged", "renew", "renewed", "repeat", "repeated",
    "reiterate", "reiterated", "reiterates", "voice", "voiced", "echo", "echoed"};

const std::unordered_set<std::string_view> kThirdPersonSingular = {"he", "she", "him", "his",
                                                                    "her"};

// Nouns after a possessive that make the possessor a speaker ("Trump's comments claiming").
const std::unordered_set<std::string_view> kSpeechNouns = {
    "comments", "comment", "remarks", "statement", "words", "message", "post", "tweet",
    "speech", "interview", "letter", "report", "announcement", "response", "reply"};

// Words that may open an apposition or parenthetical between a speaker and its cue.
const std::unordered_set<std::string_view> kAppositionStarts = {
    "the", "a", "an", "who", "which", "whose", "also", "during", "while", "former", "however",
    "in", "at", "speaking", "then", "meanwhile", "too", "for", "after", "before", "on", "as"};

const std::unordered_set<std::string_view> kPrepositions = {
    "in", "of", "to", "with", "at", "from", "by", "for", "on", "about", "against", "after",
    "before", "during", "amid", "over", "into", "between", "among", "than", "under", "like"};

const std::unordered_set<std::string_view> kBeAux = {"is", "are", "was", "were", "be", "been",
                                                     "being"};

bool IsClose(const Token& t) { return t.kind == TokenKind::kCloseQuote; }
bool IsOpen(const Token& t) { return t.kind == TokenKind::kOpenQuote; }
bool IsAdverb(const Token& t) {
  return t.kind == TokenKind::kWord && !t.cap && t.lower.size() > 4 &&
         t.lower.compare(t.lower.size() - 2, 2, "ly") == 0;
}

class Attributor {
 public:
  Attributor(const Document& doc, const Lexicon& lex, ActorAnalysis* an,
             const AttributionOptions& options)
      : doc_(doc), lex_(lex), an_(*an), options_(options) {}

  std::vector<Attribution> Run() {
    for (size_t s = 0; s < doc_.sentences.size(); ++s) ProcessSentence(static_cast<int>(s));
    Floating();
    std::stable_sort(out_.begin(), out_.end(), [](const Attribution& a, const Attribution& b) {
      return a.sentence < b.sentence;
    });
    return std::move(out_);
  }

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }
  const Mention& mention(int m) const { return an_.mentions[m]; }
  const graph::ActorMention& actor(int a) const { return an_.table.actors()[a]; }

  // The mention that ends exactly at token `last` (exclusive), or -1.
  int MentionEndingAt(uint32_t last) const {
    if (last == 0) return -1;
    int m = an_.mention_at[last - 1];
    return m >= 0 && mention(m).last == last ? m : -1;
  }
  int MentionStartingAt(uint32_t first, uint32_t end) const {
    while (first < end && (tok(first).lower == "the" || tok(first).lower == "a" ||
                           tok(first).lower == "an")) {
      ++first;
    }
    if (first >= end) return -1;
    int m = an_.mention_at[first];
    return m >= 0 && mention(m).first <= first ? m : -1;
  }

  bool Skippable(uint32_t k) const {
    const Token& t = tok(k);
    if (t.kind == TokenKind::kNumber) return false;
    if (t.kind != TokenKind::kWord) return false;
    if (kBetween.count(t.lower) || IsAdverb(t)) return true;
    return lex_.NameWordClass(Lexicon::TokenKey(t)) == NameWord::kCalendar;
  }

  // Resolves a mention to an actor; pronouns by context. -1 when unresolved.
  int ActorOf(int m, int sentence) {
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

  bool IsPersonMention(int k) const {
    const Mention& c = mention(k);
    return c.actor >= 0 && !c.weak && c.type != MentionType::kPronoun && !c.modifier &&
           actor(c.actor).kind == ActorKind::kPerson;
  }

  // The subject phrase before a cue: skips auxiliaries, adverbs, dates, relative pronouns and
  // comma-bounded appositions. Returns the mention or -1; *negated when "not" was skipped.
  int Subject(const Sentence& s, uint32_t cue_first, bool* negated, bool* apposition) {
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
      while (c > static_cast<int>(s.first) && tok(c).lower != "," && k - c < 30 &&
             !IsClose(tok(c)) && !IsOpen(tok(c))) {
        --c;
      }
      if (tok(c).lower != ",") return -1;
      const Token& start = tok(c + 1);
      const std::string& w = start.lower;
      const TitleEntry* title;
      bool opener = kAppositionStarts.count(w) || (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) ||
                    lex_.MatchTitle(doc_, c + 1, k, &title) > 0 || an_.mention_at[c + 1] >= 0 || IsAdverb(start);
      if (!opener) return -1;
      *apposition = true;
      int m = MentionEndingAt(static_cast<uint32_t>(c));
      if (m >= 0 && mention(m).type != MentionType::kPronoun) return m;
      k = c;
    }
    if (k < static_cast<int>(s.first)) return -1;
    int m = MentionEndingAt(static_cast<uint32_t>(k) + 1);
    if (m >= 0 && PrepositionBefore(m, s)) return -1;
    return m;
  }

  // True when the mention is the object of a preposition ("In a statement", "to Russia").
  bool PrepositionBefore(int m, const Sentence& s) const {
    uint32_t b = mention(m).first;
    while (b > s.first && (tok(b - 1).lower == "the" || tok(b - 1).lower == "a" ||
                           tok(b - 1).lower == "an")) {
      --b;
    }
    return b > s.first && kPrepositions.count(tok(b - 1).lower);
  }

  // "was rejected by X", "backed by X": the agent after "by".
  int ByAgent(const Sentence& s, uint32_t ce) const {
    if (ce + 1 >= s.last || tok(ce).lower != "by") return -1;
    return MentionStartingAt(ce + 1, s.last);
  }

  bool PassiveBefore(const Sentence& s, uint32_t cb) const {
    for (int k = static_cast<int>(cb) - 1; k >= static_cast<int>(s.first) && k >= static_cast<int>(cb) - 3; --k) {
      if (kBeAux.count(tok(k).lower)) return true;
      if (!Skippable(static_cast<uint32_t>(k))) return false;
    }
    return false;
  }

  // The subject of the clause a participle, an infinitive or a coordinated verb hangs on: the
  // first subject-like mention after the nearest clause boundary, else of the sentence.
  int MainSubject(const Sentence& s, uint32_t before) {
    static const std::unordered_set<std::string_view> kBoundaries = {
        ",", ";", "after", "when", "because", "while", "since", "before", "although", "though",
        "whereas", "as"};
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

  int FirstSubject(const Sentence& s, uint32_t from, uint32_t before) {
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

  // True when [b, e) has at least n words other than dates and auxiliaries.
  bool HasWords(uint32_t b, uint32_t e, int n) const {
    int words = 0;
    for (uint32_t i = b; i < e; ++i) {
      bool word = tok(i).kind == TokenKind::kWord || tok(i).kind == TokenKind::kNumber;
      if (word && !Skippable(i)) ++words;
    }
    return words >= n;
  }

  void Trim(uint32_t* b, uint32_t* e) const {
    auto junk = [&](const Token& t) {
      return t.kind == TokenKind::kPunct && t.lower != "?" && t.lower != "!";
    };
    while (*b < *e && (junk(tok(*b)) || tok(*b).lower == "that")) ++*b;
    while (*e > *b && junk(tok(*e - 1))) --*e;
  }

  void ProcessSentence(int si) {
    const Sentence& s = doc_.sentences[si];
    std::vector<Attribution> found;
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (tok(i).quote >= 0 || tok(i).kind != TokenKind::kWord) continue;
      int m = an_.mention_at[i];
      if (m >= 0 && mention(m).type != MentionType::kPronoun) continue;
      int cue = -1;
      int n = lex_.MatchCueVerb(doc_, i, s.last, &cue);
      // After a determiner the form is a noun ("issued the warning"), not a verb.
      static const std::unordered_set<std::string_view> kDeterminers = {
          "a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "any", "no"};
      if (n > 0 && i > s.first && kDeterminers.count(tok(i - 1).lower)) n = 0;
      if (n > 0) {
        if (options_.headline && !IsPresent(i)) continue;
        Attribution a;
        if (TryVerb(s, si, i, i + n, cue, &a)) {
          found.push_back(a);
          AddCoordinated(s, si, a, &found);
          continue;
        }
      }
      if (kLightVerbs.count(tok(i).lower) && !options_.headline) {
        for (uint32_t k = i + 1; k < s.last && k < i + 4; ++k) {
          int noun = lex_.CueNoun(tok(k).lower);
          if (noun < 0) continue;
          Attribution a;
          if (TryVerb(s, si, i, i + 1, noun, &a)) {
            a.rule = "light_verb_noun";
            found.push_back(a);
          }
          break;
        }
        continue;
      }
      int noun_cue = lex_.CueNoun(tok(i).lower);
      if (noun_cue >= 0 && !options_.headline) {
        Attribution a;
        if (TryPossessiveNoun(s, si, i, noun_cue, &a)) found.push_back(a);
      }
    }
    if (!options_.headline) ColonSpeakerLine(s, si, &found);
    if (options_.headline) HeadlineColon(s, si, &found);
    DropEmbedded(&found);
    Nest(&found);
    // One claim per speaker and sentence: the first (verb cues before nominal ones).
    std::vector<Attribution> kept;
    for (auto& a : found) {
      auto same = std::find_if(kept.begin(), kept.end(),
                               [&](const Attribution& k) { return k.speaker == a.speaker; });
      if (same == kept.end()) {
        kept.push_back(a);
      } else if (same->rule == "light_verb_noun" && a.rule != "light_verb_noun") {
        *same = a;
      }
    }
    for (auto& a : kept) Emit(a);
  }

  bool IsPresent(uint32_t i) const {
    const std::string& w = tok(i).lower;
    return w.size() > 1 && w.back() == 's' && w.compare(w.size() - 2, 2, "ss") != 0;
  }

  // A cue verb at [cb, ce): finds the speaker and the content.
  bool TryVerb(const Sentence& s, int si, uint32_t cb, uint32_t ce, int cue, Attribution* a) {
    const CueEntry& entry = lex_.cue(cue);
    a->sentence = si;
    a->cue = cue;
    a->cue_first = cb;
    a->cue_last = ce;
    if (entry.lemma == "according to") return AccordingTo(s, si, cb, ce, a);
    if (entry.frame == CueFrame::kAbout &&
        !(ce < s.last && (tok(ce).lower == "about" || tok(ce).lower == "of"))) {
      return false;
    }
    uint32_t prev = cb > s.first ? cb - 1 : cb;
    bool after_quote = cb > s.first && (IsClose(tok(prev)) ||
                                        (tok(prev).lower == "," && prev > s.first && IsClose(tok(prev - 1))));
    bool after_comma = cb > s.first && tok(prev).lower == ",";
    // Passive: "was rejected by X", "backed by X"; a passive without an agent is no claim.
    int by = ByAgent(s, ce);
    if (by >= 0 && mention(by).type != MentionType::kPronoun) {
      int sp = ActorOf(by, si);
      if (sp < 0) return false;
      a->speaker = sp;
      a->speaker_first = mention(by).first;
      a->speaker_last = mention(by).last;
      a->rule = "passive_by";
      return LeftContent(s, cb, false, a);
    }
    if (PassiveBefore(s, cb) && tok(cb).lower.back() != 'g') return false;
    // Inverted: "QUOTE," said X / CONTENT, said X.
    int inv = (after_quote || after_comma) && entry.frame == CueFrame::kClause
                  ? MentionStartingAt(ce, s.last) : -1;
    if (inv >= 0) {
      const Mention& im = mention(inv);
      uint32_t after = im.last;
      bool ends = after >= s.last || tok(after).lower == "," || tok(after).lower == "." ||
                  Skippable(after) || kPrepositions.count(tok(after).lower) ||
                  tok(after).lower == "ahead" || IsOpen(tok(after));
      bool pronoun_ok = im.type != MentionType::kPronoun || im.pronoun == "he" ||
                        im.pronoun == "she" || im.pronoun == "they";
      if (!ends || !pronoun_ok) inv = -1;
    }
    if (inv >= 0) {
      int sp = ActorOf(inv, si);
      if (sp >= 0) {
        a->speaker = sp;
        a->speaker_first = mention(inv).first;
        a->speaker_last = mention(inv).last;
        a->rule = after_quote ? "quote_cue_speaker" : "content_cue_speaker";
        return LeftContent(s, cb, after_quote, a);
      }
    }
    bool negated = false, apposition = false;
    const std::string& w = tok(cb).lower;
    bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    int m = -1;
    // "with Boswell stating: ..."
    if (participle && cb >= s.first + 2 && tok(cb - 1).kind == TokenKind::kWord) {
      int before = MentionEndingAt(cb);
      if (before >= 0 && mention(before).first > s.first && tok(mention(before).first - 1).lower == "with") {
        m = before;
      }
    }
    if (m < 0 && !participle) m = Subject(s, cb, &negated, &apposition);
    if (m >= 0 && !negated) {
      int sp = ActorOf(m, si);
      if (sp < 0) return false;
      a->speaker = sp;
      a->speaker_first = mention(m).first;
      a->speaker_last = mention(m).last;
      uint32_t subj_first = mention(m).first;
      bool quote_before = subj_first > s.first &&
                          (IsClose(tok(subj_first - 1)) ||
                           (tok(subj_first - 1).lower == "," && subj_first - 1 > s.first &&
                            IsClose(tok(subj_first - 2))));
      if (quote_before) {
        a->rule = "quote_speaker_cue";
        return LeftContent(s, subj_first, true, a);
      }
      a->rule = apposition ? "speaker_apposition_cue" : "speaker_cue";
      if (RightContent(s, ce, entry, a)) return true;
      a->rule = "content_speaker_cue";
      return LeftContent(s, subj_first, false, a);
    }
    // A participle ("..., saying ..."), an infinitive ("used the platform to denounce") or a
    // coordinated verb ("spoke with Lavrov and urged ...") speaks for the clause's subject.
    bool infinitive = cb > s.first && tok(cb - 1).lower == "to";
    bool coordinated = cb > s.first && tok(cb - 1).lower == "and";
    if ((participle || infinitive || coordinated) && !negated && !PassiveBefore(s, cb)) {
      int subj = MainSubject(s, cb);
      if (subj < 0) return false;
      int sp = ActorOf(subj, si);
      if (sp < 0) return false;
      a->speaker = sp;
      a->speaker_first = mention(subj).first;
      a->speaker_last = mention(subj).last;
      a->rule = participle ? "participle" : infinitive ? "infinitive" : "coordinated_cue";
      return RightContent(s, ce, entry, a);
    }
    return false;
  }

  // Content after the cue; false when there is none worth a claim.
  bool RightContent(const Sentence& s, uint32_t j, const CueEntry& entry, Attribution* a) {
    if (j < s.last && IsLightVerbNoun(s, j, a)) {
      j = a->content_first;
    }
    if (entry.frame == CueFrame::kAddressee || entry.frame == CueFrame::kObject) {
      int m = MentionStartingAt(j, s.last);
      if (m >= 0 && mention(m).first <= j + 1) {
        if (entry.frame == CueFrame::kObject && mention(m).type != MentionType::kPronoun) {
          a->object = mention(m).actor;
        } else if (entry.frame == CueFrame::kObject) {
          a->object = ActorOf(m, a->sentence);
        }
        if (entry.frame == CueFrame::kAddressee) j = mention(m).last;
      } else if (entry.frame == CueFrame::kAddressee) {
        for (int k = 0; k < 4 && j < s.last && tok(j).kind == TokenKind::kWord && !tok(j).cap &&
                        tok(j).lower != "that" && !kBetween.count(tok(j).lower);
             ++k) {
          ++j;
        }
      }
    }
    while (j < s.last && (tok(j).lower == "," || tok(j).lower == ":" || Skippable(j))) ++j;
    uint32_t b = j, e = s.last;
    Trim(&b, &e);
    if (!HasWords(b, e, 1) && !(b < e && IsOpen(tok(b)))) return false;
    a->content_first = b;
    a->content_last = e;
    a->form = ClaimForm::kIndirect;
    LinkQuoteAfter(s, a);
    return true;
  }

  // "reiterated Russian accusations that ...": the noun's verb becomes the cue.
  bool IsLightVerbNoun(const Sentence& s, uint32_t j, Attribution* a) {
    if (!kLightVerbs.count(tok(a->cue_first).lower)) return false;
    for (uint32_t k = j; k < s.last && k < j + 4; ++k) {
      int noun = lex_.CueNoun(tok(k).lower);
      if (noun >= 0) {
        a->cue = noun;
        a->content_first = k + 1;
        return true;
      }
    }
    return false;
  }

  // Content before the speaker: a quote ending there, else the sentence's start.
  bool LeftContent(const Sentence& s, uint32_t end, bool quote, Attribution* a) {
    uint32_t e = end;
    while (e > s.first && (tok(e - 1).lower == "," || IsClose(tok(e - 1)))) --e;
    if (quote && e < end && IsClose(tok(end - 1 - (tok(end - 1).lower == "," ? 1 : 0)))) {
      int q = tok(e).quote >= 0 ? tok(e).quote : tok(e > 0 ? e - 1 : 0).quote;
      if (q >= 0) {
        a->form = ClaimForm::kDirect;
        a->content_first = std::max<uint32_t>(doc_.quotes[q].open + 1, s.first);
        a->content_last = e;
        linked_quote_ = q;
        return e > a->content_first;
      }
    }
    uint32_t b = s.first;
    Trim(&b, &e);
    if (!HasWords(b, e, 2)) return false;
    a->content_first = b;
    a->content_last = e;
    a->form = tok(b).quote >= 0 ? ClaimForm::kDirect : ClaimForm::kIndirect;
    return true;
  }

  // X said: "..." or X said, "...": the quote after the cue belongs to X.
  void LinkQuoteAfter(const Sentence& s, Attribution* a) {
    for (uint32_t k = a->cue_last; k + 1 < s.last; ++k) {
      if (tok(k).lower == ":" && IsOpen(tok(k + 1)) && tok(k + 1).quote >= 0) {
        linked_quote_ = tok(k + 1).quote;
        return;
      }
    }
    uint32_t j = a->cue_last;
    while (j < s.last && j < a->cue_last + 8 && !IsOpen(tok(j))) ++j;
    if (j < s.last && IsOpen(tok(j)) && tok(j).quote >= 0 &&
        (tok(j - 1).lower == ":" || tok(j - 1).lower == "," || j == a->content_first)) {
      linked_quote_ = tok(j).quote;
      if (a->content_first == j || a->content_first == j + 1) a->form = ClaimForm::kDirect;
    }
  }

  bool AccordingTo(const Sentence& s, int si, uint32_t cb, uint32_t ce, Attribution* a) {
    // The source phrase runs to the next comma; a person in it (or in an apposition right
    // after it: "the team's coach, Alireza Mehraban,") is preferred to the body it works for.
    uint32_t end = ce;
    while (end < s.last && tok(end).lower != "," && tok(end).quote < 0) ++end;
    int m = -1, person = -1;
    for (uint32_t k = ce; k < end; ++k) {
      int mk = an_.mention_at[k];
      if (mk < 0 || mention(mk).first != k || mention(mk).actor < 0) continue;
      if (mention(mk).weak) continue;
      if (m < 0 || !mention(mk).modifier) m = m < 0 ? mk : m;
      if (actor(mention(mk).actor).kind == ActorKind::kPerson && person < 0) person = mk;
    }
    if (person < 0 && end + 1 < s.last && tok(end).lower == ",") {
      int mk = an_.mention_at[end + 1];
      if (mk >= 0 && mention(mk).actor >= 0 &&
          actor(mention(mk).actor).kind == ActorKind::kPerson &&
          mention(mk).last < s.last && tok(mention(mk).last).lower == ",") {
        person = mk;
      }
    }
    if (person >= 0) m = person;
    if (m < 0) m = MentionStartingAt(ce, s.last);
    if (m < 0) return false;
    int sp = ActorOf(m, si);
    if (sp < 0) return false;
    a->speaker = sp;
    a->speaker_first = mention(m).first;
    a->speaker_last = mention(m).last;
    a->form = ClaimForm::kAccordingTo;
    a->rule = "according_to";
    // Skip the source's apposition: "According to X, quoting Y (Z), CONTENT".
    uint32_t after = std::max(mention(m).last, end);
    if (mention(m).first > end) after = mention(m).last;
    uint32_t b, e;
    if (cb <= s.first + 1) {
      b = after;
      while (b < s.last && tok(b).lower != ",") ++b;
      // "According to Yonhap news agency, quoting ... KCNA, the country's ..."
      if (b + 1 < s.last && tok(b + 1).lower.size() > 3 &&
          tok(b + 1).lower.compare(tok(b + 1).lower.size() - 3, 3, "ing") == 0) {
        uint32_t c = b + 1;
        while (c < s.last && tok(c).lower != ",") ++c;
        int inner = MentionEndingAt(c);
        if (inner < 0 && c > 0 && tok(c - 1).lower == ")") inner = MentionEndingAt(c - 3);
        if (inner >= 0 && mention(inner).actor >= 0) {
          a->source = a->speaker;
          a->speaker = mention(inner).actor;
        }
        b = c;
      }
      e = s.last;
    } else {
      b = s.first;
      e = cb;
    }
    Trim(&b, &e);
    if (!HasWords(b, e, 2)) return false;
    a->content_first = b;
    a->content_last = e;
    return true;
  }

  // "Both X and Y have asserted": Y's claim is X's too.
  void AddCoordinated(const Sentence& s, int si, const Attribution& a, std::vector<Attribution>* found) {
    if (a.speaker_first < s.first + 2 || a.speaker_last > a.cue_first) return;
    uint32_t k = a.speaker_first;
    if (tok(k - 1).lower == "the" && k - 1 > s.first) --k;
    if (tok(k - 1).lower != "and") return;
    int m = MentionEndingAt(k - 1);
    if (m < 0 && k >= 3) m = MentionEndingAt(k - 1);
    if (m < 0 || mention(m).type == MentionType::kPronoun || mention(m).actor < 0) return;
    Attribution b = a;
    b.speaker = mention(m).actor;
    b.speaker_first = mention(m).first;
    b.rule = "coordinated_speakers";
    found->push_back(b);
  }

  // "Ukraine's complaints", "Trump's calls for an election"; "criticism from X".
  bool TryPossessiveNoun(const Sentence& s, int si, uint32_t i, int cue, Attribution* a) {
    if (i + 2 < s.last && tok(i + 1).lower == "from") {
      int m = MentionStartingAt(i + 2, s.last);
      if (m >= 0 && mention(m).type != MentionType::kPronoun && mention(m).actor >= 0) {
        a->sentence = si;
        a->speaker = mention(m).actor;
        a->speaker_first = mention(m).first;
        a->speaker_last = mention(m).last;
        a->cue = cue;
        a->cue_first = i;
        a->cue_last = i + 1;
        a->rule = "noun_from";
        a->content_first = s.first;
        a->content_last = i;
        Trim(&a->content_first, &a->content_last);
        return HasWords(a->content_first, a->content_last, 2);
      }
    }
    if (i < s.first + 2 || tok(i - 1).lower != "'s") return false;
    int m = MentionEndingAt(i - 1);
    if (m < 0) return false;
    int sp = ActorOf(m, si);
    if (sp < 0 || actor(sp).kind == ActorKind::kUnknown) return false;
    a->sentence = si;
    a->speaker = sp;
    a->speaker_first = mention(m).first;
    a->speaker_last = i + 1;
    a->cue = cue;
    a->cue_first = i;
    a->cue_last = i + 1;
    a->rule = "possessive_noun";
    uint32_t b = i + 1, e = s.last;
    Trim(&b, &e);
    a->content_first = b;
    a->content_last = e;
    return HasWords(b, e, 1);
  }

  // "White House Press Secretary Jen Psaki:" alone before a quoted paragraph.
  void ColonSpeakerLine(const Sentence& s, int si, std::vector<Attribution>* found) {
    if (!found->empty() || s.last - s.first < 2 || tok(s.last - 1).lower != ":") return;
    if (static_cast<uint32_t>(si) + 1 >= doc_.sentences.size()) return;
    int m = MentionEndingAt(s.last - 1);
    if (m < 0 || mention(m).first > s.first + 1) return;
    int sp = ActorOf(m, si);
    if (sp < 0) return;
    const Paragraph& p = doc_.paragraphs[s.paragraph];
    if (p.last_sentence >= doc_.sentences.size() || p.last_sentence != static_cast<uint32_t>(si) + 1) return;
    const Sentence& next = doc_.sentences[si + 1];
    if (!IsOpen(tok(next.first))) return;
    Attribution a;
    a.sentence = si;
    a.speaker = sp;
    a.cue = lex_.CueByLemma("say");
    a.rule = "colon_quote";
    a.form = ClaimForm::kDirect;
    SetLastSpeaker(sp, si, a.cue, -1);
    QuoteBlock(tok(next.first).quote, a);
  }

  // Headline "Zelenskyy: Strong Ukraine relations ...".
  void HeadlineColon(const Sentence& s, int si, std::vector<Attribution>* found) {
    if (!found->empty()) return;
    for (uint32_t i = s.first + 1; i < s.last && i < s.first + 6; ++i) {
      if (tok(i).lower != ":") continue;
      int m = MentionEndingAt(i);
      if (m < 0 || mention(m).first != s.first) return;
      Attribution a;
      a.sentence = si;
      a.speaker = ActorOf(m, si);
      if (a.speaker < 0) return;
      a.cue = lex_.CueByLemma("say");
      a.cue_first = a.cue_last = i;
      a.speaker_first = mention(m).first;
      a.speaker_last = mention(m).last;
      a.content_first = i + 1;
      a.content_last = s.last;
      a.rule = "headline_colon";
      found->push_back(a);
      return;
    }
  }

  // A cue inside another attribution's content is reported speech within reported speech
  // ("Lavrov told reporters that Moscow would welcome ..."): the outer speaker's claim only.
  void DropEmbedded(std::vector<Attribution>* found) {
    std::vector<Attribution> kept;
    for (const auto& a : *found) {
      bool embedded = false;
      for (const auto& o : *found) {
        if (&o == &a || o.speaker == a.speaker || o.cue_first >= a.cue_first) continue;
        if (a.rule == "possessive_noun" || a.rule == "noun_from" || a.rule == "according_to" ||
            o.rule == "according_to") {
          continue;
        }
        if (a.cue_first >= o.content_first && a.cue_first < o.content_last) embedded = true;
      }
      if (!embedded) kept.push_back(a);
    }
    *found = std::move(kept);
  }

  // "X urged ..., according to Z": one claim by X with Z as its source.
  void Nest(std::vector<Attribution>* found) {
    for (size_t k = 0; k < found->size(); ++k) {
      Attribution& acc = (*found)[k];
      if (acc.rule != "according_to" || acc.cue_first == doc_.sentences[acc.sentence].first) continue;
      bool at_end = acc.speaker_last + 1 >= doc_.sentences[acc.sentence].last;
      if (!at_end) continue;
      for (size_t o = 0; o < found->size(); ++o) {
        Attribution& other = (*found)[o];
        if (o == k || other.rule == "according_to" || other.cue_first > acc.cue_first) continue;
        other.source = acc.speaker;
        if (other.content_last > acc.cue_first && other.content_first < acc.cue_first) {
          other.content_last = acc.cue_first;
          Trim(&other.content_first, &other.content_last);
        }
        found->erase(found->begin() + static_cast<long>(k));
        return;
      }
    }
  }

  void SetLastSpeaker(int speaker, int sentence, int cue, int quote) {
    last_speaker_ = speaker;
    last_sentence_ = sentence;
    last_cue_ = cue;
    pending_quote_ = quote;
  }

  void Emit(Attribution a) {
    if (options_.headline) a.form = ClaimForm::kHeadline;
    int quote = linked_quote_;
    linked_quote_ = -1;
    bool silent = false;
    const Sentence& s = doc_.sentences[a.sentence];
    if (quote < 0 && tok(s.last - 1).lower == ":" && a.content_last >= s.last - 1) {
      // "X said: <quoted paragraph>": the quote belongs to X; a content that is only an
      // adjunct ("tweeted using his account:") is no claim of its own.
      quote = NextQuote(a.sentence);
      const Token& first = tok(a.content_first);
      static const std::unordered_set<std::string_view> kAdjunct = {
          "using", "in", "on", "at", "to", "via", "through", "with", "from", "during", "after"};
      silent = quote >= 0 && kAdjunct.count(first.lower) > 0;
      if (quote >= 0 && a.content_last == a.content_first) silent = true;
    }
    if (claimed_.count({a.sentence, a.speaker})) silent = true;
    if (!silent) {
      out_.push_back(a);
      claimed_.insert({a.sentence, a.speaker});
    }
    SetLastSpeaker(a.speaker, a.sentence, a.cue, quote);
    if (quote >= 0) QuoteBlock(quote, a);
  }

  // Every other sentence of a linked quote (and of the quotes continuing it) is a claim too.
  void QuoteBlock(int q, const Attribution& a) {
    while (q >= 0) {
      const Quote& quote = doc_.quotes[q];
      for (uint32_t t = quote.open; t < std::min<uint32_t>(quote.close, doc_.tokens.size()); ++t) {
        int si = tok(t).sentence;
        if (si == a.sentence || claimed_.count({si, a.speaker})) continue;
        const Sentence& s = doc_.sentences[si];
        Attribution b = a;
        b.sentence = si;
        b.rule = "quote_block";
        b.form = ClaimForm::kDirect;
        b.object = -1;
        b.content_first = std::max(s.first, quote.open + 1);
        b.content_last = std::min(s.last, quote.close);
        b.speaker_first = b.speaker_last = b.cue_first = b.cue_last = 0;
        out_.push_back(b);
        claimed_.insert({si, a.speaker});
      }
      q = quote.continues ? NextParagraphQuote(quote.paragraph) : -1;
    }
  }

  // The quote opening the sentence after `sentence`, or -1.
  int NextQuote(int sentence) const {
    if (sentence + 1 >= static_cast<int>(doc_.sentences.size())) return -1;
    const Token& first = tok(doc_.sentences[sentence + 1].first);
    return IsOpen(first) ? first.quote : -1;
  }

  int NextParagraphQuote(int paragraph) const {
    if (paragraph + 1 >= static_cast<int>(doc_.paragraphs.size())) return -1;
    const Paragraph& p = doc_.paragraphs[paragraph + 1];
    if (p.first_sentence >= doc_.sentences.size()) return -1;
    const Token& first = tok(doc_.sentences[p.first_sentence].first);
    return IsOpen(first) ? first.quote : -1;
  }

  // Quoted sentences left without a speaker go to the nearest preceding attribution.
  void Floating() {
    if (options_.headline) return;
    std::unordered_set<int> has_claim;
    for (const auto& a : out_) has_claim.insert(a.sentence);
    std::vector<Attribution> sorted = out_;
    std::sort(sorted.begin(), sorted.end(),
              [](const Attribution& x, const Attribution& y) { return x.sentence < y.sentence; });
    size_t next = 0;
    const Attribution* last = nullptr;
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      while (next < sorted.size() && sorted[next].sentence < static_cast<int>(si)) last = &sorted[next++];
      if (has_claim.count(static_cast<int>(si)) || !last) continue;
      const Sentence& s = doc_.sentences[si];
      if (!MostlyQuoted(s)) continue;
      int gap = s.paragraph - doc_.sentences[last->sentence].paragraph;
      if (gap > 1) continue;
      Attribution b = *last;
      b.sentence = static_cast<int>(si);
      b.rule = "floating_quote";
      b.form = ClaimForm::kDirect;
      b.object = -1;
      b.source = -1;
      b.content_first = s.first;
      b.content_last = s.last;
      Trim(&b.content_first, &b.content_last);
      b.speaker_first = b.speaker_last = b.cue_first = b.cue_last = 0;
      out_.push_back(b);
    }
  }

  bool MostlyQuoted(const Sentence& s) const {
    if (!IsOpen(tok(s.first)) && tok(s.first).quote < 0) return false;
    int in = 0, all = 0;
    for (uint32_t i = s.first; i < s.last; ++i) {
      if (tok(i).kind != TokenKind::kWord) continue;
      ++all;
      if (tok(i).quote >= 0) ++in;
    }
    return all > 0 && in * 10 >= all * 6;
  }

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

}  // namespace

std::vector<Attribution> Attribute(const Document& doc, const Lexicon& lex, ActorAnalysis* actors,
                                   const AttributionOptions& options) {
  return Attributor(doc, lex, actors, options).Run();
}

}  // namespace sg::ingest
