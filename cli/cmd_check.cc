// stancegraph check: verifies the database's invariants (graph/check.h).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "graph/check.h"

namespace sg::cli {
namespace {

struct CheckOptions {
  std::string format = "table";
  size_t max_problems = 1000;
};

int RunCheck(const App& app, const CheckOptions& options) {
  auto store = OpenForRead(app.global);
  if (!store.ok()) return Fail(store.status());
  Result<graph::StoreStats> stats = (*store)->GetStats();
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  size_t shown = 0;
  graph::CheckSummary summary = graph::CheckStore(**store, [&](const graph::CheckProblem& p) {
    if (options.max_problems != 0 && shown >= options.max_problems) return;
    ++shown;
    std::string family(graph::ToString(p.family));
    std::string key = graph::HexKey(p.key);
    if (options.format == "json") {
      problems.push_back({{"family", family}, {"key", key}, {"problem", p.message}});
    } else {
      std::cout << family << " " << (key.empty() ? "-" : key) << ": " << p.message << "\n";
    }
  });
  if (options.format == "json") {
    nlohmann::ordered_json out;
    out["path"] = (*store)->path();
    out["format_version"] = stats.ok() ? stats->format_version : 0;
    out["keys"] = summary.total_keys();
    nlohmann::ordered_json by_family;
    for (int f = 0; f < graph::kFamilyCount; ++f) {
      by_family[std::string(graph::ToString(static_cast<graph::Family>(f)))] = summary.keys[f];
    }
    out["keys_by_family"] = by_family;
    out["problems"] = summary.problems;
    out["shown"] = problems;
    out["ok"] = summary.problems == 0;
    // Messages quote stored names: invalid UTF-8 must not stop the output.
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << (summary.problems == 0 ? "ok: " : "FAILED: ") << summary.total_keys()
              << " keys checked, " << summary.problems << " problems";
    if (summary.problems > shown) std::cout << " (" << shown << " shown)";
    std::cout << "\n";
  }
  return summary.problems == 0 ? 0 : 1;
}

}  // namespace

void RegisterCheck(CLI::App& cli, App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = cli.add_subcommand(
      "check",
      "Verify the database: every index entry points to an existing record and every record "
      "has its index entries; actor counters, stance sums and counts equal a recomputation; "
      "every key decodes; format version. Reads a consistent view (works while another "
      "process writes). Prints one line per problem (FAMILY KEY-HEX: problem); exit status 1 "
      "when any is found.");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  cmd->add_option("--max-problems", options->max_problems,
                  "Print at most this many problems (0: all); all are counted")
      ->capture_default_str();
  cmd->callback([&app, options] { app.run = [&app, options] { return RunCheck(app, *options); }; });
}

}  // namespace sg::cli
