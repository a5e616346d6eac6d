// What `add` and `ingest` did to the store, for their JSON summaries, and the one rule both
// apply to a failed write.
#ifndef SG_CLI_WRITE_TALLY_H_
#define SG_CLI_WRITE_TALLY_H_

#include <cstddef>
#include <nlohmann/json.hpp>

#include "graph/status.h"
#include "graph/store.h"

namespace sg::cli {

struct WriteTally {
  size_t fresh = 0;         // articles stored for the first time
  size_t unchanged = 0;     // same id and content: nothing written
  size_t replaced = 0;      // same id, new content: the old claims taken back
  size_t claims_added = 0;  // claims of the new and replaced articles

  void Count(const graph::PutResult& put);
  size_t stored() const { return fresh + unchanged + replaced; }
  // Appends "new", "unchanged", "replaced" and "claims_added" (docs/add-format.md).
  void AppendTo(nlohmann::ordered_json& summary) const;
};

// Whether a failed PutArticle rejects one input (the article was invalid or its id is taken)
// rather than the store failing, after which nothing more should be written.
bool RejectsInput(const Status& put_error);

}  // namespace sg::cli

#endif  // SG_CLI_WRITE_TALLY_H_
