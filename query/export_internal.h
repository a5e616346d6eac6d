// Internals of query/export.h, shared by the subgraph selection (export_subgraph.cc) and the
// format writers (export_<format>.cc). Not part of the public API; tests use it to drive the
// writers with hand-made records.
//
// The selection streams an ExportSchema, then every node, then every edge into a GraphSink; a
// writer turns that stream into one format. Writers hold no graph: what they write they write
// at once.
#ifndef SG_QUERY_EXPORT_INTERNAL_H_
#define SG_QUERY_EXPORT_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/export.h"

namespace sg::query::internal {

// Writers map these to type names by value: append only.
enum class AttrType { kString, kInt, kLong, kDouble, kBool, kDate };

// One attribute column. `kinds` is a bit mask over ExportSchema::node_kinds (node attributes)
// or ExportSchema::edge_kinds (edge attributes): the kinds that can carry it.
struct AttrSpec {
  std::string_view name;
  AttrType type = AttrType::kString;
  uint32_t kinds = ~0u;
};

// Strings (and dates, as "yyyy-mm-dd") are already sanitized (SanitizeText) by the selection.
using AttrValue = std::variant<std::string, int64_t, double, bool>;

struct Attr {
  int spec = 0;  // index into the schema's node_attrs or edge_attrs
  AttrValue value;
};

// Appends attribute `spec` with `value` to `attrs` (keep ascending spec order).
inline void AddAttr(std::vector<Attr>* attrs, int spec, std::string value) {
  attrs->emplace_back().spec = spec;
  attrs->back().value.emplace<std::string>(std::move(value));
}
inline void AddAttr(std::vector<Attr>* attrs, int spec, int64_t value) {
  attrs->emplace_back().spec = spec;
  attrs->back().value.emplace<int64_t>(value);
}
inline void AddAttr(std::vector<Attr>* attrs, int spec, double value) {
  attrs->emplace_back().spec = spec;
  attrs->back().value.emplace<double>(value);
}
inline void AddAttr(std::vector<Attr>* attrs, int spec, bool value) {
  attrs->emplace_back().spec = spec;
  attrs->back().value.emplace<bool>(value);
}

// The columns of one view. Attribute 0 of nodes and of edges is always "kind", attribute 1 of
// nodes "label"; names are unique within nodes and within edges and never "type", "id",
// "label" (edges), "weight", "start" or "end", which formats use natively.
struct ExportSchema {
  ExportView view = ExportView::kClaims;
  std::vector<std::string_view> node_kinds;  // "actor", "claim", "article"
  std::vector<std::string_view> edge_kinds;  // "SAID", "ABOUT", ...
  std::vector<AttrSpec> node_attrs;
  std::vector<AttrSpec> edge_attrs;
};

// The schema of each view (static storage).
const ExportSchema& ClaimsSchema();
const ExportSchema& StanceSchema();

struct ExportNode {
  int kind = 0;  // index into ExportSchema::node_kinds
  std::string id;
  std::string label;
  graph::Date start;  // interval for dynamic formats; unknown: unbounded
  graph::Date end;
  std::vector<Attr> attrs;  // ascending spec; attrs[0] is kind, attrs[1] label
};

struct ExportEdge {
  int kind = 0;  // index into ExportSchema::edge_kinds
  std::string id;
  std::string source;
  std::string target;
  double weight = 1;  // positive (layout strength; STANCE: the number of claims)
  // Colour class: -1 hostile, 0 neutral, 1 friendly for ABOUT and STANCE edges; 2 for edges
  // without a stance (SAID, IN, MEMBER_OF); 3 for CONTRADICTS.
  int tone = 2;
  graph::Date start;
  graph::Date end;
  std::vector<Attr> attrs;  // ascending spec; attrs[0] is kind
};

// Receives one export. Call order: Begin, Node*, Edge*, End. Every edge's endpoints have been
// given to Node before. A non-OK status aborts the export.
class GraphSink {
 public:
  virtual ~GraphSink() = default;
  virtual Status Begin(const ExportSchema& schema) = 0;
  virtual Status Node(const ExportNode& node) = 0;
  virtual Status Edge(const ExportEdge& edge) = 0;
  virtual Status End() = 0;
};

std::unique_ptr<GraphSink> MakeGraphmlSink(std::ostream& out);
std::unique_ptr<GraphSink> MakeGexfSink(std::ostream& out);
std::unique_ptr<GraphSink> MakeDotSink(std::ostream& out);
std::unique_ptr<GraphSink> MakeCytoscapeSink(std::ostream& out);
std::unique_ptr<GraphSink> MakeNeo4jSink(const FileOpener& open);

// Selects the subgraph of `options` from the store at `snapshot` (never null) and streams it
// into `sink`.
Result<ExportStats> StreamSubgraph(const graph::Store& store, const ExportOptions& options,
                                   const graph::Snapshot* snapshot, GraphSink& sink);

// ---- text helpers (export_text.cc) --------------------------------------------------------------

// Valid UTF-8 with U+FFFD for invalid bytes; CR LF and CR become LF; control characters other
// than tab and LF, and U+FFFE / U+FFFF, are removed. The result is legal XML 1.0 character data.
std::string SanitizeText(std::string_view text);

// Escapes &, <, >, " and ' for XML character data and attribute values; LF and tab are written
// as character references when `attribute` (an attribute value would normalise them to spaces).
// `text` must be sanitized.
std::string XmlEscape(std::string_view text, bool attribute);

// At most `max_bytes` bytes of `text`, cut at a UTF-8 character boundary; `text` must be valid
// UTF-8.
std::string_view CutUtf8(std::string_view text, size_t max_bytes);

// The first `max_chars` characters of `text` followed by "…" when it is longer.
std::string Abbreviate(std::string_view text, size_t max_chars);

// A double in the shortest form that reads back exactly ("1", "0.5", "-2.25").
std::string FormatDouble(double value);

// The value as text (numbers in decimal, booleans "true"/"false").
std::string AttrToString(const AttrValue& value);

// "#rrggbb" and its channels for an edge tone (-1 red, 0 grey, 1 green, 2 dark grey, 3 orange)
// and for a node kind name.
struct Rgb {
  int r, g, b;
  std::string Hex() const;
};
Rgb ToneColour(int tone);
Rgb NodeColour(std::string_view kind);

}  // namespace sg::query::internal

#endif  // SG_QUERY_EXPORT_INTERNAL_H_
