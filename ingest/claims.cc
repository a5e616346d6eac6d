#include "ingest/claims.h"

#include <algorithm>
#include <unordered_set>

#include "ingest/internal/word_set.h"

namespace sg::ingest {
namespace {

using graph::ActorKind;

const internal::WordSet kNegators = {"not",     "no",  "never",  "nothing", "none",
                                     "neither", "nor", "nobody", "cannot",  "n't"};
const internal::WordSet kContrasts = {"but", "yet", "however", "although", "though", "whereas"};
const internal::WordSet kClauseBreaks = {",",   ";",     ":",       "--",      "but",
                                         "and", "while", "because", "although"};

bool IsNegator(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  if (kNegators.count(t.lower)) return true;
  return t.lower.size() > 3 && t.lower.compare(t.lower.size() - 3, 3, "n't") == 0;
}

int Sign(int v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }

class Builder {
 public:
  Builder(const Document& doc, const Lexicon& lex, const ActorAnalysis& an, const Attribution& a)
      : doc_(doc), lex_(lex), an_(an), a_(a), cue_(lex.cue(a.cue)) {}

  graph::ClaimDraft Build() {
    graph::ClaimDraft c;
    const Sentence& s = doc_.sentences[a_.sentence];
    c.speaker = a_.speaker;
    c.source = a_.source;
    c.cue = cue_.lemma;
    c.form = a_.form;
    c.start = s.begin;
    c.end = s.end;
    c.content = std::string(doc_.Span(a_.content_first, a_.content_last));
    c.rule = a_.rule;
    int negation = FindNegation(doc_, a_.content_first, a_.content_last);
    c.polarity = Polarity(negation);
    c.modality = Modality();
    Targets(&c);
    Proposition(&c, negation);
    return c;
  }

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }

  int8_t Polarity(int negation) const {
    if (cue_.polarity != 1) return cue_.polarity;
    uint32_t b = a_.content_first, e = a_.content_last;
    const Sentence& s = doc_.sentences[a_.sentence];
    for (uint32_t i = b; i < std::min(s.last, e + 2); ++i) {
      if (tok(i).lower == "?" && tok(i).quote == (b < e ? tok(b).quote : -1)) return 0;
    }
    for (uint32_t i = b; i < e && i < b + 6; ++i) {
      if (tok(i).lower == "should" || tok(i).lower == "must") return 0;
      if (tok(i).lower == "," || tok(i).lower == "that") break;
    }
    return negation >= 0 ? -1 : 1;
  }

  graph::Modality Modality() const {
    bool possible = false, future = false;
    for (uint32_t i = a_.content_first; i < a_.content_last; ++i) {
      std::string_view w = tok(i).lower;
      if (w == "if" || w == "unless") return graph::Modality::kConditional;
      if (w == "could" || w == "may" || w == "might" || w == "can") possible = true;
      if (w == "will" || w == "'ll" || w == "shall" ||
          (w == "going" && i + 1 < a_.content_last && tok(i + 1).lower == "to")) {
        future = true;
      }
    }
    if (possible) return graph::Modality::kPossible;
    if (future) return graph::Modality::kFuture;
    return graph::Modality::kAsserted;
  }

  bool Eligible(const Mention& m) const {
    if (m.actor < 0 || m.weak || m.type == MentionType::kPronoun ||
        m.type == MentionType::kSource) {
      return false;
    }
    if (m.actor == a_.speaker) return false;
    ActorKind k = an_.table.actors()[m.actor].kind;
    return k != ActorKind::kUnknown && k != ActorKind::kAnonymous;
  }

