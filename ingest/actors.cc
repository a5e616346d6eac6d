#include <algorithm>

#include "graph/names.h"
#include "ingest/internal/recognizer.h"

namespace sg::ingest {
namespace internal {

ActorAnalysis Recognizer::Run() {
  out_.mention_at.assign(doc_.tokens.size(), -1);
  taken_.assign(doc_.tokens.size(), false);
  memo_.assign(doc_.tokens.size(), Memo{});
  Dateline();
  for (const Sentence& s : doc_.sentences) ProcessSentence(s);
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.first < b.first; });
  AbsorbPrepositions();
  for (size_t m = 0; m < out_.mentions.size(); ++m) {
    for (uint32_t t = out_.mentions[m].first; t < out_.mentions[m].last; ++t) {
      out_.mention_at[t] = static_cast<int>(m);
    }
  }
  Appositions();
  HomeCountry();
  return std::move(out_);
}

// Gazetteer and title lookups, memoised per token (each is asked several times).
int Recognizer::Alias(size_t i, size_t end, AliasEntry* a) {
  Memo& m = memo_[i];
  if (m.alias_len < 0) {
    size_t send = doc_.sentences[tok(i).sentence].last;
    m.alias_len = static_cast<int8_t>(lex_.MatchAlias(doc_, i, send, &m.alias));
  }
  if (static_cast<size_t>(m.alias_len) > end - i) return lex_.MatchAlias(doc_, i, end, a);
  *a = m.alias;
  return m.alias_len;
}

int Recognizer::Title(size_t i, size_t end, const TitleEntry** t) {
  Memo& m = memo_[i];
  if (m.title_len < 0) {
    size_t send = doc_.sentences[tok(i).sentence].last;
    m.title_len = static_cast<int8_t>(lex_.MatchTitle(doc_, i, send, &m.title));
  }
  if (static_cast<size_t>(m.title_len) > end - i) return lex_.MatchTitle(doc_, i, end, t);
  *t = m.title;
  return m.title_len;
}

int Recognizer::AddMention(Mention m) {
  for (uint32_t i = m.first; i < m.last; ++i) taken_[i] = true;
  out_.mentions.push_back(std::move(m));
  return static_cast<int>(out_.mentions.size()) - 1;
}

int Recognizer::ActorForEntry(int entry) {
  // Only the first call for an entry changes the table: later ones return the same actor.
  if (entry_actor_.empty()) entry_actor_.assign(lex_.entries().size(), -1);
  if (entry_actor_[entry] >= 0) return entry_actor_[entry];
  int actor = InternEntry(entry);
  entry_actor_[entry] = actor;
  return actor;
}

int Recognizer::InternEntry(int entry) {
  const GazetteerEntry& g = lex_.entries()[entry];
  int a = table().Intern(g.name, g.kind);
  if (!g.group.empty() && table().actors()[a].group < 0) {
    int ge = lex_.FindEntry(g.group);
    int ga = ge >= 0 ? ActorForEntry(ge) : table().Intern(g.group, ActorKind::kOrganization);
    if (ga != a) table().actors()[a].group = ga;
  }
  return a;
}

void Recognizer::ProcessSentence(const Sentence& s) {
  uint32_t i = s.first;
  while (i < s.last) {
    const Token& t = tok(i);
    if (taken_[i]) {
      ++i;
      continue;
    }
    if (IsWord(t) && kPronouns.count(t.lower)) {
      Mention m;
      m.first = i;
      m.last = i + 1;
      m.type = MentionType::kPronoun;
      m.pronoun = t.lower;
      m.plural = t.lower == "they" || t.lower == "them" || t.lower == "their" || t.lower == "we";
      AddMention(m);
      ++i;
      continue;
    }
    SourceNounKind sk;
    int sn = lex_.MatchSourceNoun(doc_, i, s.last, &sk);
    if (sn > 0 && (!t.cap || i == s.first || (i > 0 && tok(i - 1).kind == TokenKind::kOpenQuote))) {
      SourceMention(s, i, i + sn, sk);
      i += sn;
      continue;
    }
    if (StartsRun(i, s.last)) {
      i = ProcessRun(s, i);
      continue;
    }
    ++i;
  }
}

