#include "tests/ingest/test_support.h"

#include <stdexcept>

namespace sg::ingest::testing {

const Lexicon& SourceLexicon() { return SourceExtractor().lexicon(); }

const Extractor& SourceExtractor() {
  static std::unique_ptr<Extractor> extractor = [] {
    ExtractorOptions options;
    options.data_dir = SG_DATA_DIR;
    auto e = Extractor::Create(options);
    if (!e.ok()) throw std::runtime_error(e.status().ToString());
    return std::move(e).value();
  }();
  return *extractor;
}

graph::ArticleDraft ExtractText(const std::string& text, const std::string& title,
                                const std::string& key) {
  ArticleInput in;
  in.key = key;
  in.text = text;
  in.title = title;
  return SourceExtractor().Extract(in);
}

}  // namespace sg::ingest::testing
