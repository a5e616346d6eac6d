// Shared helpers for the sg_ingest tests: the lexicons of the source tree and small extractors.
#ifndef SG_TESTS_INGEST_TEST_SUPPORT_H_
#define SG_TESTS_INGEST_TEST_SUPPORT_H_

#include <memory>
#include <string>

#include "ingest/extractor.h"
#include "ingest/lexicon.h"

namespace sg::ingest::testing {

// The lexicons under data/ (loaded once per test binary).
const Lexicon& SourceLexicon();
// An extractor over data/ (loaded once per test binary).
const Extractor& SourceExtractor();
// Extracts one article given as text (and optional title).
graph::ArticleDraft ExtractText(const std::string& text, const std::string& title = "",
                                const std::string& key = "t");

}  // namespace sg::ingest::testing

#endif  // SG_TESTS_INGEST_TEST_SUPPORT_H_