bool Recognizer::StartsRun(uint32_t i, uint32_t end) {
  const Token& t = tok(i);
  if (!IsWord(t)) return false;
  if (IsCapWord(t)) return true;
  if (doc_.annotated && !(t.lex & (Lexicon::kStartsTitle | Lexicon::kStartsAlias))) return false;
  const TitleEntry* title;
  if (Title(i, end, &title) > 0) return true;
  AliasEntry a;
  return Alias(i, end, &a) > 0;
}

uint32_t Recognizer::ProcessRun(const Sentence& s, uint32_t b) {
  // Collect the run.
  uint32_t j = b;
  while (j < s.last) {
    const Token& t = tok(j);
    if (IsCapWord(t)) {
      AliasEntry a;
      int n = Alias(j, s.last, &a);
      j += n > 0 ? n : 1;
      continue;
    }
    const TitleEntry* title;
    int n = IsWord(t) ? Title(j, s.last, &title) : 0;
    if (n > 0) {
      j += n;
      continue;
    }
    AliasEntry a;
    n = IsWord(t) ? Alias(j, s.last, &a) : 0;
    if (n > 0) {
      j += n;
      continue;
    }
    bool connector =
        kConnectors.count(t.lower) && !t.cap && j > b && j + 1 < s.last && IsCapWord(tok(j + 1));
    if (connector && (t.lower == "-" || t.lower == "--") &&
        !(t.space_before && tok(j + 1).space_before)) {
      connector = false;
    }
    if (connector) {
      ++j;
      continue;
    }
    break;
  }
  // Trailing connectors never end a run.
  while (j > b + 1 && kConnectors.count(tok(j - 1).lower) && !tok(j - 1).cap) --j;
  Segment(s, b, j);
  // An acronym in parentheses after a name is its alias: "... Investigation (FBI)".
  if (j + 2 < s.last && tok(j).lower == "(" && tok(j + 1).all_caps && tok(j + 2).lower == ")" &&
      !out_.mentions.empty() && out_.mentions.back().last == j && out_.mentions.back().actor >= 0) {
    int a = out_.mentions.back().actor;
    AliasEntry alias;
    int n = Alias(j + 1, j + 2, &alias);
    if (n == 0 || ActorForEntry(alias.entry) == a) {
      table().AddAlias(a, std::string(doc_.TokenText(j + 1)));
      Mention m;
      m.first = j + 1;
      m.last = j + 2;
      m.actor = a;
      m.modifier = true;
      AddMention(m);
    }
    return j + 3;
  }
  return std::max(j, b + 1);
}

// Splits a run into gazetteer aliases, titles and name chunks, then interprets them.
void Recognizer::Segment(const Sentence& s, uint32_t b, uint32_t e) {
  std::vector<Item>& items = items_;  // reused: runs are many and short
  items.clear();
  uint32_t p = b;
  int chunk_start = -1;
  auto close_chunk = [&](uint32_t at) {
    if (chunk_start >= 0 && static_cast<uint32_t>(chunk_start) < at) {
      items.push_back({Item::kChunk, static_cast<uint32_t>(chunk_start), at, {}, nullptr});
    }
    chunk_start = -1;
  };
  auto org_word_after = [&](uint32_t from) {
    for (uint32_t k = from; k < e; ++k) {
      if (lex_.NameWordClass(tok(k)) == NameWord::kOrg) return true;
    }
    return false;
  };
  while (p < e) {
    AliasEntry a;
    int n = Alias(p, e, &a);
    if (n > 0) {
      bool in_org = (chunk_start >= 0 || a.demonym) && org_word_after(p + n) &&
                    lex_.entries()[a.entry].kind != ActorKind::kOrganization;
      if (in_org) {
        if (chunk_start < 0) chunk_start = static_cast<int>(p);
        p += n;
        continue;
      }
      close_chunk(p);
      items.push_back({Item::kGaz, p, p + n, a, nullptr});
      p += n;
      continue;
    }
    const TitleEntry* title = nullptr;
    n = Title(p, e, &title);
    if (n > 0) {
      close_chunk(p);
      items.push_back({Item::kTitle, p, p + n, {}, title});
      p += n;
      continue;
    }
    if (chunk_start < 0) chunk_start = static_cast<int>(p);
    ++p;
  }
  close_chunk(e);
  Interpret(s, items);
}

