// What the query commands return: plain values with every name and every piece of evidence
// already resolved, ready to print (query/render.h) or to assert on in tests.
//
// Every claim in an answer is a ClaimView: the stored claim with its speaker, targets and
// proposition named, and its source (article key, url, title, byte span).
//
// Thread safety: plain values.
#ifndef SG_QUERY_RESULTS_H_
#define SG_QUERY_RESULTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/codec.h"
#include "graph/model.h"

namespace sg::query {

// An actor as answers show it. `group` is the name of the country or body the actor speaks for
// at the top of its MEMBER_OF chain (Jen Psaki -> White House -> "United States"); empty when
// the actor belongs to no group. A dangling id gets its external id as name.
struct ActorRef {
  graph::ActorId id;
  std::string name;
  graph::ActorKind kind = graph::ActorKind::kUnknown;
  std::string group;
  bool operator==(const ActorRef&) const = default;
};

struct TargetRef {
  ActorRef actor;
  int8_t stance = 0;  // -1 hostile, 0 neutral, 1 friendly
};

// A claim with its evidence. `proposition_agent` and `proposition_patient` are set when the
// claim has a proposition (an invalid id for a missing patient).
struct ClaimView {
  graph::Claim claim;
  ActorRef speaker;
  std::vector<TargetRef> targets;
  ActorRef proposition_agent;
  ActorRef proposition_patient;
  std::string article_key;  // the article's external id ("blinken-lavrov-geneva")
  std::string url;
  std::string title;
  std::string outlet;
};

// A claim of a timeline: said by the actor, about it, or both.
struct TimelineRow {
  ClaimView claim;
  bool by = false;
  bool about = false;
};

// Two claims whose propositions match (same agent and predicate, patients equal or one missing)
// with opposite polarities. `a` is the earlier claim (date, then claim id). `self` is true when
// both speakers are the same actor (with rollup: speak for the same country or body).
struct ContradictionPair {
  ClaimView a;
  ClaimView b;
  ActorRef agent;
  std::string predicate;
  ActorRef patient;  // the more specific of the two patients; invalid id when both are missing
  bool self = false;
};

// The signed stance of `from` toward `to` over the matching claims (ABOUT edges).
struct StanceRow {
  ActorRef from;
  ActorRef to;
  int64_t sum = 0;
  uint32_t hostile = 0;
  uint32_t neutral = 0;
  uint32_t friendly = 0;
  graph::Date first;
  graph::Date last;
  std::vector<ClaimView> evidence;  // the strongest claims, sign of `sum` first, newest first
  uint32_t count() const { return hostile + neutral + friendly; }
  // "hostile" (sum < 0), "friendly" (sum > 0) or "neutral".
  std::string_view label() const;
};

// The signed stance matrix among the most active actors: cells[i][j] is from actors[i] to
// actors[j] (count 0: no claim).
struct StanceCell {
  int64_t sum = 0;
  uint32_t hostile = 0;
  uint32_t neutral = 0;
  uint32_t friendly = 0;
  uint32_t count() const { return hostile + neutral + friendly; }
};
struct StanceMatrix {
  std::vector<ActorRef> actors;
  std::vector<std::vector<StanceCell>> cells;
};

// One actor with its activity, as `actors` lists them.
struct ActorRow {
  ActorRef actor;
  uint32_t articles = 0;
  uint32_t claims_made = 0;
  uint32_t claims_received = 0;
  uint64_t activity() const { return uint64_t{claims_made} + claims_received; }
};

struct AffiliationView {
  ActorRef group;
  std::string role;
  uint32_t articles = 0;
};

// `stancegraph actor NAME`.
struct ActorInfo {
  ActorRow row;
  std::vector<graph::AliasCount> aliases;
  std::vector<AffiliationView> affiliations;  // MEMBER_OF, upward
  std::vector<ActorRef> members;              // direct members, downward
  std::vector<StanceRow> stance_toward;       // its stance toward others, strongest first
  std::vector<StanceRow> stance_from;         // others' stance toward it, strongest first
  std::vector<ClaimView> recent_claims;       // its newest claims
};

// One step of the actor-claim-actor graph: `evidence` is a claim by `speaker` about `target`;
// `from` and `to` are the step's ends in traversal order (one is the speaker, one the target).
struct Hop {
  ActorRef from;
  ActorRef to;
  bool forward = true;  // true: `from` said something about `to`; false: the other way round
  ClaimView evidence;
};

// An actor reached from the start of `neighbors`, at `depth` hops, through `via` (the last hop).
struct NeighborRow {
  ActorRef actor;
  int depth = 0;
  Hop via;
};

}  // namespace sg::query

#endif  // SG_QUERY_RESULTS_H_
