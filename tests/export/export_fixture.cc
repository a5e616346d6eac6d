#include "tests/export/export_fixture.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ingest/claims_jsonl.h"

namespace sg::query::testing {

std::unique_ptr<TestDb> EmptyDb() {
  auto db = std::make_unique<TestDb>();
  auto store = graph::Store::Open(db->dir.path("db"));
  REQUIRE(store.ok());
  db->store = std::move(store).value();
  return db;
}

std::unique_ptr<TestDb> LoadClaims(const std::string& jsonl) {
  auto db = EmptyDb();
  std::ifstream in(jsonl, std::ios::binary);
  REQUIRE(in);
  std::vector<std::string> errors;
  ingest::ClaimsInput input =
      ingest::ReadClaimsJsonl(in, std::filesystem::path(jsonl).filename().string(),
                              [&](const std::string& e) { errors.push_back(e); });
  REQUIRE(errors.empty());
  for (const graph::ArticleDraft& draft : input.articles) {
    auto put = db->store->PutArticle(draft, 1700000000);
    INFO(put.status().ToString());
    REQUIRE(put.ok());
  }
  return db;
}

std::string ExportString(const graph::Store& store, ExportFormat format,
                         const ExportOptions& options) {
  std::ostringstream out;
  Result<ExportStats> stats = Export(store, format, options, out);
  INFO(stats.status().ToString());
  REQUIRE(stats.ok());
  return out.str();
}

std::map<std::string, std::string> ExportNeo4jFiles(const graph::Store& store,
                                                    const ExportOptions& options) {
  std::map<std::string, std::unique_ptr<std::ostringstream>> streams;
  FileOpener open = [&](const std::string& name) -> Result<std::ostream*> {
    auto& s = streams[name];
    s = std::make_unique<std::ostringstream>();
    return static_cast<std::ostream*>(s.get());
  };
  Result<ExportStats> stats = ExportNeo4j(store, options, open);
  INFO(stats.status().ToString());
  REQUIRE(stats.ok());
  std::map<std::string, std::string> out;
  for (auto& [name, s] : streams) out[name] = s->str();
  return out;
}

namespace {

class RecordingSink : public internal::GraphSink {
 public:
  explicit RecordingSink(Recorded* out) : out_(out) {}
  Status Begin(const internal::ExportSchema& schema) override {
    schema_ = &schema;
    return Status::Ok();
  }
  Status Node(const internal::ExportNode& node) override {
    if (!out_->edges.empty()) out_->edge_before_node = true;
    Recorded::Item item;
    item.kind = schema_->node_kinds[node.kind];
    item.id = node.id;
    item.label = node.label;
    item.start = node.start;
    item.end = node.end;
    for (const auto& a : node.attrs) {
      item.attrs[std::string(schema_->node_attrs[a.spec].name)] = internal::AttrToString(a.value);
    }
    out_->nodes.push_back(std::move(item));
    return Status::Ok();
  }
  Status Edge(const internal::ExportEdge& edge) override {
    Recorded::Item item;
    item.kind = schema_->edge_kinds[edge.kind];
    item.id = edge.id;
    item.source = edge.source;
    item.target = edge.target;
    item.start = edge.start;
    item.end = edge.end;
    item.weight = edge.weight;
    item.tone = edge.tone;
    for (const auto& a : edge.attrs) {
      item.attrs[std::string(schema_->edge_attrs[a.spec].name)] = internal::AttrToString(a.value);
    }
    out_->edges.push_back(std::move(item));
    return Status::Ok();
  }
  Status End() override { return Status::Ok(); }

 private:
  Recorded* out_;
  const internal::ExportSchema* schema_ = nullptr;
};

}  // namespace

const Recorded::Item* Recorded::Node(const std::string& label) const {
  for (const Item& n : nodes) {
    if (n.label == label) return &n;
  }
  return nullptr;
}

std::vector<const Recorded::Item*> Recorded::Edges(const std::string& kind) const {
  std::vector<const Item*> out;
  for (const Item& e : edges) {
    if (e.kind == kind) out.push_back(&e);
  }
  return out;
}

std::vector<std::string> Recorded::Labels(const std::string& kind) const {
  std::vector<std::string> out;
  for (const Item& n : nodes) {
    if (n.kind == kind) out.push_back(n.label);
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

Result<Recorded> TryRecord(const graph::Store& store, const ExportOptions& options) {
  Recorded out;
  RecordingSink sink(&out);
  auto snapshot = store.GetSnapshot();
  SG_ASSIGN_OR_RETURN(out.stats, internal::StreamSubgraph(store, options, snapshot.get(), sink));
  return out;
}

}  // namespace

Recorded Record(const graph::Store& store, const ExportOptions& options) {
  Result<Recorded> r = TryRecord(store, options);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

Status RecordError(const graph::Store& store, const ExportOptions& options) {
  Result<Recorded> r = TryRecord(store, options);
  REQUIRE_FALSE(r.ok());
  return r.status();
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      row.push_back(std::move(field));
      rows.push_back(std::move(row));
      field.clear();
      row.clear();
      was_quoted = false;
    } else {
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace sg::query::testing
