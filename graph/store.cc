// Store: opening, format checks and reads. The write path is in store_writer.cc.
#include "graph/store.h"

#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "graph/internal/rocksdb_store.h"
#include "graph/keys.h"
#include "graph/names.h"

namespace sg::graph {

std::string_view ToString(Family family) {
  switch (family) {
    case Family::kMeta: return "meta";
    case Family::kArticles: return "articles";
    case Family::kClaims: return "claims";
    case Family::kActors: return "actors";
    case Family::kAliases: return "aliases";
    case Family::kMembers: return "members";
    case Family::kBySpeaker: return "by_speaker";
    case Family::kByTarget: return "by_target";
    case Family::kByDate: return "by_date";
    case Family::kByProposition: return "by_proposition";
    case Family::kStance: return "stance";
  }
  return "unknown";
}

namespace internal {

Status FromRocks(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::Ok();
  std::string m(context);
  m += ": ";
  m += s.ToString();
  if (s.IsCorruption()) return Status::Corruption(std::move(m));
  if (s.IsNotFound()) return Status::NotFound(std::move(m));
  if (s.IsNotSupported()) return Status::NotSupported(std::move(m));
  if (s.IsInvalidArgument()) return Status::InvalidArgument(std::move(m));
  return Status::IoError(std::move(m));
}

rocksdb::ColumnFamilyOptions FamilyOptions(Family family,
                                           const std::shared_ptr<rocksdb::Cache>& index_cache,
                                           const std::shared_ptr<rocksdb::Cache>& record_cache) {
  // The values below were chosen by measurement (docs/performance.md); they change no byte of
  // the keys or values, only how RocksDB lays them out, so databases written under earlier
  // options open and read the same.
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.format_version = 5;
  bool is_record = family == Family::kArticles || family == Family::kClaims ||
                   family == Family::kActors || family == Family::kMeta;
  // The families that hold (nearly) one entry or more per claim.
  bool large = family == Family::kClaims || family == Family::kArticles ||
               family == Family::kBySpeaker || family == Family::kByTarget ||
               family == Family::kByDate || family == Family::kByProposition ||
               family == Family::kStance;
  table.block_cache = is_record ? record_cache : index_cache;
  table.cache_index_and_filter_blocks = false;
  // Bloom filters where a read may miss: articles (is this key stored?), actors, stance (new
  // pairs), and the prefix filters of the index families (nothing for this entity). Not on
  // claims (only ever read for keys an index names), by_date and aliases (range scans only).
  if (family != Family::kClaims && family != Family::kByDate && family != Family::kAliases) {
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  switch (family) {
    case Family::kClaims:
    case Family::kMembers:
    case Family::kBySpeaker:
    case Family::kByTarget:
    case Family::kByProposition:
    case Family::kStance:
      // Every key starts with an 8-byte entity id: prefix Bloom filters answer "nothing for
      // this actor / article" without reading a data block.
      cf.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(8));
      table.whole_key_filtering = family == Family::kStance;
      break;
    default:
      break;
  }
  // 16 KiB blocks compress better; stance keeps 4 KiB blocks: neighbourhood queries read one
  // block per actor of the frontier.
  if (large && family != Family::kStance) table.block_size = 16 << 10;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));

  // Memtables: sized so that the eleven families stay well under db_write_buffer_size. No
  // insert hints (memtable_insert_with_hint_prefix_extractor): RocksDB keeps them per write
  // batch, and an article's batch rarely inserts two keys under one prefix, so the hint map
  // cost more than it saved (ingest of 10^6 claims, CPU a claim without / with hints: 69.8 /
  // 79.3 us with the dictionary trainer, 64.0 / 66.8-68.8 us without it; docs/performance.md).
  cf.write_buffer_size = large ? 16 << 20 : 4 << 20;

  // Compaction: the index families take random keys (entities in no particular order); leveled
  // compaction rewrote them ~10 times per level and took a third of the CPU on a two-core
  // machine. Universal (tiered) compaction rewrites them far less, for more sorted runs between
  // full compactions (read by prefix Bloom filters) and more space until the next one.
  if (large) {
    cf.compaction_style = rocksdb::kCompactionStyleUniversal;
    cf.compaction_options_universal.max_size_amplification_percent = 100;
  }

