// Export entry points: format and view names, and the dispatch to a writer (see export.h).
#include "query/export.h"

#include <array>
#include <utility>

#include "query/export_internal.h"

namespace sg::query {
namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 5> kFormats{{
    {ExportFormat::kGraphml, "graphml"},
    {ExportFormat::kGexf, "gexf"},
    {ExportFormat::kDot, "dot"},
    {ExportFormat::kCytoscape, "cytoscape"},
    {ExportFormat::kNeo4j, "neo4j"},
}};

// Runs the selection at `snapshot`, or at a snapshot of its own.
Result<ExportStats> Stream(const graph::Store& store, const ExportOptions& options,
                           const graph::Snapshot* snapshot, internal::GraphSink& sink) {
  std::unique_ptr<graph::Snapshot> own;
  if (snapshot == nullptr) {
    own = store.GetSnapshot();
    snapshot = own.get();
  }
  return internal::StreamSubgraph(store, options, snapshot, sink);
}

}  // namespace

std::string_view ToString(ExportFormat format) {
  for (const auto& [f, name] : kFormats) {
    if (f == format) return name;
  }
  return "unknown";
}

std::optional<ExportFormat> ParseExportFormat(std::string_view text) {
  for (const auto& [f, name] : kFormats) {
    if (name == text) return f;
  }
  return std::nullopt;
}

std::string_view ToString(ExportView view) {
  return view == ExportView::kStance ? "stance" : "claims";
}

std::optional<ExportView> ParseExportView(std::string_view text) {
  if (text == "claims") return ExportView::kClaims;
  if (text == "stance") return ExportView::kStance;
  return std::nullopt;
}

Result<ExportStats> Export(const graph::Store& store, ExportFormat format,
                           const ExportOptions& options, std::ostream& out,
                           const graph::Snapshot* snapshot) {
  std::unique_ptr<internal::GraphSink> sink;
  switch (format) {
    case ExportFormat::kGraphml:
      sink = internal::MakeGraphmlSink(out);
      break;
    case ExportFormat::kGexf:
      sink = internal::MakeGexfSink(out);
      break;
    case ExportFormat::kDot:
      sink = internal::MakeDotSink(out);
      break;
    case ExportFormat::kCytoscape:
      sink = internal::MakeCytoscapeSink(out);
      break;
    case ExportFormat::kNeo4j:
      return Status::InvalidArgument("the neo4j format writes a folder: use ExportNeo4j");
  }
  return Stream(store, options, snapshot, *sink);
}

Result<ExportStats> ExportNeo4j(const graph::Store& store, const ExportOptions& options,
                                const FileOpener& open, const graph::Snapshot* snapshot) {
  std::unique_ptr<internal::GraphSink> sink = internal::MakeNeo4jSink(open);
  return Stream(store, options, snapshot, *sink);
}

}  // namespace sg::query
