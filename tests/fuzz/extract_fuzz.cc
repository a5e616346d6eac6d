// libFuzzer target: the text extractor (ingest/extractor.h) and its segmenter (ingest/text.h).
// The input's first line is the title, the rest the text (valid UTF-8 is not assumed: the
// reader checks it, but the extractor must not crash on what gets through). Every draft must be
// one the store accepts, with claim spans inside the text (or the title, for headlines).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ingest/extractor.h"
#include "ingest/text.h"
#include "tests/fuzz/draft_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<sg::ingest::Extractor> extractor = [] {
    auto created = sg::ingest::Extractor::Create({});
    SG_FUZZ_ASSERT(created.ok());
    return std::move(created).value();
  }();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  sg::ingest::ArticleInput article;
  article.key = "fuzz";
  size_t newline = bytes.find('\n');
  if (newline != std::string::npos) {
    article.title = bytes.substr(0, newline);
    article.text = bytes.substr(newline + 1);
  } else {
    article.text = bytes;
  }
  article.origin = "fuzz";
  sg::ingest::Document doc = sg::ingest::Segment(article.text);
  for (const sg::ingest::Token& t : doc.tokens) {
    SG_FUZZ_ASSERT(t.begin <= t.end && t.end <= article.text.size());
  }
  sg::graph::ArticleDraft draft = extractor->Extract(article);
  sg::fuzz::RequireValidDraft(draft, article.text.size(), article.title.size());
  return 0;
}