void Recognizer::Interpret(const Sentence& s, const std::vector<Item>& items) {
  bool folded = false;  // prefix mentions were folded into a person's phrase
  int group = -1;       // actor named before a title
  int np_start = -1;    // first token of the current noun phrase
  const TitleEntry* title = nullptr;
  std::vector<int> prefix_mentions;
  bool title_then_of = false;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (np_start < 0) np_start = static_cast<int>(it.b);
    if (it.type == Item::kGaz) {
      int a = ActorForEntry(it.alias.entry);
      Mention m;
      m.first = it.b;
      m.last = it.e;
      m.actor = a;
      m.type = it.alias.demonym ? MentionType::kDemonym : MentionType::kName;
      bool followed = k + 1 < items.size();
      if (it.alias.demonym) {
        // A demonym stands for its country before a state noun or as "the Russians".
        bool state_noun = !followed && it.e < s.last && kStateNouns.count(tok(it.e).lower);
        bool the_plural = !followed && it.b > 0 && tok(it.b - 1).lower == "the" &&
                          tok(it.e - 1).lower.back() == 's';
        m.weak = !(state_noun || the_plural);
      }
      m.modifier = followed;
      prefix_mentions.push_back(AddMention(m));
      group = a;
      continue;
    }
    if (it.type == Item::kTitle) {
      title = it.title;
      title_then_of = it.e < s.last && tok(it.e).lower == "of";
      continue;
    }
    // A name chunk.
    uint32_t cb = it.b, ce = it.e;
    bool led_by_connector = cb < ce && kConnectors.count(tok(cb).lower) && !tok(cb).cap;
    while (cb < ce && kConnectors.count(tok(cb).lower) && !tok(cb).cap) ++cb;
    if (cb >= ce) continue;
    if (title && led_by_connector) title_then_of = true;
    if (!title && k + 1 < items.size() && items[k + 1].type == Item::kTitle) {
      // "Democratic Senator ...", "Senate Judiciary Committee Chairman ...": a prefix.
      int a = ResolveChunk(s, cb, ce);
      if (a >= 0) {
        if (table().actors()[a].kind != ActorKind::kPerson &&
            table().actors()[a].kind != ActorKind::kUnknown) {
          group = a;
        }
        if (!out_.mentions.empty() && out_.mentions.back().actor == a &&
            out_.mentions.back().first >= cb) {
          prefix_mentions.push_back(static_cast<int>(out_.mentions.size()) - 1);
        }
      }
      continue;
    }
    // "the general Western consensus": a lower-case title before a common word is no name.
    if (title && !title_then_of && ce - cb == 1 && !tok(items[k - 1].b).cap &&
        lex_.IsCommonWord(tok(cb)) && table().Find(doc_.Span(cb, ce)) < 0) {
      title = nullptr;
    }
    if (title && !title_then_of) {
      int a = PersonOrKnown(cb, ce, /*after_title=*/true);
      if (a >= 0) {
        auto& actor = table().actors()[a];
        if (actor.role.empty()) actor.role = title->role;
        if (group >= 0 && group != a && actor.group < 0) actor.group = group;
        if (actor.group < 0) table().sphere(a) = title->sphere;
        if (actor.group < 0 && out_.home_country >= 0 && a != out_.home_country &&
            (title->sphere == Sphere::kGovernment || title->sphere == Sphere::kMilitary)) {
          actor.group = out_.home_country;
        }
        Mention m;
        m.first = static_cast<uint32_t>(np_start);
        m.last = ce;
        m.actor = a;
        // Prefix mentions are folded into the person's phrase.
        for (int pm : prefix_mentions) {
          for (uint32_t t = out_.mentions[pm].first; t < out_.mentions[pm].last; ++t)
            taken_[t] = false;
          out_.mentions[pm].modifier = true;
          out_.mentions[pm].first = out_.mentions[pm].last = 0;  // dropped below
          folded = true;
        }
        AddMention(m);
      }
      title = nullptr;
      group = -1;
      np_start = -1;
      prefix_mentions.clear();
      continue;
    }
    int a = ResolveChunk(s, cb, ce);
    if (a >= 0 && table().actors()[a].kind != ActorKind::kPerson) group = a;
    if (a >= 0 && title && title_then_of) {
      // "CEO of the Refugee Council Enver Solomon": the title's person follows the body.
      title_then_of = false;
    }
    np_start = -1;
    prefix_mentions.clear();
  }
  // A title with no name after it: "the president", "the chief Pakistani diplomat".
  if (title && !items.empty() && items.back().type == Item::kTitle) {
    uint32_t b = static_cast<uint32_t>(np_start);
    uint32_t e = items.back().e;
    static const internal::WordSet kDefinite = {"the", "'s", "our", "their", "his", "her", "its"};
    bool definite = kDefinite.count(tok(b).lower) || (b > 0 && kDefinite.count(tok(b - 1).lower));
    bool next_ok = e >= s.last || !IsWord(tok(e)) || tok(e).cap;
    int cue;
    if (e < s.last && IsWord(tok(e)) && !tok(e).cap) {
      next_ok =
          lex_.MatchCueVerb(doc_, e, s.last, &cue) > 0 ||
          std::string_view("has had is was will would also did does who").find(tok(e).lower) !=
              std::string_view::npos;
    }
    // "a spokesman said", "a spokesman for the ministry said": an unnamed holder of the role.
    bool indefinite = !definite && (tok(b).lower == "a" || tok(b).lower == "an" ||
                                    (b > 0 && (tok(b - 1).lower == "a" || tok(b - 1).lower == "an")));
    if (indefinite && !next_ok && e < s.last) {
      std::string_view w = tok(e).lower;
      next_ok = w == "for" || w == "at" || w == "of" || w == "with";
    }
    if ((definite || indefinite) && next_ok) {
      int a = definite ? ResolveDescription(title->role, group) : -1;
      if (a < 0) {
        // Nobody named holds the role: an anonymous holder of it ("the minister said").
        a = table().Intern(title->role, ActorKind::kAnonymous);
        if (group >= 0 && group != a && table().actors()[a].group < 0) {
          table().actors()[a].group = group;
        }
      }
      if (a >= 0) {
        for (int pm : prefix_mentions) {
          for (uint32_t t = out_.mentions[pm].first; t < out_.mentions[pm].last; ++t)
            taken_[t] = false;
          out_.mentions[pm].first = out_.mentions[pm].last = 0;
          folded = true;
        }
        Mention m;
        m.first = b;
        m.last = e;
        m.actor = a;
        m.type = MentionType::kTitle;
        AddMention(m);
      }
    }
  }
  // Drop folded prefix mentions.
  if (!folded) return;
  out_.mentions.erase(std::remove_if(out_.mentions.begin(), out_.mentions.end(),
                                     [](const Mention& m) { return m.first == m.last; }),
                      out_.mentions.end());
}

