// stancegraph stats: what the database holds.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/app.h"

namespace sg::cli {
namespace {

int RunStats(const App& app, const std::string& format) {
  auto store = OpenForRead(app.global);
  if (!store.ok()) return Fail(store.status());
  Result<graph::StoreStats> stats = (*store)->GetStats();
  if (!stats.ok()) return Fail(stats.status());
  const graph::Counts& c = stats->counts;
  if (format == "json") {
    nlohmann::ordered_json out;
    out["path"] = stats->path;
    out["format_version"] = stats->format_version;
    out["actors"] = c.actors;
    out["articles"] = c.articles;
    out["claims"] = c.claims;
    out["edges"] = stats->edges();
    out["edges_by_type"] = {{"SAID", c.claims},        {"ABOUT", c.about},
                            {"IN", c.claims},          {"MEMBER_OF", c.member_of},
                            {"STANCE", c.stance}};
    std::cout << out.dump() << "\n";
    return 0;
  }
  std::cout << "database        " << stats->path << "\n"
            << "format version  " << stats->format_version << "\n"
            << "actors          " << c.actors << "\n"
            << "articles        " << c.articles << "\n"
            << "claims          " << c.claims << "\n"
            << "edges           " << stats->edges() << " (SAID " << c.claims << ", ABOUT "
            << c.about << ", IN " << c.claims << ", MEMBER_OF " << c.member_of << ", STANCE "
            << c.stance << ")\n";
  return 0;
}

}  // namespace

void RegisterStats(CLI::App& cli, App& app) {
  auto format = std::make_shared<std::string>("table");
  CLI::App* cmd = cli.add_subcommand(
      "stats", "Database path, format version, counts of actors, articles, claims and edges");
  cmd->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  cmd->callback([&app, format] { app.run = [&app, format] { return RunStats(app, *format); }; });
}

}  // namespace sg::cli
