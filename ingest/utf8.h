// UTF-8 helpers for the extraction pipeline: validation and code-point decoding.
//
// All offsets in sg::ingest are byte offsets into the original UTF-8 text; these helpers never
// copy or normalise text.
//
// Thread safety: pure functions.
#ifndef SG_INGEST_UTF8_H_
#define SG_INGEST_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sg::ingest {

// Returns the byte offset of the first invalid UTF-8 sequence in `text` (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or text.size() when all is valid.
size_t FindInvalidUtf8(std::string_view text);

inline bool IsValidUtf8(std::string_view text) { return FindInvalidUtf8(text) == text.size(); }

// Decodes the code point starting at text[pos] and stores its byte length in *len (at least 1).
// Invalid or truncated sequences decode as U+FFFD with length 1. Precondition: pos < size.
char32_t DecodeAt(std::string_view text, size_t pos, size_t* len);

// `text` cut to at most `max_bytes` bytes, never inside a multi-byte sequence, with "..." added
// when cut: for quoting input in messages.
std::string Excerpt(std::string_view text, size_t max_bytes);

}  // namespace sg::ingest

#endif  // SG_INGEST_UTF8_H_