// A common word, or a hyphenated compound of common words ("Journalist-turned-politician").
bool Recognizer::IsCommonCompound(std::string_view lower) const {
  size_t start = 0;
  while (true) {
    size_t dash = lower.find('-', start);
    std::string_view part =
        lower.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    if (!lex_.IsCommonWord(part) && !kFunctionWords.count(part)) return false;
    if (dash == std::string::npos) return true;
    start = dash + 1;
  }
}

bool Recognizer::SentenceInitial(const Sentence& s, uint32_t i) const {
  return i == s.first || tok(i - 1).kind == TokenKind::kOpenQuote ||
         (i >= 1 && tok(i - 1).lower == "--");
}

// "Trump-style", "Taliban-controlled", "Elon Musk-led": a name fused with a lower-case
// suffix names that actor. Returns the actor, -1 when the compound names none, -2 when the
// chunk has no such compound.
int Recognizer::HyphenCompound(uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k) {
    std::string_view w = tok(k).lower;
    size_t dash = w.rfind('-');
    if (dash == std::string::npos || dash + 1 >= w.size() || !tok(k).cap) continue;
    std::string_view text = doc_.TokenText(k);
    if (!(text[dash + 1] >= 'a' && text[dash + 1] <= 'z')) continue;
    // Text from the chunk start to the hyphen: the name.
    std::string surface(doc_.text.substr(tok(b).begin, tok(k).begin + dash - tok(b).begin));
    int a = table().Find(surface);
    if (a < 0) {
      std::string key = graph::NormalizeName(surface);
      int entry = lex_.LookupKey(k == b ? w.substr(0, dash) : key);
      if (entry >= 0) a = ActorForEntry(entry);
    }
    if (a < 0) return -1;
    AddNameMention(b, k + 1, a, false);
    out_.mentions.back().compound = true;
    return a;
  }
  return -2;
}

