// `stancegraph ingest [FILES...|-] [--actors FILE]`: extract claims from articles and store each
// article with its claims as one atomic batch (idempotent: an unchanged article is skipped, a
// changed one replaces its earlier version). Prints a JSON summary on standard output.
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "cli/app.h"
#include "cli/progress.h"
#include "cli/write_tally.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

namespace sg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::string actors;
  size_t max_errors = 0;  // 0: no limit
};

int RunIngest(const App& app, const IngestOptions& opts) {
  ingest::ExtractorOptions eo;
  eo.actors_file = opts.actors;
  auto extractor = ingest::Extractor::Create(eo);
  if (!extractor.ok()) return Fail(extractor.status());
  auto opened = OpenForWrite(app.global);
  if (!opened.ok()) return Fail(opened.status());
  graph::Store& store = **opened;

  std::vector<std::string> inputs = opts.inputs;
  if (inputs.empty()) inputs.push_back("-");
  size_t rejected = 0;
  WriteTally tally;
  std::unordered_map<std::string, std::string> seen;  // article key -> where it was first read
  Progress progress("articles", app.global.quiet);
  bool stop = false;
  Status fatal;
  auto reject = [&](const std::string& message) {
    if (stop) return;  // the reader runs to the end of its input; report and store no more
    std::cerr << message << '\n';
    ++rejected;
    if (opts.max_errors > 0 && rejected >= opts.max_errors) stop = true;
  };
  ingest::ReadStats read = ingest::ReadInputs(
      inputs, ingest::ReadOptions{},
      [&](ingest::ArticleInput&& article) {
        if (stop) return;
        auto [it, inserted] = seen.emplace(article.key, article.origin);
        if (!inserted) {
          reject(article.origin + ": duplicate article id \"" + article.key + "\" (first read at " +
                 it->second + "); skipped");
          return;
        }
        graph::ArticleDraft draft = (*extractor)->Extract(article);
        Result<graph::PutResult> put = store.PutArticle(draft, std::time(nullptr));
        if (!put.ok()) {
          if (RejectsInput(put.status())) {
            reject(article.origin + ": " + put.status().message());
          } else {
            fatal = put.status().WithContext(article.origin);  // the store itself failed
            stop = true;
          }
          return;
        }
        tally.Count(*put);
        progress.Update(tally.stored(), tally.claims_added);
      },
      [&](const Status& error) { reject(error.message()); });
  progress.Finish();
  nlohmann::ordered_json summary;
  summary["files"] = read.files;
  summary["articles"] = tally.stored();
  tally.AppendTo(summary);
  summary["rejected"] = rejected;
  std::cout << summary.dump() << '\n';
  if (!fatal.ok()) return Fail(fatal);
  if (stop) std::cerr << "stancegraph: stopped after " << rejected << " rejected inputs\n";
  return rejected > 0 ? 1 : 0;
}

}  // namespace

void RegisterIngest(CLI::App& cli, App& app) {
  auto opts = std::make_shared<IngestOptions>();
  CLI::App* cmd = cli.add_subcommand(
      "ingest",
      "Extract claims from articles (JSON Lines, .txt files, folders, '-' for standard input) "
      "and store each article atomically. Re-ingesting an unchanged article changes nothing; a "
      "changed text replaces the article's claims. Rejected inputs are reported as FILE:LINE: "
      "reason and skipped (exit status 1). Prints a JSON summary on standard output and, on a "
      "terminal, a progress line on standard error.");
  cmd->add_option("inputs", opts->inputs,
                  "JSON Lines or .txt files, folders, or - for standard input (default: -)");
  cmd->add_option("--actors", opts->actors,
                  "Actors file adding or overriding gazetteer entries (data/bodies.tsv columns)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--max-errors", opts->max_errors,
                  "Stop after this many rejected inputs (default: 0, never stop)");
  cmd->callback([&app, opts] { app.run = [&app, opts] { return RunIngest(app, *opts); }; });
}

}  // namespace sg::cli
