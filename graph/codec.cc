#include "graph/codec.h"

#include <cereal/archives/binary.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstring>
#include <exception>
#include <sstream>
#include <type_traits>

#include "graph/keys.h"

// Every serialized type is versioned (cereal writes the version once per type per record).
// Ids and dates are written inline as integers by the record that holds them. Enums go through
// their explicit underlying values. A field added later is read only `if (version >= N)`.
namespace sg::graph {

template <class Archive, typename E>
void EnumField(Archive& ar, E& e) {
  auto raw = static_cast<std::underlying_type_t<E>>(e);
  ar(raw);
  e = static_cast<E>(raw);
}

template <class Archive>
void serialize(Archive& ar, AliasCount& a, std::uint32_t const /*version*/) {
  ar(a.alias, a.articles);
}

template <class Archive>
void serialize(Archive& ar, Affiliation& a, std::uint32_t const /*version*/) {
  ar(a.group.value, a.role, a.articles);
}

template <class Archive>
void serialize(Archive& ar, Actor& a, std::uint32_t const /*version*/) {
  ar(a.id.value, a.name);
  EnumField(ar, a.kind);
  ar(a.kind_votes, a.aliases, a.affiliations, a.articles, a.claims_made, a.claims_received);
}

template <class Archive>
void serialize(Archive& ar, ActorContribution& c, std::uint32_t const /*version*/) {
  ar(c.actor.value);
  EnumField(ar, c.kind);
  ar(c.aliases, c.affiliations);
}

template <class Archive>
void serialize(Archive& ar, Article& a, std::uint32_t const /*version*/) {
  ar(a.id.value, a.key, a.url, a.title, a.outlet, a.date.yyyymmdd, a.content_hash, a.ingested_at,
     a.claim_count, a.actors);
}

template <class Archive>
void serialize(Archive& ar, Target& t, std::uint32_t const /*version*/) {
  ar(t.actor.value, t.stance);
}

template <class Archive>
void serialize(Archive& ar, Proposition& p, std::uint32_t const /*version*/) {
  ar(p.agent.value, p.predicate, p.patient.value, p.negated);
}

template <class Archive>
void serialize(Archive& ar, Claim& c, std::uint32_t const version) {
  ar(c.id.article.value, c.id.ordinal, c.speaker.value);
  if (version >= 2) ar(c.source.value);
  ar(c.cue);
  EnumField(ar, c.form);
  ar(c.polarity);
  EnumField(ar, c.modality);
  ar(c.targets, c.content, c.start, c.end, c.proposition, c.date.yyyymmdd, c.rule);
}

}  // namespace sg::graph

CEREAL_CLASS_VERSION(sg::graph::AliasCount, 1)
CEREAL_CLASS_VERSION(sg::graph::Affiliation, 1)
CEREAL_CLASS_VERSION(sg::graph::Actor, sg::graph::kActorVersion)
CEREAL_CLASS_VERSION(sg::graph::ActorContribution, 1)
CEREAL_CLASS_VERSION(sg::graph::Article, sg::graph::kArticleVersion)
CEREAL_CLASS_VERSION(sg::graph::Target, 1)
CEREAL_CLASS_VERSION(sg::graph::Proposition, 1)
CEREAL_CLASS_VERSION(sg::graph::Claim, sg::graph::kClaimVersion)

namespace sg::graph::codec_internal {

// cereal's binary input archive over a byte view, except that a length field larger than the
// bytes left is refused: a corrupt record can never make a decoder allocate more than its own
// size (cereal's archive resizes a string or vector to whatever length it reads first).
class BoundedInputArchive
    : public cereal::InputArchive<BoundedInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit BoundedInputArchive(std::string_view bytes) : InputArchive(this), bytes_(bytes) {}
  void LoadBinary(void* data, std::size_t size) {
    if (size > bytes_.size()) throw cereal::Exception("truncated record");
    if (size > 0) std::memcpy(data, bytes_.data(), size);
    bytes_.remove_prefix(size);
  }
  // Every element of a string or vector takes at least one byte.
  void CheckLength(uint64_t length) const {
    if (length > bytes_.size()) throw cereal::Exception("a length beyond the record's end");
  }
  size_t remaining() const { return bytes_.size(); }

 private:
  std::string_view bytes_;
};

