// libFuzzer target: every key and value decoder of the store (graph/keys.h, graph/codec.h), the
// code that reads bytes from disk. Contract: nullopt or Corruption for bytes that are not a key
// or value of their kind; never a crash, a leak, UB or an allocation out of proportion to the
// input; a decoded value re-encodes to bytes that decode to the same value, and a decoded key
// re-encodes to the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/codec.h"
#include "graph/keys.h"
#include "tests/fuzz/draft_invariants.h"

namespace {

using namespace sg::graph;

template <typename Decode, typename Encode>
void RoundTrip(std::string_view bytes, Decode decode, Encode encode) {
  auto decoded = decode(bytes);
  if (!decoded.ok()) return;
  auto again = decode(encode(*decoded));
  SG_FUZZ_ASSERT(again.ok() && *again == *decoded);
}

template <typename Decode, typename Encode>
void KeyRoundTrip(std::string_view bytes, Decode decode, Encode encode) {
  auto decoded = decode(bytes);
  if (decoded) SG_FUZZ_ASSERT(encode(*decoded) == bytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the decoder: each family of bytes gets its own coverage.
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 12) {
    case 0:
      RoundTrip(bytes, DecodeClaim, EncodeClaim);
      break;
    case 1:
      RoundTrip(bytes, DecodeActor, EncodeActor);
      break;
    case 2:
      RoundTrip(bytes, DecodeArticle, EncodeArticle);
      break;
    case 3:
      RoundTrip(bytes, DecodeClaimSummary, EncodeClaimSummary);
      break;
    case 4:
      RoundTrip(bytes, DecodePropositionValue, EncodePropositionValue);
      break;
    case 5:
      RoundTrip(bytes, DecodeStanceAggregate, EncodeStanceAggregate);
      break;
    case 6:
      RoundTrip(bytes, DecodeCounts, EncodeCounts);
      break;
    case 7:
      KeyRoundTrip(bytes, keys::DecodeAliasKey,
                   [](const keys::AliasEntry& e) { return keys::AliasKey(e.alias, e.actor); });
      break;
    case 8:
      KeyRoundTrip(bytes, keys::DecodeTargetKey, [](const keys::TargetEntry& e) {
        return keys::TargetKey(e.target, e.speaker, e.date, e.claim);
      });
      break;
    case 9:
      KeyRoundTrip(bytes, keys::DecodePropositionKey, [](const keys::PropositionEntry& e) {
        return keys::PropositionKey(e.agent, e.predicate, e.patient, e.claim);
      });
      break;
    case 10:
      KeyRoundTrip(bytes, keys::DecodeSpeakerKey, [](const keys::SpeakerEntry& e) {
        return keys::SpeakerKey(e.speaker, e.date, e.claim);
      });
      break;
    default: {
      std::string s;
      if (std::string_view in = bytes; keys::GetString(&in, &s)) {
        std::string again;
        keys::PutString(&again, s);
        SG_FUZZ_ASSERT(std::string_view(bytes).substr(0, again.size()) == again);
      }
    }
  }
  return 0;
}
