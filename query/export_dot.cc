// DOT writer (Graphviz). Our own rather than Boost's write_graphviz_dp, which needs the whole
// graph in memory; the rules it follows are the same: every id and value is a quoted string
// (unquoted "actor:1f..." would be node "actor", port "1f..."), quotes and backslashes escaped,
// newlines written as \n. Graphviz 2.42 refuses quoted strings over 16,384 bytes, so every
// value is cut below that; labels are abbreviated for the picture and the full text goes in the
// tooltip. Edges are coloured by stance (hostile red, friendly green, neutral grey).
#include <cmath>

#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

// Longest value written, in bytes of the escaped string (Graphviz's limit is 16,384).
constexpr size_t kMaxQuoted = 16000;
// Characters of claim and article text shown in a node's label.
constexpr size_t kLabelChars = 60;

// `text` (sanitized) as a DOT quoted string, cut at a character boundary below kMaxQuoted.
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string_view piece;
    char single[1] = {c};
    switch (c) {
      case '"':
        piece = "\\\"";
        break;
      case '\\':
        piece = "\\\\";
        break;
      case '\n':
        piece = "\\n";
        break;
      default:
        piece = std::string_view(single, 1);
    }
    if (out.size() + piece.size() > kMaxQuoted) {
      // Back up to a character boundary (escapes are ASCII, so never split).
      while (out.size() > 1 && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
        out.pop_back();
      }
      if (out.size() > 1 && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) {
        out.pop_back();
      }
      break;
    }
    out += piece;
  }
  out += '"';
  return out;
}

// Graphviz's own attribute names that a schema attribute must not shadow.
bool Reserved(std::string_view name) {
  return name == "label" || name == "id" || name == "weight" || name == "color" ||
         name == "shape" || name == "style" || name == "tooltip" || name == "comment" ||
         name == "group";
}

class DotSink : public GraphSink {
 public:
  explicit DotSink(std::ostream& out) : out_(out) {}

  Status Begin(const ExportSchema& schema) override {
    schema_ = &schema;
    out_ << "digraph \"stancegraph-" << ToString(schema.view) << "\" {\n"
         << "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
         << "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
         << "  edge [fontname=\"Helvetica\", fontsize=8];\n";
    return Check();
  }

  Status Node(const ExportNode& node) override {
    std::string_view kind = schema_->node_kinds[node.kind];
    bool actor = kind == "actor";
    std::string label = actor ? node.label : Abbreviate(node.label, kLabelChars);
    Rgb fill = NodeColour(kind);
    out_ << "  " << Quote(node.id) << " [id=" << Quote(node.id) << ", label=" << Quote(label)
         << ", tooltip=" << Quote(node.label) << ", shape="
         << (actor             ? "ellipse"
             : kind == "claim" ? "box"
                               : "note")
         << ", fillcolor=" << Quote(fill.Hex()) << (actor ? ", fontcolor=\"white\"" : "");
    for (const Attr& a : node.attrs) Attribute(schema_->node_attrs[a.spec].name, a.value);
    out_ << "];\n";
    return Check();
  }

  Status Edge(const ExportEdge& edge) override {
    std::string_view kind = schema_->edge_kinds[edge.kind];
    Rgb colour = ToneColour(edge.tone);
    out_ << "  " << Quote(edge.source) << " -> " << Quote(edge.target) << " [id=" << Quote(edge.id)
         << ", color=" << Quote(colour.Hex());
    if (kind == "STANCE") {
      // Labelled with the signed sum; thicker for more claims; Graphviz's weight (an integer for
      // dot) pulls heavier edges shorter.
      std::string sum;
      for (const Attr& a : edge.attrs) {
        if (schema_->edge_attrs[a.spec].name == "stance") sum = AttrToString(a.value);
      }
      if (!sum.empty() && sum[0] != '-' && sum != "0") sum = "+" + sum;
      out_ << ", label=" << Quote(sum) << ", fontcolor=" << Quote(colour.Hex())
           << ", penwidth=" << Quote(FormatDouble(1 + std::log2(edge.weight)))
           << ", weight=" << Quote(std::to_string(static_cast<long long>(edge.weight)));
    } else {
      out_ << ", label=" << Quote(kind) << ", fontcolor=" << Quote(colour.Hex());
      if (kind == "IN") out_ << ", style=\"dotted\"";
      if (kind == "MEMBER_OF") out_ << ", style=\"dashed\"";
      if (kind == "CONTRADICTS") out_ << ", style=\"bold\", dir=\"both\"";
    }
    for (const Attr& a : edge.attrs) Attribute(schema_->edge_attrs[a.spec].name, a.value);
    out_ << "];\n";
    return Check();
  }

  Status End() override {
    out_ << "}\n";
    out_.flush();
    return Check();
  }

 private:
  void Attribute(std::string_view name, const AttrValue& value) {
    if (Reserved(name)) return;
    out_ << ", " << name << "=" << Quote(AttrToString(value));
  }

  Status Check() { return out_ ? Status::Ok() : Status::IoError("writing DOT failed"); }

  std::ostream& out_;
  const ExportSchema* schema_ = nullptr;
};

}  // namespace

std::unique_ptr<GraphSink> MakeDotSink(std::ostream& out) { return std::make_unique<DotSink>(out); }

}  // namespace sg::query::internal
