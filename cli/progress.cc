#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace sg::cli {

Progress::Progress(std::string label, bool quiet)
    : label_(std::move(label)),
      enabled_(!quiet && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Update(size_t done, size_t claims) {
  done_ = done;
  claims_ = claims;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0.0;
  std::fprintf(stderr, "\r%zu %s, %.0f/s, %zu claims   ", done_, label_.c_str(), rate, claims_);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (!enabled_ || !drawn_) return;
  Draw();
  std::fputc('\n', stderr);
  enabled_ = false;
}

}  // namespace sg::cli
