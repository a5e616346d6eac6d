// Measuring helpers for the benchmark: wall-clock timers, latency percentiles, memory.
//
// Thread safety: plain values; the memory functions read /proc/self.
#ifndef SG_BENCH_STATS_H_
#define SG_BENCH_STATS_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sg::bench {

inline double NowSeconds() {
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

struct LatencySummary {
  size_t queries = 0;
  double p50_us = 0;
  double p99_us = 0;
  double mean_us = 0;
  double rows_mean = 0;  // answer rows per query
};

// Latencies of one pass over a query set.
class Latencies {
 public:
  void Add(double seconds, size_t rows) {
    us_.push_back(seconds * 1e6);
    rows_ += rows;
  }
  size_t size() const { return us_.size(); }
  LatencySummary Summarize() const;

 private:
  std::vector<double> us_;
  size_t rows_ = 0;
};

// The element-wise median of several passes' summaries (p50 of p50s, p99 of ... medians).
LatencySummary MedianOf(const std::vector<LatencySummary>& passes);

// The median of `values` (0 when empty).
double Median(std::vector<double> values);

// Peak and current resident set size of this process, in bytes (VmHWM, VmRSS).
uint64_t PeakRssBytes();
uint64_t CurrentRssBytes();

// CPU time of this process, every thread, user and system, in seconds.
double CpuSeconds();
// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), in seconds: what a query cost
// whatever the machine's load (wall-clock latencies include the time the thread waited).
double ThreadCpuSeconds();

// Total size of the regular files under `path` (a file or a folder), in bytes.
uint64_t DiskBytes(const std::string& path);

}  // namespace sg::bench

#endif  // SG_BENCH_STATS_H_
