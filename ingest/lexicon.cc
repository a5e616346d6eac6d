#include "ingest/lexicon.h"

#include <fstream>
#include <sstream>

#include "graph/names.h"

namespace sg::ingest {
namespace {

constexpr uint32_t kStartsAlias = Lexicon::kStartsAlias, kStartsTitle = Lexicon::kStartsTitle,
                   kStartsCue = Lexicon::kStartsCue, kStartsSource = Lexicon::kStartsSource;

// True when an annotated token cannot start a phrase of the kind `bit`.
bool Rejected(const Document& doc, size_t i, uint32_t bit) {
  return doc.annotated && !(doc.tokens[i].lex & bit);
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  std::string col;
  std::istringstream in(line);
  while (std::getline(in, col, '\t')) cols.push_back(col);
  if (!line.empty() && line.back() == '\t') cols.emplace_back();
  return cols;
}

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, '|')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

// Calls fn(columns, line_number) for every data line of `path`.
template <typename Fn>
Status ForEachLine(const std::string& path, size_t min_cols, Fn fn) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open data file");
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    if (cols.size() < min_cols) {
      return Status::InvalidArgument(path + ":" + std::to_string(no) + ": expected " +
                                     std::to_string(min_cols) + " tab-separated columns");
    }
    Status s = fn(cols, no);
    if (!s.ok()) return s.WithContext(path + ":" + std::to_string(no));
  }
  return Status::Ok();
}

// Token keys of a phrase, joined by single spaces.
std::string PhraseKey(std::string_view phrase, size_t* tokens, bool* caps, bool* lower_start) {
  Document doc = Segment(phrase);
  std::string key;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (!key.empty()) key.push_back(' ');
    key += Lexicon::TokenKey(doc.tokens[i]);
  }
  if (tokens) *tokens = doc.tokens.size();
  if (caps) *caps = !doc.tokens.empty() && doc.tokens[0].all_caps;
  if (lower_start) {
    *lower_start =
        !doc.tokens.empty() && doc.tokens[0].kind == TokenKind::kWord && !doc.tokens[0].cap;
  }
  return key;
}

std::optional<graph::ActorKind> KindFromText(std::string_view s) {
  return graph::ParseActorKind(s);
}

}  // namespace

void Lexicon::AddAlias(std::string_view surface, AliasEntry alias) {
  size_t n = 0;
  bool caps = false, lower_start = false;
  std::string key = PhraseKey(surface, &n, &caps, &lower_start);
  if (key.empty()) return;
  // Leading "the" is matched as a determiner, not as part of the name.
  if (key.rfind("the ", 0) == 0 && n > 1) {
    key.erase(0, 4);
    --n;
  }
  alias.caps_only = caps && n == 1;
  alias.lower_start = lower_start;
  auto it = aliases_.find(key);
  if (it != aliases_.end() && it->second.entry == alias.entry) {
    // Another spelling of the same name: the most permissive case rules win.
    alias.caps_only = alias.caps_only && it->second.caps_only;
    alias.lower_start = alias.lower_start || it->second.lower_start;
    alias.demonym = alias.demonym && it->second.demonym;
  }
  aliases_[key] = alias;
  if (lower_start) lower_start_keys_.insert(key.substr(0, key.find(' ')));
  max_alias_tokens_ = std::max<int>(max_alias_tokens_, static_cast<int>(n));
}

Status Lexicon::LoadActorFile(const std::string& path, bool override_existing) {
  return ForEachLine(path, 2, [&](const std::vector<std::string>& c, size_t) -> Status {
    auto kind = KindFromText(c[1]);
    if (!kind) return Status::InvalidArgument("unknown actor kind \"" + c[1] + "\"");
    std::string norm = graph::NormalizeName(c[0]);
    int idx;
    auto it = entry_by_name_.find(norm);
    if (it != entry_by_name_.end()) {
      idx = it->second;
      if (override_existing) {
        entries_[idx].kind = *kind;
        if (c.size() > 2 && !c[2].empty()) entries_[idx].group = c[2];
      }
    } else {
      idx = static_cast<int>(entries_.size());
      entries_.push_back({c[0], *kind, c.size() > 2 ? c[2] : ""});
      entry_by_name_[norm] = idx;
    }
    AliasEntry a;
    a.entry = idx;
    AddAlias(c[0], a);
    if (c.size() > 3) {
      for (const auto& alias : SplitBars(c[3])) AddAlias(alias, a);
    }
    if (c.size() > 4) {
      a.demonym = true;
      for (const auto& d : SplitBars(c[4])) AddAlias(d, a);
    }
    if (c.size() > 5 && !c[5].empty()) {
      if (c[5] != "-1" && c[5] != "0" && c[5] != "1") {
        return Status::InvalidArgument("prior stance must be -1, 0 or 1");
      }
      entries_[idx].prior = static_cast<int8_t>(std::stoi(c[5]));
    }
    return Status::Ok();
  });
}

