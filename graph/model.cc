#include "graph/model.h"

#include <array>
#include <cstdio>
#include <utility>

namespace sg::graph {
namespace {

constexpr std::array<std::pair<ActorKind, std::string_view>, 6> kActorKinds{{
    {ActorKind::kUnknown, "unknown"},
    {ActorKind::kCountry, "country"},
    {ActorKind::kOrganization, "organization"},
    {ActorKind::kPerson, "person"},
    {ActorKind::kGroup, "group"},
    {ActorKind::kAnonymous, "anonymous"},
}};
constexpr std::array<std::pair<ClaimForm, std::string_view>, 4> kForms{{
    {ClaimForm::kDirect, "direct"},
    {ClaimForm::kIndirect, "indirect"},
    {ClaimForm::kAccordingTo, "according_to"},
    {ClaimForm::kHeadline, "headline"},
}};
constexpr std::array<std::pair<Modality, std::string_view>, 4> kModalities{{
    {Modality::kAsserted, "asserted"},
    {Modality::kPossible, "possible"},
    {Modality::kFuture, "future"},
    {Modality::kConditional, "conditional"},
}};

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "unknown";
}

template <typename E, size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view text) {
  for (const auto& [v, name] : table) {
    if (name == text) return v;
  }
  return std::nullopt;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.empty()) return Date{};
  if (text.size() < 10) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (text[4] != '-' || text[7] != '-' || !AllDigits(y) || !AllDigits(m) || !AllDigits(d)) {
    return std::nullopt;
  }
  int year = std::stoi(std::string(y)), month = std::stoi(std::string(m)),
      day = std::stoi(std::string(d));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return Date{static_cast<uint32_t>(year * 10000 + month * 100 + day)};
}

std::string Date::ToString() const {
  if (!known()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", yyyymmdd / 10000, yyyymmdd / 100 % 100,
                yyyymmdd % 100);
  return buf;
}

ActorKind KindFromVotes(const std::array<uint32_t, kActorKindCount>& votes) {
  size_t best = 0;
  for (size_t k = 1; k < votes.size(); ++k) {
    if (votes[k] > 0 && (best == 0 || votes[k] > votes[best])) best = k;
  }
  return static_cast<ActorKind>(best);
}

std::string_view ToString(ActorKind kind) { return NameOf(kActorKinds, kind); }
std::string_view ToString(ClaimForm form) { return NameOf(kForms, form); }
std::string_view ToString(Modality modality) { return NameOf(kModalities, modality); }
std::optional<ActorKind> ParseActorKind(std::string_view text) {
  return ValueOf(kActorKinds, text);
}
std::optional<ClaimForm> ParseClaimForm(std::string_view text) { return ValueOf(kForms, text); }
std::optional<Modality> ParseModality(std::string_view text) {
  return ValueOf(kModalities, text);
}

}  // namespace sg::graph
