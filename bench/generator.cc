#include "bench/generator.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cctype>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "graph/names.h"
#include "ingest/extractor.h"

namespace sg::bench {
namespace {

using graph::ActorKind;

// The countries most news is about, most prominent first; the rest of countries.tsv follows in
// file order.
constexpr std::array<std::string_view, 32> kProminent = {
    "United States", "Russia",       "China",          "Ukraine",     "Israel",
    "Iran",          "United Kingdom", "France",       "Germany",     "India",
    "Turkey",        "North Korea",  "Palestine",      "Syria",       "Japan",
    "Saudi Arabia",  "Pakistan",     "Afghanistan",    "Taiwan",      "Venezuela",
    "Iraq",          "Lebanon",      "Qatar",          "Egypt",       "Poland",
    "Belarus",       "Yemen",        "Sudan",          "Mexico",      "Brazil",
    "Canada",        "South Africa"};

constexpr std::array<std::string_view, 20> kOutlets = {
    "Reuters", "AP", "AFP", "BBC", "VOA", "Al Jazeera", "The Guardian", "CNN", "DW", "NPR",
    "France 24", "The Hindu", "Kyiv Independent", "Times of Israel", "Dawn", "NHK", "ABC News",
    "Euronews", "RFE/RL", "The Japan Times"};

constexpr std::array<std::string_view, 96> kFirstNames = {
    "Anna",    "Boris",   "Carlos",  "Dmitri",  "Elena",   "Farid",   "Grace",   "Hassan",
    "Ingrid",  "Jamal",   "Karin",   "Li",      "Maria",   "Nikolai", "Olga",    "Pedro",
    "Qasim",   "Rahul",   "Sofia",   "Tomas",   "Ursula",  "Viktor",  "Wei",     "Yusuf",
    "Zainab",  "Ahmed",   "Beatriz", "Chen",    "Daniel",  "Emma",    "Fatima",  "Georg",
    "Hana",    "Ivan",    "Julia",   "Kenji",   "Leila",   "Mikhail", "Nadia",   "Omar",
    "Pierre",  "Rosa",    "Sergei",  "Tariq",   "Valentina", "William", "Xavier", "Yara",
    "Zoran",   "Alexei",  "Bianca",  "Claude",  "Diego",   "Esther",  "Felipe",  "Gulnara",
    "Hiroshi", "Irina",   "Javier",  "Katarzyna", "Lars",  "Mehmet",  "Nasser",  "Oksana",
    "Pavel",   "Rania",   "Samuel",  "Tatiana", "Umar",    "Vera",    "Walid",   "Yuki",
    "Amir",    "Brigitte", "Cyril",  "Dalia",   "Emre",    "Francesca", "Gabriel", "Helen",
    "Ismail",  "Jonas",   "Kamala",  "Luis",    "Miriam",  "Nora",    "Oleg",    "Priya",
    "Ruslan",  "Salma",   "Thomas",  "Ulrich",  "Vikram",  "Wang",    "Yasmin",  "Zhang"};

constexpr std::array<std::string_view, 22> kOnsets = {"B", "D", "K", "L", "M", "N", "P", "R",
                                                      "S", "T", "V", "Z", "Br", "Dr", "Gr", "Kr",
                                                      "St", "Tr", "Sh", "Ch", "H", "G"};
constexpr std::array<std::string_view, 9> kVowels = {"a", "e", "i", "o", "u", "ai", "ei", "ou",
                                                     "ia"};
constexpr std::array<std::string_view, 10> kCodas = {"", "", "n", "r", "l", "s", "k", "m", "v",
                                                     "d"};
constexpr std::array<std::string_view, 16> kEndings = {
    "ov", "enko", "ez", "son", "er", "ski", "ini", "aki", "ard", "ell", "ian", "ic", "ura",
    "berg", "oglu", "ani"};

// The words that make up half of running English text, most frequent first.
constexpr std::array<std::string_view, 64> kFunctionWords = {
    "the",   "of",    "and",   "to",    "in",    "a",     "is",    "that",  "for",   "on",
    "was",   "with",  "it",    "as",    "at",    "by",    "be",    "this",  "have",  "from",
    "are",   "not",   "has",   "an",    "they",  "which", "had",   "were",  "their", "been",
    "its",   "but",   "after", "more",  "would", "all",   "will",  "also",  "there", "other",
    "into",  "over",  "about", "new",   "than",  "some",  "could", "two",   "when",  "last",
    "year",  "while", "since", "under", "people", "government", "country", "week", "state",
    "military", "security", "talks", "officials", "forces"};

constexpr std::array<std::string_view, 5> kIntend = {"is planning to", "will", "intends to",
                                                     "has moved to", "is preparing to"};
constexpr std::array<std::string_view, 4> kNotIntend = {"has no plans to", "will not",
                                                        "does not intend to", "is not preparing to"};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    out.emplace_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

// The data rows of a lexicon file: lines that are neither blank nor comments, split at tabs.
Result<std::vector<std::vector<std::string>>> ReadTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    rows.push_back(Split(line, '\t'));
  }
  return rows;
}