// Interprets a name chunk without a title; returns the actor or -1.
int Recognizer::ResolveChunk(const Sentence& s, uint32_t b, uint32_t e) {
  while (b < e && lex_.NameWordClass(tok(b)) == NameWord::kCalendar) ++b;
  while (e > b && (lex_.NameWordClass(tok(e - 1)) == NameWord::kCalendar ||
                   (kConnectors.count(tok(e - 1).lower) && !tok(e - 1).cap))) {
    --e;
  }
  if (b < e && SentenceInitial(s, b) && !tok(b).all_caps &&
      (IsCommonCompound(tok(b).lower) || kFunctionWords.count(tok(b).lower)) &&
      table().Find(doc_.Span(b, e)) < 0) {
    ++b;
    while (b < e && kConnectors.count(tok(b).lower) && !tok(b).cap) ++b;
  }
  if (b >= e) return -1;
  if (int a = HyphenCompound(b, e); a != -2) return a;
  std::string surface(doc_.Span(b, e));
  // "Rabuka and Albanese", "Carr and Simington": two people, not one name, when the first is
  // someone named before (the second may be new: a plain capitalised name).
  for (uint32_t k = b + 1; k + 1 < e; ++k) {
    if (tok(k).lower != "and" || tok(k).cap) continue;
    int left = table().Find(doc_.Span(b, k));
    if (left < 0 || table().actors()[left].kind != ActorKind::kPerson) continue;
    int right = table().Find(doc_.Span(k + 1, e));
    bool plain = true;
    for (uint32_t r = k + 1; r < e; ++r) {
      plain = plain && IsCapWord(tok(r)) && lex_.NameWordClass(tok(r)) == NameWord::kNone;
    }
    if (right == left || (right < 0 && !plain)) continue;
    AddNameMention(b, k, left, false);
    if (right >= 0) return AddNameMention(k + 1, e, right, false);
    return PersonOrKnown(k + 1, e, false);
  }
  int known = table().Find(surface);
  if (known >= 0) return AddNameMention(b, e, known, false);
  int last_org = -1;
  for (uint32_t k = b; k < e; ++k) {
    if (lex_.NameWordClass(tok(k)) == NameWord::kOrg) last_org = static_cast<int>(k);
  }
  uint32_t n = e - b;
  if (n == 1) {
    const Token& t = tok(b);
    if (t.all_caps)
      return AddNameMention(b, e, table().Intern(surface, ActorKind::kOrganization), false);
    NameWord w = lex_.NameWordClass(t);
    if (w != NameWord::kNone && w != NameWord::kOrg) return -1;
    int a = table().Intern(surface, ActorKind::kUnknown);
    return AddNameMention(b, e, a, /*weak=*/true);
  }
  if (last_org >= 0) {
    uint32_t rest = e - static_cast<uint32_t>(last_org) - 1;
    if ((rest == 2 || rest == 3) && !kConnectors.count(tok(last_org + 1).lower)) {
      uint32_t split = static_cast<uint32_t>(last_org) + 1;
      int org = table().Intern(std::string(doc_.Span(b, split)), ActorKind::kOrganization);
      AddNameMention(b, split, org, false);
      int person = PersonOrKnown(split, e, false);
      if (person >= 0 && table().actors()[person].group < 0) table().actors()[person].group = org;
      return person;
    }
    return AddNameMention(b, e, table().Intern(surface, ActorKind::kOrganization), false);
  }
  NameWord last = lex_.NameWordClass(tok(e - 1));
  if (last == NameWord::kPlace || last == NameWord::kThing) return -1;
  if (n > 4) return -1;
  for (uint32_t k = b; k < e; ++k) {
    if (tok(k).all_caps && !tok(k).abbrev) return -1;  // "Trump-style MAGA": not a person
  }
  return PersonOrKnown(b, e, false);
}