  // Compression: LZ4 where data is rewritten soon, ZSTD on the last level with a 128 KiB
  // dictionary per file: claims and articles are short records whose common words and
  // structure a 16 KiB block alone cannot exploit (-35% on disk). The records' dictionaries are
  // trained (ZDICT_trainFromBuffer over 2.5 MiB of samples); the index families' are built from
  // the samples directly (use_zstd_dict_trainer = false), which costs far less CPU for the same
  // size on their short keys (10^6 claims: 148.6 against 148.2 bytes a claim, ~15% less ingest
  // CPU; docs/performance.md).
  cf.compression = rocksdb::kLZ4Compression;
  cf.bottommost_compression = rocksdb::kZSTD;
  cf.bottommost_compression_opts.enabled = true;
  cf.bottommost_compression_opts.level = 6;
  if (family != Family::kMeta) {
    cf.bottommost_compression_opts.max_dict_bytes = 128 << 10;
    cf.bottommost_compression_opts.zstd_max_train_bytes = 20 * (128 << 10);
    cf.bottommost_compression_opts.use_zstd_dict_trainer = is_record;
  }
  return cf;
}

RocksDbStore::RocksDbStore(std::string path, StoreOptions options,
                           std::unique_ptr<rocksdb::DB> db,
                           std::vector<rocksdb::ColumnFamilyHandle*> handles)
    : path_(std::move(path)),
      options_(options),
      db_(std::move(db)),
      handles_(std::move(handles)),
      write_cache_(options_) {}

RocksDbStore::~RocksDbStore() {
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  handles_.clear();
  db_->Close().PermitUncheckedError();
}

rocksdb::ReadOptions RocksDbStore::ReadOpts(const Snapshot* snapshot) const {
  rocksdb::ReadOptions ro;
  if (snapshot != nullptr) ro.snapshot = static_cast<const RocksSnapshot*>(snapshot)->get();
  return ro;
}

std::unique_ptr<Snapshot> RocksDbStore::GetSnapshot() const {
  return std::make_unique<RocksSnapshot>(db_.get(), db_->GetSnapshot());
}

Result<std::optional<std::string>> RocksDbStore::Get(Family family, std::string_view key,
                                                     const Snapshot* snapshot) const {
  std::string value;
  rocksdb::Status s = db_->Get(ReadOpts(snapshot), cf(family), rocksdb::Slice(key), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return FromRocks(s, std::string("read ") + std::string(ToString(family)));
  return std::optional<std::string>(std::move(value));
}

namespace {

template <typename T, typename Decode>
Result<std::optional<T>> GetRecord(const RocksDbStore& store, Family family, std::string_view key,
                                   const Snapshot* snapshot, Decode decode) {
  SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, store.Get(family, key, snapshot));
  if (!bytes) return std::optional<T>();
  Result<T> record = decode(*bytes);
  if (!record.ok()) {
    return record.status().WithContext(std::string(ToString(family)) + " key " +
                                       std::to_string(key.size()) + " bytes");
  }
  return std::optional<T>(std::move(record).value());
}

}  // namespace

Result<std::optional<Actor>> RocksDbStore::GetActor(ActorId id, const Snapshot* snapshot) const {
  return GetRecord<Actor>(*this, Family::kActors, keys::ActorKey(id), snapshot, DecodeActor);
}

Result<std::optional<Article>> RocksDbStore::GetArticle(ArticleId id,
                                                        const Snapshot* snapshot) const {
  return GetRecord<Article>(*this, Family::kArticles, keys::ArticleKey(id), snapshot,
                            DecodeArticle);
}

Result<std::optional<Claim>> RocksDbStore::GetClaim(ClaimId id, const Snapshot* snapshot) const {
  return GetRecord<Claim>(*this, Family::kClaims, keys::ClaimKey(id), snapshot, DecodeClaim);
}

