#include "bench/stats.h"

#include <ctime>

#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

namespace sg::bench {
namespace {

double Percentile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  size_t i = static_cast<size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

uint64_t StatusField(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  std::string prefix = std::string(field) + ":";
  while (std::getline(in, line)) {
    if (line.compare(0, prefix.size(), prefix) == 0) {
      return std::stoull(line.substr(prefix.size())) * 1024;  // kB
    }
  }
  return 0;
}

}  // namespace

LatencySummary Latencies::Summarize() const {
  LatencySummary s;
  s.queries = us_.size();
  if (us_.empty()) return s;
  std::vector<double> sorted = us_;
  std::sort(sorted.begin(), sorted.end());
  s.p50_us = Percentile(sorted, 0.50);
  s.p99_us = Percentile(sorted, 0.99);
  double total = 0;
  for (double v : sorted) total += v;
  s.mean_us = total / static_cast<double>(sorted.size());
  s.rows_mean = static_cast<double>(rows_) / static_cast<double>(sorted.size());
  return s;
}

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

LatencySummary MedianOf(const std::vector<LatencySummary>& passes) {
  LatencySummary out;
  if (passes.empty()) return out;
  std::vector<double> p50, p99, mean, rows;
  for (const LatencySummary& p : passes) {
    p50.push_back(p.p50_us);
    p99.push_back(p.p99_us);
    mean.push_back(p.mean_us);
    rows.push_back(p.rows_mean);
  }
  out.queries = passes.front().queries;
  out.p50_us = Median(p50);
  out.p99_us = Median(p99);
  out.mean_us = Median(mean);
  out.rows_mean = Median(rows);
  return out;
}

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

uint64_t PeakRssBytes() { return StatusField("VmHWM"); }
uint64_t CurrentRssBytes() { return StatusField("VmRSS"); }

uint64_t DiskBytes(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
  uint64_t total = 0;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

}  // namespace sg::bench
