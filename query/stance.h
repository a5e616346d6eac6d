// `stancegraph stance`: the signed stance of actors toward actors, from the target stances of
// their claims (ABOUT edges): sum, counts of hostile / neutral / friendly claims, first and last
// date, and the strongest evidence claims.
//
// Computed from by_target range scans (the stored StanceAggregate has no date window and no
// rollup): --from A --to B reads the claims by A about B (one range scan per pair, or one scan
// of each target's prefix when rollup makes the pairs many); --to B reads the claims about B;
// --from A lists A's targets from the stance family, then reads each pair. With neither, every
// ABOUT entry is read (the only stance query whose cost grows with the graph).
// The matrix reads the actors family to rank actors by activity, then the stored STANCE edges
// of the chosen actors (by_target pair scans instead when a date window is given).
//
// Errors: as Context::Resolve for names.
#ifndef SG_QUERY_STANCE_H_
#define SG_QUERY_STANCE_H_

#include <string>
#include <vector>

#include "query/context.h"
#include "query/results.h"

namespace sg::query {

struct StanceOptions {
  // The actor whose stance is measured (name, alias or id).
  // Default: "" (every speaker)
  std::string from;
  // The actor the stance is toward.
  // Default: "" (every target)
  std::string to;
  // People count for the country or body they speak for: claims by `from`'s members count for
  // `from`, claims about `to`'s members count for `to`, and in a listing every other actor is
  // replaced by the country or body at the top of its MEMBER_OF chain.
  // Default: false
  bool rollup = false;
  // Default: no date window
  DateRange dates;
  // Evidence claims per row.
  // Default: 3
  size_t evidence = 3;
  // At most this many rows, strongest first. 0: all.
  // Default: 0
  size_t limit = 0;
};

// One row per (from, to) pair with at least one claim, ordered by |sum| (descending), then
// count, then names. Pairs of an actor with itself are left out of listings.
Result<std::vector<StanceRow>> ComputeStance(Context& ctx, const StanceOptions& options);

struct MatrixOptions {
  // The matrix covers the N most active actors (claims made + received).
  // Default: 10
  size_t top = 10;
  // Rank and aggregate countries and bodies with their members (see StanceOptions::rollup).
  // Default: false
  bool rollup = false;
  // Default: no date window
  DateRange dates;
};

Result<StanceMatrix> ComputeStanceMatrix(Context& ctx, const MatrixOptions& options);

}  // namespace sg::query

#endif  // SG_QUERY_STANCE_H_