Result<std::vector<std::optional<Claim>>> RocksDbStore::GetClaims(
    const std::vector<ClaimId>& ids, const Snapshot* snapshot) const {
  std::vector<size_t> order(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
  std::vector<std::string> key_bytes(ids.size());
  std::vector<rocksdb::Slice> key_slices(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    key_bytes[i] = keys::ClaimKey(ids[order[i]]);
    key_slices[i] = key_bytes[i];
  }
  std::vector<rocksdb::PinnableSlice> values(ids.size());
  std::vector<rocksdb::Status> statuses(ids.size());
  db_->MultiGet(ReadOpts(snapshot), cf(Family::kClaims), ids.size(), key_slices.data(),
                values.data(), statuses.data(), /*sorted_input=*/true);
  std::vector<std::optional<Claim>> out(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    if (statuses[i].IsNotFound()) continue;
    if (!statuses[i].ok()) return FromRocks(statuses[i], "read claims");
    Result<Claim> claim = DecodeClaim(values[i].ToStringView());
    if (!claim.ok()) return claim.status().WithContext(FormatClaimId(ids[order[i]]));
    out[order[i]] = std::move(claim).value();
  }
  return out;
}

Result<std::optional<StanceAggregate>> RocksDbStore::GetStance(ActorId from, ActorId to,
                                                               const Snapshot* snapshot) const {
  return GetRecord<StanceAggregate>(*this, Family::kStance, keys::StanceKey(from, to), snapshot,
                                    DecodeStanceAggregate);
}

Result<std::vector<ActorId>> RocksDbStore::FindActorsByAlias(std::string_view name,
                                                             const Snapshot* snapshot) const {
  std::vector<ActorId> out;
  std::string normalized = NormalizeName(name);
  if (normalized.empty()) return out;
  Status corrupt;
  SG_RETURN_IF_ERROR(Scan(
      Family::kAliases, keys::AliasPrefix(normalized),
      [&](std::string_view key, std::string_view) {
        auto entry = keys::DecodeAliasKey(key);
        if (!entry) {
          corrupt = Status::Corruption("malformed alias key");
          return false;
        }
        out.push_back(entry->actor);
        return true;
      },
      snapshot));
  SG_RETURN_IF_ERROR(corrupt);
  return out;
}

Status RocksDbStore::Scan(Family family, std::string_view prefix, const ScanFn& fn,
                          const Snapshot* snapshot) const {
  return ScanRange(family, prefix, keys::PrefixSuccessor(prefix), fn, snapshot);
}

Status RocksDbStore::ScanRange(Family family, std::string_view begin, std::string_view end,
                               const ScanFn& fn, const Snapshot* snapshot) const {
  rocksdb::ReadOptions ro = ReadOpts(snapshot);
  rocksdb::Slice upper(end);
  if (!end.empty()) ro.iterate_upper_bound = &upper;
  // Prefix Bloom filters apply only when the scan stays within one 8-byte prefix.
  ro.total_order_seek = !(begin.size() >= 8 && end.size() >= 8 && begin.substr(0, 8) ==
                                                                      end.substr(0, 8));
  ro.auto_prefix_mode = true;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(family)));
  for (it->Seek(rocksdb::Slice(begin)); it->Valid(); it->Next()) {
    if (!fn(it->key().ToStringView(), it->value().ToStringView())) break;
  }
  return FromRocks(it->status(), std::string("scan ") + std::string(ToString(family)));
}

Status RocksDbStore::ScanReverse(Family family, std::string_view prefix, const ScanFn& fn,
                                 const Snapshot* snapshot) const {
  rocksdb::ReadOptions ro = ReadOpts(snapshot);
  std::string end = keys::PrefixSuccessor(prefix);
  rocksdb::Slice lower(prefix), upper(end);
  ro.iterate_lower_bound = &lower;
  if (!end.empty()) ro.iterate_upper_bound = &upper;
  ro.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf(family)));
  if (end.empty()) {
    it->SeekToLast();
  } else {
    it->SeekForPrev(rocksdb::Slice(end));
  }
  for (; it->Valid(); it->Prev()) {
    if (!it->key().starts_with(rocksdb::Slice(prefix))) {
      if (it->key().compare(rocksdb::Slice(prefix)) < 0) break;
      continue;
    }
    if (!fn(it->key().ToStringView(), it->value().ToStringView())) break;
  }
  return FromRocks(it->status(), std::string("scan ") + std::string(ToString(family)));
}

Result<StoreStats> RocksDbStore::GetStats(const Snapshot* snapshot) const {
  StoreStats stats;
  stats.path = path_;
  SG_ASSIGN_OR_RETURN(std::optional<std::string> version,
                      Get(Family::kMeta, keys::kMetaFormatVersion, snapshot));
  std::string_view v = version ? std::string_view(*version) : std::string_view();
  if (!keys::GetU32(&v, &stats.format_version)) {
    return Status::Corruption("meta: missing format version");
  }
  SG_ASSIGN_OR_RETURN(std::optional<std::string> counts,
                      Get(Family::kMeta, keys::kMetaCounts, snapshot));
  if (counts) {
    SG_ASSIGN_OR_RETURN(stats.counts, DecodeCounts(*counts));
  }
  return stats;
}

