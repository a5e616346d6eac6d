// stancegraph path A B: a shortest chain of actors from A to B, each hop with its evidence.
#include <iostream>

#include "cli/app.h"
#include "cli/query_options.h"
#include "query/traversal.h"

namespace sg::cli {
namespace {

struct PathArgs {
  query::PathOptions options;
  std::string format = "table";
};

}  // namespace

void RegisterPath(CLI::App& cli, App& app) {
  auto args = std::make_shared<PathArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "path",
      "A shortest chain of actors from A to B in which each spoke about the next or was spoken "
      "about by it, each hop with its evidence claim. No path: nothing printed, exit status 0.");
  cmd->add_option("from", args->options.from, "Name, alias or actor id")->required();
  cmd->add_option("to", args->options.to, "Name, alias or actor id")->required();
  cmd->add_option("--max-depth", args->options.max_depth, "Give up beyond N hops")
      ->capture_default_str()
      ->check(CLI::Range(1, 20));
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                SG_ASSIGN_OR_RETURN(auto result, query::FindPath(ctx, args->options));
                if (!result.found) {
                  std::cerr << "stancegraph: no path within " << args->options.max_depth << " hops"
                            << (result.truncated ? " (search truncated)" : "") << "\n";
                }
                query::WritePath(out, f, result.hops);
                return Status::Ok();
              });
}

}  // namespace sg::cli
