// stancegraph actors: actors by activity.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/actors.h"

namespace sg::cli {
namespace {

struct ActorsArgs {
  query::ActorsOptions options;
  std::string kind, format = "table";
};

}  // namespace

void RegisterActors(CLI::App& cli, App& app) {
  auto args = std::make_shared<ActorsArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "actors", "Actors by activity (claims made + received), the most active first.");
  cmd->add_option("--kind", args->kind, "Only actors of this kind")
      ->check(
          CLI::IsMember({"country", "organization", "person", "group", "anonymous", "unknown"}));
  cmd->add_option("--top", args->options.top, "At most N actors (0: all)")->capture_default_str();
  AddRollupFlag(cmd, &args->options.rollup);
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                if (!args->kind.empty()) args->options.kind = graph::ParseActorKind(args->kind);
                SG_ASSIGN_OR_RETURN(auto rows, query::ListActors(ctx, args->options));
                query::WriteActors(out, f, rows);
                return Status::Ok();
              });
}

}  // namespace sg::cli
