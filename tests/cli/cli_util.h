// Runs the built stancegraph program in tests and captures what it prints.
#ifndef SG_TESTS_CLI_CLI_UTIL_H_
#define SG_TESTS_CLI_CLI_UTIL_H_

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace sg::testing {

struct RunResult {
  int status = -1;  // exit status
  std::string out;  // standard output
  std::string err;  // standard error
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `SG_BINARY <args>` through the shell (args are shell words: quote them) in folder `dir`,
// with standard input from `stdin_text`.
inline RunResult RunCli(const std::string& dir, const std::string& args,
                        const std::string& stdin_text = "") {
  std::string in = dir + "/.stdin", out = dir + "/.stdout", err = dir + "/.stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = "cd '" + dir + "' && '" + SG_BINARY + "' " + args + " <'" + in + "' >'" +
                    out + "' 2>'" + err + "'";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace sg::testing

#endif  // SG_TESTS_CLI_CLI_UTIL_H_
