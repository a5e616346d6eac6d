// Helpers shared by the export tests: stores loaded from the example and the awkward-names
// fixture, exports into strings, and a sink that records what the selection streams.
#ifndef SG_TESTS_EXPORT_EXPORT_FIXTURE_H_
#define SG_TESTS_EXPORT_EXPORT_FIXTURE_H_

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "graph/store.h"
#include "query/export.h"
#include "query/export_internal.h"
#include "tests/graph/test_util.h"

namespace sg::query::testing {

inline const std::string kExampleClaims =
    std::string(SG_SOURCE_DIR) + "/examples/blinken-lavrov.claims.jsonl";
inline const std::string kAwkwardClaims =
    std::string(SG_SOURCE_DIR) + "/tests/export/data/awkward.claims.jsonl";

// A database in a temporary folder, removed with it.
struct TestDb {
  graph::testing::TempDir dir;
  std::unique_ptr<graph::Store> store;
};

// A fresh database holding the claims of `jsonl` (read as `stancegraph add` reads them; the
// synthetic article of claims without one is keyed by the file's base name).
std::unique_ptr<TestDb> LoadClaims(const std::string& jsonl);
// A fresh, empty database.
std::unique_ptr<TestDb> EmptyDb();

// The export as a string; fails the test when the export fails.
std::string ExportString(const graph::Store& store, ExportFormat format,
                         const ExportOptions& options = {});
// The Neo4j files by name.
std::map<std::string, std::string> ExportNeo4jFiles(const graph::Store& store,
                                                    const ExportOptions& options = {});

// Records what the selection streams: nodes and edges, with their attributes as text by name.
struct Recorded {
  struct Item {
    std::string kind;  // node kind or edge kind
    std::string id, label, source, target;
    graph::Date start, end;
    double weight = 0;
    int tone = 0;
    std::map<std::string, std::string> attrs;
  };
  std::vector<Item> nodes;
  std::vector<Item> edges;
  ExportStats stats;
  bool edge_before_node = false;

  const Item* Node(const std::string& label) const;
  std::vector<const Item*> Edges(const std::string& kind) const;
  std::vector<std::string> Labels(const std::string& kind) const;  // sorted
};
Recorded Record(const graph::Store& store, const ExportOptions& options = {});
// The error of an export that must fail.
Status RecordError(const graph::Store& store, const ExportOptions& options);

// The minimal RFC 4180 reader the Neo4j tests use: rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text);

}  // namespace sg::query::testing

#endif  // SG_TESTS_EXPORT_EXPORT_FIXTURE_H_
