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
    int negation = FindNegation(doc_, a_.content_first, PolarityEnd());
    c.polarity = Polarity(negation);
    c.modality = Modality();
    Targets(&c);
    Proposition(&c, negation);
    return c;
  }

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }

  // Where the claim's own clause ends for polarity: before a coordinated second cue
  // ("welcomed the deal and said the world cannot look away": the negation is the second
  // statement's).
  uint32_t PolarityEnd() const {
    const Sentence& s = doc_.sentences[a_.sentence];
    for (uint32_t i = a_.content_first; i + 1 < a_.content_last; ++i) {
      if (tok(i).lower != "and" || tok(i).quote >= 0) continue;
      // A verb of saying in the past tense ("and said", "and added", "and told reporters").
      int cue;
      std::string_view w = tok(i + 1).lower;
      bool past = w == "said" || w == "told" || w == "wrote" ||
                  (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0);
      if (past && lex_.MatchCueVerb(doc_, i + 1, s.last, &cue) > 0 &&
          lex_.cue(cue).act == "statement") {
        return i;
      }
    }
    return a_.content_last;
  }

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

  // True for an actor named as the object of a preposition ("after the agency recommended",
  // "positive feedback for X"): the content's tone is not about it.
  bool PrepObject(const Mention& m) const {
    static const internal::WordSet kPreps = {"for", "to", "with", "in", "at", "from", "into",
                                             "about", "against", "on", "over", "toward",
                                             "towards", "among", "between", "after", "under"};
    uint32_t b = m.first;
    while (b > a_.content_first && tok(b - 1).lower == "the") --b;
    return b > a_.content_first && kPreps.count(tok(b - 1).lower) > 0;
  }

  // True for the recipient of something named before it ("feedback for Mohamed", "messages to
  // X", "in reaction to X"): the verb that follows ("had helped", "grew") is the thing's, not
  // the recipient's. Not "from/of/by/with X", whose thing is the actor's own ("initiatives
  // from X have provided ...").
  bool Recipient(const Mention& m) const {
    static const internal::WordSet kPreps = {"for",     "to",      "toward", "towards",
                                             "against", "on",      "upon",   "into"};
    uint32_t b = m.first;
    while (b > a_.content_first && tok(b - 1).lower == "the") --b;
    // A preposition right after the cue ("tweeted to X and said ...") names its addressee.
    return b > a_.content_first + 1 && kPreps.count(tok(b - 1).lower) > 0;
  }

  // "accuses the government of ...", "condemned the regime": a government named by
  // description as the cue's object is the latest other country named before it (same or
  // previous sentence), not the speaker's own; only for a speaker who speaks for a country.
  int GovernmentObject() const {
    static const internal::WordSet kGov = {"government", "regime", "authorities", "leadership"};
    uint32_t b = a_.content_first;
    if (b + 1 >= a_.content_last || tok(b).lower != "the" || !kGov.count(tok(b + 1).lower)) {
      return -1;
    }
    // Only when the speaker's own side is a known country ("the government" is the other's).
    if (a_.speaker < 0) return -1;
    int own = an_.table.Top(a_.speaker);
    if (an_.table.actors()[own].kind != ActorKind::kCountry) return -1;
    int sentence = tok(b).sentence;
    for (int k = static_cast<int>(an_.mentions.size()) - 1; k >= 0; --k) {
      const Mention& m = an_.mentions[k];
      if (m.first >= b || m.actor < 0 || m.weak || m.type == MentionType::kPronoun) continue;
      if (tok(m.first).sentence < sentence - 1) break;
      int top = an_.table.Top(m.actor);
      if (an_.table.actors()[top].kind != ActorKind::kCountry || top == own) continue;
      return top;
    }
    return -1;
  }

  // True when nothing but the words of one noun phrase (and its relative clause) stand
  // between the cue and the mention: "rejected a proposal that would grant American firms".
  bool ObjectNp(const Mention& m) const {
    if (cue_.frame != CueFrame::kObject) return false;
    for (uint32_t i = a_.content_first; i < m.first; ++i) {
      if (kClauseBreaks.count(tok(i).lower) || tok(i).quote >= 0) return false;
    }
    return m.first < a_.content_first + 10;
  }

  // Sign of the evaluative words around a mention: after it (it does or is described), and a
  // "both"-role word right before it (it is sanctioned, supported).
  int LocalStance(const Mention& m, bool* victim = nullptr, uint32_t* act_at = nullptr) const {
    static const internal::WordSet kReversers = {"no",    "not",  "without", "lack", "lacks",
                                                 "never", "lost", "lose",    "loses"};
    int sum = 0;
    int flip = 1;
    uint32_t e = a_.content_last;
    if (Recipient(m)) e = m.last;
    for (uint32_t i = m.last, n = 0; i < e && n < 10; ++i, ++n) {
      const Token& t = tok(i);
      if (kClauseBreaks.count(t.lower) && n > 0) break;
      if (t.lower == "that" || t.lower == "which" || t.lower == "who") break;
      int other = an_.mention_at[i];
      if (other >= 0 && an_.mentions[other].actor >= 0 && n > 1 &&
          an_.mentions[other].type != MentionType::kPronoun) {
        // A possessor names whose thing follows ("X's role as Y's key partner"): go on.
        const Mention& o = an_.mentions[other];
        if (o.last < e && tok(o.last).lower == "'s") {
          n += o.last - i;
          i = o.last;
          continue;
        }
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
        // The doer named after its act: "attacks by the militia", "an incursion of Russian
        // forces" (a demonym with a force noun acts; "the invasion of Ukraine" suffers).
        std::string_view link = i < m.first ? tok(i).lower : std::string_view();
        bool doer = link == "by" ||
                    (link == "of" && m.type == MentionType::kDemonym && !m.weak);
        if (doer) {
          sum += p->sign;
        } else if (p->role != PredicateRole::kAgent) {
          sum += p->sign;
          if (p->sign < 0 && act_at) *act_at = i - 1;
        } else if (p->sign < 0 && sum == 0 && victim) {
          *victim = true;
          if (act_at) *act_at = i - 1;
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

  // True for an actor named only by vague source nouns ("journalists", "critics"): no named
  // actor, so no target, even as the object of the cue.
  bool Vague(int actor) const {
    for (const Mention& m : an_.mentions) {
      if (m.actor == actor && m.type != MentionType::kSource) return false;
    }
    return true;
  }

  // "the pair", "the two leaders", "both countries": a plural description of the two actors
  // of one kind named last before it. Returns the number of its tokens (0 if none) and the
  // kind it asks for.
  uint32_t PairAt(uint32_t i, ActorKind* kind) const {
    static const internal::WordSet kPeople = {"men",       "women",    "leaders",  "ministers",
                                              "presidents", "diplomats", "envoys",  "officials",
                                              "counterparts", "sides"};
    static const internal::WordSet kStates = {"countries", "nations", "governments", "states",
                                              "neighbours", "neighbors"};
    if (i + 1 >= a_.content_last) return 0;
    std::string_view w0 = tok(i).lower, w1 = tok(i + 1).lower;
    if (w0 == "the" && w1 == "pair") {
      *kind = ActorKind::kPerson;
      return 2;
    }
    uint32_t n = 0;
    if (w0 == "both") n = 1;
    if (w0 == "the" && w1 == "two") n = 2;
    if (n == 0 || i + n >= a_.content_last) return 0;
    std::string_view noun = tok(i + n).lower;
    if (kPeople.count(noun)) {
      *kind = noun == "sides" ? ActorKind::kCountry : ActorKind::kPerson;
    } else if (kStates.count(noun)) {
      *kind = ActorKind::kCountry;
    } else {
      return 0;
    }
    return n + 1;
  }

  // The last two distinct actors of `kind` named before token `at` (within three sentences).
  std::vector<int> LastTwo(uint32_t at, ActorKind kind) const {
    std::vector<std::pair<uint32_t, int>> seen;  // (position, actor), latest first
    int sentence = tok(at).sentence;
    for (const Mention& m : an_.mentions) {
      if (m.last > at || m.actor < 0 || m.weak || m.type == MentionType::kPronoun ||
          m.type == MentionType::kSource || tok(m.first).sentence < sentence - 3) {
        continue;
      }
      int actor = kind == ActorKind::kCountry ? an_.table.Top(m.actor) : m.actor;
      if (an_.table.actors()[actor].kind != kind || actor == a_.speaker) continue;
      bool found = false;
      for (auto& [pos, a] : seen) {
        if (a == actor) {
          pos = std::max(pos, m.first);
          found = true;
        }
      }
      if (!found) seen.push_back({m.first, actor});
    }
    std::sort(seen.begin(), seen.end(), [](const auto& x, const auto& y) { return x > y; });
    std::vector<int> out;
    for (size_t k = 0; k < seen.size() && k < 2; ++k) out.push_back(seen[k].second);
    if (out.size() < 2) out.clear();
    return out;
  }

  void Targets(graph::ClaimDraft* c) const {
    // "according to X" reports facts: X's stance is in the words about an actor, not in the
    // tone of the whole ("since launching a crackdown, Pakistan has repatriated ...").
    const int tone = cue_.lemma == "according to" ? 0 : ContentTone();
    // The addressee of an appeal is asked to act, not judged ("asked X to help"): neutral.
    const bool appeal = cue_.act == "appeal" && cue_.stance == 0;
    // The addressee runs up to the requested act ("urged India to ...", "called on X to").
    uint32_t addressee_end = a_.content_first;
    for (uint32_t i = a_.content_first; appeal && i < a_.content_last && i < a_.content_first + 8;
         ++i) {
      if (tok(i).lower == "to") {
        addressee_end = i;
        break;
      }
    }
    auto add = [&](int actor, int stance) {
      if (actor < 0 || actor == a_.speaker) return;
      for (auto& t : c->targets) {
        if (t.actor == actor) {
          if (t.stance == 0 && !(appeal && actor == a_.object)) t.stance = static_cast<int8_t>(stance);
          return;
        }
      }
      c->targets.push_back({actor, static_cast<int8_t>(stance)});
    };
    if (a_.object >= 0 && !Vague(a_.object)) {
      ActorKind k = an_.table.actors()[a_.object].kind;
      if (k != ActorKind::kUnknown && k != ActorKind::kAnonymous) add(a_.object, cue_.stance);
    }
    bool named_object = a_.object >= 0 && !Vague(a_.object) &&
                        an_.table.actors()[a_.object].kind != ActorKind::kUnknown &&
                        an_.table.actors()[a_.object].kind != ActorKind::kAnonymous;
    if (!named_object && cue_.frame == CueFrame::kObject && cue_.stance != 0) {
      if (int gov = GovernmentObject(); gov >= 0) add(gov, cue_.stance);
    }
    bool first = true;
    for (uint32_t i = a_.content_first; i < a_.content_last; ++i) {
      int mi = an_.mention_at[i];
      ActorKind pair_kind;
      if (mi < 0) {
        if (uint32_t n = PairAt(i, &pair_kind); n > 0) {
          for (int actor : LastTwo(i, pair_kind)) add(actor, tone);
          first = false;
          i += n - 1;
        }
        continue;
      }
      if (an_.mentions[mi].first != i) continue;
      const Mention& m = an_.mentions[mi];
      if (int p = PronounActor(mi); p >= 0) {
        int stance = LocalStance(m);
        // The content's tone reaches a pronoun subject ("he"), not a possessor or object ("his
        // situation", "told him"): the tone is about the thing or the act.
        bool subject_pronoun = m.pronoun == "he" || m.pronoun == "she";
        if (stance == 0 && subject_pronoun) stance = tone;
        if (first && cue_.stance != 0 && cue_.frame == CueFrame::kObject) stance = cue_.stance;
        first = false;
        add(p, stance);
        continue;
      }
      if (!Eligible(m)) continue;
      if (m.first >= a_.speaker_first && m.last <= a_.speaker_last && a_.speaker_last > 0) continue;
      bool victim = false;
      uint32_t act_at = UINT32_MAX;
      int stance = LocalStance(m, &victim, &act_at);
      // Opposing a hostile act done to an actor sides with that actor: "opposed sanctions on
      // Moscow", "condemned the shelling of Kharkiv" (the act heads the cue's object).
      bool shielded = cue_.stance < 0 && cue_.frame == CueFrame::kObject &&
                      act_at != UINT32_MAX && act_at <= a_.content_first + 2;
      if (shielded) stance = 1;
      // The content's tone reaches the actors it is about, not places named in passing.
      // A demonym ("the Russians", "Russian forces") stands for people, not a place.
      bool country = an_.table.actors()[m.actor].kind == ActorKind::kCountry &&
                     m.type != MentionType::kDemonym;
      bool by_agent = m.first > a_.content_first && tok(m.first - 1).lower == "by";
      if (stance == 0 && !victim && !m.compound && !Locative(m) && !PrepObject(m) &&
          (!country || first || by_agent)) {
        stance = tone;
      }
      // Bodies that the world at large treats as hostile (designated terrorist groups).
      if (stance == 0) stance = Prior(m.actor);
      // The content's subject of a hostile or friendly cue: "warned Russia could ...".
      bool subject = first && (m.first <= a_.content_first + 3 || ObjectNp(m));
      if (subject && !shielded && cue_.stance != 0 && cue_.frame == CueFrame::kObject) {
        stance = cue_.stance;
      }
      if (subject && !shielded && cue_.lemma == "accuse") stance = -1;
      if (appeal && m.last <= addressee_end) stance = 0;
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

namespace {

bool IsDash(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.lower == "--" || t.lower == "-");
}

}  // namespace

// Negation scope stops at an aside: a negator between a pair of dashes or inside parentheses
// ("unless its demands -- including a promise never to admit Kyiv -- are met") belongs to the
// aside, not to the clause around it. A lone dash opens no aside (its clause runs on).
int FindNegation(const Document& doc, uint32_t first, uint32_t last) {
  int neg = -1;
  uint32_t aside_end = first;  // tokens before this index lie inside the current aside
  int parens = 0;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    // A non-restrictive relative clause (", which ... ,", ", who ... ,") is an aside too.
    bool relative = i > first && i >= aside_end && doc.tokens[i - 1].lower == "," &&
                    (t.lower == "which" || t.lower == "who");
    if (i >= aside_end && (IsDash(t) || relative)) {
      uint32_t k = i + 1;
      while (!relative && k < last && IsDash(doc.tokens[k])) ++k;  // "--" typed as two hyphens
      for (; k < last; ++k) {
        if (relative ? doc.tokens[k].lower == "," : IsDash(doc.tokens[k])) {
          while (!relative && k + 1 < last && IsDash(doc.tokens[k + 1])) ++k;
          aside_end = k + 1;
          break;
        }
      }
      continue;
    }
    if (t.kind == TokenKind::kPunct && t.lower == "(") ++parens;
    if (t.kind == TokenKind::kPunct && t.lower == ")" && parens > 0) --parens;
    if (i < aside_end || parens > 0) continue;
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