std::string Capitalize(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return s;
}

std::string UpperFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string DateString(uint64_t day_index) {
  // Days since 2018-01-01, over the proleptic Gregorian calendar.
  int y = 2018;
  auto leap = [](int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; };
  uint64_t d = day_index;
  while (d >= static_cast<uint64_t>(leap(y) ? 366 : 365)) {
    d -= leap(y) ? 366 : 365;
    ++y;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int m = 0;
  for (;; ++m) {
    int len = kDays[m] + (m == 1 && leap(y) ? 1 : 0);
    if (d < static_cast<uint64_t>(len)) break;
    d -= len;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, static_cast<int>(d) + 1);
  return buf;
}

constexpr uint64_t kDaySpan = 2922;  // 2018-01-01 .. 2025-12-31

}  // namespace

struct Generator::ArticleState {
  GeneratedArticle* out = nullptr;
  int p1 = -1, p2 = -1;  // protagonists (universe indexes)
  int p1_country = 0;    // index into countries_ of p1
  std::unordered_map<int, int> draft_index;  // universe index -> draft actor index
  std::unordered_set<int> named;             // actors already introduced in the text
  std::string text;
  bool with_text = true;
};

Result<std::unique_ptr<Generator>> Generator::Create(const GeneratorOptions& options) {
  std::unique_ptr<Generator> g(new Generator(options));
  std::string dir = options.data_dir.empty() ? ingest::DefaultDataDir() : options.data_dir;
  SG_RETURN_IF_ERROR(g->LoadLexicons(dir));
  uint64_t people = std::max<uint64_t>(2000, options.articles / 8);
  g->BuildPeople(people);
  return g;
}

