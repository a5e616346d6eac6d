#include "ingest/actors.h"

#include <algorithm>
#include <unordered_set>

#include "graph/names.h"

namespace sg::ingest {
namespace {

using graph::ActorKind;

const std::unordered_set<std::string_view> kPronouns = {
    "he", "she", "they", "it", "i", "we", "him", "her", "his", "their", "its", "our", "us",
    "them", "you", "your", "my", "me", "hers", "theirs"};

// Lower-case words that may join the capitalised words of one name.
const std::unordered_set<std::string_view> kConnectors = {
    "of", "for", "and", "the", "de", "del", "da", "du", "al", "bin", "van", "von", "la", "le",
    "on", "-", "--", "dos", "das", "y"};

const std::unordered_set<std::string_view> kDeterminers = {
    "a", "an", "the", "some", "several", "many", "other", "multiple", "both", "two", "three",
    "four", "these", "those", "his", "her", "their", "its", "our", "another", "any", "all",
    "most", "no", "few", "numerous", "various", "dozens", "hundreds", "more"};
// Determiners that stay in a vague source's name: "multiple sources", "other Republicans".
const std::unordered_set<std::string_view> kKeptDeterminers = {"multiple", "several", "other",
                                                                "many", "some"};

// Words that end the modifiers of a vague source when scanning leftwards.
const std::unordered_set<std::string_view> kModifierStops = {
    "and", "or", "but", "of", "in", "on", "at", "to", "from", "by", "with", "for", "as", "that",
    "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "could", "should", "may", "might", "can", "not", "than", "while",
    "when", "if", "after", "before", "since", "about", "among", "amid", "like", "such", "also",
    "said", "says", "told", "say", "this", "there", "where", "how", "what", "into", "over",
    "under", "against", "between", "through", "during", "without", "within", "per", "via",
    "so", "do", "does", "did"};

// Nouns after a demonym that make it stand for the country ("Russian forces").
const std::unordered_set<std::string_view> kStateNouns = {
    "forces", "troops", "military", "army", "navy", "government", "authorities", "soldiers",
    "civilians", "officials", "leaders", "leadership", "regime", "side", "diplomats",
    "administration", "state", "warships", "jets", "missiles", "drones"};

// Function words that open sentences and are never names ("At last", "As the ...").
const std::unordered_set<std::string_view> kFunctionWords = {
    "a", "an", "the", "at", "as", "in", "on", "of", "for", "to", "by", "with", "from", "after",
    "before", "since", "but", "and", "or", "so", "yet", "if", "when", "while", "though",
    "although", "because", "despite", "during", "amid", "among", "about", "over", "under",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "his", "her",
    "their", "our", "my", "your", "there", "here", "then", "still", "even", "also", "both",
    "all", "some", "many", "most", "more", "no", "not", "one", "two", "last", "next", "other",
    "another", "each", "every", "such", "what", "which", "who", "whom", "whose", "where",
    "why", "how", "meanwhile", "however", "moreover", "instead", "according", "without",
    "within", "into", "through", "against", "between", "toward", "towards", "upon", "via"};

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }
bool IsCapWord(const Token& t) { return IsWord(t) && (t.cap || t.all_caps) && t.lower != "'s"; }

struct Item {
  enum Type { kGaz, kTitle, kChunk } type;
  uint32_t b = 0, e = 0;
  AliasEntry alias;
  const TitleEntry* title = nullptr;
};

class Recognizer {
 public:
  Recognizer(const Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

  ActorAnalysis Run() {
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

 private:
  const Token& tok(size_t i) const { return doc_.tokens[i]; }
  ActorTable& table() { return out_.table; }

  // Gazetteer and title lookups, memoised per token (each is asked several times).
  int Alias(size_t i, size_t end, AliasEntry* a) {
    Memo& m = memo_[i];
    if (m.alias_len < 0) {
      size_t send = doc_.sentences[tok(i).sentence].last;
      m.alias_len = static_cast<int8_t>(lex_.MatchAlias(doc_, i, send, &m.alias));
    }
    if (static_cast<size_t>(m.alias_len) > end - i) return lex_.MatchAlias(doc_, i, end, a);
    *a = m.alias;
    return m.alias_len;
  }
  int Title(size_t i, size_t end, const TitleEntry** t) {
    Memo& m = memo_[i];
    if (m.title_len < 0) {
      size_t send = doc_.sentences[tok(i).sentence].last;
      m.title_len = static_cast<int8_t>(lex_.MatchTitle(doc_, i, send, &m.title));
    }
    if (static_cast<size_t>(m.title_len) > end - i) return lex_.MatchTitle(doc_, i, end, t);
    *t = m.title;
    return m.title_len;
  }

  int AddMention(Mention m) {
    for (uint32_t i = m.first; i < m.last; ++i) taken_[i] = true;
    out_.mentions.push_back(std::move(m));
    return static_cast<int>(out_.mentions.size()) - 1;
  }

  int ActorForEntry(int entry) {
    const GazetteerEntry& g = lex_.entries()[entry];
    int a = table().Intern(g.name, g.kind);
    if (!g.group.empty() && table().actors()[a].group < 0) {
      int ge = lex_.FindEntry(g.group);
      int ga = ge >= 0 ? ActorForEntry(ge) : table().Intern(g.group, ActorKind::kOrganization);
      if (ga != a) table().actors()[a].group = ga;
    }
    return a;
  }

  void ProcessSentence(const Sentence& s) {
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

  bool StartsRun(uint32_t i, uint32_t end) {
    const Token& t = tok(i);
    if (!IsWord(t)) return false;
    if (IsCapWord(t)) return true;
    const TitleEntry* title;
    if (Title(i, end, &title) > 0) return true;
    AliasEntry a;
    return Alias(i, end, &a) > 0;
  }

  uint32_t ProcessRun(const Sentence& s, uint32_t b) {
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
      bool connector = kConnectors.count(t.lower) && !t.cap && j > b && j + 1 < s.last &&
                       IsCapWord(tok(j + 1));
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
  void Segment(const Sentence& s, uint32_t b, uint32_t e) {
    std::vector<Item> items;
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
        if (lex_.NameWordClass(Lexicon::TokenKey(tok(k))) == NameWord::kOrg) return true;
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

  void Interpret(const Sentence& s, const std::vector<Item>& items) {
    int group = -1;        // actor named before a title
    int np_start = -1;     // first token of the current noun phrase
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
          lex_.IsCommonWord(tok(cb).lower) && table().Find(doc_.Span(cb, ce)) < 0) {
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
            for (uint32_t t = out_.mentions[pm].first; t < out_.mentions[pm].last; ++t) taken_[t] = false;
            out_.mentions[pm].modifier = true;
            out_.mentions[pm].first = out_.mentions[pm].last = 0;  // dropped below
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
      static const std::unordered_set<std::string_view> kDefinite = {"the", "'s", "our", "their",
                                                                     "his", "her", "its"};
      bool definite = kDefinite.count(tok(b).lower) || (b > 0 && kDefinite.count(tok(b - 1).lower));
      bool next_ok = e >= s.last || !IsWord(tok(e)) || tok(e).cap;
      int cue;
      if (e < s.last && IsWord(tok(e)) && !tok(e).cap) {
        next_ok = lex_.MatchCueVerb(doc_, e, s.last, &cue) > 0 ||
                  std::string_view("has had is was will would also did does who").find(tok(e).lower) !=
                      std::string_view::npos;
      }
      if (definite && next_ok) {
        int a = ResolveDescription(title->role, group);
        if (a >= 0) {
          for (int pm : prefix_mentions) {
            for (uint32_t t = out_.mentions[pm].first; t < out_.mentions[pm].last; ++t) taken_[t] = false;
            out_.mentions[pm].first = out_.mentions[pm].last = 0;
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
    out_.mentions.erase(std::remove_if(out_.mentions.begin(), out_.mentions.end(),
                                       [](const Mention& m) { return m.first == m.last; }),
                        out_.mentions.end());
  }

  // The latest person whose role contains `role`, else whose group is `group`.
  int ResolveDescription(const std::string& role, int group) {
    for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
      if (it->actor < 0 || it->type == MentionType::kPronoun) continue;
      const auto& a = table().actors()[it->actor];
      if (a.kind != ActorKind::kPerson) continue;
      if (!a.role.empty() && (a.role.find(role) != std::string::npos || role.find(a.role) != std::string::npos)) {
        return it->actor;
      }
    }
    if (group < 0) return -1;
    for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
      if (it->actor < 0 || it->type == MentionType::kPronoun) continue;
      const auto& a = table().actors()[it->actor];
      if (a.kind == ActorKind::kPerson && table().Top(it->actor) == table().Top(group)) return it->actor;
    }
    return -1;
  }

  // A common word, or a hyphenated compound of common words ("Journalist-turned-politician").
  bool IsCommonCompound(const std::string& lower) const {
    size_t start = 0;
    while (true) {
      size_t dash = lower.find('-', start);
      std::string part = lower.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
      if (!lex_.IsCommonWord(part) && !kFunctionWords.count(part)) return false;
      if (dash == std::string::npos) return true;
      start = dash + 1;
    }
  }

  bool SentenceInitial(const Sentence& s, uint32_t i) const {
    return i == s.first || tok(i - 1).kind == TokenKind::kOpenQuote ||
           (i >= 1 && tok(i - 1).lower == "--");
  }

  // "Trump-style", "Taliban-controlled", "Elon Musk-led": a name fused with a lower-case
  // suffix names that actor. Returns the actor, -1 when the compound names none, -2 when the
  // chunk has no such compound.
  int HyphenCompound(uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k) {
      const std::string& w = tok(k).lower;
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
  int ResolveChunk(const Sentence& s, uint32_t b, uint32_t e) {
    while (b < e && lex_.NameWordClass(Lexicon::TokenKey(tok(b))) == NameWord::kCalendar) ++b;
    while (e > b && (lex_.NameWordClass(Lexicon::TokenKey(tok(e - 1))) == NameWord::kCalendar ||
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
    int known = table().Find(surface);
    if (known >= 0) return AddNameMention(b, e, known, false);
    int last_org = -1;
    for (uint32_t k = b; k < e; ++k) {
      if (lex_.NameWordClass(Lexicon::TokenKey(tok(k))) == NameWord::kOrg) last_org = static_cast<int>(k);
    }
    uint32_t n = e - b;
    if (n == 1) {
      const Token& t = tok(b);
      if (t.all_caps) return AddNameMention(b, e, table().Intern(surface, ActorKind::kOrganization), false);
      NameWord w = lex_.NameWordClass(Lexicon::TokenKey(t));
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
    NameWord last = lex_.NameWordClass(Lexicon::TokenKey(tok(e - 1)));
    if (last == NameWord::kPlace || last == NameWord::kThing) return -1;
    if (n > 4) return -1;
    for (uint32_t k = b; k < e; ++k) {
      if (tok(k).all_caps && !tok(k).abbrev) return -1;  // "Trump-style MAGA": not a person
    }
    return PersonOrKnown(b, e, false);
  }

  int AddNameMention(uint32_t b, uint32_t e, int actor, bool weak) {
    Mention m;
    m.first = b;
    m.last = e;
    m.actor = actor;
    m.weak = weak && table().actors()[actor].kind == ActorKind::kUnknown;
    AddMention(m);
    return actor;
  }

  // A person named by tokens [b, e): a known actor, else a new person aliased by last name.
  int PersonOrKnown(uint32_t b, uint32_t e, bool after_title) {
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

  // "a senior official", "U.S. officials", "officials in Islamabad", "the NASS letter".
  void SourceMention(const Sentence& s, uint32_t head, uint32_t head_end, SourceNounKind kind) {
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
      if (!IsWord(t) || t.cap) break;
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
      for (uint32_t t = out_.mentions.back().first; t < out_.mentions.back().last; ++t) taken_[t] = false;
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

  // "officials in Islamabad", "critics of President Donald Trump", "Speakers at the
  // Conservative Political Action Conference (CPAC)": the phrase takes in its complement.
  void AbsorbPrepositions() {
    auto& ms = out_.mentions;
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      Mention& m = ms[i];
      if (m.type != MentionType::kSource || m.actor < 0) continue;
      uint32_t k = m.last;
      if (k + 1 >= doc_.tokens.size()) continue;
      const std::string& prep = tok(k).lower;
      if (prep != "in" && prep != "from" && prep != "at" && prep != "of") continue;
      ++k;
      if (tok(k).lower == "the") ++k;
      Mention& next = ms[i + 1];
      if (next.first != k || next.actor < 0 || next.type == MentionType::kPronoun ||
          tok(next.first).sentence != tok(m.first).sentence) {
        continue;
      }
      auto& actor = table().actors()[m.actor];
      if (actor.group < 0 && next.actor != m.actor) actor.group = next.actor;
      m.last = next.last;
      if (m.last + 2 < doc_.tokens.size() && tok(m.last).lower == "(" && tok(m.last + 2).lower == ")") {
        m.last += 3;
      }
      ms.erase(ms.begin() + static_cast<long>(i) + 1);
      while (i + 1 < ms.size() && ms[i + 1].first < m.last) ms.erase(ms.begin() + static_cast<long>(i) + 1);
    }
  }

  // "Mike Waltz, the president's national security adviser," -> role and group.
  void Appositions() {
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
  void Dateline() {
    for (uint32_t k = 1; k < 5 && k < doc_.tokens.size(); ++k) {
      if (doc_.tokens[k].lower != "--") continue;
      AliasEntry a;
      if (Alias(0, k, &a) > 0) {
        int top = table().Top(ActorForEntry(a.entry));
        if (table().actors()[top].kind == ActorKind::kCountry) out_.home_country = top;
      }
      break;
    }
  }

  void HomeCountry() {
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

  const Document& doc_;
  const Lexicon& lex_;
  ActorAnalysis out_;
  std::vector<bool> taken_;  // tokens inside a mention
  struct Memo {
    int8_t alias_len = -1;  // -1: not looked up yet
    int8_t title_len = -1;
    AliasEntry alias;
    const TitleEntry* title = nullptr;
  };
  std::vector<Memo> memo_;
};

}  // namespace

bool IsPronoun(std::string_view lower) { return kPronouns.count(lower) > 0; }

int ActorTable::Intern(const std::string& name, ActorKind kind) {
  std::string key = graph::NormalizeName(name);
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    int a = it->second;
    if (actors_[a].kind == ActorKind::kUnknown) actors_[a].kind = kind;
    if (actors_[a].name != name && graph::NormalizeName(actors_[a].name) != key) {
      AddAlias(a, name);
    }
    return a;
  }
  int a = static_cast<int>(actors_.size());
  graph::ActorMention m;
  m.name = name;
  m.kind = kind;
  actors_.push_back(std::move(m));
  spheres_.push_back(Sphere::kOther);
  by_key_[key] = a;
  return a;
}

int ActorTable::Find(std::string_view surface) const {
  auto it = by_key_.find(graph::NormalizeName(surface));
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
  return Recognizer(doc, lex).Run();
}

}  // namespace sg::ingest
