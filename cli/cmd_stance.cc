// stancegraph stance: the signed stance of actors toward actors, with its evidence.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/stance.h"

namespace sg::cli {
namespace {

struct StanceArgs {
  query::StanceOptions options;
  bool matrix = false;
  size_t top = 10;
  std::string since, until, format = "table";
};

}  // namespace

void RegisterStance(CLI::App& cli, App& app) {
  auto args = std::make_shared<StanceArgs>();
  query::StanceOptions& o = args->options;
  CLI::App* cmd = cli.add_subcommand(
      "stance",
      "Signed stance from the claims' target stances: sum, counts of hostile / neutral / "
      "friendly claims, first and last date, the strongest evidence claims. --matrix prints "
      "the signed matrix among the most active actors.");
  CLI::Option* from = cmd->add_option("--from", o.from, "The actor whose stance is measured");
  CLI::Option* to = cmd->add_option("--to", o.to, "The actor the stance is toward");
  AddRollupFlag(cmd, &o.rollup);
  AddDateOptions(cmd, &args->since, &args->until);
  cmd->add_option("--evidence", o.evidence, "Evidence claims per row")->capture_default_str();
  CLI::Option* limit = cmd->add_option("--limit", o.limit, "At most N rows (0: all)");
  CLI::Option* matrix =
      cmd->add_flag("--matrix", args->matrix, "The stance matrix among the top actors");
  matrix->excludes(from)->excludes(to)->excludes(limit);
  cmd->add_option("--top", args->top, "With --matrix: the N most active actors")
      ->capture_default_str()
      ->check(CLI::PositiveNumber)
      ->needs(matrix);
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                args->options.dates = ToDateRange(args->since, args->until);
                if (args->matrix) {
                  query::MatrixOptions m;
                  m.top = args->top;
                  m.rollup = args->options.rollup;
                  m.dates = args->options.dates;
                  SG_ASSIGN_OR_RETURN(auto matrix, query::ComputeStanceMatrix(ctx, m));
                  query::WriteStanceMatrix(out, f, matrix);
                  return Status::Ok();
                }
                SG_ASSIGN_OR_RETURN(auto rows, query::ComputeStance(ctx, args->options));
                query::WriteStance(out, f, rows);
                return Status::Ok();
              });
}

}  // namespace sg::cli