  // Sign of the evaluative words around a mention: after it (it does or is described), and a
  // "both"-role word right before it (it is sanctioned, supported).
  int LocalStance(const Mention& m, bool* victim = nullptr) const {
    static const internal::WordSet kReversers = {"no",    "not",  "without", "lack", "lacks",
                                                 "never", "lost", "lose",    "loses"};
    int sum = 0;
    int flip = 1;
    uint32_t e = a_.content_last;
    for (uint32_t i = m.last, n = 0; i < e && n < 10; ++i, ++n) {
      const Token& t = tok(i);
      if (kClauseBreaks.count(t.lower) && n > 0) break;
      if (t.lower == "that" || t.lower == "which" || t.lower == "who") break;
      int other = an_.mention_at[i];
      if (other >= 0 && an_.mentions[other].actor >= 0 && n > 1 &&
          an_.mentions[other].type != MentionType::kPronoun) {
        break;
      }
      if (kReversers.count(t.lower) ||
          (t.lower.size() > 3 && t.lower.compare(t.lower.size() - 3, 3, "n't") == 0)) {
        flip = -1;
      }
      if (const PredicateEntry* p = lex_.Predicate(t)) {
        if (p->role != PredicateRole::kPatient) sum += flip * p->sign;
      }
    }
    // A verb or noun right before the actor acting on it: "sanction Russia", "support for X";
    // the object of a hostile act done by someone else is its victim ("destroy the FBI").
    for (uint32_t i = m.first, n = 0; i > a_.content_first && n < 6; --i, ++n) {
      const Token& t = tok(i - 1);
      // Pass over an earlier conjunct: "destroy the Justice Department and the FBI".
      if ((t.lower == "and" || t.lower == "or") && i - 1 > a_.content_first) {
        int prev = an_.mention_at[i - 2];
        if (prev >= 0 && an_.mentions[prev].last == i - 1) {
          i = an_.mentions[prev].first + 1;
          continue;
        }
      }
      if (kClauseBreaks.count(t.lower)) break;
      if (const PredicateEntry* p = lex_.Predicate(t)) {
        if (p->role != PredicateRole::kAgent) {
          sum += p->sign;
        } else if (p->sign < 0 && sum == 0 && victim) {
          *victim = true;
        }
        break;
      }
      if (t.lower != "the" && t.lower != "for" && t.lower != "of" && t.lower != "with" &&
          t.lower != "on" && t.lower != "against") {
        break;
      }
    }
    return Sign(sum);
  }

  // Third-person pronouns in the content stand for the latest other person named before them.
  int PronounActor(int mi) const {
    const Mention& m = an_.mentions[mi];
    static const internal::WordSet kThird = {"he", "him", "his", "she", "her"};
    if (m.type != MentionType::kPronoun || !kThird.count(m.pronoun)) return -1;
    int sentence = tok(m.first).sentence;
    for (int k = mi - 1; k >= 0; --k) {
      const Mention& c = an_.mentions[k];
      if (tok(c.first).sentence < sentence - 3) break;
      if (c.actor < 0 || c.weak || c.type == MentionType::kPronoun || c.modifier) continue;
      if (an_.table.actors()[c.actor].kind != ActorKind::kPerson) continue;
      if (c.first >= a_.speaker_first && c.last <= a_.speaker_last && a_.speaker_last > 0) continue;
      return c.actor == a_.speaker ? -1 : c.actor;
    }
    return -1;
  }

  int Prior(int actor) const {
    int e = lex_.FindEntry(an_.table.actors()[actor].name);
    return e < 0 ? 0 : lex_.entries()[e].prior;
  }

  // True for a place named after a locative preposition ("deported to Afghanistan").
  bool Locative(const Mention& m) const {
    static const internal::WordSet kLocative = {
        "in",   "to",     "from",  "across", "into",   "at",      "within",  "throughout",
        "near", "inside", "under", "around", "toward", "towards", "between", "including"};
    uint32_t b = m.first;
    while (b > a_.content_first && tok(b - 1).lower == "the") --b;
    // One modifier may stand between: "in Taliban-controlled Afghanistan".
    if (b > a_.content_first + 1 && tok(b - 1).kind == TokenKind::kWord &&
        tok(b - 1).lower.find('-') != std::string::npos) {
      --b;
    }
    return b > a_.content_first && kLocative.count(tok(b - 1).lower) > 0;
  }

  // The sign of the evaluative words of the whole content.
  int ContentTone() const {
    int sum = 0;
    for (uint32_t i = a_.content_first; i < a_.content_last; ++i) {
      const Token& t = tok(i);
      int mi = an_.mention_at[i];
      if (mi >= 0 && an_.mentions[mi].type != MentionType::kPronoun && !an_.mentions[mi].weak)
        continue;
      if (const PredicateEntry* p = lex_.Predicate(t)) {
        if (p->role == PredicateRole::kAgent) sum += p->sign;
      }
    }
    return Sign(sum);
  }

