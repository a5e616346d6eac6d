#include "graph/names.h"

#include <charconv>
#include <cstdio>

namespace sg::graph {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string Hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf, 16);
}

std::optional<uint64_t> ParseHex16(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v, 16);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
  // Split into words: ASCII letters and digits (lower-cased) and non-ASCII bytes form words;
  // apostrophes join ("O'Brien" -> "obrien"); everything else separates.
  std::string out;
  out.reserve(name.size());
  std::string word;
  bool last_was_initial = false;  // the previous word was a single ASCII letter or digit
  auto flush = [&] {
    if (word.empty()) return;
    bool initial = word.size() == 1 && IsAsciiAlnum(static_cast<unsigned char>(word[0]));
    // Runs of single letters are an initialism: "u s a" -> "usa".
    if (!out.empty() && !(initial && last_was_initial)) out.push_back(' ');
    out += word;
    last_was_initial = initial;
    word.clear();
  };
  for (unsigned char c : name) {
    if (c >= 0x80 || IsAsciiAlnum(c)) {
      word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if (c != '\'' || word.empty()) {
      flush();
    }
  }
  flush();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

uint64_t Hash64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

ActorId ActorIdForName(std::string_view name) {
  uint64_t h = Hash64(NormalizeName(name));
  return ActorId{h == 0 ? 1 : h};
}

ArticleId ArticleIdForKey(std::string_view key) {
  uint64_t h = Hash64(key);
  return ArticleId{h == 0 ? 1 : h};
}

std::string FormatActorId(ActorId id) { return "actor:" + Hex16(id.value); }
std::string FormatArticleId(ArticleId id) { return "article:" + Hex16(id.value); }
std::string FormatClaimId(ClaimId id) {
  return "claim:" + Hex16(id.article.value) + "." + std::to_string(id.ordinal);
}

std::optional<ActorId> ParseActorId(std::string_view text) {
  if (text.rfind("actor:", 0) != 0) return std::nullopt;
  auto v = ParseHex16(text.substr(6));
  if (!v || *v == 0) return std::nullopt;
  return ActorId{*v};
}

std::optional<ClaimId> ParseClaimId(std::string_view text) {
  if (text.rfind("claim:", 0) != 0 || text.size() < 6 + 16 + 2 || text[22] != '.') {
    return std::nullopt;
  }
  auto v = ParseHex16(text.substr(6, 16));
  if (!v || *v == 0) return std::nullopt;
  std::string_view ord = text.substr(23);
  unsigned ordinal = 0;
  auto [ptr, ec] = std::from_chars(ord.data(), ord.data() + ord.size(), ordinal);
  if (ec != std::errc() || ptr != ord.data() + ord.size() || ordinal > 0xffff) return std::nullopt;
  return ClaimId{ArticleId{*v}, static_cast<uint16_t>(ordinal)};
}

}  // namespace sg::graph
