// libFuzzer target: the claims JSON Lines reader of `stancegraph add` (ingest/claims_jsonl.h).
// Any bytes must give drafts the store accepts, or messages; never a crash, a leak or UB.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/claims_jsonl.h"
#include "tests/fuzz/draft_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  size_t messages = 0;
  sg::ingest::ClaimsInput parsed =
      sg::ingest::ReadClaimsJsonl(in, "fuzz", [&](const std::string&) { ++messages; });
  SG_FUZZ_ASSERT(messages == parsed.rejected);
  size_t claims = 0;
  for (const sg::graph::ArticleDraft& draft : parsed.articles) {
    sg::fuzz::RequireValidDraft(draft, /*text_size=*/SIZE_MAX, /*title_size=*/SIZE_MAX);
    claims += draft.claims.size();
  }
  SG_FUZZ_ASSERT(claims == parsed.claims);
  return 0;
}
