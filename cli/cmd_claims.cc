// stancegraph claims: who said what, filtered by speaker, target, cue, polarity, dates, article.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/claims.h"

namespace sg::cli {
namespace {

struct ClaimsArgs {
  query::ClaimsOptions options;
  int polarity = 2;  // 2: not given
  std::string since, until, format = "table";
};

}  // namespace

void RegisterClaims(CLI::App& cli, App& app) {
  auto args = std::make_shared<ClaimsArgs>();
  query::ClaimsOptions& o = args->options;
  CLI::App* cmd = cli.add_subcommand(
      "claims",
      "Claims matching every given filter, earliest first, each with its evidence (speaker, "
      "cue, content, date, article, byte span). Served by index scans: the cost grows with "
      "the answer, not with the database.");
  cmd->add_option("--speaker", o.speaker, "Claims by this actor (name, alias or actor id)");
  cmd->add_option("--about", o.about, "Claims about this actor (among the claim's targets)");
  cmd->add_option("--cue", o.cue, "Claims with this cue lemma (say, deny, accuse, warn, ...)");
  cmd->add_option("--polarity", args->polarity, "1 asserts, -1 denies, 0 neither")
      ->check(CLI::IsMember({-1, 0, 1}));
  AddDateOptions(cmd, &args->since, &args->until);
  cmd->add_option("--article", o.article, "Claims of this article (its id)");
  AddRollupFlag(cmd, &o.rollup);
  cmd->add_option("--limit", o.limit, "At most N claims (0: all)")->capture_default_str();
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                if (args->polarity != 2)
                  args->options.polarity = static_cast<int8_t>(args->polarity);
                args->options.dates = ToDateRange(args->since, args->until);
                SG_ASSIGN_OR_RETURN(auto claims, query::FindClaims(ctx, args->options));
                query::WriteClaims(out, f, claims);
                return Status::Ok();
              });
}

}  // namespace sg::cli
