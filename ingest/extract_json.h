// The JSON Lines form of extracted claims (docs/extract-format.md): one object per claim,
// keys in a fixed order, actor ids as "actor:<16 hex digits>".
//
// Thread safety: pure functions.
#ifndef SG_INGEST_EXTRACT_JSON_H_
#define SG_INGEST_EXTRACT_JSON_H_

#include <ostream>
#include <string>

#include "graph/model.h"

namespace sg::ingest {

// One claim of `draft` as a single line of JSON (no trailing newline).
std::string ClaimToJsonLine(const graph::ArticleDraft& draft, const graph::ClaimDraft& claim);

// Writes every claim of `draft`, one line each; returns the number written.
size_t WriteClaimsJsonl(const graph::ArticleDraft& draft, std::ostream& out);

}  // namespace sg::ingest

#endif  // SG_INGEST_EXTRACT_JSON_H_