Result<Lexicon> Lexicon::Load(const std::string& data_dir, const std::string& actors_file) {
  Lexicon lex;
  const std::string dir = data_dir.empty() ? "." : data_dir;
  SG_RETURN_IF_ERROR(lex.LoadActorFile(dir + "/countries.tsv", false));
  SG_RETURN_IF_ERROR(lex.LoadActorFile(dir + "/bodies.tsv", false));
  if (!actors_file.empty()) SG_RETURN_IF_ERROR(lex.LoadActorFile(actors_file, true));

  SG_RETURN_IF_ERROR(ForEachLine(dir + "/titles.tsv", 2, [&](const auto& c, size_t) -> Status {
    static const std::unordered_map<std::string, Sphere> kSpheres = {
        {"government", Sphere::kGovernment},
        {"military", Sphere::kMilitary},
        {"party", Sphere::kParty},
        {"organization", Sphere::kOrganization},
        {"other", Sphere::kOther}};
    auto it = kSpheres.find(c[1]);
    if (it == kSpheres.end()) return Status::InvalidArgument("unknown sphere \"" + c[1] + "\"");
    size_t n = 0;
    std::string key = PhraseKey(c[0], &n, nullptr, nullptr);
    std::string role = c[0];
    if (!role.empty() && role.back() == '.') role.pop_back();
    auto [slot, added] = lex.titles_.emplace(key, static_cast<int>(lex.title_list_.size()));
    if (added) {
      lex.title_list_.push_back(TitleEntry{role, it->second});
    } else {
      lex.title_list_[slot->second] = TitleEntry{role, it->second};
    }
    lex.max_title_tokens_ = std::max<int>(lex.max_title_tokens_, static_cast<int>(n));
    return Status::Ok();
  }));

  SG_RETURN_IF_ERROR(ForEachLine(dir + "/groups.tsv", 2, [&](const auto& c, size_t) -> Status {
    SourceNounKind kind;
    if (c[1] == "anonymous") {
      kind = SourceNounKind::kAnonymous;
    } else if (c[1] == "group") {
      kind = SourceNounKind::kGroup;
    } else if (c[1] == "document") {
      kind = SourceNounKind::kDocument;
    } else {
      return Status::InvalidArgument("unknown source kind \"" + c[1] + "\"");
    }
    std::string key = PhraseKey(c[0], nullptr, nullptr, nullptr);
    lex.source_nouns_[key] = kind;
    return Status::Ok();
  }));

  SG_RETURN_IF_ERROR(ForEachLine(dir + "/cues.tsv", 7, [&](const auto& c, size_t) -> Status {
    CueEntry cue;
    cue.lemma = c[0];
    cue.act = c[3];
    try {
      cue.polarity = static_cast<int8_t>(std::stoi(c[4]));
      cue.stance = static_cast<int8_t>(std::stoi(c[5]));
      if (c.size() > 8 && c[7] != "-" && !c[7].empty()) {
        cue.cameo = c[7];
        cue.goldstein = std::stod(c[8]);
      }
    } catch (const std::exception&) {
      return Status::InvalidArgument("bad number in cue \"" + c[0] + "\"");
    }
    if (c[6] == "clause") {
      cue.frame = CueFrame::kClause;
    } else if (c[6] == "object") {
      cue.frame = CueFrame::kObject;
    } else if (c[6] == "addressee") {
      cue.frame = CueFrame::kAddressee;
    } else if (c[6] == "about") {
      cue.frame = CueFrame::kAbout;
    } else {
      return Status::InvalidArgument("unknown frame \"" + c[6] + "\"");
    }
    int idx = static_cast<int>(lex.cues_.size());
    lex.cues_.push_back(cue);
    for (const auto& form : SplitBars(c[1])) {
      size_t n = 0;
      std::string key = PhraseKey(form, &n, nullptr, nullptr);
      lex.cue_verbs_[key] = idx;
      lex.max_cue_tokens_ = std::max<int>(lex.max_cue_tokens_, static_cast<int>(n));
    }
    for (const auto& noun : SplitBars(c[2])) lex.cue_nouns_[noun] = idx;
    return Status::Ok();
  }));

  SG_RETURN_IF_ERROR(ForEachLine(dir + "/predicates.tsv", 4, [&](const auto& c, size_t) -> Status {
    PredicateEntry p;
    p.cls = c[0] == "-" ? "" : c[0];
    try {
      p.sign = static_cast<int8_t>(std::stoi(c[1]));
    } catch (const std::exception&) {
      return Status::InvalidArgument("bad sign \"" + c[1] + "\"");
    }
    p.role = c[2] == "both"      ? PredicateRole::kBoth
             : c[2] == "patient" ? PredicateRole::kPatient
                                 : PredicateRole::kAgent;
    for (const auto& w : SplitBars(c[3])) lex.predicates_.emplace_back(w, p);
    return Status::Ok();
  }));

  SG_RETURN_IF_ERROR(ForEachLine(dir + "/name_words.tsv", 2, [&](const auto& c, size_t) -> Status {
    static const std::unordered_map<std::string, NameWord> kClasses = {
        {"org", NameWord::kOrg},
        {"place", NameWord::kPlace},
        {"thing", NameWord::kThing},
        {"calendar", NameWord::kCalendar}};
    auto it = kClasses.find(c[1]);
    if (it == kClasses.end()) return Status::InvalidArgument("unknown class \"" + c[1] + "\"");
    lex.name_words_[c[0]] = it->second;
    return Status::Ok();
  }));

  std::ifstream words(dir + "/common_words.txt");
  if (!words) return Status::NotFound(dir + "/common_words.txt: cannot open data file");
  std::string w;
  while (std::getline(words, w)) {
    if (!w.empty() && w[0] != '#') lex.common_.push_back(w);
  }
  lex.Compile();
  return lex;
}

