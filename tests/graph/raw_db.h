// RawDb: a stancegraph database's families opened directly with RocksDB, behind the store's
// back, so that tests can damage a database on purpose. Open it only while no Store is open.
#ifndef SG_TESTS_GRAPH_RAW_DB_H_
#define SG_TESTS_GRAPH_RAW_DB_H_

#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"

namespace sg::graph::testing {

class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles_, &raw).ok());
    db_.reset(raw);
    for (size_t i = 0; i < names.size(); ++i) by_name_[names[i]] = handles_[i];
  }
  ~RawDb() {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  }
  void Put(Family f, const std::string& key, const std::string& value) {
    REQUIRE(db_->Put(rocksdb::WriteOptions(), cf(f), key, value).ok());
  }
  void Delete(Family f, const std::string& key) {
    std::string v;
    REQUIRE(db_->Get(rocksdb::ReadOptions(), cf(f), key, &v).ok());  // it must exist
    REQUIRE(db_->Delete(rocksdb::WriteOptions(), cf(f), key).ok());
  }
  std::string Get(Family f, const std::string& key) {
    std::string v;
    REQUIRE(db_->Get(rocksdb::ReadOptions(), cf(f), key, &v).ok());
    return v;
  }
  std::vector<std::string> Keys(Family f) {
    std::vector<std::string> out;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf(f)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) out.push_back(it->key().ToString());
    REQUIRE(it->status().ok());
    return out;
  }

 private:
  rocksdb::ColumnFamilyHandle* cf(Family f) { return by_name_.at(std::string(ToString(f))); }
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::map<std::string, rocksdb::ColumnFamilyHandle*> by_name_;
};

}  // namespace sg::graph::testing

#endif  // SG_TESTS_GRAPH_RAW_DB_H_