Status RocksDbStore::Compact() {
  if (options_.read_only) return Status::FailedPrecondition("database opened read-only");
  for (auto* h : handles_) {
    rocksdb::CompactRangeOptions opts;
    opts.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
    SG_RETURN_IF_ERROR(FromRocks(db_->CompactRange(opts, h, nullptr, nullptr), "compact"));
  }
  return Status::Ok();
}

Result<uint64_t> RocksDbStore::DiskSize() const {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path_, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  if (ec) return Status::IoError(path_ + ": " + ec.message());
  return total;
}

}  // namespace internal

namespace {

namespace fs = std::filesystem;
using internal::FromRocks;

constexpr std::array<Family, kFamilyCount> kAllFamilies = {
    Family::kMeta,     Family::kArticles,  Family::kClaims,    Family::kActors,
    Family::kAliases,  Family::kMembers,   Family::kBySpeaker, Family::kByTarget,
    Family::kByDate,   Family::kByProposition, Family::kStance};

struct Caches {
  std::shared_ptr<rocksdb::Cache> index;
  std::shared_ptr<rocksdb::Cache> record;
};

std::vector<rocksdb::ColumnFamilyDescriptor> Descriptors(const Caches& caches) {
  std::vector<rocksdb::ColumnFamilyDescriptor> out;
  out.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (Family f : kAllFamilies) {
    out.emplace_back(std::string(ToString(f)),
                     internal::FamilyOptions(f, caches.index, caches.record));
  }
  return out;
}

rocksdb::DBOptions BaseDbOptions() {
  rocksdb::DBOptions db;
  db.create_if_missing = false;
  db.create_missing_column_families = false;
  db.info_log_level = rocksdb::WARN_LEVEL;
  db.keep_log_file_num = 3;
  db.max_background_jobs = 2;
  // All memtables together stay under 256 MiB (the largest is flushed first).
  db.db_write_buffer_size = 256 << 20;
  // A family that is written rarely (meta, members) would otherwise keep every write-ahead log
  // file alive until its memtable fills: the logs grew with the database (~850 bytes a claim)
  // and were all replayed at open. Past 256 MiB of logs the families holding the oldest are
  // flushed.
  db.max_total_wal_size = 256 << 20;
  db.bytes_per_sync = 1 << 20;
  return db;
}

// Reads and checks meta through a read-only instance, so that a refused folder is not touched.
Status CheckExisting(const std::string& path, const Caches& caches) {
  std::vector<std::string> names;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(BaseDbOptions(), path, &names);
  if (!s.ok()) {
    return Status::FailedPrecondition(path + " is not a stancegraph database: " + s.ToString());
  }
  if (std::find(names.begin(), names.end(), "meta") == names.end()) {
    return Status::FailedPrecondition(path +
                                      " is not a stancegraph database (no meta column family)");
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> wanted;
  wanted.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  wanted.emplace_back("meta", internal::FamilyOptions(Family::kMeta, caches.index, caches.record));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::OpenForReadOnly(BaseDbOptions(), path, wanted, &handles, &raw);
  if (!s.ok()) return FromRocks(s, "open " + path);
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string magic, version;
  rocksdb::Status s1 = db->Get(rocksdb::ReadOptions(), handles[1], keys::kMetaMagic, &magic);
  rocksdb::Status s2 =
      db->Get(rocksdb::ReadOptions(), handles[1], keys::kMetaFormatVersion, &version);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  db->Close().PermitUncheckedError();
  if (!s1.ok() || magic != kMagic) {
    return Status::FailedPrecondition(path + " is not a stancegraph database (bad magic)");
  }
  std::string_view v = version;
  uint32_t format = 0;
  if (!s2.ok() || !keys::GetU32(&v, &format) || !v.empty()) {
    return Status::Corruption(path + ": meta holds no readable format version");
  }
  if (format > kFormatVersion) {
    return Status::NotSupported(path + " has database format version " + std::to_string(format) +
                                ", newer than this program's " + std::to_string(kFormatVersion) +
                                "; upgrade stancegraph to read it");
  }
  for (Family f : kAllFamilies) {
    if (std::find(names.begin(), names.end(), ToString(f)) == names.end()) {
      return Status::Corruption(path + ": column family " + std::string(ToString(f)) +
                                " is missing");
    }
  }
  return Status::Ok();
}

// True when `path` holds what a creation killed before it wrote meta leaves: a RocksDB database
// whose column families are the default and some of ours, all empty. Finishing the creation
// then loses nothing (an empty foreign RocksDB database looks the same and is adopted).
bool InterruptedCreation(const std::string& path) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(BaseDbOptions(), path, &names).ok()) return false;
  std::vector<rocksdb::ColumnFamilyDescriptor> wanted;
  for (const std::string& name : names) {
    bool ours = name == rocksdb::kDefaultColumnFamilyName ||
                std::any_of(kAllFamilies.begin(), kAllFamilies.end(),
                            [&](Family f) { return ToString(f) == name; });
    if (!ours) return false;
    wanted.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(BaseDbOptions(), path, wanted, &handles, &raw).ok()) {
    return false;
  }
  std::unique_ptr<rocksdb::DB> db(raw);
  bool empty = true;
  for (auto* h : handles) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    empty = empty && !it->Valid() && it->status().ok();
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  db->Close().PermitUncheckedError();
  return empty;
}

