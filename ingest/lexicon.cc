#include "ingest/lexicon.h"

#include <fstream>
#include <sstream>

#include "graph/names.h"

namespace sg::ingest {
namespace {

constexpr uint32_t kStartsAlias = 1, kStartsTitle = 2, kStartsCue = 4, kStartsSource = 8;

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

// Adds every proper prefix (in tokens) of `key` to `prefixes`.
void AddPrefixes(const std::string& key, std::unordered_set<std::string>* prefixes) {
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
    prefixes->insert(key.substr(0, sp));
  }
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
  MarkStart(key, kStartsAlias);
  AddPrefixes(key, &alias_prefixes_);
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
    lex.titles_[key] = TitleEntry{role, it->second};
    lex.MarkStart(key, kStartsTitle);
    AddPrefixes(key, &lex.title_prefixes_);
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
    lex.MarkStart(key, kStartsSource);
    AddPrefixes(key, &lex.source_noun_prefixes_);
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
      lex.MarkStart(key, kStartsCue);
      AddPrefixes(key, &lex.cue_prefixes_);
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
    for (const auto& w : SplitBars(c[3])) lex.predicates_.emplace(w, p);
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
    if (!w.empty() && w[0] != '#') lex.common_.insert(w);
  }
  return lex;
}

void Lexicon::Annotate(Document* doc) const {
  for (Token& t : doc->tokens) {
    auto it = starts_.find(t.key);
    t.lex = it == starts_.end() ? 0 : it->second;
  }
  doc->annotated = true;
}

int Lexicon::MatchAlias(const Document& doc, size_t i, size_t end, AliasEntry* alias) const {
  if (Rejected(doc, i, kStartsAlias)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  if (!toks[i].cap && !toks[i].all_caps && !lower_start_keys_.count(toks[i].key)) return 0;
  std::string key;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_alias_tokens_) && i + n <= end; ++n) {
    const Token& t = toks[i + n - 1];
    if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) break;
    if (n > 1) key.push_back(' ');
    key += TokenKey(t);
    auto it = aliases_.find(key);
    if (it == aliases_.end()) {
      if (!alias_prefixes_.count(key)) break;
      continue;
    }
    const AliasEntry& a = it->second;
    if (a.caps_only && !toks[i].all_caps) continue;
    if (!a.lower_start && !toks[i].cap && !toks[i].all_caps) continue;
    // The last word of a multi-word name must be capitalised too ("Security Council", not
    // "security council" inside an ordinary phrase), unless the alias says otherwise.
    *alias = a;
    best = static_cast<int>(n);
  }
  return best;
}

int Lexicon::MatchTitle(const Document& doc, size_t i, size_t end, const TitleEntry** title) const {
  if (Rejected(doc, i, kStartsTitle)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  std::string key;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_title_tokens_) && i + n <= end; ++n) {
    if (n > 1) key.push_back(' ');
    key += TokenKey(toks[i + n - 1]);
    auto it = titles_.find(key);
    if (it != titles_.end()) {
      *title = &it->second;
      best = static_cast<int>(n);
    } else if (!title_prefixes_.count(key)) {
      break;
    }
  }
  return best;
}

int Lexicon::MatchCueVerb(const Document& doc, size_t i, size_t end, int* cue) const {
  if (Rejected(doc, i, kStartsCue)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  std::string key;
  int best = 0;
  for (size_t n = 1; n <= static_cast<size_t>(max_cue_tokens_) && i + n <= end; ++n) {
    if (n > 1) key.push_back(' ');
    key += TokenKey(toks[i + n - 1]);
    auto it = cue_verbs_.find(key);
    if (it != cue_verbs_.end()) {
      *cue = it->second;
      best = static_cast<int>(n);
    } else if (!cue_prefixes_.count(key)) {
      break;
    }
  }
  return best;
}

int Lexicon::MatchSourceNoun(const Document& doc, size_t i, size_t end,
                             SourceNounKind* kind) const {
  if (Rejected(doc, i, kStartsSource)) return 0;
  const auto& toks = doc.tokens;
  if (toks[i].kind != TokenKind::kWord) return 0;
  const std::string& key = TokenKey(toks[i]);
  int best = 0;
  auto it = source_nouns_.find(key);
  if (it != source_nouns_.end()) {
    *kind = it->second;
    best = 1;
  }
  if (i + 1 < end && source_noun_prefixes_.count(key)) {
    auto it2 = source_nouns_.find(key + " " + TokenKey(toks[i + 1]));
    if (it2 != source_nouns_.end()) {
      *kind = it2->second;
      best = 2;
    }
  }
  return best;
}

int Lexicon::CueNoun(const std::string& lower) const {
  auto it = cue_nouns_.find(lower);
  return it == cue_nouns_.end() ? -1 : it->second;
}

int Lexicon::CueByLemma(std::string_view lemma) const {
  for (size_t i = 0; i < cues_.size(); ++i) {
    if (cues_[i].lemma == lemma) return static_cast<int>(i);
  }
  return -1;
}

const PredicateEntry* Lexicon::Predicate(const std::string& lower) const {
  auto it = predicates_.find(lower);
  return it == predicates_.end() ? nullptr : &it->second;
}

NameWord Lexicon::NameWordClass(const std::string& key) const {
  auto it = name_words_.find(key);
  return it == name_words_.end() ? NameWord::kNone : it->second;
}

int Lexicon::FindEntry(std::string_view canonical_name) const {
  auto it = entry_by_name_.find(graph::NormalizeName(canonical_name));
  return it == entry_by_name_.end() ? -1 : it->second;
}

}  // namespace sg::ingest