  void Targets(graph::ClaimDraft* c) const {
    const int tone = ContentTone();
    auto add = [&](int actor, int stance) {
      if (actor < 0 || actor == a_.speaker) return;
      for (auto& t : c->targets) {
        if (t.actor == actor) {
          if (t.stance == 0) t.stance = static_cast<int8_t>(stance);
          return;
        }
      }
      c->targets.push_back({actor, static_cast<int8_t>(stance)});
    };
    if (a_.object >= 0) {
      ActorKind k = an_.table.actors()[a_.object].kind;
      if (k != ActorKind::kUnknown && k != ActorKind::kAnonymous) add(a_.object, cue_.stance);
    }
    bool first = true;
    for (uint32_t i = a_.content_first; i < a_.content_last; ++i) {
      int mi = an_.mention_at[i];
      if (mi < 0 || an_.mentions[mi].first != i) continue;
      const Mention& m = an_.mentions[mi];
      if (int p = PronounActor(mi); p >= 0) {
        int stance = LocalStance(m);
        if (stance == 0) stance = tone;
        if (first && cue_.stance != 0 && cue_.frame == CueFrame::kObject) stance = cue_.stance;
        first = false;
        add(p, stance);
        continue;
      }
      if (!Eligible(m)) continue;
      if (m.first >= a_.speaker_first && m.last <= a_.speaker_last && a_.speaker_last > 0) continue;
      bool victim = false;
      int stance = LocalStance(m, &victim);
      // The content's tone reaches the actors it is about, not places named in passing.
      bool country = an_.table.actors()[m.actor].kind == ActorKind::kCountry;
      bool by_agent = m.first > a_.content_first && tok(m.first - 1).lower == "by";
      if (stance == 0 && !victim && !m.compound && !Locative(m) &&
          (!country || first || by_agent)) {
        stance = tone;
      }
      // Bodies that the world at large treats as hostile (designated terrorist groups).
      if (stance == 0) stance = Prior(m.actor);
      // The content's subject of a hostile or friendly cue: "warned Russia could ...".
      bool subject = first && m.first <= a_.content_first + 3;
      if (subject && cue_.stance != 0 && cue_.frame == CueFrame::kObject) stance = cue_.stance;
      if (subject && cue_.lemma == "accuse") stance = -1;
      first = false;
      add(m.actor, stance);
    }
  }

  void Proposition(graph::ClaimDraft* c, int negation) const {
    uint32_t b = a_.content_first, e = a_.content_last;
    for (uint32_t i = b; i < e; ++i) {
      const PredicateEntry* p = lex_.Predicate(tok(i));
      if (!p || p->cls.empty()) continue;
      c->proposition.predicate = p->cls;
      int agent = -1, patient = -1;
      for (uint32_t k = i; k > b; --k) {
        int mi = an_.mention_at[k - 1];
        if (mi < 0) continue;
        const Mention& m = an_.mentions[mi];
        if (m.actor >= 0 && !m.weak && m.type != MentionType::kPronoun &&
            m.type != MentionType::kSource) {
          agent = m.actor;
          break;
        }
        if (m.type == MentionType::kPronoun &&
            (m.pronoun == "we" || m.pronoun == "i" || m.pronoun == "it" || m.pronoun == "our")) {
          agent = a_.speaker;
          break;
        }
      }
      uint32_t after = i + 1;
      if (agent < 0 && after + 1 < e && (tok(after).lower == "of" || tok(after).lower == "by")) {
        int mi = an_.mention_at[after + 1];
        if (mi >= 0 && an_.mentions[mi].actor >= 0 && !an_.mentions[mi].weak) {
          agent = an_.mentions[mi].actor;
          after = an_.mentions[mi].last;
        }
      }
      if (agent < 0) agent = a_.speaker;
      for (uint32_t k = after; k < e && k < after + 6; ++k) {
        int mi = an_.mention_at[k];
        if (mi < 0) continue;
        const Mention& m = an_.mentions[mi];
        if (m.actor >= 0 && m.actor != agent && !m.weak && m.type != MentionType::kPronoun &&
            m.type != MentionType::kSource) {
          patient = m.actor;
          break;
        }
      }
      c->proposition.agent = agent;
      c->proposition.patient = patient;
      c->proposition.negated = negation >= 0;
      return;
    }
  }

  const Document& doc_;
  const Lexicon& lex_;
  const ActorAnalysis& an_;
  const Attribution& a_;
  const CueEntry& cue_;
};

}  // namespace

int FindNegation(const Document& doc, uint32_t first, uint32_t last) {
  int neg = -1;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (kContrasts.count(t.lower)) return -1;
    if (neg >= 0 || !IsNegator(t)) continue;
    std::string_view prev = i > first ? doc.tokens[i - 1].lower : std::string_view();
    std::string_view next = i + 1 < last ? doc.tokens[i + 1].lower : std::string_view();
    if (t.lower == "not" && (prev == "if" || prev == "or" || next == "only")) continue;
    neg = static_cast<int>(i);
  }
  return neg;
}

graph::ClaimDraft BuildClaim(const Document& doc, const Lexicon& lex, const ActorAnalysis& actors,
                             const Attribution& attribution) {
  return Builder(doc, lex, actors, attribution).Build();
}

}  // namespace sg::ingest
