// Internal to sg_ingest: a word-at-a-time scan for the bytes JSON strings must escape, shared by
// the article reader (article_json.cc) and the claims writer (extract_json.cc).
//
// Thread safety: pure function.
#ifndef SG_INGEST_INTERNAL_JSON_SCAN_H_
#define SG_INGEST_INTERNAL_JSON_SCAN_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace sg::ingest::internal {

// The offset of the first byte of `s` from `from` that is '"', '\\', a control character
// (< 0x20) or, when `stop_non_ascii`, >= 0x80; s.size() when none. Eight bytes per step.
inline size_t FindJsonSpecial(std::string_view s, size_t from, bool stop_non_ascii) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
    // A zero byte in x sets its high bit in (x - kOnes) & ~x; bytes < 0x20 likewise.
    uint64_t hits =
        ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((w - kOnes * 0x20) & ~w);
    if (stop_non_ascii) hits |= w;
    if (hits & kHigh) break;
  }
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\' || c < 0x20 || (stop_non_ascii && c >= 0x80)) return i;
  }
  return s.size();
}

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_JSON_SCAN_H_
