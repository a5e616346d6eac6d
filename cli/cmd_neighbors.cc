// stancegraph neighbors NAME: actors within K hops of the actor-claim-actor graph.
#include <iostream>

#include "cli/app.h"
#include "cli/query_options.h"
#include "query/traversal.h"

namespace sg::cli {
namespace {

struct NeighborsArgs {
  query::NeighborsOptions options;
  std::string format = "table";
};

}  // namespace

void RegisterNeighbors(CLI::App& cli, App& app) {
  auto args = std::make_shared<NeighborsArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "neighbors",
      "Actors within K hops (one actor spoke about the other), breadth first, each with the "
      "hop that reached it and its evidence claim.");
  cmd->add_option("name", args->options.name, "Name, alias or actor id")->required();
  cmd->add_option("--depth", args->options.depth, "Hops")
      ->capture_default_str()
      ->check(CLI::Range(1, 10));
  cmd->add_option("--max-actors", args->options.max_actors, "Stop expanding at N actors")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                SG_ASSIGN_OR_RETURN(auto result, query::Neighbors(ctx, args->options));
                if (result.truncated) {
                  std::cerr << "stancegraph: stopped expanding at " << args->options.max_actors
                            << " actors (--max-actors)\n";
                }
                query::WriteNeighbors(out, f, result.rows);
                return Status::Ok();
              });
}

}  // namespace sg::cli
