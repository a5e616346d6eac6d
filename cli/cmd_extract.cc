// `stancegraph extract [FILES...|-] [--actors FILE]`: prints the claims extracted from articles
// as JSON Lines on standard output (docs/extract-format.md) and stores nothing. Rejected input
// records are reported as "FILE:LINE: reason" on standard error; the exit status is then 1.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/app.h"
#include "ingest/extract_json.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

namespace sg::cli {

void RegisterExtract(CLI::App& cli, App& app) {
  struct Options {
    std::vector<std::string> inputs;
    std::string actors;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = cli.add_subcommand(
      "extract", "Print the claims found in articles as JSON Lines (stores nothing)");
  cmd->add_option("inputs", opts->inputs,
                  "JSON Lines or .txt files, folders, or - for standard input (default: -)");
  cmd->add_option("--actors", opts->actors,
                  "Actors file adding or overriding gazetteer entries (data/bodies.tsv columns)")
      ->check(CLI::ExistingFile);
  cmd->callback([opts, &app] {
    app.run = [opts]() -> int {
      ingest::ExtractorOptions eo;
      eo.actors_file = opts->actors;
      auto extractor = ingest::Extractor::Create(eo);
      if (!extractor.ok()) return Fail(extractor.status());
      std::vector<std::string> inputs = opts->inputs;
      if (inputs.empty()) inputs.push_back("-");
      std::ios::sync_with_stdio(false);
      auto stats = ingest::ReadInputs(
          inputs, ingest::ReadOptions{},
          [&](ingest::ArticleInput&& article) {
            ingest::WriteClaimsJsonl((*extractor)->Extract(article), std::cout);
          },
          [](const Status& error) { std::cerr << error.message() << '\n'; });
      std::cout.flush();
      return stats.rejected > 0 ? 1 : 0;
    };
  });
}

}  // namespace sg::cli
