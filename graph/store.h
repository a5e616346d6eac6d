// Store: the claim graph persisted in RocksDB, one column family per record kind and index.
//
// Writing: PutArticle writes one article with all its claims, actor updates and index entries as
// one atomic WriteBatch (a crash leaves the article wholly in or wholly out). Re-putting an
// article with the same key and content hash changes nothing; the same key with another hash
// replaces the article's claims and every index entry derived from them in the same batch.
// RetractArticle removes an article and everything derived from it, atomically.
//
// Reading: point lookups and prefix scans, optionally at a Snapshot so that a query sees one
// consistent state while a writer goes on. Keys are built with graph/keys.h.
//
// Errors: Open gives FailedPrecondition for a folder that is not a stancegraph database,
// NotSupported for a database of a newer format version (in both cases nothing on disk is
// changed), IoError when RocksDB cannot open it (locked by another writer, unwritable).
// Reads give Corruption for undecodable records.
//
// Thread safety: reads may run concurrently from any number of threads. Writes (PutArticle,
// RetractArticle) must come from one thread at a time; RocksDB's lock file keeps a second
// writing process out.
#ifndef SG_GRAPH_STORE_H_
#define SG_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/codec.h"
#include "graph/model.h"
#include "graph/status.h"

namespace sg::graph {

// The on-disk format version this program writes and the newest it reads.
inline constexpr uint32_t kFormatVersion = 1;
inline constexpr std::string_view kMagic = "stancegraph";

struct StoreOptions {
  // Create the database (folder and column families) if it does not exist. A folder that exists
  // and is neither empty nor a stancegraph database is always refused.
  // Default: true
  bool create_if_missing = true;
  // Open without taking the write lock; another process may write meanwhile. The instance sees
  // the database as it was when opened. Writes return FailedPrecondition.
  // Default: false
  bool read_only = false;
  // fsync the write-ahead log on every write: an acknowledged article survives power loss, not
  // only a process crash. Slower.
  // Default: false
  bool sync = false;
  // Block cache shared by the index families (record families get a quarter of it on top).
  // Default: 64 MiB
  size_t block_cache_bytes = 64 << 20;
  // The writer keeps the records of this many recently written actors, and the aggregates of
  // this many recently written stance edges, decoded in memory, so that the next articles about
  // them do not read them back (~300 and ~150 bytes an entry). 0 turns a cache off.
  // Default: 100,000 actors, 200,000 stance edges
  size_t actor_cache_entries = 100000;
  size_t stance_cache_entries = 200000;
};

// The record and index families. Stored names are ToString(Family).
enum class Family : int {
  kMeta = 0,
  kArticles,
  kClaims,
  kActors,
  kAliases,
  kMembers,
  kBySpeaker,
  kByTarget,
  kByDate,
  kByProposition,
  kStance,
};
inline constexpr int kFamilyCount = 11;
std::string_view ToString(Family family);

enum class PutOutcome { kNew, kUnchanged, kReplaced };

struct PutResult {
  PutOutcome outcome = PutOutcome::kNew;
  ArticleId article;
  uint32_t claims = 0;          // claims stored for the article now
  uint32_t claims_removed = 0;  // claims of the replaced version
};

struct StoreStats {
  std::string path;
  uint32_t format_version = 0;
  Counts counts;
  // Edges by type: SAID and IN equal the number of claims; ABOUT, MEMBER_OF and STANCE are
  // counted as written.
  uint64_t edges() const { return 2 * counts.claims + counts.about + counts.member_of +
                                  counts.stance; }
};

// A consistent read view; release it by destroying it (before the Store).
class Snapshot {
 public:
  virtual ~Snapshot() = default;
};

class Store {
 public:
  // Opens (or creates) the database in folder `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  virtual ~Store() = default;

  virtual const std::string& path() const = 0;

  // Writes the article `draft` (see the class comment). `now` is the ingest time recorded in the
  // article (seconds since the epoch). InvalidArgument for a draft whose indexes are out of
  // range, a missing key or speaker, or more than 65,535 claims.
  virtual Result<PutResult> PutArticle(const ArticleDraft& draft, int64_t now) = 0;

  // Removes the article with external key `key` and everything derived from it. Returns false
  // when no such article is stored (nothing changes).
  virtual Result<bool> RetractArticle(std::string_view key) = 0;

  // A read view of the current state.
  virtual std::unique_ptr<Snapshot> GetSnapshot() const = 0;

  // Point lookups; nullopt when absent. `snapshot` may be null (latest state).
  virtual Result<std::optional<Actor>> GetActor(ActorId id,
                                                const Snapshot* snapshot = nullptr) const = 0;
  virtual Result<std::optional<Article>> GetArticle(ArticleId id,
                                                    const Snapshot* snapshot = nullptr) const = 0;
  virtual Result<std::optional<Claim>> GetClaim(ClaimId id,
                                                const Snapshot* snapshot = nullptr) const = 0;
  // Claims in the order of `ids` (a batched, sorted read); nullopt for absent ones.
  virtual Result<std::vector<std::optional<Claim>>> GetClaims(
      const std::vector<ClaimId>& ids, const Snapshot* snapshot = nullptr) const = 0;
  virtual Result<std::optional<StanceAggregate>> GetStance(
      ActorId from, ActorId to, const Snapshot* snapshot = nullptr) const = 0;

  // Actors with an alias whose NormalizeName equals NormalizeName(name), sorted by id.
  virtual Result<std::vector<ActorId>> FindActorsByAlias(
      std::string_view name, const Snapshot* snapshot = nullptr) const = 0;

  // Calls fn(key, value) for every key of `family` that starts with `prefix`, in key order,
  // until fn returns false.
  using ScanFn = std::function<bool(std::string_view key, std::string_view value)>;
  virtual Status Scan(Family family, std::string_view prefix, const ScanFn& fn,
                      const Snapshot* snapshot = nullptr) const = 0;
  // The same for keys in [begin, end); an empty `end` means no upper bound.
  virtual Status ScanRange(Family family, std::string_view begin, std::string_view end,
                           const ScanFn& fn, const Snapshot* snapshot = nullptr) const = 0;
  // The same in reverse key order (newest date first in date-ordered families).
  virtual Status ScanReverse(Family family, std::string_view prefix, const ScanFn& fn,
                             const Snapshot* snapshot = nullptr) const = 0;

  virtual Result<StoreStats> GetStats(const Snapshot* snapshot = nullptr) const = 0;

  // Flushes memtables and compacts every family (after a bulk load; for accurate disk size).
  virtual Status Compact() = 0;
  // Total size of the database's live files in bytes.
  virtual Result<uint64_t> DiskSize() const = 0;
};

}  // namespace sg::graph

#endif  // SG_GRAPH_STORE_H_
