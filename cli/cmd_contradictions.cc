// stancegraph contradictions: pairs of claims that cannot both hold, with both sources.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/contradictions.h"

namespace sg::cli {
namespace {

struct ContradictionsArgs {
  query::ContradictionsOptions options;
  std::string since, until, format = "table";
};

}  // namespace

void RegisterContradictions(CLI::App& cli, App& app) {
  auto args = std::make_shared<ContradictionsArgs>();
  query::ContradictionsOptions& o = args->options;
  CLI::App* cmd = cli.add_subcommand(
      "contradictions",
      "Pairs of claims whose propositions match (same agent and predicate; same patient, or "
      "one missing) with opposite polarity: both speakers, both contents, the shared "
      "proposition and both sources. Found through the proposition index, never by scanning "
      "all claims.");
  CLI::Option* between =
      cmd->add_option("--between", o.between, "Pairs with one claim by each of two actors A B")
          ->expected(2);
  cmd->add_option("--actor", o.actor, "Pairs with at least one claim by this actor");
  cmd->add_option("--agent", o.agent,
                  "Only propositions whose agent is this actor (what is claimed about its acts)");
  cmd->add_flag("--self", o.self,
                "Only an actor against its own other claim (reversals); with --actor, that "
                "actor's")
      ->excludes(between);
  AddRollupFlag(cmd, &o.rollup);
  AddDateOptions(cmd, &args->since, &args->until);
  cmd->add_option("--limit", o.limit, "At most N pairs (0: all)")->capture_default_str();
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                args->options.dates = ToDateRange(args->since, args->until);
                SG_ASSIGN_OR_RETURN(auto pairs, query::FindContradictions(ctx, args->options));
                query::WriteContradictions(out, f, pairs);
                return Status::Ok();
              });
}

}  // namespace sg::cli