Status Generator::LoadLexicons(const std::string& dir) {
  // Countries, prominent ones first.
  SG_ASSIGN_OR_RETURN(auto countries, ReadTsv(dir + "/countries.tsv"));
  std::vector<int> rest;
  std::unordered_map<std::string, int> by_name;
  for (const auto& row : countries) {
    if (row.size() < 5 || row[0].empty()) continue;
    BenchActor a;
    a.name = row[0];
    a.kind = graph::ParseActorKind(row[1]).value_or(ActorKind::kCountry);
    for (const std::string& alias : Split(row[3], '|')) {
      // Short forms a reporter writes: capitals and seats, not official long names.
      if (!alias.empty() && alias.find("Republic") == std::string::npos &&
          alias.find("Kingdom") == std::string::npos && alias.find("State") == std::string::npos &&
          alias.find(" of ") == std::string::npos && std::isupper(static_cast<unsigned char>(alias[0]))) {
        a.aliases.push_back(alias);
      }
    }
    std::vector<std::string> demonyms = Split(row[4], '|');
    if (!demonyms.empty()) a.demonym = demonyms[0];
    by_name[a.name] = static_cast<int>(actors_.size());
    rest.push_back(static_cast<int>(actors_.size()));
    actors_.push_back(std::move(a));
  }
  for (std::string_view name : kProminent) {
    auto it = by_name.find(std::string(name));
    if (it == by_name.end()) continue;
    countries_.push_back(it->second);
    rest.erase(std::find(rest.begin(), rest.end(), it->second));
  }
  countries_.insert(countries_.end(), rest.begin(), rest.end());
  if (countries_.size() < 2) return Status::InvalidArgument(dir + "/countries.tsv: too few countries");
  country_zipf_ = Zipf(countries_.size(), 1.1);

  // Officials of each country: anonymous speakers.
  officials_.assign(countries_.size(), -1);
  for (size_t c = 0; c < countries_.size(); ++c) {
    const BenchActor& country = actors_[countries_[c]];
    if (country.demonym.empty()) continue;
    BenchActor a;
    a.name = country.demonym + " officials";
    a.kind = ActorKind::kAnonymous;
    a.group = countries_[c];
    officials_[c] = static_cast<int>(actors_.size());
    actors_.push_back(std::move(a));
  }

  SG_ASSIGN_OR_RETURN(auto bodies, ReadTsv(dir + "/bodies.tsv"));
  for (const auto& row : bodies) {
    if (row.size() < 4 || row[0].empty()) continue;
    BenchActor a;
    a.name = row[0];
    a.kind = graph::ParseActorKind(row[1]).value_or(ActorKind::kOrganization);
    for (std::string alias : Split(row[3], '|')) {
      if (!alias.empty() && alias[0] == '=') alias.erase(0, 1);
      if (!alias.empty()) a.aliases.push_back(alias);
    }
    bodies_.push_back(static_cast<int>(actors_.size()));
    actors_.push_back(std::move(a));
  }
  if (bodies_.empty()) return Status::InvalidArgument(dir + "/bodies.tsv: no bodies");
  body_zipf_ = Zipf(bodies_.size(), 1.0);

  SG_ASSIGN_OR_RETURN(auto titles, ReadTsv(dir + "/titles.tsv"));
  for (const auto& row : titles) {
    if (row.size() < 2 || row[0].empty() || row[0].back() == '.') continue;
    if (row[1] == "government" || row[1] == "military") titles_gov_.push_back(row[0]);
    if (row[1] == "organization") titles_org_.push_back(row[0]);
    if (row[1] == "other") titles_other_.push_back(row[0]);
  }
  if (titles_gov_.empty() || titles_org_.empty() || titles_other_.empty()) {
    return Status::InvalidArgument(dir + "/titles.tsv: a sphere has no titles");
  }

  SG_ASSIGN_OR_RETURN(auto cues, ReadTsv(dir + "/cues.tsv"));
  // Shares of the speech acts in news attributions; within an act, "say" leads.
  const std::unordered_map<std::string, double> act_share = {
      {"statement", 0.25}, {"claim", 0.01},     {"agreement", 0.01}, {"accusation", 0.07},
      {"criticism", 0.06}, {"denial", 0.09},    {"appeal", 0.07},    {"warning", 0.03},
      {"threat", 0.02},    {"praise", 0.06},    {"promise", 0.03}};
  std::unordered_map<std::string, int> per_act;
  for (const auto& row : cues) {
    if (row.size() >= 7) per_act[row[3]] += 1;
  }
  for (const auto& row : cues) {
    if (row.size() < 7) continue;
    Cue c;
    c.lemma = row[0];
    c.act = row[3];
    c.polarity = static_cast<int8_t>(std::stoi(row[4]));
    c.stance = static_cast<int8_t>(std::stoi(row[5]));
    c.object_frame = row[6] == "object";
    std::vector<std::string> forms = Split(row[1], '|');
    auto first_word = [](const std::string& s) { return s.substr(0, s.find(' ')); };
    std::string base = first_word(c.lemma);
    for (const std::string& f : forms) {
      std::string w = first_word(f);
      bool ing = w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0;
      bool third = w == base + "s" || w == base + "es" ||
                   (base.size() > 1 && base.back() == 'y' &&
                    w == base.substr(0, base.size() - 1) + "ies");
      if (third && c.present.empty()) c.present = f;
      if (!ing && !third && w != base && c.past.empty()) c.past = f;
    }
    if (c.past.empty()) c.past = forms.empty() ? c.lemma : forms[0];
    if (c.present.empty()) c.present = c.past;
    if (c.lemma == "according to") {
      according_to_ = static_cast<int>(cues_.size());
    } else if (c.lemma == "say") {
      c.weight = 0.30;
    } else {
      auto share = act_share.find(c.act);
      c.weight = share == act_share.end() ? 0.0 : share->second / per_act[c.act];
    }
    cues_.push_back(std::move(c));
  }
  double total = 0;
  for (const Cue& c : cues_) {
    total += c.weight;
    cue_cdf_.push_back(total);
  }
  if (total <= 0 || according_to_ < 0) {
    return Status::InvalidArgument(dir + "/cues.tsv: no usable cues");
  }
  for (double& v : cue_cdf_) v /= total;

  SG_ASSIGN_OR_RETURN(auto predicates, ReadTsv(dir + "/predicates.tsv"));
  std::unordered_set<std::string> seen;
  for (const auto& row : predicates) {
    if (row.size() < 4 || row[0] == "-" || !seen.insert(row[0]).second) continue;
    Predicate p;
    p.name = row[0];
    p.verb = Split(row[3], '|')[0];
    p.sign = static_cast<int8_t>(std::stoi(row[1]));
    predicates_.push_back(std::move(p));
  }
  if (predicates_.empty()) return Status::InvalidArgument(dir + "/predicates.tsv: no classes");
  predicate_zipf_ = Zipf(predicates_.size(), 1.0);

  std::ifstream words(dir + "/common_words.txt");
  if (!words) return Status::NotFound("cannot read " + dir + "/common_words.txt");
  std::string w;
  while (std::getline(words, w)) {
    if (!w.empty() && w[0] != '#' && w.size() >= 3) words_.push_back(w);
  }
  if (words_.size() < 100) return Status::InvalidArgument(dir + "/common_words.txt: too short");
  // Which words are frequent is arbitrary but fixed: a seeded shuffle of the alphabetical list.
  Rng rng(Mix(options_.seed, 0x574f5244));
  for (size_t i = words_.size() - 1; i > 0; --i) std::swap(words_[i], words_[rng.Below(i + 1)]);
  word_zipf_ = Zipf(words_.size(), 1.0, 60);
  function_zipf_ = Zipf(kFunctionWords.size(), 1.0);
  outlet_zipf_ = Zipf(kOutlets.size(), 0.8);
  return Status::Ok();
}

