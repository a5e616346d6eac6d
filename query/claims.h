// `stancegraph claims` and `stancegraph timeline`: claims matching filters, with their evidence.
//
// Served by prefix scans of the index families, so the cost grows with the answer, not with the
// graph: an article's claims are one prefix of the claims family; claims by X are one range
// scan of by_speaker (the date is in the key); claims about Y one prefix of by_target; claims
// by X about Y one range scan of by_target. Cue and polarity are read from the index values
// (a covering index), and full claim records are fetched (one batched read) only for the rows
// returned. Only a query with none of --speaker, --about and --article walks the by_date
// family (in date order, stopping at --limit when no cue or polarity filter is given).
//
// Errors: NotFound / InvalidArgument for names that do not resolve (see Context::Resolve) and
// an unknown article; Corruption for undecodable entries.
#ifndef SG_QUERY_CLAIMS_H_
#define SG_QUERY_CLAIMS_H_

#include <optional>
#include <string>
#include <vector>

#include "query/context.h"
#include "query/results.h"

namespace sg::query {

struct ClaimsOptions {
  // Only claims by this actor (a name, alias or actor id).
  // Default: "" (any speaker)
  std::string speaker;
  // Only claims with this actor among their targets.
  // Default: "" (about anyone)
  std::string about;
  // Only claims with this cue lemma ("deny"), compared case-insensitively.
  // Default: "" (any cue)
  std::string cue;
  // Only claims with this polarity (-1, 0 or 1).
  // Default: none
  std::optional<int8_t> polarity;
  // Default: no date window
  DateRange dates;
  // Only claims of this article: its external id or "article:0123456789abcdef".
  // Default: "" (any article)
  std::string article;
  // --speaker and --about also match the actor's members, transitively (Jen Psaki -> White
  // House -> United States).
  // Default: false
  bool rollup = false;
  // At most this many claims, the earliest first. 0: all.
  // Default: 0
  size_t limit = 0;
};

// Matching claims ordered by date, then claim id.
Result<std::vector<ClaimView>> FindClaims(Context& ctx, const ClaimsOptions& options);

struct TimelineOptions {
  // The actor (name, alias or actor id). Required.
  // Default: ""
  std::string actor;
  // Default: no date window
  DateRange dates;
  // Also claims by and about the actor's members.
  // Default: false
  bool rollup = false;
  // At most this many rows, the earliest first. 0: all.
  // Default: 0
  size_t limit = 0;
};

// Claims by and about the actor, ordered by date, then claim id; a claim by the actor about
// itself appears once with both flags.
Result<std::vector<TimelineRow>> Timeline(Context& ctx, const TimelineOptions& options);

}  // namespace sg::query

#endif  // SG_QUERY_CLAIMS_H_
