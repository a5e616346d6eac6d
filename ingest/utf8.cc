#include "ingest/utf8.h"

#include <cstring>

namespace sg::ingest {
namespace {

// Length of the sequence led by `b`, or 0 for a byte that cannot start one.
size_t LeadLength(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Decodes a complete, valid sequence at pos; returns false when it is not one.
bool DecodeValid(std::string_view text, size_t pos, char32_t* cp, size_t* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = LeadLength(s[pos]);
  if (n == 0 || pos + n > text.size()) return false;
  if (n == 1) {
    *cp = s[pos];
    *len = 1;
    return true;
  }
  char32_t c = s[pos] & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    if ((s[pos + i] & 0xC0) != 0x80) return false;
    c = (c << 6) | (s[pos + i] & 0x3F);
  }
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF))) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  *cp = c;
  *len = n;
  return true;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    // Eight ASCII bytes at a time.
    while (pos + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, text.data() + pos, 8);
      if (w & 0x8080808080808080ull) break;
      pos += 8;
    }
    if (pos >= text.size()) break;
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    char32_t cp;
    size_t len;
    if (!DecodeValid(text, pos, &cp, &len)) return pos;
    pos += len;
  }
  return text.size();
}

char32_t DecodeAt(std::string_view text, size_t pos, size_t* len) {
  char32_t cp;
  if (DecodeValid(text, pos, &cp, len)) return cp;
  *len = 1;
  return 0xFFFD;
}

std::string Excerpt(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace sg::ingest