template <class T>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_LOAD_FUNCTION_NAME(
    BoundedInputArchive& ar, T& t) {
  ar.LoadBinary(std::addressof(t), sizeof(t));
}
// A byte other than 0 or 1 is no bool (copying it into one would be undefined behaviour).
inline void CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& ar, bool& b) {
  uint8_t byte = 0;
  ar.LoadBinary(&byte, 1);
  if (byte > 1) throw cereal::Exception("a bool that is neither 0 nor 1");
  b = byte == 1;
}
template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedInputArchive& ar, cereal::NameValuePair<T>& t) {
  ar(t.value);
}
template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedInputArchive& ar, cereal::SizeTag<T>& t) {
  ar(t.size);
  ar.CheckLength(static_cast<uint64_t>(t.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& ar, cereal::BinaryData<T>& bd) {
  ar.LoadBinary(bd.data, static_cast<std::size_t>(bd.size));
}

}  // namespace sg::graph::codec_internal

CEREAL_REGISTER_ARCHIVE(sg::graph::codec_internal::BoundedInputArchive)

namespace sg::graph {
namespace {

template <typename T>
std::string EncodeRecord(const T& record) {
  std::ostringstream out(std::ios::binary);
  {
    cereal::BinaryOutputArchive ar(out);
    ar(record);
  }
  return std::move(out).str();
}

template <typename T>
Result<T> DecodeRecord(std::string_view bytes, const char* what) {
  T record;
  size_t trailing = 0;
  try {
    codec_internal::BoundedInputArchive ar(bytes);
    ar(record);
    trailing = ar.remaining();
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("cannot decode ") + what + " record (" +
                              std::to_string(bytes.size()) + " bytes): " + e.what());
  }
  if (trailing != 0) {
    return Status::Corruption(std::string("trailing bytes after ") + what + " record");
  }
  return record;
}

Status Truncated(const char* what) {
  return Status::Corruption(std::string("malformed ") + what + " value");
}

}  // namespace

std::string EncodeActor(const Actor& actor) { return EncodeRecord(actor); }
std::string EncodeArticle(const Article& article) { return EncodeRecord(article); }
std::string EncodeClaim(const Claim& claim) { return EncodeRecord(claim); }
Result<Actor> DecodeActor(std::string_view bytes) { return DecodeRecord<Actor>(bytes, "actor"); }
Result<Article> DecodeArticle(std::string_view bytes) {
  return DecodeRecord<Article>(bytes, "article");
}
Result<Claim> DecodeClaim(std::string_view bytes) { return DecodeRecord<Claim>(bytes, "claim"); }

// ClaimSummary: polarity (i8) | stance (i8) | form (u8) | modality (u8) | first_target (u64) |
// cue length (u8) | cue bytes
std::string EncodeClaimSummary(const ClaimSummary& s) {
  std::string out;
  keys::PutI8(&out, s.polarity);
  keys::PutI8(&out, s.stance);
  keys::PutU8(&out, static_cast<uint8_t>(s.form));
  keys::PutU8(&out, static_cast<uint8_t>(s.modality));
  keys::PutU64(&out, s.first_target.value);
  size_t n = std::min<size_t>(s.cue.size(), 255);
  keys::PutU8(&out, static_cast<uint8_t>(n));
  out.append(s.cue, 0, n);
  return out;
}

Result<ClaimSummary> DecodeClaimSummary(std::string_view in) {
  ClaimSummary s;
  uint8_t form, modality, n;
  if (!keys::GetI8(&in, &s.polarity) || !keys::GetI8(&in, &s.stance) ||
      !keys::GetU8(&in, &form) || !keys::GetU8(&in, &modality) ||
      !keys::GetU64(&in, &s.first_target.value) || !keys::GetU8(&in, &n) || in.size() != n) {
    return Truncated("claim summary");
  }
  s.form = static_cast<ClaimForm>(form);
  s.modality = static_cast<Modality>(modality);
  s.cue.assign(in);
  return s;
}

// PropositionValue: polarity (i8) | negated (u8) | speaker (u64) | date (u32)
std::string EncodePropositionValue(const PropositionValue& v) {
  std::string out;
  keys::PutI8(&out, v.polarity);
  keys::PutU8(&out, v.negated ? 1 : 0);
  keys::PutU64(&out, v.speaker.value);
  keys::PutU32(&out, v.date.yyyymmdd);
  return out;
}

Result<PropositionValue> DecodePropositionValue(std::string_view in) {
  PropositionValue v;
  uint8_t negated;
  if (!keys::GetI8(&in, &v.polarity) || !keys::GetU8(&in, &negated) ||
      !keys::GetU64(&in, &v.speaker.value) || !keys::GetU32(&in, &v.date.yyyymmdd) ||
      !in.empty()) {
    return Truncated("proposition");
  }
  v.negated = negated != 0;
  return v;
}

// StanceAggregate: sum (i64) | hostile | neutral | friendly (u32 each) | first | last (u32 each)
std::string EncodeStanceAggregate(const StanceAggregate& a) {
  std::string out;
  keys::PutI64(&out, a.sum);
  keys::PutU32(&out, a.hostile);
  keys::PutU32(&out, a.neutral);
  keys::PutU32(&out, a.friendly);
  keys::PutU32(&out, a.first.yyyymmdd);
  keys::PutU32(&out, a.last.yyyymmdd);
  return out;
}

Result<StanceAggregate> DecodeStanceAggregate(std::string_view in) {
  StanceAggregate a;
  if (!keys::GetI64(&in, &a.sum) || !keys::GetU32(&in, &a.hostile) ||
      !keys::GetU32(&in, &a.neutral) || !keys::GetU32(&in, &a.friendly) ||
      !keys::GetU32(&in, &a.first.yyyymmdd) || !keys::GetU32(&in, &a.last.yyyymmdd) ||
      !in.empty()) {
    return Truncated("stance");
  }
  return a;
}

// Counts: six u64 in declaration order.
std::string EncodeCounts(const Counts& c) {
  std::string out;
  for (uint64_t v : {c.articles, c.claims, c.actors, c.about, c.member_of, c.stance}) {
    keys::PutU64(&out, v);
  }
  return out;
}

Result<Counts> DecodeCounts(std::string_view in) {
  Counts c;
  for (uint64_t* v : {&c.articles, &c.claims, &c.actors, &c.about, &c.member_of, &c.stance}) {
    if (!keys::GetU64(&in, v)) return Truncated("counts");
  }
  if (!in.empty()) return Truncated("counts");
  return c;
}

}  // namespace sg::graph
