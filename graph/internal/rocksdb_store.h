// Private: the RocksDB implementation of graph::Store. Only graph/*.cc include this.
#ifndef SG_GRAPH_INTERNAL_ROCKSDB_STORE_H_
#define SG_GRAPH_INTERNAL_ROCKSDB_STORE_H_

#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "graph/internal/lru_map.h"
#include "graph/store.h"

namespace sg::graph::internal {

// Converts a RocksDB status into ours, with `context` in front of the message.
Status FromRocks(const rocksdb::Status& s, std::string_view context);

class RocksSnapshot : public Snapshot {
 public:
  RocksSnapshot(rocksdb::DB* db, const rocksdb::Snapshot* snapshot)
      : db_(db), snapshot_(snapshot) {}
  ~RocksSnapshot() override { db_->ReleaseSnapshot(snapshot_); }
  const rocksdb::Snapshot* get() const { return snapshot_; }

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snapshot_;
};

class RocksDbStore : public Store {
 public:
  RocksDbStore(std::string path, StoreOptions options, std::unique_ptr<rocksdb::DB> db,
               std::vector<rocksdb::ColumnFamilyHandle*> handles);
  ~RocksDbStore() override;

  const std::string& path() const override { return path_; }
  Result<PutResult> PutArticle(const ArticleDraft& draft, int64_t now) override;
  Result<bool> RetractArticle(std::string_view key) override;
  std::unique_ptr<Snapshot> GetSnapshot() const override;
  Result<std::optional<Actor>> GetActor(ActorId id, const Snapshot* snapshot) const override;
  Result<std::optional<Article>> GetArticle(ArticleId id, const Snapshot* snapshot) const override;
  Result<std::optional<Claim>> GetClaim(ClaimId id, const Snapshot* snapshot) const override;
  Result<std::vector<std::optional<Claim>>> GetClaims(const std::vector<ClaimId>& ids,
                                                      const Snapshot* snapshot) const override;
  Result<std::optional<StanceAggregate>> GetStance(ActorId from, ActorId to,
                                                   const Snapshot* snapshot) const override;
  Result<std::vector<ActorId>> FindActorsByAlias(std::string_view name,
                                                 const Snapshot* snapshot) const override;
  Status Scan(Family family, std::string_view prefix, const ScanFn& fn,
              const Snapshot* snapshot) const override;
  Status ScanRange(Family family, std::string_view begin, std::string_view end, const ScanFn& fn,
                   const Snapshot* snapshot) const override;
  Status ScanReverse(Family family, std::string_view prefix, const ScanFn& fn,
                     const Snapshot* snapshot) const override;
  Result<StoreStats> GetStats(const Snapshot* snapshot) const override;
  Status Compact() override;
  Result<uint64_t> DiskSize() const override;

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Family f) const { return handles_[static_cast<int>(f)]; }
  rocksdb::ReadOptions ReadOpts(const Snapshot* snapshot) const;
  const StoreOptions& options() const { return options_; }

  // Reads one value; nullopt when absent.
  Result<std::optional<std::string>> Get(Family family, std::string_view key,
                                         const Snapshot* snapshot) const;

  // The write path's caches of committed state (store_writer.cc): actor records and stance
  // edges written or read by recent batches, and meta/counts, so that a batch does not read them
  // back. Updated only after a batch is written; touched only by the writing thread.
  struct ActorIdHash {
    size_t operator()(ActorId id) const { return std::hash<uint64_t>()(id.value); }
  };
  struct PairHash {
    size_t operator()(const std::pair<ActorId, ActorId>& p) const {
      return std::hash<uint64_t>()(p.first.value * 0x9e3779b97f4a7c15ULL ^ p.second.value);
    }
  };
  struct WriteCache {
    explicit WriteCache(const StoreOptions& o)
        : actors(o.actor_cache_entries), stance(o.stance_cache_entries) {}
    LruMap<ActorId, Actor, ActorIdHash> actors;
    LruMap<std::pair<ActorId, ActorId>, StanceAggregate, PairHash> stance;
    std::optional<Counts> counts;
  };
  WriteCache& write_cache() { return write_cache_; }

 private:
  std::string path_;
  StoreOptions options_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;  // indexed by Family
  WriteCache write_cache_;
};

// Column family options for `family`: prefix extractors and Bloom filters; index families share
// `index_cache`, record families `record_cache` (a scan of records must not evict index blocks).
rocksdb::ColumnFamilyOptions FamilyOptions(Family family,
                                           const std::shared_ptr<rocksdb::Cache>& index_cache,
                                           const std::shared_ptr<rocksdb::Cache>& record_cache);

}  // namespace sg::graph::internal

#endif  // SG_GRAPH_INTERNAL_ROCKSDB_STORE_H_