void Generator::BuildPeople(uint64_t count) {
  std::unordered_set<std::string> names;
  for (const BenchActor& a : actors_) names.insert(graph::NormalizeName(a.name));
  people_of_country_.assign(countries_.size(), {});
  Rng rng(Mix(options_.seed, 0x50454f50));
  for (uint64_t r = 0; r < count; ++r) {
    BenchActor a;
    a.kind = ActorKind::kPerson;
    for (;;) {
      std::string surname(kOnsets[rng.Below(kOnsets.size())]);
      surname += kVowels[rng.Below(kVowels.size())];
      surname += kCodas[rng.Below(kCodas.size())];
      std::string second(kOnsets[rng.Below(kOnsets.size())]);
      for (char& c : second) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      surname += second;
      surname += kVowels[rng.Below(kVowels.size())];
      surname += kEndings[rng.Below(kEndings.size())];
      std::string name = std::string(kFirstNames[rng.Below(kFirstNames.size())]) + " " + surname;
      if (names.insert(graph::NormalizeName(name)).second) {
        a.name = std::move(name);
        a.surname = std::move(surname);
        break;
      }
    }
    double sphere = rng.Unit();
    if (sphere < 0.55) {
      size_t c = country_zipf_.Sample(rng);
      a.group = countries_[c];
      a.role = titles_gov_[rng.Below(titles_gov_.size())];
      people_of_country_[c].push_back(static_cast<int>(actors_.size()));
    } else if (sphere < 0.75) {
      a.group = bodies_[body_zipf_.Sample(rng)];
      a.role = titles_org_[rng.Below(titles_org_.size())];
    } else {
      a.role = titles_other_[rng.Below(titles_other_.size())];
    }
    people_.push_back(static_cast<int>(actors_.size()));
    actors_.push_back(std::move(a));
  }
  people_zipf_ = Zipf(people_.size(), options_.speaker_exponent);
}

