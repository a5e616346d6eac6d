// What every fuzz target asserts: SG_FUZZ_ASSERT (abort with a message, so libFuzzer keeps the
// input), and the contract of a draft handed to graph::Store::PutArticle.
#ifndef SG_TESTS_FUZZ_DRAFT_INVARIANTS_H_
#define SG_TESTS_FUZZ_DRAFT_INVARIANTS_H_

#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include "graph/model.h"
#include "graph/names.h"
#include "ingest/utf8.h"

#define SG_FUZZ_ASSERT(cond)                                                                 \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

namespace sg::fuzz {

inline bool ValidUtf8(std::string_view text) { return ingest::IsValidUtf8(text); }

// Aborts unless the store's ValidateDraft would accept `draft` (sizes aside) and every claim
// span lies inside the text (inside the title for headlines). Pass SIZE_MAX for spans that are
// given by the user rather than computed.
inline void RequireValidDraft(const graph::ArticleDraft& d, size_t text_size, size_t title_size) {
  SG_FUZZ_ASSERT(!d.key.empty());
  const int n = static_cast<int>(d.actors.size());
  auto in_range = [n](int i) { return i >= 0 && i < n; };
  for (int i = 0; i < n; ++i) {
    const graph::ActorMention& m = d.actors[i];
    // A name with letters or digits (the store refuses the whole article otherwise).
    SG_FUZZ_ASSERT(!graph::NormalizeName(m.name).empty());
    SG_FUZZ_ASSERT(m.group == -1 || (in_range(m.group) && m.group != i));
  }
  SG_FUZZ_ASSERT(d.claims.size() <= 0xffff);
  for (const graph::ClaimDraft& c : d.claims) {
    SG_FUZZ_ASSERT(in_range(c.speaker));
    SG_FUZZ_ASSERT(c.source == -1 || in_range(c.source));
    SG_FUZZ_ASSERT(c.polarity >= -1 && c.polarity <= 1);
    for (const graph::TargetDraft& t : c.targets) {
      SG_FUZZ_ASSERT(in_range(t.actor));
      SG_FUZZ_ASSERT(t.stance >= -1 && t.stance <= 1);
    }
    SG_FUZZ_ASSERT(c.proposition.agent == -1 || in_range(c.proposition.agent));
    SG_FUZZ_ASSERT(c.proposition.patient == -1 || in_range(c.proposition.patient));
    SG_FUZZ_ASSERT(c.start <= c.end);
    SG_FUZZ_ASSERT(c.end <= (c.form == graph::ClaimForm::kHeadline ? title_size : text_size));
  }
}

}  // namespace sg::fuzz

#endif  // SG_TESTS_FUZZ_DRAFT_INVARIANTS_H_