Lexicon::PhraseNode& Lexicon::NodeFor(const std::string& key) {
  uint32_t node = 0;
  size_t start = 0;
  while (start <= key.size()) {
    size_t sp = key.find(' ', start);
    if (sp == std::string::npos) sp = key.size();
    uint32_t id = words_.Intern(std::string_view(key).substr(start, sp - start));
    if (id >= word_info_.size()) word_info_.resize(id + 1);
    uint32_t child = trie_.Find(node, id);
    if (child == 0) {
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      trie_.Insert(node, id, child);
    }
    node = child;
    start = sp + 1;
  }
  return nodes_[node];
}

void Lexicon::Compile() {
  word_info_.assign(1, WordInfo{});
  nodes_.assign(1, PhraseNode{});
  auto intern = [&](std::string_view w) {
    uint32_t id = words_.Intern(w);
    if (id >= word_info_.size()) word_info_.resize(id + 1);
    return id;
  };
  auto mark_start = [&](const std::string& key, uint32_t bit) {
    word_info_[intern(std::string_view(key).substr(0, key.find(' ')))].starts |= bit;
  };
  for (const auto& [key, alias] : aliases_) {
    NodeFor(key).alias = static_cast<int32_t>(alias_list_.size());
    alias_list_.push_back(alias);
    mark_start(key, kStartsAlias);
  }
  for (const auto& [key, title] : titles_) {
    NodeFor(key).title = title;
    mark_start(key, kStartsTitle);
  }
  for (const auto& [key, cue] : cue_verbs_) {
    NodeFor(key).cue = cue;
    mark_start(key, kStartsCue);
  }
  for (const auto& [key, kind] : source_nouns_) {
    NodeFor(key).source = static_cast<int32_t>(kind);
    mark_start(key, kStartsSource);
  }
  for (const auto& key : lower_start_keys_) word_info_[intern(key)].lower_start = true;
  for (const auto& [word, entry] : predicates_) {
    WordInfo& info = word_info_[intern(word)];
    if (info.predicate >= 0) continue;  // the first line naming a word wins
    info.predicate = static_cast<int32_t>(predicate_list_.size());
    predicate_list_.push_back(entry);
  }
  for (const auto& [noun, cue] : cue_nouns_) word_info_[intern(noun)].cue_noun = cue;
  for (const auto& [word, cls] : name_words_) word_info_[intern(word)].name_word = cls;
  for (const auto& word : common_) word_info_[intern(word)].common = true;
}

