// The extraction pipeline's entry point: article in, graph::ArticleDraft out.
//
//   auto ex = Extractor::Create({.data_dir = DefaultDataDir()});
//   graph::ArticleDraft draft = ex->Extract(article);   // then Store::PutArticle(draft)
//
// Extract() segments the text (text.h), recognises actors (actors.h), finds attributions
// (attribution.h) and builds one claim per attributed sentence and speaker (claims.h); the
// title is read as a headline (claims of form kHeadline, offsets into the title). The draft's
// actor table holds only the actors its claims use (speakers, sources, targets, proposition
// roles) and their MEMBER_OF chains.
//
// Thread safety: an Extractor is immutable after Create; Extract may run concurrently.
#ifndef SG_INGEST_EXTRACTOR_H_
#define SG_INGEST_EXTRACTOR_H_

#include <memory>
#include <string>

#include "graph/model.h"
#include "graph/status.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"

namespace sg::ingest {

// The version of the rules, recorded by the store with each claim.
inline constexpr const char* kExtractorVersion = "rules-1";

struct ExtractorOptions {
  // Folder holding the lexicons (see docs/extraction.md). Default: DefaultDataDir().
  std::string data_dir;
  // A user actors file (bodies.tsv columns) adding or overriding actors and aliases.
  // Default: none.
  std::string actors_file;
};

// $STANCEGRAPH_DATA when set, else the folder compiled in as SG_DATA_DIR.
std::string DefaultDataDir();

class Extractor {
 public:
  // Loads the lexicons; NotFound / InvalidArgument ("FILE:LINE: reason") on bad data files.
  static Result<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);

  // Never fails: an article without attributions gives a draft without claims.
  graph::ArticleDraft Extract(const ArticleInput& article) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  explicit Extractor(Lexicon lexicon) : lexicon_(std::move(lexicon)) {}
  Lexicon lexicon_;
};

// The top of an actor's MEMBER_OF chain in a draft: the country for anyone speaking for a
// government, else the organisation, else "" (see docs/extract-format.md, "group").
std::string SpeakerGroup(const graph::ArticleDraft& draft, int actor);

}  // namespace sg::ingest

#endif  // SG_INGEST_EXTRACTOR_H_
