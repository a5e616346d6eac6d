// Order-preserving key encoding for every column family (see docs/storage-format.md).
//
// Numbers are fixed-width big-endian, so byte order equals numeric order. Strings are escaped
// (0x00 -> 0x00 0xFF) and terminated by 0x00 0x01, so a string sorts before any longer string it
// prefixes and the fields after it stay aligned. Every encoder has a decoder twin; decoders
// return nullopt for bytes that are not a key of that family (never crash on corrupt input).
//
// Thread safety: pure functions.
#ifndef SG_GRAPH_KEYS_H_
#define SG_GRAPH_KEYS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace sg::graph::keys {

// ---- primitives ------------------------------------------------------------------------------
void PutU8(std::string* dst, uint8_t v);
void PutU16(std::string* dst, uint16_t v);
void PutU32(std::string* dst, uint32_t v);
void PutU64(std::string* dst, uint64_t v);
// Signed values are stored with the sign bit flipped so that -1 < 0 < 1 in byte order.
void PutI8(std::string* dst, int8_t v);
void PutI64(std::string* dst, int64_t v);
void PutString(std::string* dst, std::string_view s);

// Each Get consumes its field from the front of *in; false when *in is too short or malformed.
bool GetU8(std::string_view* in, uint8_t* v);
bool GetU16(std::string_view* in, uint16_t* v);
bool GetU32(std::string_view* in, uint32_t* v);
bool GetU64(std::string_view* in, uint64_t* v);
bool GetI8(std::string_view* in, int8_t* v);
bool GetI64(std::string_view* in, int64_t* v);
bool GetString(std::string_view* in, std::string* s);

// The smallest key greater than every key that starts with `prefix` ("" if none exists).
std::string PrefixSuccessor(std::string_view prefix);

// ---- record families -------------------------------------------------------------------------
// articles: article id (8)
std::string ArticleKey(ArticleId id);
std::optional<ArticleId> DecodeArticleKey(std::string_view key);

// claims: article id (8) | ordinal (2). The prefix of one article is the "by article" index.
std::string ClaimKey(ClaimId id);
std::string ClaimPrefix(ArticleId article);
std::optional<ClaimId> DecodeClaimKey(std::string_view key);

// actors: actor id (8)
std::string ActorKey(ActorId id);
std::optional<ActorId> DecodeActorKey(std::string_view key);

// ---- index families --------------------------------------------------------------------------
// aliases: NormalizeName(alias) (string) | actor id (8) -> empty
struct AliasEntry {
  std::string alias;
  ActorId actor;
};
std::string AliasKey(std::string_view normalized_alias, ActorId actor);
std::string AliasPrefix(std::string_view normalized_alias);
std::optional<AliasEntry> DecodeAliasKey(std::string_view key);

// members: group (8) | member (8) -> empty. The reverse of Actor::affiliations (MEMBER_OF).
struct MemberEntry {
  ActorId group;
  ActorId member;
};
std::string MemberKey(ActorId group, ActorId member);
std::string MemberPrefix(ActorId group);
std::optional<MemberEntry> DecodeMemberKey(std::string_view key);

// by_speaker: speaker (8) | date (4) | claim (10) -> ClaimSummary. One entry per claim (SAID).
struct SpeakerEntry {
  ActorId speaker;
  Date date;
  ClaimId claim;
};
std::string SpeakerKey(ActorId speaker, Date date, ClaimId claim);
std::string SpeakerPrefix(ActorId speaker);
std::optional<SpeakerEntry> DecodeSpeakerKey(std::string_view key);

// by_target: target (8) | speaker (8) | date (4) | claim (10) -> ClaimSummary, one entry per
// (claim, target) (ABOUT). "claims about Y" is the prefix Y; "claims by X about Y" is Y|X.
struct TargetEntry {
  ActorId target;
  ActorId speaker;
  Date date;
  ClaimId claim;
};
std::string TargetKey(ActorId target, ActorId speaker, Date date, ClaimId claim);
std::string TargetPrefix(ActorId target);
std::string TargetSpeakerPrefix(ActorId target, ActorId speaker);
std::optional<TargetEntry> DecodeTargetKey(std::string_view key);

// by_date: date (4) | claim (10) -> empty
struct DateEntry {
  Date date;
  ClaimId claim;
};
std::string DateKey(Date date, ClaimId claim);
std::string DatePrefix(Date date);
std::optional<DateEntry> DecodeDateKey(std::string_view key);

// by_proposition: agent (8) | predicate (string) | patient (8, 0 when missing) | claim (10)
//   -> PropositionValue. Claims with the same agent and predicate are adjacent, so the
//   candidates for a contradiction are one short scan.
struct PropositionEntry {
  ActorId agent;
  std::string predicate;
  ActorId patient;
  ClaimId claim;
};
std::string PropositionKey(ActorId agent, std::string_view predicate, ActorId patient,
                           ClaimId claim);
std::string PropositionPrefix(ActorId agent, std::string_view predicate);
std::string PropositionPrefix(ActorId agent);
std::optional<PropositionEntry> DecodePropositionKey(std::string_view key);

// stance: from (8) | to (8) -> StanceAggregate (the derived STANCE edge)
struct StanceEntry {
  ActorId from;
  ActorId to;
};
std::string StanceKey(ActorId from, ActorId to);
std::string StancePrefix(ActorId from);
std::optional<StanceEntry> DecodeStanceKey(std::string_view key);

// meta: fixed ASCII keys.
inline constexpr std::string_view kMetaMagic = "magic";
inline constexpr std::string_view kMetaFormatVersion = "format_version";
inline constexpr std::string_view kMetaCounts = "counts";

}  // namespace sg::graph::keys

#endif  // SG_GRAPH_KEYS_H_