int Generator::PickCountry(Rng& rng) const { return countries_[country_zipf_.Sample(rng)]; }

int Generator::PickSpeaker(Rng& rng, const ArticleState& st) const {
  double r = rng.Unit();
  if (r < 0.50) return people_[people_zipf_.Sample(rng)];
  if (r < 0.62) {
    const auto& local = people_of_country_[st.p1_country];
    if (!local.empty()) return local[rng.Below(1 + rng.Below(local.size()))];
    return people_[people_zipf_.Sample(rng)];
  }
  if (r < 0.80) return rng.Chance(0.6) ? st.p1 : st.p2;
  if (r < 0.90) return bodies_[body_zipf_.Sample(rng)];
  int officials = officials_[st.p1_country];
  return officials >= 0 ? officials : st.p1;
}

int Generator::PickTarget(Rng& rng, const ArticleState& st, int speaker) const {
  double r = rng.Unit();
  int t;
  if (r < 0.55) {
    t = speaker == st.p2 || actors_[speaker].group == st.p2 ? st.p1 : st.p2;
  } else if (r < 0.75) {
    t = PickCountry(rng);
  } else if (r < 0.85) {
    t = bodies_[body_zipf_.Sample(rng)];
  } else {
    t = people_[people_zipf_.Sample(rng)];
  }
  if (t == speaker) t = speaker == st.p1 ? st.p2 : st.p1;
  return t;
}

const Generator::Cue& Generator::PickCue(Rng& rng) const {
  double u = rng.Unit();
  size_t i = std::upper_bound(cue_cdf_.begin(), cue_cdf_.end(), u) - cue_cdf_.begin();
  return cues_[std::min(i, cues_.size() - 1)];
}

std::string Generator::Words(Rng& rng, int count) const {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (!out.empty()) out += ' ';
    if (rng.Chance(0.5)) {
      out += kFunctionWords[function_zipf_.Sample(rng)];
    } else {
      out += words_[word_zipf_.Sample(rng)];
    }
  }
  return out;
}

namespace {

// Adds universe actor `u` (and its group chain) to the draft; returns its draft index.
int Mention(const std::vector<BenchActor>& actors, int u, std::unordered_map<int, int>* index,
            GeneratedArticle* out) {
  auto it = index->find(u);
  if (it != index->end()) return it->second;
  const BenchActor& a = actors[u];
  int idx = static_cast<int>(out->draft.actors.size());
  (*index)[u] = idx;
  graph::ActorMention m;
  m.name = a.name;
  m.kind = a.kind;
  m.role = a.role;
  if (!a.surname.empty()) m.aliases.push_back(a.surname);
  out->draft.actors.push_back(std::move(m));
  out->actor_index.push_back(u);
  if (a.group >= 0) {
    int g = Mention(actors, a.group, index, out);
    out->draft.actors[idx].group = g;
  }
  return idx;
}

}  // namespace

