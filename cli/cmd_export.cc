// stancegraph export: the graph, a neighbourhood or a time window of it, for Gephi, Cytoscape,
// yEd, Graphviz, web pages and Neo4j (docs/export.md). The work is in query/export.h; this file
// parses options and opens the output (standard output, a file written atomically, or a folder
// for neo4j).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/app.h"
#include "cli/known_names.h"
#include "query/export.h"

namespace sg::cli {
namespace {

namespace fs = std::filesystem;

struct ExportArgs {
  std::string format = "graphml";
  std::string view = "claims";
  std::string around;
  int depth = 1;
  std::string since;
  std::string until;
  bool rollup = false;
  double min_weight = 0;
  bool all_contradictions = false;
  std::string output = "-";
};

int Usage(const std::string& message) {
  std::cerr << "stancegraph export: " << message << "\n";
  return 2;
}

std::string TempName(const fs::path& path) {
  return path.string() + ".tmp." + std::to_string(::getpid());
}

// Runs `write` into a temporary file next to `path`, then renames it over `path`; on failure the
// temporary file is removed and `path` is left as it was.
Result<query::ExportStats> WriteAtomically(
    const fs::path& path, const std::function<Result<query::ExportStats>(std::ostream&)>& write) {
  fs::path tmp = TempName(path);
  std::error_code ec;
  Result<query::ExportStats> result = Status::Internal("not run");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot create " + tmp.string());
    result = write(out);
    out.close();
    if (result.ok() && !out) result = Status::IoError("writing " + tmp.string() + " failed");
  }
  if (result.ok()) {
    fs::rename(tmp, path, ec);
    if (ec) result = Status::IoError("cannot rename " + tmp.string() + ": " + ec.message());
  }
  if (!result.ok()) fs::remove(tmp, ec);
  return result;
}

// Neo4j: every file goes to a temporary name in `dir` and is renamed once all are written.
Result<query::ExportStats> WriteNeo4j(const graph::Store& store,
                                      const query::ExportOptions& options, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create folder " + dir.string() + ": " + ec.message());
  std::vector<std::pair<fs::path, std::unique_ptr<std::ofstream>>> files;
  query::FileOpener open = [&](const std::string& name) -> Result<std::ostream*> {
    fs::path final_path = dir / name;
    auto out =
        std::make_unique<std::ofstream>(TempName(final_path), std::ios::binary | std::ios::trunc);
    if (!*out) return Status::IoError("cannot create " + TempName(final_path));
    std::ostream* raw = out.get();
    files.emplace_back(final_path, std::move(out));
    return raw;
  };
  Result<query::ExportStats> result = query::ExportNeo4j(store, options, open);
  for (auto& [path, out] : files) {
    out->close();
    if (result.ok() && !*out) result = Status::IoError("writing " + path.string() + " failed");
  }
  for (auto& [path, out] : files) {
    if (result.ok()) {
      fs::rename(TempName(path), path, ec);
      if (ec) result = Status::IoError("cannot rename into " + path.string() + ": " + ec.message());
    }
    if (!result.ok()) fs::remove(TempName(path), ec);
  }
  return result;
}

int RunExport(const App& app, const ExportArgs& args, bool depth_given, bool min_weight_given) {
  query::ExportOptions options;
  std::optional<query::ExportFormat> format = query::ParseExportFormat(args.format);
  std::optional<query::ExportView> view = query::ParseExportView(args.view);
  if (!format) return Usage("unknown --format \"" + args.format + "\"");
  if (!view) return Usage("unknown --view \"" + args.view + "\"");
  options.view = *view;
  if (depth_given && args.around.empty()) return Usage("--depth needs --around NAME");
  if (args.depth < 0) return Usage("--depth must be 0 or more");
  options.around = args.around;
  options.depth = args.depth;
  for (const auto& [flag, text, date] : {std::tuple{"--since", &args.since, &options.since},
                                         std::tuple{"--until", &args.until, &options.until}}) {
    std::optional<graph::Date> parsed = graph::Date::Parse(*text);
    if (!parsed) return Usage(std::string(flag) + " \"" + *text + "\" is not a date (YYYY-MM-DD)");
    *date = *parsed;
  }
  if (options.since.known() && options.until.known() && options.until < options.since) {
    return Usage("--since " + args.since + " is after --until " + args.until);
  }
  if (*view == query::ExportView::kClaims && (args.rollup || min_weight_given)) {
    return Usage("--rollup and --min-weight apply to --view stance");
  }
  if (args.min_weight < 0) return Usage("--min-weight must be 0 or more");
  options.rollup = args.rollup;
  options.min_weight = args.min_weight;
  options.known_names = GazetteerNames();
  if (args.all_contradictions) {
    if (*view != query::ExportView::kClaims) {
      return Usage("--all-contradictions applies to --view claims");
    }
    options.contradictions = query::ExportContradictions::kAll;
  }
  bool to_stdout = args.output.empty() || args.output == "-";
  if (*format == query::ExportFormat::kNeo4j && to_stdout) {
    return Usage("--format neo4j writes a folder of CSV files: give -o DIR");
  }

  auto store = OpenForRead(app.global);
  if (!store.ok()) return Fail(store.status());
  Result<query::ExportStats> stats = Status::Internal("not run");
  if (*format == query::ExportFormat::kNeo4j) {
    stats = WriteNeo4j(**store, options, args.output);
  } else if (to_stdout) {
    std::ios::sync_with_stdio(false);
    stats = query::Export(**store, *format, options, std::cout);
    std::cout.flush();
    if (stats.ok() && !std::cout) stats = Status::IoError("writing standard output failed");
  } else {
    stats = WriteAtomically(args.output, [&](std::ostream& out) {
      return query::Export(**store, *format, options, out);
    });
  }
  if (!stats.ok()) return Fail(stats.status());
  if (stats->skipped_edges > 0) {
    std::cerr << "stancegraph: warning: " << stats->skipped_edges
              << " edges left out because an endpoint is missing from the database\n";
  }
  if (!app.global.quiet && ::isatty(STDERR_FILENO)) {
    std::cerr << "stancegraph: exported " << stats->nodes << " nodes and " << stats->edges
              << " edges (" << args.format << ", " << args.view << " view)\n";
  }
  return 0;
}

}  // namespace

