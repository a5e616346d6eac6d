// stancegraph add FILE.jsonl|- ...: store claims extracted elsewhere.
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "cli/write_tally.h"
#include "ingest/claims_jsonl.h"

namespace sg::cli {
namespace {

struct AddOptions {
  std::vector<std::string> inputs;
  bool dry_run = false;
};

int RunAdd(const App& app, const AddOptions& options) {
  std::unique_ptr<graph::Store> store;
  if (!options.dry_run) {
    auto opened = OpenForWrite(app.global);
    if (!opened.ok()) return Fail(opened.status());
    store = std::move(opened).value();
  }
  size_t rejected = 0, claims = 0, articles = 0;
  WriteTally tally;
  Status fatal;
  auto report = [&](const std::string& message) { std::cerr << message << "\n"; };
  for (const std::string& input : options.inputs) {
    if (!fatal.ok()) break;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) {
        report(input + ": cannot open: " + std::strerror(errno));
        ++rejected;
        continue;
      }
      in = &file;
    }
    ingest::ClaimsInput parsed = ingest::ReadClaimsJsonl(*in, input, report);
    rejected += parsed.rejected;
    claims += parsed.claims;
    articles += parsed.articles.size();
    if (options.dry_run) continue;
    for (const graph::ArticleDraft& draft : parsed.articles) {
      Result<graph::PutResult> put = store->PutArticle(draft, std::time(nullptr));
      if (!put.ok()) {
        if (!RejectsInput(put.status())) {
          fatal = put.status().WithContext(input);  // the store itself failed: write no more
          break;
        }
        report(input + ": " + put.status().ToString());
        ++rejected;
        continue;
      }
      tally.Count(*put);
    }
  }
  nlohmann::ordered_json summary;
  summary["files"] = options.inputs.size();
  summary["articles"] = articles;
  summary["claims"] = claims;
  tally.AppendTo(summary);
  summary["rejected"] = rejected;
  summary["dry_run"] = options.dry_run;
  std::cout << summary.dump() << "\n";
  if (!fatal.ok()) return Fail(fatal);
  return rejected > 0 ? 1 : 0;
}

}  // namespace

void RegisterAdd(CLI::App& cli, App& app) {
  auto options = std::make_shared<AddOptions>();
  CLI::App* cmd = cli.add_subcommand(
      "add",
      "Store claims extracted elsewhere, one JSON object per line (docs/add-format.md). Bad "
      "lines are reported as FILE:LINE: reason and skipped; the exit status is then 1. Prints "
      "a JSON summary on standard output.");
  cmd->add_option("inputs", options->inputs, "JSON Lines files of claims ('-' for standard input)")
      ->required();
  cmd->add_flag("--dry-run", options->dry_run, "Validate the input without writing anything");
  cmd->callback([&app, options] { app.run = [&app, options] { return RunAdd(app, *options); }; });
}

}  // namespace sg::cli
