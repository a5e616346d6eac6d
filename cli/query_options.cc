#include "cli/query_options.h"

#include <iostream>
#include <sstream>

#include "cli/known_names.h"

namespace sg::cli {

void AddFormatOption(CLI::App* cmd, std::string* format) {
  cmd->add_option("--format", *format,
                  "Output format: an aligned table for people, or json, "
                  "jsonl, csv for tools (fields in docs/query.md)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv"}))
      ->capture_default_str();
}

void AddDateOptions(CLI::App* cmd, std::string* since, std::string* until) {
  auto valid = [](const std::string& text) { return query::CheckDate(text); };
  cmd->add_option("--since", *since, "Only claims dated on or after DATE (YYYY-MM-DD)")
      ->check(valid, "DATE");
  cmd->add_option("--until", *until, "Only claims dated on or before DATE (YYYY-MM-DD)")
      ->check(valid, "DATE");
}

void AddRollupFlag(CLI::App* cmd, bool* rollup) {
  cmd->add_flag("--rollup", *rollup,
                "People count for the country or body they speak for (MEMBER_OF, transitively: "
                "Jen Psaki -> White House -> United States)");
}

query::DateRange ToDateRange(const std::string& since, const std::string& until) {
  query::DateRange range;
  if (!since.empty()) range.since = *graph::Date::Parse(since);
  if (!until.empty()) range.until = *graph::Date::Parse(until);
  return range;
}

int RunQuery(const App& app, const std::string& format, const QueryBody& body) {
  std::optional<query::Format> parsed = query::ParseFormat(format);
  if (!parsed) {
    std::cerr << "stancegraph: unknown format \"" << format << "\"\n";
    return 2;
  }
  auto store = OpenForRead(app.global);
  if (!store.ok()) return Fail(store.status());
  std::ostringstream out;
  {
    query::Context ctx(**store);
    ctx.set_known_names(GazetteerNames());
    Status status = body(ctx, *parsed, out);
    if (status.code() == Status::Code::kNotFound ||
        status.code() == Status::Code::kInvalidArgument) {
      // A name that does not resolve, an unknown article: the message says it all.
      std::cerr << "stancegraph: " << status.message() << "\n";
      return 1;
    }
    if (!status.ok()) return Fail(status);
  }
  std::cout << out.str();
  std::cout.flush();
  return std::cout ? 0 : 1;
}

void SetQueryRun(CLI::App* cmd, App& app, const std::string* format, QueryBody body) {
  cmd->callback([&app, format, body = std::move(body)] {
    app.run = [&app, format, body] { return RunQuery(app, *format, body); };
  });
}

}  // namespace sg::cli
