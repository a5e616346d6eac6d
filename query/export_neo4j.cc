// Neo4j import CSV writer, for `neo4j-admin database import full` (docs/export.md).
//
// One file per node kind, `nodes_<kind>.csv`, with the header `id:ID,:LABEL,<name>:<type>,...`
// (the attributes that kind can carry), and one per edge type, `rels_<TYPE>.csv`, with
// `:START_ID,:END_ID,:TYPE,id,<name>:<type>,...`. Labels are the kind ("Actor") plus, for actors,
// their actor kind ("Actor;Person"). Types: string, int, long, double, boolean, date. String
// values are always quoted (RFC 4180: quotes doubled; commas and newlines inside quotes, which
// the import reads with --multiline-fields=true); an absent value is an empty field (no
// property). Every file of the view is written, with its header, even when it has no rows.
#include "query/export_internal.h"

namespace sg::query::internal {
namespace {

// neo4j-admin type names by AttrType.
std::string_view Neo4jType(AttrType type) {
  static constexpr std::string_view kNames[] = {"string", "int",     "long",
                                                "double", "boolean", "date"};
  return kNames[static_cast<int>(type)];
}

std::string CsvQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

class Neo4jSink : public GraphSink {
 public:
  explicit Neo4jSink(const FileOpener& open) : open_(open) {}

  Status Begin(const ExportSchema& schema) override {
    schema_ = &schema;
    for (size_t k = 0; k < schema.node_kinds.size(); ++k) {
      std::string name = "nodes_" + std::string(schema.node_kinds[k]) + ".csv";
      SG_ASSIGN_OR_RETURN(std::ostream * out, open_(name));
      std::string header = "id:ID,:LABEL";
      for (const AttrSpec& a : schema.node_attrs) {
        if (Carries(a, k)) header += Column(a);
      }
      *out << header << "\n";
      node_files_.push_back(out);
    }
    for (size_t k = 0; k < schema.edge_kinds.size(); ++k) {
      std::string name = "rels_" + std::string(schema.edge_kinds[k]) + ".csv";
      SG_ASSIGN_OR_RETURN(std::ostream * out, open_(name));
      std::string header = ":START_ID,:END_ID,:TYPE,id:string";
      for (const AttrSpec& a : schema.edge_attrs) {
        if (Carries(a, k)) header += Column(a);
      }
      *out << header << ",weight:double\n";
      edge_files_.push_back(out);
    }
    return Check();
  }

  Status Node(const ExportNode& node) override {
    std::ostream& out = *node_files_[node.kind];
    std::vector<const AttrValue*> values = ByIndex(node.attrs, schema_->node_attrs.size());
    std::string label = Capitalised(schema_->node_kinds[node.kind]);
    for (const Attr& a : node.attrs) {
      if (schema_->node_attrs[a.spec].name == "actor_kind") {
        const std::string& kind = std::get<std::string>(a.value);
        if (kind != "unknown") label += ";" + Capitalised(kind);
      }
    }
    out << CsvQuote(node.id) << "," << label;
    for (size_t i = 0; i < schema_->node_attrs.size(); ++i) {
      if (!Carries(schema_->node_attrs[i], node.kind)) continue;
      out << "," << Field(schema_->node_attrs[i], values[i]);
    }
    out << "\n";
    return Check();
  }

  Status Edge(const ExportEdge& edge) override {
    std::ostream& out = *edge_files_[edge.kind];
    std::vector<const AttrValue*> values = ByIndex(edge.attrs, schema_->edge_attrs.size());
    out << CsvQuote(edge.source) << "," << CsvQuote(edge.target) << ","
        << schema_->edge_kinds[edge.kind] << "," << CsvQuote(edge.id);
    for (size_t i = 0; i < schema_->edge_attrs.size(); ++i) {
      if (!Carries(schema_->edge_attrs[i], edge.kind)) continue;
      out << "," << Field(schema_->edge_attrs[i], values[i]);
    }
    out << "," << FormatDouble(edge.weight) << "\n";
    return Check();
  }

  Status End() override {
    for (std::ostream* out : node_files_) out->flush();
    for (std::ostream* out : edge_files_) out->flush();
    return Check();
  }

 private:
  // Whether attribute `a` appears in the file of kind `k`; the kind itself is in :LABEL/:TYPE.
  static bool Carries(const AttrSpec& a, size_t k) {
    return (a.kinds & (1u << k)) != 0 && a.name != "kind";
  }

  static std::string Column(const AttrSpec& a) {
    return "," + std::string(a.name) + ":" + std::string(Neo4jType(a.type));
  }

  static std::vector<const AttrValue*> ByIndex(const std::vector<Attr>& attrs, size_t n) {
    std::vector<const AttrValue*> out(n, nullptr);
    for (const Attr& a : attrs) out[a.spec] = &a.value;
    return out;
  }

  static std::string Field(const AttrSpec& spec, const AttrValue* value) {
    if (value == nullptr) return "";
    std::string text = AttrToString(*value);
    if (spec.type == AttrType::kString) return text.empty() ? "" : CsvQuote(text);
    return text;
  }

  Status Check() {
    for (std::ostream* out : node_files_) {
      if (!*out) return Status::IoError("writing Neo4j CSV failed");
    }
    for (std::ostream* out : edge_files_) {
      if (!*out) return Status::IoError("writing Neo4j CSV failed");
    }
    return Status::Ok();
  }

  const FileOpener& open_;
  const ExportSchema* schema_ = nullptr;
  std::vector<std::ostream*> node_files_;
  std::vector<std::ostream*> edge_files_;
};

}  // namespace

std::unique_ptr<GraphSink> MakeNeo4jSink(const FileOpener& open) {
  return std::make_unique<Neo4jSink>(open);
}

}  // namespace sg::query::internal
