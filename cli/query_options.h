// Plumbing shared by the query commands (cli/cmd_claims.cc, cmd_contradictions.cc, ...): the
// --format, --since/--until and --rollup options, and running a query against the database
// opened read-only. The commands themselves stay thin: options in, one sg::query call, output.
#ifndef SG_CLI_QUERY_OPTIONS_H_
#define SG_CLI_QUERY_OPTIONS_H_

#include <functional>
#include <ostream>
#include <string>

#include "cli/app.h"
#include "query/context.h"
#include "query/render.h"

namespace sg::cli {

// --format table|json|jsonl|csv (default table). A bad value is a usage error (exit 2).
void AddFormatOption(CLI::App* cmd, std::string* format);
// --since DATE and --until DATE (YYYY-MM-DD, inclusive). A bad date is a usage error.
void AddDateOptions(CLI::App* cmd, std::string* since, std::string* until);
// --rollup: people count for the country or body they speak for.
void AddRollupFlag(CLI::App* cmd, bool* rollup);
// The window of two validated option values ("" leaves a bound open).
query::DateRange ToDateRange(const std::string& since, const std::string& until);

// Opens the database read-only, runs `body` on a query context and prints what it wrote on
// standard output only if it succeeded. Returns the exit status: 0, or 1 after printing
// "stancegraph: <error>" on standard error.
using QueryBody =
    std::function<Status(query::Context& ctx, query::Format format, std::ostream& out)>;
int RunQuery(const App& app, const std::string& format, const QueryBody& body);

// Makes `cmd`, when selected, run `body` through RunQuery with the format in *format (read when
// the command runs, after parsing).
void SetQueryRun(CLI::App* cmd, App& app, const std::string* format, QueryBody body);

}  // namespace sg::cli

#endif  // SG_CLI_QUERY_OPTIONS_H_
