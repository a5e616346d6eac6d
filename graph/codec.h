// Value encodings: records through cereal (binary, versioned), index values fixed-width.
//
// Records (Actor, Article, Claim) are cereal binary archives; every serialized type carries a
// class version so that a later program can read what an earlier one wrote. Index values are
// small fixed layouts documented in docs/storage-format.md. Decoders return Corruption (never
// throw, never crash) for bytes they cannot read.
//
// Thread safety: pure functions.
#ifndef SG_GRAPH_CODEC_H_
#define SG_GRAPH_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace sg::graph {

// Class versions written by this program (see docs/storage-format.md for each layout).
inline constexpr uint32_t kActorVersion = 1;
inline constexpr uint32_t kArticleVersion = 1;
inline constexpr uint32_t kClaimVersion = 2;  // 2 added Claim::source

std::string EncodeActor(const Actor& actor);
std::string EncodeArticle(const Article& article);
std::string EncodeClaim(const Claim& claim);
Result<Actor> DecodeActor(std::string_view bytes);
Result<Article> DecodeArticle(std::string_view bytes);
Result<Claim> DecodeClaim(std::string_view bytes);

// Value of by_speaker and by_target entries: enough to list claims without reading the claim
// records (a covering index). In by_target, `stance` is toward the key's target; in by_speaker it
// is the most hostile stance toward any target, and `first_target` the first target (or none).
struct ClaimSummary {
  int8_t polarity = 1;
  int8_t stance = 0;
  ClaimForm form = ClaimForm::kIndirect;
  Modality modality = Modality::kAsserted;
  ActorId first_target;
  std::string cue;
  bool operator==(const ClaimSummary&) const = default;
};
std::string EncodeClaimSummary(const ClaimSummary& summary);
Result<ClaimSummary> DecodeClaimSummary(std::string_view bytes);

// Value of by_proposition entries.
struct PropositionValue {
  int8_t polarity = 1;
  bool negated = false;
  ActorId speaker;
  Date date;
  bool operator==(const PropositionValue&) const = default;
};
std::string EncodePropositionValue(const PropositionValue& value);
Result<PropositionValue> DecodePropositionValue(std::string_view bytes);

// Value of stance entries: the derived STANCE edge from one actor to another.
struct StanceAggregate {
  int64_t sum = 0;  // sum of the claims' stances toward the target
  uint32_t hostile = 0;
  uint32_t neutral = 0;
  uint32_t friendly = 0;
  Date first;  // earliest and latest known claim date (unknown when no claim is dated)
  Date last;
  uint32_t count() const { return hostile + neutral + friendly; }
  bool operator==(const StanceAggregate&) const = default;
};
std::string EncodeStanceAggregate(const StanceAggregate& aggregate);
Result<StanceAggregate> DecodeStanceAggregate(std::string_view bytes);

// Value of meta/counts: record and edge counts kept up to date by every write.
struct Counts {
  uint64_t articles = 0;
  uint64_t claims = 0;
  uint64_t actors = 0;
  uint64_t about = 0;      // ABOUT edges (claim -> target)
  uint64_t member_of = 0;  // MEMBER_OF edges
  uint64_t stance = 0;     // STANCE edges (actor pairs)
  bool operator==(const Counts&) const = default;
};
std::string EncodeCounts(const Counts& counts);
Result<Counts> DecodeCounts(std::string_view bytes);

}  // namespace sg::graph

#endif  // SG_GRAPH_CODEC_H_
