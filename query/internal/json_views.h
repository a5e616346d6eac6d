// Private to sg_query: the JSON form of every answer type (field names documented in
// docs/query.md; changing one is a breaking change for users' scripts).
#ifndef SG_QUERY_INTERNAL_JSON_VIEWS_H_
#define SG_QUERY_INTERNAL_JSON_VIEWS_H_

#include "query/internal/table.h"
#include "query/results.h"

namespace sg::query::internal {

// {"id", "name", "kind", "group"}; null for an invalid id.
Json ActorJson(const ActorRef& actor);
// The claim with its evidence: claim, date, speaker, cue, form, polarity, modality, content,
// targets, proposition, article, article_id, url, title, outlet, start, end, rule.
Json ClaimJson(const ClaimView& claim);
Json TimelineJson(const TimelineRow& row);
Json PairJson(const ContradictionPair& pair);
Json StanceJson(const StanceRow& row);
Json ActorRowJson(const ActorRow& row);
Json ActorInfoJson(const ActorInfo& info);
Json HopJson(const Hop& hop);
Json NeighborJson(const NeighborRow& row);
Json MatrixJson(const StanceMatrix& matrix);

// "Russia attack Ukraine" ("Russia attack" without a patient).
std::string PropositionText(const ActorRef& agent, const std::string& predicate,
                            const ActorRef& patient);
// "hostile", "neutral", "friendly".
std::string_view StanceLabel(int64_t sum);

}  // namespace sg::query::internal

#endif  // SG_QUERY_INTERNAL_JSON_VIEWS_H_
