// A creation killed before it wrote meta (see tests/cli/crash_test.cc for the real kills) leaves
// RocksDB's first files, or empty column families without a magic: the next writable open
// finishes it, a read-only open says so, and anything holding data is still refused untouched.
#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "graph/check.h"
#include "graph/store.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::TempDir;

// A RocksDB database holding the default family and `families`, all empty (or with one key in
// the default family when `with_data`).
void MakeRocksDb(const std::string& path, const std::vector<std::string>& families,
                 bool with_data = false) {
  rocksdb::Options o;
  o.create_if_missing = true;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(o, path, &raw).ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  for (const std::string& f : families) {
    rocksdb::ColumnFamilyHandle* h = nullptr;
    REQUIRE(db->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), f, &h).ok());
    REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
  }
  if (with_data) REQUIRE(db->Put(rocksdb::WriteOptions(), "k", "v").ok());
}

void RequireCompleted(const std::string& path) {
  StoreOptions ro;
  ro.read_only = true;
  auto refused = Store::Open(path, ro);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == Status::Code::kNotFound);
  CHECK_THAT(refused.status().message(), Catch::Contains("no stancegraph database"));
  auto store = Store::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  CHECK((*store)->GetStats()->format_version == kFormatVersion);
  CheckSummary s = CheckStore(**store, [](const CheckProblem& p) { FAIL(p.message); });
  CHECK(s.problems == 0);
}

TEST_CASE("an interrupted creation is finished by the next writable open", "[store][crash]") {
  TempDir dir;
  SECTION("killed before CURRENT: only RocksDB's first files") {
    std::filesystem::create_directories(dir.path("db"));
    for (const char* name : {"LOG", "LOCK", "IDENTITY", "MANIFEST-000001", "000000.dbtmp"}) {
      std::ofstream(dir.path("db/" + std::string(name))) << "";
    }
    RequireCompleted(dir.path("db"));
  }
  SECTION("killed after CURRENT, before any column family of ours") {
    MakeRocksDb(dir.path("db"), {});
    RequireCompleted(dir.path("db"));
  }
  SECTION("killed among the column families, before meta was written") {
    MakeRocksDb(dir.path("db"), {"meta", "articles", "claims"});
    RequireCompleted(dir.path("db"));
  }
}

TEST_CASE("what is not an interrupted creation is still refused untouched", "[store][crash]") {
  TempDir dir;
  SECTION("a RocksDB database with data") { MakeRocksDb(dir.path("db"), {"meta"}, true); }
  SECTION("a RocksDB database with a family that is not ours") {
    MakeRocksDb(dir.path("db"), {"meta", "photos"});
  }
  SECTION("RocksDB's file names next to a file of the user's") {
    std::filesystem::create_directories(dir.path("db"));
    std::ofstream(dir.path("db/LOG")) << "";
    std::ofstream(dir.path("db/notes.txt")) << "mine";
  }
  std::map<std::string, uintmax_t> before;
  for (const auto& e : std::filesystem::directory_iterator(dir.path("db"))) {
    before[e.path().filename().string()] = e.file_size();
  }
  auto store = Store::Open(dir.path("db"));
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == Status::Code::kFailedPrecondition);
  std::map<std::string, uintmax_t> after;
  for (const auto& e : std::filesystem::directory_iterator(dir.path("db"))) {
    after[e.path().filename().string()] = e.file_size();
  }
  CHECK(after == before);
}

}  // namespace
}  // namespace sg::graph
