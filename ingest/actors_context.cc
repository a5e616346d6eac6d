#include <algorithm>
#include <unordered_map>

#include "graph/names.h"
#include "ingest/internal/recognizer.h"

namespace sg::ingest {
namespace internal {

// The latest person whose role contains `role`, else whose group is `group`.
int Recognizer::ResolveDescription(const std::string& role, int group) {
  for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
    if (it->actor < 0 || it->type == MentionType::kPronoun) continue;
    const auto& a = table().actors()[it->actor];
    if (a.kind != ActorKind::kPerson) continue;
    if (!a.role.empty() &&
        (a.role.find(role) != std::string::npos || role.find(a.role) != std::string::npos)) {
      return it->actor;
    }
  }
  if (group < 0) return -1;
  for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
    if (it->actor < 0 || it->type == MentionType::kPronoun) continue;
    const auto& a = table().actors()[it->actor];
    if (a.kind == ActorKind::kPerson && table().Top(it->actor) == table().Top(group))
      return it->actor;
  }
  return -1;
}

// "a senior official", "U.S. officials", "officials in Islamabad", "the NASS letter".
void Recognizer::SourceMention(const Sentence& s, uint32_t head, uint32_t head_end,
                               SourceNounKind kind) {
  uint32_t b = head;
  int group = -1;
  int owner = -1;  // a named body before a document noun
  int modifiers = 0;
  int prev = static_cast<int>(out_.mentions.size()) - 1;
  while (b > s.first && modifiers < 4) {
    uint32_t k = b - 1;
    const Token& t = tok(k);
    // An earlier mention ending here (U.S., DHS, Washington, Russian, Sharif's).
    uint32_t before = b;
    if (t.lower == "'s" && k > s.first) before = k;
    if (prev >= 0 && out_.mentions[prev].last == before &&
        out_.mentions[prev].type != MentionType::kPronoun && out_.mentions[prev].actor >= 0) {
      Mention& m = out_.mentions[prev--];
      m.modifier = true;
      group = m.actor;
      if (table().actors()[m.actor].kind != ActorKind::kUnknown) owner = m.actor;
      b = m.first;
      ++modifiers;
      continue;
    }
    // A common-noun possessor is another phrase: "the industry's main lobby group".
    if (!IsWord(t) || t.cap || t.lower == "'s") break;
    if (kDeterminers.count(t.lower)) {
      if (kKeptDeterminers.count(t.lower)) --b;
      break;
    }
    int cue;
    if (kModifierStops.count(t.lower) || kPronouns.count(t.lower) ||
        lex_.MatchCueVerb(doc_, k, s.last, &cue) > 0) {
      break;
    }
    --b;
    ++modifiers;
  }
  // "officials in Islamabad", "experts in Tashkent".
  uint32_t e = head_end;
  if (e + 1 < s.last && (tok(e).lower == "in" || tok(e).lower == "from") && group < 0) {
    AliasEntry a;
    if (Alias(e + 1, s.last, &a) > 0) group = ActorForEntry(a.entry);
  }
  // Fold modifier mentions into this phrase.
  while (!out_.mentions.empty() && out_.mentions.back().first >= b &&
         out_.mentions.back().type != MentionType::kPronoun) {
    for (uint32_t t = out_.mentions.back().first; t < out_.mentions.back().last; ++t)
      taken_[t] = false;
    out_.mentions.pop_back();
  }
  Mention m;
  m.first = b;
  m.last = head_end;
  m.type = MentionType::kSource;
  m.plural = tok(head_end - 1).lower.back() == 's' || kind == SourceNounKind::kGroup;
  if (kind == SourceNounKind::kDocument && owner >= 0) {
    m.actor = owner;
  } else {
    std::string name(doc_.Span(b, head_end));
    ActorKind ak = kind == SourceNounKind::kGroup ? ActorKind::kGroup : ActorKind::kAnonymous;
    m.actor = table().Intern(name, ak);
    if (group >= 0 && table().actors()[m.actor].group < 0 && group != m.actor) {
      table().actors()[m.actor].group = group;
    }
  }
  AddMention(m);
}

// "officials in the capital", "critics of the president", "a spokesman for the foreign ministry",
// "speakers at the conference (ABC)": the phrase takes in its complement.
void Recognizer::AbsorbPrepositions() {
  auto& ms = out_.mentions;
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.actor < 0) continue;
    if (m.type != MentionType::kSource &&
        (m.type != MentionType::kTitle ||
         table().actors()[m.actor].kind != ActorKind::kAnonymous)) {
      continue;
    }
    uint32_t k = m.last;
    if (k + 1 >= doc_.tokens.size()) continue;
    std::string_view prep = tok(k).lower;
    if (prep != "in" && prep != "from" && prep != "at" && prep != "of" && prep != "for")
      continue;
    ++k;
    if (tok(k).lower == "the") ++k;
    Mention& next = ms[i + 1];
    if (next.first != k || next.actor < 0 || next.type == MentionType::kPronoun ||
        tok(next.first).sentence != tok(m.first).sentence) {
      continue;
    }
    if (m.type == MentionType::kTitle) {
      // An unnamed holder of a role takes in its body only as the subject of a cue: "a
      // spokesman for the ministry said", not "as a director of the FBI".
      uint32_t after = next.last;
      int cue;
      if (after >= doc_.tokens.size() || tok(after).sentence != tok(m.first).sentence ||
          lex_.MatchCueVerb(doc_, after, doc_.sentences[tok(after).sentence].last, &cue) <= 0) {
        continue;
      }
    }
    auto& actor = table().actors()[m.actor];
    if (actor.group < 0 && next.actor != m.actor) actor.group = next.actor;
    m.last = next.last;
    if (m.last + 2 < doc_.tokens.size() && tok(m.last).lower == "(" &&
        tok(m.last + 2).lower == ")") {
      m.last += 3;
    }
    ms.erase(ms.begin() + static_cast<long>(i) + 1);
    while (i + 1 < ms.size() && ms[i + 1].first < m.last)
      ms.erase(ms.begin() + static_cast<long>(i) + 1);
  }
}

