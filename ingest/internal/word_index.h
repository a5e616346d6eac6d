// Internal to sg_ingest: flat open-addressing hash tables for the lexicon's hot lookups.
//
//  * WordIndex interns short strings (words) as dense ids 1..size(); 0 means "not found".
//    One lookup per token replaces the many per-table string hashes of a naive lexicon.
//  * IdPairMap maps a pair of 32-bit ids (a phrase trie's parent node and next word) to a
//    32-bit value.
// Both are built once (Intern/Insert), then only read: lookups are const and thread-safe.
#ifndef SG_INGEST_INTERNAL_WORD_INDEX_H_
#define SG_INGEST_INTERNAL_WORD_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sg::ingest::internal {

// A fast, well-mixed 64-bit hash of a short byte string (8 bytes per step).
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
  const char* p = s.data();
  size_t n = s.size();
  while (n > 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  // The last 1..8 bytes in at most two loads.
  uint64_t v = 0;
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    v = (static_cast<uint64_t>(hi) << 32) | lo;
  } else if (n > 0) {
    v = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ v) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

class WordIndex {
 public:
  WordIndex() : slots_(16), offsets_{0} {}

  // The id of `w`, added with the next id when new.
  uint32_t Intern(std::string_view w) {
    uint64_t h = HashWord(w);
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].id != 0) {
      if (slots_[i].check == static_cast<uint32_t>(h) && word(slots_[i].id) == w) {
        return slots_[i].id;
      }
      i = (i + 1) & (slots_.size() - 1);
    }
    pool_.append(w);
    offsets_.push_back(static_cast<uint32_t>(pool_.size()));
    uint32_t id = static_cast<uint32_t>(offsets_.size() - 1);
    slots_[i] = {static_cast<uint32_t>(h), id};
    if (2 * size() > slots_.size()) Grow();
    return id;
  }

  // The id of `w`, or 0.
  uint32_t Find(std::string_view w) const {
    uint64_t h = HashWord(w);
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].id != 0) {
      if (slots_[i].check == static_cast<uint32_t>(h) && word(slots_[i].id) == w) {
        return slots_[i].id;
      }
      i = (i + 1) & (slots_.size() - 1);
    }
    return 0;
  }

  size_t size() const { return offsets_.size() - 1; }
  std::string_view word(uint32_t id) const {
    return std::string_view(pool_).substr(offsets_[id - 1], offsets_[id] - offsets_[id - 1]);
  }

 private:
  struct Slot {
    uint32_t check = 0;  // low bits of the hash
    uint32_t id = 0;     // 0: empty
  };

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.id == 0) continue;
      size_t i = HashWord(word(s.id)) & (slots_.size() - 1);
      while (slots_[i].id != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<uint32_t> offsets_;  // id -> end of the word in pool_; offsets_[0] = 0
  std::string pool_;
};

class IdPairMap {
 public:
  IdPairMap() : slots_(16) {}

  // The value of (a, b), or 0 when absent. Values are never 0.
  uint32_t Find(uint32_t a, uint32_t b) const {
    uint64_t key = Key(a, b);
    size_t i = Mix(key) & (slots_.size() - 1);
    while (slots_[i].value != 0) {
      if (slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    return 0;
  }

  // Sets (a, b) to `value` (not 0).
  void Insert(uint32_t a, uint32_t b, uint32_t value) {
    uint64_t key = Key(a, b);
    size_t i = Mix(key) & (slots_.size() - 1);
    while (slots_[i].value != 0 && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    if (slots_[i].value == 0) ++size_;
    slots_[i] = {key, value};
    if (2 * size_ > slots_.size()) Grow();
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;  // 0: empty
  };
  static uint64_t Key(uint32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }
  static uint64_t Mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xFF51AFD7ED558CCDull;
    return k ^ (k >> 33);
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.value == 0) continue;
      size_t i = Mix(s.key) & (slots_.size() - 1);
      while (slots_[i].value != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_WORD_INDEX_H_
