// A one-line progress report on standard error for long runs: redrawn in place with '\r' at most
// ten times a second, and only when standard error is a terminal and --quiet is not given (so
// nothing lands in CI logs or pipes). Finish() ends the line.
#ifndef SG_CLI_PROGRESS_H_
#define SG_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace sg::cli {

class Progress {
 public:
  // `label` names what is counted ("articles").
  Progress(std::string label, bool quiet);
  ~Progress() { Finish(); }

  // Reports `done` items and `claims` claims so far; cheap when it does not redraw.
  void Update(size_t done, size_t claims);
  // Prints the last state and a newline, once (no-op when nothing was drawn).
  void Finish();

 private:
  void Draw();

  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  size_t done_ = 0;
  size_t claims_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace sg::cli

#endif  // SG_CLI_PROGRESS_H_
