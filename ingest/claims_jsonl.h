// Claims already extracted elsewhere (an upstream NLP or LLM pipeline, a fact-check feed), as
// JSON Lines, turned into article drafts for graph::Store::PutArticle (`stancegraph add`).
//
// One object per line (docs/add-format.md):
//   {"speaker": "Sergey Lavrov", "speaker_group": "Russia", "cue": "accuse",
//    "text": "Ukraine was sabotaging agreements", "targets": ["Ukraine"], "polarity": 1,
//    "stance": {"Ukraine": -1}, "date": "2022-01-18",
//    "article": {"id": "...", "url": "...", "title": "...", "outlet": "..."}}
// Only "speaker" and "text" are required. Claims with an article are grouped by its id; claims
// without one go to a synthetic article per input and date ("<origin>" or "<origin>@<date>").
// Each article's content hash covers its lines, so adding the same input twice changes nothing.
//
// Thread safety: pure functions.
#ifndef SG_INGEST_CLAIMS_JSONL_H_
#define SG_INGEST_CLAIMS_JSONL_H_

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace sg::ingest {

struct ClaimsInput {
  std::vector<graph::ArticleDraft> articles;  // in order of first appearance
  size_t lines = 0;     // non-blank lines read
  size_t claims = 0;    // claims accepted
  size_t rejected = 0;  // lines rejected (each reported through on_error)
};

// Reads claims JSON Lines from `in`. `origin` names the input in messages and synthetic article
// keys (a file name, or "-" for standard input). Every rejected line is reported as
// "ORIGIN:LINE: reason" through `on_error` and skipped; the other lines are kept. An input that
// holds a NUL byte in its first 8 KiB and does not start with '{' is binary, and one without any
// line is empty: either is one message (counted in `rejected`), and nothing is read.
ClaimsInput ReadClaimsJsonl(std::istream& in, std::string_view origin,
                            const std::function<void(const std::string&)>& on_error);

}  // namespace sg::ingest

#endif  // SG_INGEST_CLAIMS_JSONL_H_