// True when every entry of `path` is a file RocksDB writes before CURRENT while creating a
// database (a creation killed that early leaves them).
bool OnlyCreationLeftovers(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    std::string name = entry.path().filename().string();
    bool leftover = name == "LOCK" || name == "LOG" || name == "IDENTITY" ||
                    name.rfind("LOG.old.", 0) == 0 || name.rfind("MANIFEST-", 0) == 0 ||
                    (name.size() > 6 && name.compare(name.size() - 6, 6, ".dbtmp") == 0);
    if (!leftover || !entry.is_regular_file(ec)) return false;
  }
  return !ec;
}

Status WriteInitialMeta(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta) {
  rocksdb::WriteBatch batch;
  std::string version;
  keys::PutU32(&version, kFormatVersion);
  batch.Put(meta, keys::kMetaMagic, rocksdb::Slice(kMagic.data(), kMagic.size()));
  batch.Put(meta, keys::kMetaFormatVersion, version);
  batch.Put(meta, keys::kMetaCounts, EncodeCounts(Counts{}));
  rocksdb::WriteOptions wo;
  wo.sync = true;
  return FromRocks(db->Write(wo, &batch), "initialise meta");
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  bool create = false;
  if (exists) {
    if (!fs::is_directory(path, ec)) {
      return Status::FailedPrecondition(path + " is a file, not a stancegraph database folder");
    }
    if (!fs::exists(fs::path(path) / "CURRENT", ec)) {
      if (!fs::is_empty(path, ec) && !OnlyCreationLeftovers(path)) {
        return Status::FailedPrecondition(
            path + " is not a stancegraph database (a non-empty folder without a database)");
      }
      create = true;
    }
  } else {
    create = true;
  }
  if (create && (!options.create_if_missing || options.read_only)) {
    return Status::NotFound("no stancegraph database at " + path);
  }

  Caches caches{rocksdb::NewLRUCache(options.block_cache_bytes),
                rocksdb::NewLRUCache(std::max<size_t>(options.block_cache_bytes / 4, 1 << 20))};
  if (!create) {
    Status existing = CheckExisting(path, caches);
    if (!existing.ok()) {
      if (existing.code() != Status::Code::kFailedPrecondition || !InterruptedCreation(path)) {
        return existing;
      }
      if (!options.create_if_missing || options.read_only) {
        return Status::NotFound("no stancegraph database at " + path +
                                " (its creation was interrupted; the next write completes it)");
      }
      create = true;  // finish the interrupted creation
    }
  }

  rocksdb::DBOptions db_options = BaseDbOptions();
  if (create) {
    fs::create_directories(path, ec);
    if (ec) return Status::IoError("cannot create " + path + ": " + ec.message());
    db_options.create_if_missing = true;
    db_options.create_missing_column_families = true;
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = Descriptors(caches);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &handles, &raw)
          : rocksdb::DB::Open(db_options, path, descriptors, &handles, &raw);
  if (!s.ok()) {
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      return Status::IoError(path + " is in use by another stancegraph process (" +
                             s.ToString() + ")");
    }
    return FromRocks(s, "open " + path);
  }
  std::unique_ptr<rocksdb::DB> db(raw);
  // handles[0] is the default family; ours follow in Family order.
  db->DestroyColumnFamilyHandle(handles[0]);
  handles.erase(handles.begin());
  if (create) {
    Status meta = WriteInitialMeta(db.get(), handles[static_cast<int>(Family::kMeta)]);
    if (!meta.ok()) {
      for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
      return meta;
    }
  }
  return std::unique_ptr<Store>(
      new internal::RocksDbStore(path, options, std::move(db), std::move(handles)));
}

}  // namespace sg::graph