// "Mike Waltz, the president's national security adviser," -> role and group.
void Recognizer::Appositions() {
  for (size_t mi = 0; mi < out_.mentions.size(); ++mi) {
    Mention& m = out_.mentions[mi];
    if (m.actor < 0 || m.type != MentionType::kName) continue;
    auto& actor = table().actors()[m.actor];
    if (actor.kind != ActorKind::kPerson || actor.group >= 0) continue;
    uint32_t i = m.last;
    int sent = tok(m.first).sentence;
    if (i >= doc_.tokens.size() || tok(i).lower != "," || tok(i).sentence != sent) continue;
    const TitleEntry* title = nullptr;
    int body = -1, country = -1;
    for (uint32_t k = i + 1; k < doc_.tokens.size() && k < i + 16; ++k) {
      if (tok(k).sentence != sent || tok(k).lower == "," || tok(k).kind != TokenKind::kWord) {
        if (tok(k).lower != "'s" && tok(k).kind != TokenKind::kWord) break;
      }
      if (k == i + 1 && (tok(k).lower == "who" || tok(k).lower == "which")) break;
      const TitleEntry* t;
      if (!title && Title(k, std::min<size_t>(k + 3, doc_.tokens.size()), &t) > 0) title = t;
      int mk = out_.mention_at[k];
      if (mk >= 0 && out_.mentions[mk].actor >= 0 && out_.mentions[mk].actor != m.actor &&
          out_.mentions[mk].type != MentionType::kPronoun) {
        int a = out_.mentions[mk].actor;
        ActorKind kind = table().actors()[a].kind;
        if (kind == ActorKind::kCountry && country < 0) country = a;
        if ((kind == ActorKind::kOrganization || kind == ActorKind::kGroup) && body < 0) body = a;
        if (kind == ActorKind::kPerson && title && title->role == "president") {
          body = -1;  // "the president's adviser": the president's country, found below
        }
      }
    }
    if (!title) continue;
    if (actor.role.empty()) actor.role = title->role;
    int g = body >= 0 ? body : country;
    if (g >= 0) {
      actor.group = g;
    } else {
      table().sphere(m.actor) = title->sphere;
    }
  }
}

// A dateline, "WASHINGTON --" at the start of the text, names the home country.
void Recognizer::Dateline() {
  for (uint32_t k = 1; k < 5 && k < doc_.tokens.size(); ++k) {
    // "WASHINGTON --", "CAIRO - " (a dash typed as one or two hyphens) or an em dash.
    if (doc_.tokens[k].lower != "--" && doc_.tokens[k].lower != "-") continue;
    AliasEntry a;
    if (Alias(0, k, &a) == static_cast<int>(k)) {  // the place is all that stands before
      int top = table().Top(ActorForEntry(a.entry));
      if (table().actors()[top].kind == ActorKind::kCountry) out_.home_country = top;
    }
    break;
  }
}

void Recognizer::HomeCountry() {
  if (out_.home_country < 0) {
    // Else the country named most often, if clearly so (3+ mentions, no tie).
    std::unordered_map<int, int> counts;
    for (const Mention& m : out_.mentions) {
      if (m.actor < 0 || m.weak) continue;
      int top = table().Top(m.actor);
      if (table().actors()[top].kind == ActorKind::kCountry) ++counts[top];
    }
    int best = 0, second = 0, best_actor = -1;
    for (auto [a, n] : counts) {
      if (n > best || (n == best && a < best_actor)) {
        second = best;
        best = n;
        best_actor = a;
      } else if (n > second) {
        second = n;
      }
    }
    if (best >= 3 && best > second) out_.home_country = best_actor;
  }
  // Government titles without a stated group speak for the home country.
  if (out_.home_country < 0) return;
  auto& actors = table().actors();
  for (size_t a = 0; a < actors.size(); ++a) {
    if (actors[a].group >= 0 || static_cast<int>(a) == out_.home_country) continue;
    Sphere sp = table().sphere(static_cast<int>(a));
    if ((sp == Sphere::kGovernment || sp == Sphere::kMilitary) && !actors[a].role.empty()) {
      actors[a].group = out_.home_country;
    }
  }
}

}  // namespace internal
}  // namespace sg::ingest
