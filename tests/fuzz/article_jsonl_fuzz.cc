// libFuzzer target: the article JSON Lines reader of `stancegraph ingest` / `extract`
// (ingest/reader.h). Any bytes must give articles or "NAME:LINE: reason" errors; never a crash,
// a leak or UB; every accepted article has valid UTF-8 and a text within the size limit.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/reader.h"
#include "ingest/utf8.h"
#include "tests/fuzz/draft_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  sg::ingest::ReadOptions options;
  options.max_text_bytes = 4096;  // small, so that the limit itself is exercised
  std::istringstream in(bytes);
  size_t articles = 0, errors = 0;
  sg::ingest::ReadStats stats = sg::ingest::ReadJsonLines(
      in, "fuzz", options,
      [&](sg::ingest::ArticleInput&& a) {
        ++articles;
        SG_FUZZ_ASSERT(a.text.size() <= options.max_text_bytes);
        SG_FUZZ_ASSERT(sg::fuzz::ValidUtf8(a.text) && sg::fuzz::ValidUtf8(a.title));
        SG_FUZZ_ASSERT(!a.key.empty());
      },
      [&](const sg::Status& s) {
        ++errors;
        SG_FUZZ_ASSERT(!s.ok());
        SG_FUZZ_ASSERT(s.message().rfind("fuzz:", 0) == 0);
      });
  SG_FUZZ_ASSERT(stats.articles == articles && stats.rejected == errors);
  // One line on its own.
  std::string_view line(bytes);
  line = line.substr(0, line.find('\n'));
  (void)sg::ingest::ParseArticleLine(line, "fuzz:1", options);
  return 0;
}
