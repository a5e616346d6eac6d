// Internal to sg_ingest: a small set of words with a cheap rejection test, for the closed word
// classes the rules consult on every token (determiners, auxiliaries, prepositions ...).
// Most lookups miss; a per-first-byte mask of word lengths rejects them without hashing.
#ifndef SG_INGEST_INTERNAL_WORD_SET_H_
#define SG_INGEST_INTERNAL_WORD_SET_H_

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

namespace sg::ingest::internal {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words) {
      if (!w.empty()) masks_[static_cast<unsigned char>(w[0])] |= Bit(w.size());
    }
  }

  // 1 when `w` is in the set, else 0 (the std::unordered_set interface the rules use).
  size_t count(std::string_view w) const {
    if (w.empty() || !(masks_[static_cast<unsigned char>(w[0])] & Bit(w.size()))) return 0;
    return words_.count(w);
  }

 private:
  static uint32_t Bit(size_t n) { return n < 31 ? 1u << n : 1u << 31; }

  std::unordered_set<std::string_view> words_;
  std::array<uint32_t, 256> masks_{};
};

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_WORD_SET_H_
