// Cytoscape.js JSON writer: {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}, one
// element per line. Every node's data holds id, label, kind and its attributes; every edge's
// id, source, target, kind, weight, colour and attributes. Ids are unique (Cytoscape.js drops
// duplicates silently) and edges only join written nodes (it throws on dangling edges): the
// selection guarantees both.
#include <nlohmann/json.hpp>

#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

using Json = nlohmann::ordered_json;

Json ToJson(const AttrValue& value) {
  struct Visitor {
    Json operator()(const std::string& s) const { return s; }
    Json operator()(int64_t v) const { return v; }
    Json operator()(double v) const { return v; }
    Json operator()(bool v) const { return v; }
  };
  return std::visit(Visitor{}, value);
}

class CytoscapeSink : public GraphSink {
 public:
  explicit CytoscapeSink(std::ostream& out) : out_(out) {}

  Status Begin(const ExportSchema& schema) override {
    schema_ = &schema;
    out_ << "{\"elements\": {\"nodes\": [";
    return Check();
  }

  Status Node(const ExportNode& node) override {
    Json data;
    data["id"] = node.id;
    for (const Attr& a : node.attrs)
      data[std::string(schema_->node_attrs[a.spec].name)] = ToJson(a.value);
    data["color"] = NodeColour(schema_->node_kinds[node.kind]).Hex();
    Element(data, &nodes_);
    return Check();
  }

  Status Edge(const ExportEdge& edge) override {
    if (!in_edges_) {
      out_ << "\n], \"edges\": [";
      in_edges_ = true;
    }
    Json data;
    data["id"] = edge.id;
    data["source"] = edge.source;
    data["target"] = edge.target;
    for (const Attr& a : edge.attrs)
      data[std::string(schema_->edge_attrs[a.spec].name)] = ToJson(a.value);
    data["weight"] = edge.weight;
    data["color"] = ToneColour(edge.tone).Hex();
    Element(data, &edges_);
    return Check();
  }

  Status End() override {
    if (!in_edges_) out_ << "\n], \"edges\": [";
    out_ << "\n]}}\n";
    out_.flush();
    return Check();
  }

 private:
  void Element(const Json& data, uint64_t* count) {
    Json element;
    element["data"] = data;
    out_ << (*count == 0 ? "\n" : ",\n")
         << element.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
    ++*count;
  }

  Status Check() { return out_ ? Status::Ok() : Status::IoError("writing Cytoscape JSON failed"); }

  std::ostream& out_;
  const ExportSchema* schema_ = nullptr;
  bool in_edges_ = false;
  uint64_t nodes_ = 0;
  uint64_t edges_ = 0;
};

}  // namespace

std::unique_ptr<GraphSink> MakeCytoscapeSink(std::ostream& out) {
  return std::make_unique<CytoscapeSink>(out);
}

}  // namespace sg::query::internal
