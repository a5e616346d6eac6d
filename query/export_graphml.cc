// GraphML writer: our own, not Boost's write_graphml (which renames nodes n0, n1, ...).
//
// Every attribute is a typed <key> declared before the graph (ids "v_<name>" for nodes and
// "e_<name>" for edges, never Gephi's reserved "d3", "d7", "r", "x"); nodes come before edges
// and keep the graph's ids. Edges also carry "weight" (positive) and "interaction" (the edge
// kind, which Cytoscape desktop shows as the interaction type).
#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

// GraphML type names by AttrType; GraphML has no date type: dates are ISO yyyy-mm-dd strings.
std::string_view GraphmlType(AttrType type) {
  static constexpr std::string_view kNames[] = {"string", "int",     "long",
                                                "double", "boolean", "string"};
  return kNames[static_cast<int>(type)];
}

class GraphmlSink : public GraphSink {
 public:
  explicit GraphmlSink(std::ostream& out) : out_(out) {}

  Status Begin(const ExportSchema& schema) override {
    schema_ = &schema;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const AttrSpec& a : schema.node_attrs) Key("v_", "node", a.name, GraphmlType(a.type));
    for (const AttrSpec& a : schema.edge_attrs) Key("e_", "edge", a.name, GraphmlType(a.type));
    Key("e_", "edge", "weight", "double");
    Key("e_", "edge", "interaction", "string");
    out_ << "  <graph id=\"stancegraph-" << ToString(schema.view)
         << "\" edgedefault=\"directed\">\n";
    return Check();
  }

  Status Node(const ExportNode& node) override {
    out_ << "    <node id=\"" << XmlEscape(node.id, true) << "\">\n";
    for (const Attr& a : node.attrs) Data("v_", schema_->node_attrs[a.spec].name, a.value);
    out_ << "    </node>\n";
    return Check();
  }

  Status Edge(const ExportEdge& edge) override {
    out_ << "    <edge id=\"" << XmlEscape(edge.id, true) << "\" source=\""
         << XmlEscape(edge.source, true) << "\" target=\"" << XmlEscape(edge.target, true)
         << "\">\n";
    for (const Attr& a : edge.attrs) Data("e_", schema_->edge_attrs[a.spec].name, a.value);
    Data("e_", "weight", edge.weight);
    Data("e_", "interaction", std::string(schema_->edge_kinds[edge.kind]));
    out_ << "    </edge>\n";
    return Check();
  }

  Status End() override {
    out_ << "  </graph>\n</graphml>\n";
    out_.flush();
    return Check();
  }

 private:
  void Key(std::string_view prefix, std::string_view for_what, std::string_view name,
           std::string_view type) {
    out_ << "  <key id=\"" << prefix << name << "\" for=\"" << for_what << "\" attr.name=\"" << name
         << "\" attr.type=\"" << type << "\"/>\n";
  }

  void Data(std::string_view prefix, std::string_view name, const AttrValue& value) {
    out_ << "      <data key=\"" << prefix << name << "\">" << XmlEscape(AttrToString(value), false)
         << "</data>\n";
  }

  Status Check() { return out_ ? Status::Ok() : Status::IoError("writing GraphML failed"); }

  std::ostream& out_;
  const ExportSchema* schema_ = nullptr;
};

}  // namespace

std::unique_ptr<GraphSink> MakeGraphmlSink(std::ostream& out) {
  return std::make_unique<GraphmlSink>(out);
}

}  // namespace sg::query::internal
