#include "graph/keys.h"

namespace sg::graph::keys {
namespace {

template <typename T>
void PutBigEndian(std::string* dst, T v) {
  char buf[sizeof(T)];
  for (size_t i = 0; i < sizeof(T); ++i) {
    buf[sizeof(T) - 1 - i] = static_cast<char>(v & 0xff);
    v = static_cast<T>(v >> 8);
  }
  dst->append(buf, sizeof(T));
}

template <typename T>
bool GetBigEndian(std::string_view* in, T* v) {
  if (in->size() < sizeof(T)) return false;
  T out = 0;
  for (size_t i = 0; i < sizeof(T); ++i) {
    out = static_cast<T>((out << 8) | static_cast<unsigned char>((*in)[i]));
  }
  in->remove_prefix(sizeof(T));
  *v = out;
  return true;
}

void PutClaimId(std::string* dst, ClaimId id) {
  PutU64(dst, id.article.value);
  PutU16(dst, id.ordinal);
}

bool GetClaimId(std::string_view* in, ClaimId* id) {
  return GetU64(in, &id->article.value) && GetU16(in, &id->ordinal);
}

bool GetActorId(std::string_view* in, ActorId* id) { return GetU64(in, &id->value); }
bool GetDate(std::string_view* in, Date* d) { return GetU32(in, &d->yyyymmdd); }

}  // namespace

void PutU8(std::string* dst, uint8_t v) { dst->push_back(static_cast<char>(v)); }
void PutU16(std::string* dst, uint16_t v) { PutBigEndian(dst, v); }
void PutU32(std::string* dst, uint32_t v) { PutBigEndian(dst, v); }
void PutU64(std::string* dst, uint64_t v) { PutBigEndian(dst, v); }
void PutI8(std::string* dst, int8_t v) { PutU8(dst, static_cast<uint8_t>(v) ^ 0x80u); }
void PutI64(std::string* dst, int64_t v) {
  PutU64(dst, static_cast<uint64_t>(v) ^ (uint64_t{1} << 63));
}

void PutString(std::string* dst, std::string_view s) {
  for (char c : s) {
    dst->push_back(c);
    if (c == '\0') dst->push_back('\xff');
  }
  dst->push_back('\0');
  dst->push_back('\x01');
}

bool GetU8(std::string_view* in, uint8_t* v) { return GetBigEndian(in, v); }
bool GetU16(std::string_view* in, uint16_t* v) { return GetBigEndian(in, v); }
bool GetU32(std::string_view* in, uint32_t* v) { return GetBigEndian(in, v); }
bool GetU64(std::string_view* in, uint64_t* v) { return GetBigEndian(in, v); }
bool GetI8(std::string_view* in, int8_t* v) {
  uint8_t u;
  if (!GetU8(in, &u)) return false;
  *v = static_cast<int8_t>(u ^ 0x80u);
  return true;
}
bool GetI64(std::string_view* in, int64_t* v) {
  uint64_t u;
  if (!GetU64(in, &u)) return false;
  *v = static_cast<int64_t>(u ^ (uint64_t{1} << 63));
  return true;
}

bool GetString(std::string_view* in, std::string* s) {
  s->clear();
  for (size_t i = 0; i < in->size(); ++i) {
    char c = (*in)[i];
    if (c != '\0') {
      s->push_back(c);
      continue;
    }
    if (i + 1 >= in->size()) return false;
    char next = (*in)[i + 1];
    if (next == '\xff') {
      s->push_back('\0');
      ++i;
    } else if (next == '\x01') {
      in->remove_prefix(i + 2);
      return true;
    } else {
      return false;
    }
  }
  return false;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string out(prefix);
  while (!out.empty()) {
    if (static_cast<unsigned char>(out.back()) != 0xff) {
      out.back() = static_cast<char>(static_cast<unsigned char>(out.back()) + 1);
      return out;
    }
    out.pop_back();
  }
  return out;
}

// ---- record families -------------------------------------------------------------------------

std::string ArticleKey(ArticleId id) {
  std::string k;
  PutU64(&k, id.value);
  return k;
}

std::optional<ArticleId> DecodeArticleKey(std::string_view key) {
  ArticleId id;
  if (!GetU64(&key, &id.value) || !key.empty()) return std::nullopt;
  return id;
}

std::string ClaimKey(ClaimId id) {
  std::string k;
  PutClaimId(&k, id);
  return k;
}

std::string ClaimPrefix(ArticleId article) { return ArticleKey(article); }

std::optional<ClaimId> DecodeClaimKey(std::string_view key) {
  ClaimId id;
  if (!GetClaimId(&key, &id) || !key.empty()) return std::nullopt;
  return id;
}

std::string ActorKey(ActorId id) {
  std::string k;
  PutU64(&k, id.value);
  return k;
}

std::optional<ActorId> DecodeActorKey(std::string_view key) {
  ActorId id;
  if (!GetActorId(&key, &id) || !key.empty()) return std::nullopt;
  return id;
}

// ---- index families --------------------------------------------------------------------------

std::string AliasKey(std::string_view normalized_alias, ActorId actor) {
  std::string k = AliasPrefix(normalized_alias);
  PutU64(&k, actor.value);
  return k;
}

std::string AliasPrefix(std::string_view normalized_alias) {
  std::string k;
  PutString(&k, normalized_alias);
  return k;
}

std::optional<AliasEntry> DecodeAliasKey(std::string_view key) {
  AliasEntry e;
  if (!GetString(&key, &e.alias) || !GetActorId(&key, &e.actor) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string MemberKey(ActorId group, ActorId member) {
  std::string k = MemberPrefix(group);
  PutU64(&k, member.value);
  return k;
}

std::string MemberPrefix(ActorId group) { return ActorKey(group); }

std::optional<MemberEntry> DecodeMemberKey(std::string_view key) {
  MemberEntry e;
  if (!GetActorId(&key, &e.group) || !GetActorId(&key, &e.member) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string SpeakerKey(ActorId speaker, Date date, ClaimId claim) {
  std::string k = SpeakerPrefix(speaker);
  PutU32(&k, date.yyyymmdd);
  PutClaimId(&k, claim);
  return k;
}

std::string SpeakerPrefix(ActorId speaker) { return ActorKey(speaker); }

std::optional<SpeakerEntry> DecodeSpeakerKey(std::string_view key) {
  SpeakerEntry e;
  if (!GetActorId(&key, &e.speaker) || !GetDate(&key, &e.date) || !GetClaimId(&key, &e.claim) ||
      !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string TargetKey(ActorId target, ActorId speaker, Date date, ClaimId claim) {
  std::string k = TargetSpeakerPrefix(target, speaker);
  PutU32(&k, date.yyyymmdd);
  PutClaimId(&k, claim);
  return k;
}

std::string TargetPrefix(ActorId target) { return ActorKey(target); }

std::string TargetSpeakerPrefix(ActorId target, ActorId speaker) {
  std::string k = TargetPrefix(target);
  PutU64(&k, speaker.value);
  return k;
}

std::optional<TargetEntry> DecodeTargetKey(std::string_view key) {
  TargetEntry e;
  if (!GetActorId(&key, &e.target) || !GetActorId(&key, &e.speaker) || !GetDate(&key, &e.date) ||
      !GetClaimId(&key, &e.claim) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string DateKey(Date date, ClaimId claim) {
  std::string k = DatePrefix(date);
  PutClaimId(&k, claim);
  return k;
}

std::string DatePrefix(Date date) {
  std::string k;
  PutU32(&k, date.yyyymmdd);
  return k;
}

std::optional<DateEntry> DecodeDateKey(std::string_view key) {
  DateEntry e;
  if (!GetDate(&key, &e.date) || !GetClaimId(&key, &e.claim) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string PropositionKey(ActorId agent, std::string_view predicate, ActorId patient,
                           ClaimId claim) {
  std::string k = PropositionPrefix(agent, predicate);
  PutU64(&k, patient.value);
  PutClaimId(&k, claim);
  return k;
}

std::string PropositionPrefix(ActorId agent, std::string_view predicate) {
  std::string k = PropositionPrefix(agent);
  PutString(&k, predicate);
  return k;
}

std::string PropositionPrefix(ActorId agent) { return ActorKey(agent); }

std::optional<PropositionEntry> DecodePropositionKey(std::string_view key) {
  PropositionEntry e;
  if (!GetActorId(&key, &e.agent) || !GetString(&key, &e.predicate) ||
      !GetActorId(&key, &e.patient) || !GetClaimId(&key, &e.claim) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

std::string StanceKey(ActorId from, ActorId to) {
  std::string k = StancePrefix(from);
  PutU64(&k, to.value);
  return k;
}

std::string StancePrefix(ActorId from) { return ActorKey(from); }

std::optional<StanceEntry> DecodeStanceKey(std::string_view key) {
  StanceEntry e;
  if (!GetActorId(&key, &e.from) || !GetActorId(&key, &e.to) || !key.empty()) {
    return std::nullopt;
  }
  return e;
}

}  // namespace sg::graph::keys
