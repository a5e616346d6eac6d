// stancegraph: the command-line program. Thin: parsing here, work in the libraries.
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  CLI::App cli{"stancegraph: a knowledge graph of who said what about whom, from the news"};
  cli.set_version_flag("--version", std::string("stancegraph ") + SG_VERSION);
  sg::cli::App app;
  cli.add_option("--db", app.global.db,
                 "Database folder (default: $STANCEGRAPH_DB, else ./stancegraph.db)");
  cli.add_flag("-q,--quiet", app.global.quiet, "No progress lines on standard error");
  cli.add_flag("--sync", app.global.sync,
               "fsync every article written: it then survives a power loss, not only a crash "
               "(slower; docs/durability.md)");
  cli.require_subcommand(1);
  cli.fallthrough();

  sg::cli::RegisterAdd(cli, app);
  sg::cli::RegisterStats(cli, app);
  sg::cli::RegisterClaims(cli, app);
  sg::cli::RegisterContradictions(cli, app);
  sg::cli::RegisterStance(cli, app);
  sg::cli::RegisterActor(cli, app);
  sg::cli::RegisterActors(cli, app);
  sg::cli::RegisterTimeline(cli, app);
  sg::cli::RegisterNeighbors(cli, app);
  sg::cli::RegisterPath(cli, app);
  sg::cli::RegisterExport(cli, app);
  sg::cli::RegisterExtract(cli, app);
  sg::cli::RegisterIngest(cli, app);
  sg::cli::RegisterCheck(cli, app);
  sg::cli::RegisterRetract(cli, app);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = cli.exit(e);
    return code == 0 ? 0 : 2;  // usage errors exit with 2, --help with 0
  }
  if (!app.run) return 2;
  return app.run();
}
