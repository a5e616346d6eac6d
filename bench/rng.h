// Deterministic randomness for the benchmark generator: SplitMix64 seeding, a xoshiro256**
// generator and a Zipf sampler over ranks.
//
// Everything is a pure function of its seed, so article i of a corpus is the same in every run
// and on every machine (no std::distribution, whose output the standard leaves unspecified).
//
// Thread safety: Rng is a value; Zipf is immutable after construction.
#ifndef SG_BENCH_RNG_H_
#define SG_BENCH_RNG_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sg::bench {

inline uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Mixes two values into one seed (used as Mix(corpus seed, article index)).
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t s = a ^ (b * 0x9e3779b97f4a7c15ULL);
  SplitMix64(&s);
  return SplitMix64(&s);
}

class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (uint64_t& word : s_) word = SplitMix64(&seed);
  }
  uint64_t Next() {
    uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n); n > 0.
  uint64_t Below(uint64_t n) { return static_cast<uint64_t>((Next() >> 11) * 0x1.0p-53 * n); }
  // Uniform in [0, 1).
  double Unit() { return (Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Ranks 0..n-1 with P(rank r) proportional to 1 / (r + 1 + offset)^exponent (an offset flattens
// the head: content words start where the function words leave off).
class Zipf {
 public:
  Zipf() = default;
  Zipf(size_t n, double exponent, double offset = 0) : cdf_(n) {
    double total = 0;
    for (size_t r = 0; r < n; ++r) {
      total += 1.0 / std::pow(static_cast<double>(r + 1) + offset, exponent);
      cdf_[r] = total;
    }
    for (double& c : cdf_) c /= total;
  }
  size_t size() const { return cdf_.size(); }
  size_t Sample(Rng& rng) const {
    double u = rng.Unit();
    size_t r = std::upper_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
    return std::min(r, cdf_.size() - 1);
  }
  // The probability of rank r.
  double Probability(size_t r) const { return r == 0 ? cdf_[0] : cdf_[r] - cdf_[r - 1]; }

 private:
  std::vector<double> cdf_;
};

}  // namespace sg::bench

#endif  // SG_BENCH_RNG_H_
