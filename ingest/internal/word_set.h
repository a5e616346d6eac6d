// Internal to sg_ingest: a small set of words with a cheap rejection test, for the closed word
// classes the rules consult on every token (determiners, auxiliaries, prepositions ...).
// Most lookups miss; a per-first-byte mask of word lengths rejects them without hashing, and
// the rest probe a small open-addressing table.
#ifndef SG_INGEST_INTERNAL_WORD_SET_H_
#define SG_INGEST_INTERNAL_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "ingest/internal/word_index.h"

namespace sg::ingest::internal {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    size_t capacity = 16;
    while (capacity < 4 * words.size()) capacity *= 2;
    slots_.resize(capacity);
    for (std::string_view w : words) {
      if (w.empty() || count(w)) continue;
      masks_[static_cast<unsigned char>(w[0])] |= Bit(w.size());
      size_t i = HashWord(w) & (slots_.size() - 1);
      while (!slots_[i].empty()) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = w;
    }
  }

  // 1 when `w` is in the set, else 0 (the std::unordered_set interface the rules use).
  size_t count(std::string_view w) const {
    if (w.empty() || !(masks_[static_cast<unsigned char>(w[0])] & Bit(w.size()))) return 0;
    for (size_t i = HashWord(w) & (slots_.size() - 1); !slots_[i].empty();
         i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == w) return 1;
    }
    return 0;
  }

 private:
  static uint32_t Bit(size_t n) { return n < 31 ? 1u << n : 1u << 31; }

  std::vector<std::string_view> slots_;  // words point to the callers' literals
  std::array<uint32_t, 256> masks_{};
};

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_WORD_SET_H_
