// sg_bench: the benchmark's phases and its table. scripts/bench.sh runs the phases, each in its
// own process, collects their JSON records (one a line, on standard output) and prints the table
// with `sg_bench table`. Progress goes to standard error.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

#include "bench/generator.h"
#include "bench/phases.h"
#include "bench/report.h"

namespace {

using sg::bench::Records;

int Emit(const sg::Result<Records>& records, const std::string& label) {
  if (!records.ok()) {
    std::cerr << "sg_bench: " << records.status().ToString() << "\n";
    return 1;
  }
  for (nlohmann::json r : *records) {
    if (!label.empty()) r["scale"] = label;
    std::cout << r.dump() << "\n";
  }
  std::cout.flush();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"sg_bench: stancegraph benchmark phases (run them through scripts/bench.sh)"};
  cli.require_subcommand(1);
  sg::bench::CorpusOptions corpus;
  std::string label, db, input, params, out;
  int repeat = 1, runs = 3;
  uint64_t synthetic = 0;
  size_t k = 1000;
  double budget = 120;
  bool skip_api = false;
  auto corpus_options = [&](CLI::App* c) {
    c->add_option("--claims", corpus.claims, "Size of the synthetic corpus in claims");
    c->add_option("--seed", corpus.seed, "Generator seed");
    c->add_option("--data", corpus.data_dir, "Lexicon folder (default: the compiled-in data/)");
    c->add_option("--label", label, "Scale label added to every record");
  };
  std::function<sg::Result<Records>()> run;

  auto* gen = cli.add_subcommand("generate", "Write synthetic articles as JSON Lines");
  uint64_t articles = 1000;
  gen->add_option("--articles", articles, "Number of articles")->required();
  gen->add_option("--seed", corpus.seed, "Generator seed");
  gen->add_option("--data", corpus.data_dir, "Lexicon folder");
  gen->add_option("--out", out, "Output file")->required();
  gen->callback([&] {
    run = [&]() -> sg::Result<Records> {
      sg::bench::GeneratorOptions o;
      o.seed = corpus.seed;
      o.articles = articles;
      o.data_dir = corpus.data_dir;
      SG_ASSIGN_OR_RETURN(auto g, sg::bench::Generator::Create(o));
      std::ofstream f(out);
      sg::bench::GeneratedArticle a;
      uint64_t claims = 0;
      for (uint64_t i = 0; i < articles; ++i) {
        g->Generate(i, true, &a);
        claims += a.draft.claims.size();
        f << sg::bench::Generator::ToJsonLine(a) << "\n";
      }
      if (!f) return sg::Status::IoError("cannot write " + out);
      return Records{{{"metric", "generate"}, {"articles", articles}, {"claims", claims}}};
    };
  });

  auto* ex = cli.add_subcommand("extract", "Extraction speed");
  ex->add_option("--input", input, "JSON Lines articles (else --synthetic)");
  ex->add_option("--repeat", repeat, "Repeat the input this many times");
  ex->add_option("--synthetic", synthetic, "Generate this many articles instead");
  ex->add_option("--runs", runs, "Runs (median)");
  corpus_options(ex);
  ex->callback([&] {
    run = [&] { return sg::bench::RunExtract(input, repeat, synthetic, corpus, runs); };
  });

  auto* e2e = cli.add_subcommand("e2e", "Extraction and store ingest");
  e2e->add_option("--input", input, "JSON Lines articles (else --synthetic)");
  e2e->add_option("--repeat", repeat, "Repeat the input this many times");
  e2e->add_option("--synthetic", synthetic, "Generate this many articles instead");
  e2e->add_option("--db", db, "Database folder (recreated)")->required();
  e2e->add_option("--runs", runs, "Runs (median)");
  corpus_options(e2e);
  e2e->callback([&] {
    run = [&] { return sg::bench::RunEndToEnd(input, repeat, synthetic, corpus, db, runs); };
  });