void RegisterExport(CLI::App& cli, App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "export", "Write the graph for Gephi, Cytoscape, yEd, Graphviz, web pages or Neo4j");
  cmd->add_option("--format", args->format, "graphml, gexf, dot, cytoscape (JSON) or neo4j (CSV)")
      ->check(CLI::IsMember({"graphml", "gexf", "dot", "cytoscape", "neo4j"}))
      ->capture_default_str();
  cmd->add_option("--view", args->view,
                  "claims: actors, claims, articles; stance: actors and signed stance edges")
      ->check(CLI::IsMember({"claims", "stance"}))
      ->capture_default_str();
  cmd->add_option("--around", args->around,
                  "Only the neighbourhood of this actor (a name, an alias or an actor id)");
  CLI::Option* depth = cmd->add_option("--depth", args->depth,
                                       "Steps from --around (actors linked by claims or "
                                       "MEMBER_OF)")
                           ->capture_default_str();
  cmd->add_option("--since", args->since, "Only claims on or after this date (YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Only claims on or before this date (YYYY-MM-DD)");
  cmd->add_flag("--rollup", args->rollup,
                "Stance view: fold people into the country or body they speak for");
  CLI::Option* min_weight =
      cmd->add_option("--min-weight", args->min_weight,
                      "Stance view: keep edges whose |signed stance sum| is at least W");
  cmd->add_flag("--all-contradictions", args->all_contradictions,
                "Claims view: a CONTRADICTS edge for every contradicting pair (as many as "
                "assertions times denials), not only between each claim and the nearest ones "
                "before and after it that it contradicts");
  cmd->add_option("-o,--output", args->output,
                  "Output file, written atomically (default: standard output); a folder for "
                  "neo4j");
  cmd->callback([&app, args, depth, min_weight] {
    bool depth_given = depth->count() > 0;
    bool min_weight_given = min_weight->count() > 0;
    app.run = [&app, args, depth_given, min_weight_given] {
      return RunExport(app, *args, depth_given, min_weight_given);
    };
  });
}

}  // namespace sg::cli
