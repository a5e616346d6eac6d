// A deterministic generator of synthetic news for the benchmark.
//
// The universe: the countries and bodies of data/ (countries.tsv, bodies.tsv, with their capitals
// and seats as aliases), thousands of synthetic people with a title from data/titles.tsv and an
// affiliation (a government, a body, or none), and anonymous speakers ("Russian officials").
// Article i is a pure function of (seed, i): one or two protagonist countries, a date spread
// evenly over 2018-2025 (a feed in date order), an outlet, and one to fifteen claims (mean ~5):
// speakers drawn from Zipf laws (a few prolific people and countries, a long tail), the cue verbs
// of data/cues.tsv, direct and indirect quotes, "according to", headlines, targets with the cue's
// stance, and propositions over the predicate classes of data/predicates.tsv, so that
// accusations and denials of the same proposition produce contradictions. Content words are
// drawn from data/common_words.txt with Zipf frequencies among function words.
//
// Each article comes both as text (title and paragraphs, for extraction) and as the
// graph::ArticleDraft the text was written from (for store-only ingest at scale), with the
// claims' byte spans pointing into the text.
//
// Thread safety: a Generator is immutable after Create; Generate may run concurrently.
#ifndef SG_BENCH_GENERATOR_H_
#define SG_BENCH_GENERATOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bench/rng.h"
#include "graph/model.h"
#include "graph/status.h"

namespace sg::bench {

struct GeneratorOptions {
  // Default: 1
  uint64_t seed = 1;
  // Articles in the corpus; the number of people grows with it (articles / 8, at least 2,000).
  // Default: 1000
  uint64_t articles = 1000;
  // Folder with the lexicons (cues.tsv, countries.tsv, bodies.tsv, titles.tsv, predicates.tsv,
  // common_words.txt).
  // Default: "" (ingest::DefaultDataDir())
  std::string data_dir;
  // Zipf exponent of the people who speak: 1.0 gives a few very prolific speakers.
  // Default: 1.0
  double speaker_exponent = 1.0;
};

// One actor of the universe.
struct BenchActor {
  std::string name;
  graph::ActorKind kind = graph::ActorKind::kUnknown;
  std::vector<std::string> aliases;  // other forms a text may use ("Moscow", "Kremlin")
  std::string demonym;               // countries: "Russian"
  int group = -1;                    // the actor it speaks for (index), or -1
  std::string role;                  // people: "foreign minister"
  std::string surname;               // people: the short form used after the first mention
};

struct GeneratedArticle {
  std::string key;
  std::string url;
  std::string title;
  std::string outlet;
  std::string date;  // YYYY-MM-DD
  std::string text;
  graph::ArticleDraft draft;  // what the text states, actors by full name
  // Universe indexes of draft.actors (same order), for peers that need ids without a store.
  std::vector<int> actor_index;
};

class Generator {
 public:
  static Result<std::unique_ptr<Generator>> Create(const GeneratorOptions& options);

  uint64_t articles() const { return options_.articles; }
  const std::vector<BenchActor>& actors() const { return actors_; }

  // Article `i` (any i; the corpus is 0..articles()-1). `with_text`: also write title and text
  // (otherwise only what the draft needs: claim contents and a title).
  void Generate(uint64_t i, bool with_text, GeneratedArticle* out) const;

  // The article as one JSON Lines record of the reader's format (id, title, url, date, outlet,
  // text), without the newline.
  static std::string ToJsonLine(const GeneratedArticle& article);

 private:
  struct Cue {
    std::string lemma, past, present, act;
    int8_t polarity = 1, stance = 0;
    bool object_frame = false;  // the first actor after the cue is a target
    double weight = 0;
  };
  struct Predicate {
    std::string name;  // class
    std::string verb;  // base form: "attack"
    int8_t sign = 0;
  };
  struct ArticleState;

  explicit Generator(GeneratorOptions options) : options_(std::move(options)) {}
  Status LoadLexicons(const std::string& dir);
  void BuildPeople(uint64_t count);

  int PickCountry(Rng& rng) const;
  int PickSpeaker(Rng& rng, const ArticleState& st) const;
  int PickTarget(Rng& rng, const ArticleState& st, int speaker) const;
  const Cue& PickCue(Rng& rng) const;
  std::string Words(Rng& rng, int count) const;
  void AddClaim(Rng& rng, ArticleState& st, bool headline) const;

  GeneratorOptions options_;
  std::vector<BenchActor> actors_;
  std::vector<int> countries_;  // by prominence
  std::vector<int> bodies_;
  std::vector<int> people_;      // by speaker rank
  std::vector<int> officials_;   // per country (index into countries_): its anonymous speakers
  std::vector<std::vector<int>> people_of_country_;  // per country index, by rank
  Zipf country_zipf_, body_zipf_, people_zipf_, word_zipf_, function_zipf_, outlet_zipf_;
  std::vector<Cue> cues_;
  std::vector<double> cue_cdf_;
  int according_to_ = -1;  // index of the "according to" cue
  std::vector<Predicate> predicates_;
  Zipf predicate_zipf_;
  std::vector<std::string> words_;  // content words, in Zipf rank order
  std::vector<std::string> titles_gov_, titles_org_, titles_other_;
};

}  // namespace sg::bench

#endif  // SG_BENCH_GENERATOR_H_
