// `stancegraph contradictions`: pairs of claims that cannot both hold.
//
// Two claims contradict when their propositions match (same agent, same predicate class, and
// the same patient or a missing one on either side) and their polarities are opposite (1 against
// -1; a claim of polarity 0 contradicts nothing). The polarity already says whether the claim
// asserts or denies its proposition; Proposition::negated is shown but not used for matching.
//
// The contradiction index is the by_proposition family, written with each claim in its
// article's batch (and taken back in the same batch when the article is replaced or retracted):
// key agent | predicate | patient | claim, value polarity, speaker, date. Candidates for a
// contradiction share a key prefix, so no query scans the claims:
//  * --actor A / --between A B: A's claims (by_speaker, date window in the key range; with
//    --between the side with fewer claims drives) are read once in batches to learn their
//    propositions, then one short by_proposition scan per distinct (agent, predicate);
//  * --agent X: the by_proposition prefix of X;
//  * neither: one pass over by_proposition, pairing within each (agent, predicate) run.
// Pairs are not materialised: a popular proposition asserted by thousands of claims would
// store a quadratic number of pairs, while the index stores one entry per claim.
//
// Errors: as Context::Resolve for names; InvalidArgument for --self with --between.
#ifndef SG_QUERY_CONTRADICTIONS_H_
#define SG_QUERY_CONTRADICTIONS_H_

#include <string>
#include <vector>

#include "query/context.h"
#include "query/results.h"

namespace sg::query {

struct ContradictionsOptions {
  // Pairs with one claim by each of these two actors (names, aliases or ids).
  // Default: empty (no such restriction); otherwise exactly two names
  std::vector<std::string> between;
  // Pairs with at least one claim by this actor (both with `self`).
  // Default: "" (any)
  std::string actor;
  // Only propositions whose agent is this actor ("contradictions about Russia's plans").
  // Default: "" (any agent)
  std::string agent;
  // Only pairs whose two claims come from the same speaker (with `rollup`: speak for the same
  // country or body): reversals.
  // Default: false
  bool self = false;
  // People count for the country or body they speak for (MEMBER_OF, transitively) in
  // `between`, `actor` and `self`.
  // Default: false
  bool rollup = false;
  // Both claims must lie in the window.
  // Default: no date window
  DateRange dates;
  // At most this many pairs. 0: all.
  // Default: 0
  size_t limit = 0;
};

// Matching pairs ordered by the earlier claim (date, id), then the later one.
Result<std::vector<ContradictionPair>> FindContradictions(Context& ctx,
                                                          const ContradictionsOptions& options);

}  // namespace sg::query

#endif  // SG_QUERY_CONTRADICTIONS_H_
