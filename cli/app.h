// The stancegraph program's shared plumbing: global options and how a subcommand registers.
//
// Each subcommand lives in its own cli/cmd_<name>.cc and exposes one Register function that adds
// its CLI11 subcommand and sets `app.run` when the subcommand is selected. The run function
// returns the exit status: 0 success, 1 runtime error or rejected input, 2 usage error.
#ifndef SG_CLI_APP_H_
#define SG_CLI_APP_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "graph/status.h"
#include "graph/store.h"

namespace sg::cli {

struct GlobalOptions {
  // --db PATH, else $STANCEGRAPH_DB, else ./stancegraph.db.
  std::string db;
  bool quiet = false;  // --quiet: no progress lines
  // --sync: fsync the write-ahead log on every article written (docs/durability.md).
  bool sync = false;
};

struct App {
  GlobalOptions global;
  std::function<int()> run;  // set by the selected subcommand
};

// The database path after applying the --db / $STANCEGRAPH_DB / default rule.
std::string DatabasePath(const GlobalOptions& global);

// Opens the database for writing (creating it if missing) or reading.
Result<std::unique_ptr<graph::Store>> OpenForWrite(const GlobalOptions& global);
Result<std::unique_ptr<graph::Store>> OpenForRead(const GlobalOptions& global);

// Prints "stancegraph: <status>" on stderr and returns 1.
int Fail(const Status& status);

// One Register function per subcommand (cli/cmd_*.cc).
void RegisterAdd(CLI::App& cli, App& app);
void RegisterExtract(CLI::App& cli, App& app);  // cli/cmd_extract.cc
void RegisterIngest(CLI::App& cli, App& app);   // cli/cmd_ingest.cc
void RegisterStats(CLI::App& cli, App& app);
void RegisterExport(CLI::App& cli, App& app);
// Queries (issue 4): cli/cmd_claims.cc, cmd_contradictions.cc, ...
void RegisterClaims(CLI::App& cli, App& app);
void RegisterContradictions(CLI::App& cli, App& app);
void RegisterStance(CLI::App& cli, App& app);
void RegisterActor(CLI::App& cli, App& app);
void RegisterActors(CLI::App& cli, App& app);
void RegisterTimeline(CLI::App& cli, App& app);
void RegisterNeighbors(CLI::App& cli, App& app);
void RegisterPath(CLI::App& cli, App& app);
// Integrity (issue 6): cli/cmd_check.cc, cli/cmd_retract.cc.
void RegisterCheck(CLI::App& cli, App& app);
void RegisterRetract(CLI::App& cli, App& app);

}  // namespace sg::cli

#endif  // SG_CLI_APP_H_
