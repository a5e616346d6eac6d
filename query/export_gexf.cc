// GEXF 1.3 writer, dynamic mode with timeformat="date" (every networkx fails on "dateTime"):
// nodes and edges carry start/end dates so that Gephi's timeline plays the graph over time.
//
// Node labels and edge weights, kinds and labels are GEXF's own attributes; everything else is a
// static attribute declared up front (id = title = our name; never "type", which breaks Sigma
// and Gephi Lite). Edge weight stays positive (Gephi needs it): the signed stance is its own
// attribute. Edge `kind` is native so that Gephi keeps parallel edges of distinct kinds; the
// edge label repeats it for readers that ignore `kind` (networkx). Colours go in the viz
// namespace: hostile red, friendly green, neutral grey.
#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

// GEXF type names by AttrType; the 1.3 schema has no date attribute type: dates are strings.
std::string_view GexfType(AttrType type) {
  static constexpr std::string_view kNames[] = {"string", "integer", "long",
                                                "double", "boolean", "string"};
  return kNames[static_cast<int>(type)];
}

class GexfSink : public GraphSink {
 public:
  explicit GexfSink(std::ostream& out) : out_(out) {}

  Status Begin(const ExportSchema& schema) override {
    schema_ = &schema;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
            "version=\"1.3\">\n"
            "  <meta>\n    <creator>stancegraph</creator>\n    <description>"
         << ToString(schema.view)
         << " view</description>\n  </meta>\n"
            "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
    Attributes("node", schema.node_attrs, /*skip=*/1);  // label is native
    Attributes("edge", schema.edge_attrs, /*skip=*/0);  // kind is native
    out_ << "    <nodes>\n";
    return Check();
  }

  Status Node(const ExportNode& node) override {
    out_ << "      <node id=\"" << XmlEscape(node.id, true) << "\" label=\""
         << XmlEscape(node.label, true) << "\"";
    Interval(node.start, node.end);
    out_ << ">\n        <attvalues>\n";
    for (const Attr& a : node.attrs) {
      if (a.spec == 1) continue;
      AttValue(schema_->node_attrs[a.spec].name, a.value);
    }
    out_ << "        </attvalues>\n";
    Rgb c = NodeColour(schema_->node_kinds[node.kind]);
    out_ << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b
         << "\"/>\n      </node>\n";
    return Check();
  }

  Status Edge(const ExportEdge& edge) override {
    if (!in_edges_) {
      out_ << "    </nodes>\n    <edges>\n";
      in_edges_ = true;
    }
    std::string_view kind = schema_->edge_kinds[edge.kind];
    out_ << "      <edge id=\"" << XmlEscape(edge.id, true) << "\" source=\""
         << XmlEscape(edge.source, true) << "\" target=\"" << XmlEscape(edge.target, true)
         << "\" kind=\"" << kind << "\" label=\"" << kind << "\" weight=\""
         << FormatDouble(edge.weight) << "\"";
    Interval(edge.start, edge.end);
    out_ << ">\n        <attvalues>\n";
    for (const Attr& a : edge.attrs) {
      if (a.spec == 0) continue;
      AttValue(schema_->edge_attrs[a.spec].name, a.value);
    }
    out_ << "        </attvalues>\n";
    Rgb c = ToneColour(edge.tone);
    out_ << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b
         << "\"/>\n      </edge>\n";
    return Check();
  }

  Status End() override {
    if (!in_edges_) out_ << "    </nodes>\n    <edges>\n";
    out_ << "    </edges>\n  </graph>\n</gexf>\n";
    out_.flush();
    return Check();
  }

 private:
  void Attributes(std::string_view cls, const std::vector<AttrSpec>& attrs, size_t skip) {
    out_ << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
    for (size_t i = 0; i < attrs.size(); ++i) {
      if (i == skip) continue;
      out_ << "      <attribute id=\"" << attrs[i].name << "\" title=\"" << attrs[i].name
           << "\" type=\"" << GexfType(attrs[i].type) << "\"/>\n";
    }
    out_ << "    </attributes>\n";
  }

  void Interval(graph::Date start, graph::Date end) {
    if (start.known()) out_ << " start=\"" << start.ToString() << "\"";
    if (end.known()) out_ << " end=\"" << end.ToString() << "\"";
  }

  void AttValue(std::string_view name, const AttrValue& value) {
    out_ << "          <attvalue for=\"" << name << "\" value=\""
         << XmlEscape(AttrToString(value), true) << "\"/>\n";
  }

  Status Check() { return out_ ? Status::Ok() : Status::IoError("writing GEXF failed"); }

  std::ostream& out_;
  const ExportSchema* schema_ = nullptr;
  bool in_edges_ = false;
};

}  // namespace

std::unique_ptr<GraphSink> MakeGexfSink(std::ostream& out) {
  return std::make_unique<GexfSink>(out);
}

}  // namespace sg::query::internal
