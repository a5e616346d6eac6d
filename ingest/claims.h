// Claim building: turns an Attribution into a graph::ClaimDraft with polarity, modality,
// targets with stance, and a normalised proposition.
//
//  * polarity: the cue's default (deny -1, urge 0); otherwise 0 for a question or an appeal
//    (should/must early in the content), -1 when the content's main clause is negated ("no
//    plans", "will not") without a contrast ("but", "yet"), else 1;
//  * modality: conditional (if, unless), possible (could, may, might), future (will, going to),
//    else asserted;
//  * targets: the cue's object plus the actors named in the content (not the speaker, not
//    vague sources, not first-person pronouns); stance from the cue toward its object and
//    the content's subject, else from evaluative words next to the actor (data/predicates.tsv);
//  * proposition: the first predicate-class word of the content, its agent (the actor before
//    it, else the speaker) and patient (the actor after it), and whether the content is negated.
//
// Thread safety: pure functions.
#ifndef SG_INGEST_CLAIMS_H_
#define SG_INGEST_CLAIMS_H_

#include "graph/model.h"
#include "ingest/actors.h"
#include "ingest/attribution.h"
#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace sg::ingest {

// Actor indexes in the result refer to `actors.table`. Offsets are those of `doc`.
graph::ClaimDraft BuildClaim(const Document& doc, const Lexicon& lex, const ActorAnalysis& actors,
                             const Attribution& attribution);

// Negation of a token span: the index of the first negator not followed by a contrast, or -1.
int FindNegation(const Document& doc, uint32_t first, uint32_t last);

}  // namespace sg::ingest

#endif  // SG_INGEST_CLAIMS_H_
