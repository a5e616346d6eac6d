#include "cli/app.h"

#include <cstdlib>
#include <iostream>

namespace sg::cli {

std::string DatabasePath(const GlobalOptions& global) {
  if (!global.db.empty()) return global.db;
  if (const char* env = std::getenv("STANCEGRAPH_DB"); env != nullptr && *env != '\0') return env;
  return "./stancegraph.db";
}

Result<std::unique_ptr<graph::Store>> OpenForWrite(const GlobalOptions& global) {
  graph::StoreOptions options;
  options.sync = global.sync;
  return graph::Store::Open(DatabasePath(global), options);
}

Result<std::unique_ptr<graph::Store>> OpenForRead(const GlobalOptions& global) {
  graph::StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  return graph::Store::Open(DatabasePath(global), options);
}

int Fail(const Status& status) {
  std::cerr << "stancegraph: " << status.ToString() << "\n";
  return 1;
}

}  // namespace sg::cli