void Generator::AddClaim(Rng& rng, ArticleState& st, bool headline) const {
  GeneratedArticle* out = st.out;
  int speaker = PickSpeaker(rng, st);
  double form_draw = rng.Unit();
  graph::ClaimForm form = headline              ? graph::ClaimForm::kHeadline
                          : form_draw < 0.10    ? graph::ClaimForm::kAccordingTo
                          : form_draw < 0.45    ? graph::ClaimForm::kDirect
                                                : graph::ClaimForm::kIndirect;
  const Cue& cue = form == graph::ClaimForm::kAccordingTo ? cues_[according_to_] : PickCue(rng);

  // Surface forms: the first mention in full, later ones short.
  auto surface = [&](int u) -> std::string {
    const BenchActor& a = actors_[u];
    int di = Mention(actors_, u, &st.draft_index, out);
    bool first = st.named.insert(u).second;
    if (a.kind == ActorKind::kPerson) {
      if (!first || headline) return a.surname;
      std::string title = Capitalize(a.role);
      if (a.group >= 0 && !actors_[a.group].demonym.empty()) {
        return actors_[a.group].demonym + " " + title + " " + a.name;
      }
      if (a.group >= 0) return title + " " + a.name + " of " + actors_[a.group].name;
      return title + " " + a.name;
    }
    if (!a.aliases.empty() && rng.Chance(0.25)) {
      const std::string& alias = a.aliases[rng.Below(a.aliases.size())];
      auto& aliases = out->draft.actors[di].aliases;
      if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
        aliases.push_back(alias);
      }
      return alias;
    }
    return a.name;
  };

  graph::ClaimDraft claim;
  claim.cue = cue.lemma;
  claim.form = form;
  claim.polarity = cue.polarity;
  claim.rule = "bench";
  std::string speaker_text = surface(speaker);
  claim.speaker = st.draft_index[speaker];

  // Targets: the object of a hostile or friendly cue, else now and then an actor the content
  // is about.
  int target = -1;
  int8_t stance = 0;
  if (cue.object_frame || rng.Chance(0.4)) {
    target = PickTarget(rng, st, speaker);
    stance = cue.object_frame ? cue.stance
                              : static_cast<int8_t>(rng.Chance(0.2) ? -1 : rng.Chance(0.1) ? 1 : 0);
  }
  std::string target_text = target >= 0 ? surface(target) : "";
  if (target >= 0) claim.targets.push_back({st.draft_index[target], stance});

  // The proposition: a denial denies the speaker's side did something; an accusation or warning
  // says the target (or the other side) did; statements now and then assert one.
  int speaker_side = actors_[speaker].group >= 0 ? actors_[speaker].group : speaker;
  int agent = -1, patient = -1;
  bool negated = false;
  if (cue.act == "denial") {
    agent = speaker_side;
    patient = rng.Chance(0.7) ? (speaker_side == st.p1 ? st.p2 : st.p1) : -1;
  } else if ((cue.act == "accusation" || cue.act == "criticism" || cue.act == "warning" ||
              cue.act == "threat") && rng.Chance(0.7)) {
    agent = target >= 0 ? target : (speaker_side == st.p1 ? st.p2 : st.p1);
    patient = rng.Chance(0.7) ? speaker_side : -1;
  } else if (cue.act == "statement" && rng.Chance(0.25)) {
    agent = rng.Chance(0.5) ? st.p1 : st.p2;
    patient = rng.Chance(0.6) ? (agent == st.p1 ? st.p2 : st.p1) : -1;
    negated = rng.Chance(0.15);
  }
  if (agent == patient) patient = -1;
  std::string content;
  if (agent >= 0) {
    const Predicate& p = predicates_[predicate_zipf_.Sample(rng)];
    std::string agent_text = agent == target ? target_text : surface(agent);
    content = agent_text + " " +
              std::string(negated ? kNotIntend[rng.Below(kNotIntend.size())]
                                  : kIntend[rng.Below(kIntend.size())]) +
              " " + p.verb;
    if (patient >= 0) content += " " + surface(patient);
    claim.proposition.agent = st.draft_index[agent];
    claim.proposition.predicate = p.name;
    claim.proposition.patient = patient >= 0 ? st.draft_index[patient] : -1;
    claim.proposition.negated = negated;
    if (negated) claim.polarity = static_cast<int8_t>(-claim.polarity);
    if (!headline) content += " " + Words(rng, 3 + static_cast<int>(rng.Below(10)));
  } else {
    content = Words(rng, headline ? 5 : 9 + static_cast<int>(rng.Below(14)));
  }
  if (target >= 0 && !cue.object_frame && content.find(target_text) == std::string::npos) {
    content += " with " + target_text;
  }

  std::string sentence;
  size_t content_at = 0;
  if (headline) {
    sentence = speaker_text + " " + cue.present + " " + content;
    content_at = speaker_text.size() + cue.present.size() + 2;
    out->title = sentence;
    claim.start = 0;
    claim.end = static_cast<uint32_t>(sentence.size());
  } else {
    switch (form) {
      case graph::ClaimForm::kAccordingTo:
        sentence = "According to " + speaker_text + ", ";
        content_at = sentence.size();
        sentence += content + ".";
        break;
      case graph::ClaimForm::kDirect:
        if (rng.Chance(0.5)) {
          sentence = "\"";
          content_at = 1;
          sentence += UpperFirst(content) + ",\" " + speaker_text + " " + cue.past + ".";
        } else {
          sentence = speaker_text + " " + cue.past + ": \"";
          content_at = sentence.size();
          sentence += UpperFirst(content) + ".\"";
        }
        break;
      default:
        if (cue.object_frame && target >= 0) {
          sentence = speaker_text + " " + cue.past + " " + target_text + ", saying ";
        } else {
          sentence = speaker_text + " " + cue.past + " that ";
        }
        content_at = sentence.size();
        sentence += content + ".";
        break;
    }
    if (!st.text.empty()) st.text += rng.Chance(0.5) ? "\n\n" : " ";
    claim.start = static_cast<uint32_t>(st.text.size());
    st.text += UpperFirst(sentence);
    claim.end = static_cast<uint32_t>(st.text.size());
    if (st.with_text) {
      // Unattributed context around the claim: roughly half of news text.
      int filler = static_cast<int>(rng.Below(3));
      for (int f = 0; f < filler; ++f) {
        st.text += " " + UpperFirst(Words(rng, 10 + static_cast<int>(rng.Below(16)))) + ".";
      }
    }
  }
  (void)content_at;
  claim.content = UpperFirst(content);
  out->draft.claims.push_back(std::move(claim));
}

