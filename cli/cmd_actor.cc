// stancegraph actor NAME: one actor's kind, aliases, affiliations, activity and counterparts.
#include "cli/app.h"
#include "cli/query_options.h"
#include "query/actors.h"

namespace sg::cli {
namespace {

struct ActorArgs {
  query::ActorOptions options;
  std::string format = "table";
};

}  // namespace

void RegisterActor(CLI::App& cli, App& app) {
  auto args = std::make_shared<ActorArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "actor",
      "One actor: kind, aliases, affiliations with roles (MEMBER_OF), members, counts of "
      "claims made and received, the actors it is most hostile or friendly toward and who is "
      "toward it, and its newest claims.");
  cmd->add_option("name", args->options.name, "Name, alias or actor id")->required();
  cmd->add_option("--counterparts", args->options.counterparts, "Counterparts listed each way")
      ->capture_default_str();
  cmd->add_option("--recent", args->options.recent, "Newest claims shown")->capture_default_str();
  AddFormatOption(cmd, &args->format);
  SetQueryRun(cmd, app, &args->format,
              [args](query::Context& ctx, query::Format f, std::ostream& out) -> Status {
                SG_ASSIGN_OR_RETURN(auto info, query::DescribeActor(ctx, args->options));
                query::WriteActor(out, f, info);
                return Status::Ok();
              });
}

}  // namespace sg::cli