  auto* ing = cli.add_subcommand("ingest", "Store ingest of the synthetic drafts");
  sg::graph::StoreOptions store_options;
  ing->add_option("--db", db, "Database folder (recreated)")->required();
  ing->add_option("--actor-cache", store_options.actor_cache_entries,
                  "StoreOptions::actor_cache_entries");
  ing->add_option("--stance-cache", store_options.stance_cache_entries,
                  "StoreOptions::stance_cache_entries");
  ing->add_option("--block-cache", store_options.block_cache_bytes,
                  "StoreOptions::block_cache_bytes");
  corpus_options(ing);
  ing->callback([&] {
    run = [&] { return sg::bench::RunStoreIngest(corpus, db, store_options); };
  });

  auto* par = cli.add_subcommand("params", "Sample the query parameters from a store");
  par->add_option("--db", db, "Database folder")->required();
  par->add_option("--out", out, "Parameter file to write")->required();
  par->add_option("--k", k, "Parameters of each kind");
  par->add_option("--label", label, "Scale label");
  par->callback([&] { run = [&] { return sg::bench::RunParams(db, out, k); }; });

  auto* q = cli.add_subcommand("queries", "Store query latencies");
  q->add_option("--db", db, "Database folder")->required();
  q->add_option("--params", params, "Parameter file")->required();
  q->add_option("--runs", runs, "Timed passes (median)");
  q->add_option("--budget", budget, "Skip a query whose warm-up pass exceeds this many seconds");
  q->add_flag("--skip-api", skip_api, "Only the index-level queries");
  q->add_option("--label", label, "Scale label");
  q->callback([&] {
    run = [&] { return sg::bench::RunStoreQueries(db, params, runs, budget, skip_api); };
  });

  auto* sq = cli.add_subcommand("sqlite", "SQLite load and queries");
  sq->add_option("--db", db, "SQLite file (recreated)")->required();
  sq->add_option("--params", params, "Parameter file (no queries without)");
  sq->add_option("--runs", runs, "Timed passes (median)");
  sq->add_option("--budget", budget, "Skip a query whose warm-up pass exceeds this many seconds");
  int articles_per_transaction = 1;
  sq->add_option("--articles-per-transaction", articles_per_transaction,
                 "Articles in one transaction (1: live ingest; more: a bulk load)");
  bool reuse = false;
  sq->add_flag("--reuse", reuse, "Only the queries, over the file a previous load left at --db");
  corpus_options(sq);
  sq->callback([&] {
    run = [&] {
      return sg::bench::RunSqlite(corpus, db, params, runs, budget, articles_per_transaction,
                                  reuse);
    };
  });

  auto* csv = cli.add_subcommand("csv", "CSV files for the Kùzu peer");
  csv->add_option("--out", out, "Folder (recreated)")->required();
  corpus_options(csv);
  csv->callback([&] { run = [&] { return sg::bench::RunKuzuCsv(corpus, out); }; });

  auto* csr = cli.add_subcommand("csr", "Whole-graph CSR view: build time and memory");
  csr->add_option("--db", db, "Database folder")->required();
  csr->add_option("--label", label, "Scale label");
  csr->callback([&] { run = [&] { return sg::bench::RunCsr(db); }; });

  auto* exp = cli.add_subcommand("export", "Neo4j CSV export rate");
  exp->add_option("--db", db, "Database folder")->required();
  exp->add_option("--runs", runs, "Runs (median)");
  exp->add_option("--label", label, "Scale label");
  exp->callback([&] { run = [&] { return sg::bench::RunExport(db, runs); }; });

  auto* tab = cli.add_subcommand("table", "Print the table of collected records");
  std::vector<std::string> files;
  bool check = false;
  tab->add_option("files", files, "JSON Lines files of records")->required();
  tab->add_flag("--check", check,
                "Exit 1 unless every phase produced sane non-zero counts (for the smoke test)");
  tab->callback([&] {
    run = [&]() -> sg::Result<Records> {
      SG_RETURN_IF_ERROR(sg::bench::PrintTable(files, check, std::cout));
      return Records{};
    };
  });

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }
  return Emit(run(), label);
}