void Generator::Generate(uint64_t i, bool with_text, GeneratedArticle* out) const {
  Rng rng(Mix(options_.seed, i));
  *out = GeneratedArticle{};
  ArticleState st;
  st.out = out;
  st.with_text = with_text;
  st.p1_country = static_cast<int>(country_zipf_.Sample(rng));
  st.p1 = countries_[st.p1_country];
  do {
    st.p2 = rng.Chance(0.8) ? PickCountry(rng) : bodies_[body_zipf_.Sample(rng)];
  } while (st.p2 == st.p1);

  uint64_t n = std::max<uint64_t>(options_.articles, 1);
  uint64_t day = std::min<uint64_t>(kDaySpan - 1, i * kDaySpan / n);
  out->date = DateString(day);
  std::string_view outlet = kOutlets[outlet_zipf_.Sample(rng)];
  out->outlet = std::string(outlet);
  out->key = "bench-" + std::to_string(options_.seed) + "-" + std::to_string(i);
  out->url = "https://news.example/" + std::to_string(options_.seed) + "/" + std::to_string(i);

  // Claims per article: 1..15, mean ~5.
  static constexpr std::array<double, 15> kClaimsCdf = {
      0.08, 0.18, 0.32, 0.48, 0.63, 0.75, 0.84, 0.90, 0.94, 0.96, 0.97, 0.98, 0.99, 0.995, 1.0};
  size_t claims = 1 + (std::upper_bound(kClaimsCdf.begin(), kClaimsCdf.end(), rng.Unit()) -
                       kClaimsCdf.begin());
  claims = std::min<size_t>(claims, kClaimsCdf.size());
  bool headline = rng.Chance(0.4);
  if (with_text) {
    st.text = UpperFirst(Words(rng, 14 + static_cast<int>(rng.Below(14)))) + ".";
  }
  for (size_t c = 0; c < claims; ++c) AddClaim(rng, st, false);
  if (headline) {
    AddClaim(rng, st, true);
  } else {
    out->title = UpperFirst(Words(rng, 6 + static_cast<int>(rng.Below(6))));
  }
  out->text = std::move(st.text);

  graph::ArticleDraft& d = out->draft;
  d.key = out->key;
  d.url = out->url;
  d.title = out->title;
  d.outlet = out->outlet;
  d.date = graph::Date::Parse(out->date).value_or(graph::Date{});
  d.content_hash = graph::Hash64(out->title + "\n" + out->text);
}

std::string Generator::ToJsonLine(const GeneratedArticle& a) {
  nlohmann::ordered_json j;
  j["id"] = a.key;
  j["title"] = a.title;
  j["url"] = a.url;
  j["date"] = a.date;
  j["outlet"] = a.outlet;
  j["text"] = a.text;
  return j.dump();
}

}  // namespace sg::bench