void Lexicon::Annotate(Document* doc) const {
  for (Token& t : doc->tokens) {
    t.key_word = words_.Find(t.key);
    t.lower_word = t.lower.data() == t.key.data() && t.lower.size() == t.key.size()
                       ? t.key_word
                       : words_.Find(t.lower);
    t.lex = word_info_[t.key_word].starts;
  }
  doc->annotated = true;
}

int Lexicon::MatchAlias(const Document& doc, size_t i, size_t end, AliasEntry* alias) const {
  if (Rejected(doc, i, kStartsAlias)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  if (!toks[i].cap && !toks[i].all_caps && !Word(KeyWord(toks[i])).lower_start) return 0;
  uint32_t node = 0;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_alias_tokens_) && i + n <= end; ++n) {
    const Token& t = toks[i + n - 1];
    if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) break;
    node = Child(node, t);
    if (node == 0) break;
    if (nodes_[node].alias < 0) continue;
    const AliasEntry& a = alias_list_[nodes_[node].alias];
    if (a.caps_only && !toks[i].all_caps) continue;
    if (!a.lower_start && !toks[i].cap && !toks[i].all_caps) continue;
    *alias = a;
    best = static_cast<int>(n);
  }
  return best;
}

int Lexicon::MatchTitle(const Document& doc, size_t i, size_t end, const TitleEntry** title) const {
  if (Rejected(doc, i, kStartsTitle)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  uint32_t node = 0;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_title_tokens_) && i + n <= end; ++n) {
    node = Child(node, toks[i + n - 1]);
    if (node == 0) break;
    if (nodes_[node].title >= 0) {
      *title = &title_list_[nodes_[node].title];
      best = static_cast<int>(n);
    }
  }
  return best;
}

int Lexicon::MatchCueVerb(const Document& doc, size_t i, size_t end, int* cue) const {
  if (Rejected(doc, i, kStartsCue)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  uint32_t node = 0;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_cue_tokens_) && i + n <= end; ++n) {
    node = Child(node, toks[i + n - 1]);
    if (node == 0) break;
    if (nodes_[node].cue >= 0) {
      *cue = nodes_[node].cue;
      best = static_cast<int>(n);
    }
  }
  return best;
}

int Lexicon::MatchSourceNoun(const Document& doc, size_t i, size_t end,
                             SourceNounKind* kind) const {
  if (Rejected(doc, i, kStartsSource)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  uint32_t node = Child(0, toks[i]);
  if (node == 0) return 0;
  int best = 0;
  if (nodes_[node].source >= 0) {
    *kind = static_cast<SourceNounKind>(nodes_[node].source);
    best = 1;
  }
  if (i + 1 < end) {
    uint32_t next = Child(node, toks[i + 1]);
    if (next != 0 && nodes_[next].source >= 0) {
      *kind = static_cast<SourceNounKind>(nodes_[next].source);
      best = 2;
    }
  }
  return best;
}

int Lexicon::CueByLemma(std::string_view lemma) const {
  for (size_t i = 0; i < cues_.size(); ++i) {
    if (cues_[i].lemma == lemma) return static_cast<int>(i);
  }
  return -1;
}

int Lexicon::FindEntry(std::string_view canonical_name) const {
  auto it = entry_by_name_.find(graph::NormalizeName(canonical_name));
  return it == entry_by_name_.end() ? -1 : it->second;
}

}  // namespace sg::ingest
