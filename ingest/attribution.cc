#include <algorithm>

#include "ingest/internal/attributor.h"

namespace sg::ingest {
namespace internal {

std::vector<Attribution> Attributor::Run() {
  for (size_t s = 0; s < doc_.sentences.size(); ++s) ProcessSentence(static_cast<int>(s));
  Floating();
  std::stable_sort(out_.begin(), out_.end(), [](const Attribution& a, const Attribution& b) {
    return a.sentence < b.sentence;
  });
  return std::move(out_);
}

// True when [b, e) has at least n words other than dates and auxiliaries.
bool Attributor::HasWords(uint32_t b, uint32_t e, int n) const {
  int words = 0;
  for (uint32_t i = b; i < e; ++i) {
    bool word = tok(i).kind == TokenKind::kWord || tok(i).kind == TokenKind::kNumber;
    if (word && !Skippable(i)) ++words;
  }
  return words >= n;
}

void Attributor::Trim(uint32_t* b, uint32_t* e) const {
  auto junk = [&](const Token& t) {
    return t.kind == TokenKind::kPunct && t.lower != "?" && t.lower != "!";
  };
  while (*b < *e && (junk(tok(*b)) || tok(*b).lower == "that")) ++*b;
  while (*e > *b && junk(tok(*e - 1))) --*e;
}

void Attributor::ProcessSentence(int si) {
  const Sentence& s = doc_.sentences[si];
  std::vector<Attribution> found;
  for (uint32_t i = s.first; i < s.last; ++i) {
    if (tok(i).quote >= 0 || tok(i).kind != TokenKind::kWord) continue;
    int m = an_.mention_at[i];
    if (m >= 0 && mention(m).type != MentionType::kPronoun) continue;
    int cue = -1;
    int n = lex_.MatchCueVerb(doc_, i, s.last, &cue);
    // After a determiner the form is a noun ("issued the warning"), not a verb.
    static const internal::WordSet kDeterminers = {"a",     "an",  "the",  "his",  "her", "its",
                                                   "their", "our", "this", "that", "any", "no"};
    if (n > 0 && i > s.first && kDeterminers.count(tok(i - 1).lower)) n = 0;
    // "agreed to a ceasefire", "agreed to meet": an act, not a statement ("agreed that ...").
    if (n > 0 && i + n < s.last && tok(i + n).lower == "to" && lex_.cue(cue).lemma == "agree")
      n = 0;
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
        int noun = lex_.CueNoun(tok(k));
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
    int noun_cue = lex_.CueNoun(tok(i));
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

bool Attributor::IsPresent(uint32_t i) const {
  std::string_view w = tok(i).lower;
  return w.size() > 1 && w.back() == 's' && w.compare(w.size() - 2, 2, "ss") != 0;
}

// A cue verb at [cb, ce): finds the speaker and the content.
bool Attributor::TryVerb(const Sentence& s, int si, uint32_t cb, uint32_t ce, int cue,
                         Attribution* a) {
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
  bool after_quote =
      cb > s.first &&
      (IsClose(tok(prev)) || (tok(prev).lower == "," && prev > s.first && IsClose(tok(prev - 1))));
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
                ? MentionStartingAt(ce, s.last)
                : -1;
  if (inv >= 0) {
    const Mention& im = mention(inv);
    uint32_t after = im.last;
    // "..., said X had ...": X followed by an auxiliary is the content's subject, not the
    // speaker ("Paula Reyes, said voters had faced pressure").
    static const internal::WordSet kAuxiliaries = {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could",
        "can",  "may",  "might", "must", "should", "did", "does", "do"};
    bool ends = after >= s.last || tok(after).lower == "," || tok(after).lower == "." ||
                (Skippable(after) && !kAuxiliaries.count(tok(after).lower)) ||
                kPrepositions.count(tok(after).lower) || tok(after).lower == "ahead" ||
                IsOpen(tok(after));
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
  std::string_view w = tok(cb).lower;
  bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  int m = -1;
  // "with Boswell stating: ..."
  if (participle && cb >= s.first + 2 && tok(cb - 1).kind == TokenKind::kWord) {
    int before = MentionEndingAt(cb);
    if (before >= 0 && mention(before).first > s.first &&
        tok(mention(before).first - 1).lower == "with") {
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
    bool quote_before =
        subj_first > s.first && (IsClose(tok(subj_first - 1)) ||
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
bool Attributor::RightContent(const Sentence& s, uint32_t j, const CueEntry& entry,
                              Attribution* a) {
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
bool Attributor::IsLightVerbNoun(const Sentence& s, uint32_t j, Attribution* a) {
  if (!kLightVerbs.count(tok(a->cue_first).lower)) return false;
  for (uint32_t k = j; k < s.last && k < j + 4; ++k) {
    int noun = lex_.CueNoun(tok(k));
    if (noun >= 0) {
      a->cue = noun;
      a->content_first = k + 1;
      return true;
    }
  }
  return false;
}

// Content before the speaker: a quote ending there, else the sentence's start.
bool Attributor::LeftContent(const Sentence& s, uint32_t end, bool quote, Attribution* a) {
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

bool Attributor::AccordingTo(const Sentence& s, int si, uint32_t cb, uint32_t ce, Attribution* a) {
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
    if (mk >= 0 && mention(mk).actor >= 0 && actor(mention(mk).actor).kind == ActorKind::kPerson &&
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
void Attributor::AddCoordinated(const Sentence& s, int si, const Attribution& a,
                                std::vector<Attribution>* found) {
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
  // "X and Y accused each other": each is the other's object.
  uint32_t o = a.cue_last;
  bool reciprocal =
      o + 1 < s.last && ((tok(o).lower == "each" && tok(o + 1).lower == "other") ||
                         (tok(o).lower == "one" && tok(o + 1).lower == "another"));
  if (reciprocal && b.speaker != a.speaker) {
    b.object = a.speaker;
    for (auto& f : *found) {
      if (f.sentence == a.sentence && f.speaker == a.speaker && f.cue_first == a.cue_first)
        f.object = b.speaker;
    }
  }
  found->push_back(b);
}

// "Ukraine's complaints", "Trump's calls for an election"; "criticism from X".
bool Attributor::TryPossessiveNoun(const Sentence& s, int si, uint32_t i, int cue, Attribution* a) {
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

// Headline "Zelenskyy: Strong Ukraine relations ...".
void Attributor::HeadlineColon(const Sentence& s, int si, std::vector<Attribution>* found) {
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
void Attributor::DropEmbedded(std::vector<Attribution>* found) {
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
void Attributor::Nest(std::vector<Attribution>* found) {
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

}  // namespace internal

std::vector<Attribution> Attribute(const Document& doc, const Lexicon& lex, ActorAnalysis* actors,
                                   const AttributionOptions& options) {
  return internal::Attributor(doc, lex, actors, options).Run();
}

}  // namespace sg::ingest
