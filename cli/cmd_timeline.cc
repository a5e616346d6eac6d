// stancegraph timeline NAME: claims by and about an actor in date order.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/claims.h"

namespace sg::cli {
namespace {

struct TimelineArgs {
  query::TimelineOptions options;
  std::string since, until, format = "table";
};

}  // namespace

void RegisterTimeline(CLI::App& cli, App& app) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "timeline", "Claims by and about an actor in date order, each with its evidence.");
  cmd->add_option("name", args->options.actor, "Name, alias or actor id")->required();
  AddDateOptions(cmd, &args->since, &args->until);
  AddRollupFlag(cmd, &args->options.rollup);
  cmd->add_option("--limit", args->options.limit, "At most N claims (0: all)")
      ->capture_default_str();
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                args->options.dates = ToDateRange(args->since, args->until);
                SG_ASSIGN_OR_RETURN(auto rows, query::Timeline(ctx, args->options));
                query::WriteTimeline(out, f, rows);
                return Status::Ok();
              });
}

}  // namespace sg::cli