int Recognizer::AddNameMention(uint32_t b, uint32_t e, int actor, bool weak) {
  Mention m;
  m.first = b;
  m.last = e;
  m.actor = actor;
  m.weak = weak && table().actors()[actor].kind == ActorKind::kUnknown;
  AddMention(m);
  return actor;
}

// A person named by tokens [b, e): a known actor, else a new person aliased by last name.
int Recognizer::PersonOrKnown(uint32_t b, uint32_t e, bool after_title) {
  std::string surface(doc_.Span(b, e));
  int a = table().Find(surface);
  if (a < 0) {
    a = table().Intern(surface, ActorKind::kPerson);
    if (e - b >= 2) table().AddAlias(a, std::string(doc_.TokenText(e - 1)));
  } else if (table().actors()[a].kind == ActorKind::kUnknown) {
    table().actors()[a].kind = ActorKind::kPerson;
  }
  if (!after_title) AddNameMention(b, e, a, false);
  return a;
}

}  // namespace internal

bool IsPronoun(std::string_view lower) { return internal::kPronouns.count(lower) > 0; }

namespace internal {

void NormalizeNameTo(std::string_view name, std::string* out) {
  // graph::NormalizeName's algorithm, writing words straight into *out.
  out->clear();
  size_t word_start = 0;  // where the current word starts in *out
  bool in_word = false;
  bool last_was_initial = false;  // the previous word was a single ASCII letter or digit
  auto alnum = [](unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  auto flush = [&] {
    if (!in_word) return;
    size_t len = out->size() - word_start;
    bool initial = len == 1 && alnum(static_cast<unsigned char>((*out)[word_start]));
    // The separator was written provisionally; runs of single letters join ("u s a" -> "usa").
    if (word_start > 0 && initial && last_was_initial) out->erase(word_start - 1, 1);
    last_was_initial = initial;
    in_word = false;
  };
  for (unsigned char c : name) {
    if (c >= 0x80 || alnum(c)) {
      if (!in_word) {
        if (!out->empty()) out->push_back(' ');
        word_start = out->size();
        in_word = true;
      }
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if (c != '\'' || !in_word) {
      flush();
    }
  }
  flush();
  if (out->compare(0, 4, "the ") == 0) out->erase(0, 4);
}

}  // namespace internal

int ActorTable::Intern(const std::string& name, graph::ActorKind kind) {
  internal::NormalizeNameTo(name, &key_buf_);
  auto it = by_key_.find(key_buf_);
  if (it != by_key_.end()) {
    int a = it->second;
    if (actors_[a].kind == graph::ActorKind::kUnknown) actors_[a].kind = kind;
    if (actors_[a].name != name) {
      std::string key = key_buf_;
      internal::NormalizeNameTo(actors_[a].name, &key_buf_);
      if (key_buf_ != key) AddAlias(a, name);
    }
    return a;
  }
  std::string key = key_buf_;
  int a = static_cast<int>(actors_.size());
  graph::ActorMention m;
  m.name = name;
  m.kind = kind;
  actors_.push_back(std::move(m));
  spheres_.push_back(Sphere::kOther);
  by_key_.emplace(std::move(key), a);
  return a;
}

int ActorTable::Find(std::string_view surface) const {
  internal::NormalizeNameTo(surface, &key_buf_);
  auto it = by_key_.find(key_buf_);
  return it == by_key_.end() ? -1 : it->second;
}

void ActorTable::AddAlias(int actor, const std::string& surface) {
  std::string key = graph::NormalizeName(surface);
  if (key.empty()) return;
  by_key_.emplace(key, actor);
  auto& aliases = actors_[actor].aliases;
  if (surface != actors_[actor].name &&
      std::find(aliases.begin(), aliases.end(), surface) == aliases.end()) {
    aliases.push_back(surface);
  }
}

int ActorTable::Top(int actor) const {
  int a = actor;
  for (int guard = 0; guard < 8 && actors_[a].group >= 0; ++guard) a = actors_[a].group;
  return a;
}

ActorAnalysis RecognizeActors(const Document& doc, const Lexicon& lex) {
  return internal::Recognizer(doc, lex).Run();
}

}  // namespace sg::ingest
