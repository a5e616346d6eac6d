// Names and ids: how a surface form becomes a lookup key and an actor or article id.
//
// NormalizeName folds case, punctuation and a leading "the" so that "U.S.", "US" and "us", or
// "The Kremlin" and "kremlin", give the same key. Ids are 64-bit FNV-1a hashes of normalised
// names (actors) or of external keys (articles): the same input gives the same id in every
// database and every run, which keeps exports diffable and rebuilds identical.
//
// Thread safety: pure functions.
#ifndef SG_GRAPH_NAMES_H_
#define SG_GRAPH_NAMES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace sg::graph {

// Lower-cases ASCII letters, turns every run of ASCII punctuation and white space into one
// space, joins single letters of an initialism ("u s" -> "us"), drops a leading "the " and
// trims. Bytes of multi-byte UTF-8 sequences are kept as they are.
std::string NormalizeName(std::string_view name);

// 64-bit FNV-1a of the bytes.
uint64_t Hash64(std::string_view bytes);

// The id of the actor whose canonical name is `name` (hash of NormalizeName); never 0.
ActorId ActorIdForName(std::string_view name);
// The id of the article with external key `key`; never 0.
ArticleId ArticleIdForKey(std::string_view key);

// External ids, stable across databases and exports: "actor:0123456789abcdef",
// "article:0123456789abcdef", "claim:0123456789abcdef.3".
std::string FormatActorId(ActorId id);
std::string FormatArticleId(ArticleId id);
std::string FormatClaimId(ClaimId id);
std::optional<ActorId> ParseActorId(std::string_view text);
std::optional<ClaimId> ParseClaimId(std::string_view text);

}  // namespace sg::graph

#endif  // SG_GRAPH_NAMES_H_
