// The SQLite baseline: the same claims in the schema a careful user would build, the same
// questions in SQL.
//
// WAL mode with synchronous=NORMAL (like the store's WAL without fsync: an acknowledged article
// survives a process crash), one transaction per article (or several, for a bulk load), prepared statements, an 80 MiB page
// cache (the store's block caches are 64 + 16 MiB). Tables and indexes, each serving one of the
// store's families:
//   articles(id PK)                       articles
//   claims(rowid, ..., content)           claims; ids in arrival order
//   claims_speaker(speaker, date, polarity, form, modality, cue)   by_speaker (covering)
//   claims_date(date)                     by_date
//   claims_article(article, ordinal)      the store's by-article prefix (replacement)
//   claims_proposition(agent, predicate, patient, polarity, speaker) WHERE predicate NOT NULL
//                                         by_proposition (covering)
//   about(target, speaker, date, claim, stance, polarity, cue) WITHOUT ROWID   by_target
//   stance(src, dst, sum, hostile, neutral, friendly, first, last) WITHOUT ROWID   stance
//   actors(id PK, name, kind, articles, claims_made, claims_received), aliases, members
// Actor ids are the store's ids (hashes of canonical names), stored as 64-bit integers.
//
// Thread safety: one thread.
#ifndef SG_BENCH_SQLITE_PEER_H_
#define SG_BENCH_SQLITE_PEER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "bench/generator.h"
#include "graph/model.h"
#include "graph/status.h"

struct sqlite3;

namespace sg::bench {

class SqlitePeer {
 public:
  // Creates the database file `path` (which must not exist) with its schema.
  static Result<std::unique_ptr<SqlitePeer>> Create(const std::string& path);
  // Opens a database file that Create made and a load filled (to ask the questions again).
  static Result<std::unique_ptr<SqlitePeer>> Open(const std::string& path);
  ~SqlitePeer();

  // Writes one article (its actors, claims, index rows, stance and actor counters), one
  // transaction per article unless SetArticlesPerTransaction said otherwise. Returns the number
  // of claims written.
  Result<size_t> PutArticle(const GeneratedArticle& article, int64_t now);
  // Groups `n` articles in one transaction (a bulk load; default 1, the live-ingest comparison).
  // A transaction left open is committed by Checkpoint.
  void SetArticlesPerTransaction(int n) { articles_per_transaction_ = n < 1 ? 1 : n; }
  // Sets the page cache (PRAGMA cache_size) to `kib` KiB; Create sets 80 MiB.
  Status SetCacheKiB(int64_t kib);
  // Commits an open transaction and checkpoints the WAL into the database file (for an honest
  // file size).
  Status Checkpoint();

  // The questions of store_queries.h, same answers (row counts).
  Result<size_t> ClaimsAbout(graph::ActorId x, graph::ActorId y);
  Result<size_t> ClaimsBy(graph::ActorId x, bool content);
  Result<size_t> ContradictionsOn(graph::ActorId agent, size_t limit);
  Result<size_t> ContradictionsBetween(graph::ActorId a, graph::ActorId b, size_t limit);
  Result<size_t> Stance(graph::ActorId a, graph::ActorId b);
  Result<size_t> Neighbourhood(graph::ActorId start, int depth);

  uint64_t claims() const { return claims_; }

 private:
  struct Statements;
  SqlitePeer() = default;
  static Result<std::unique_ptr<SqlitePeer>> OpenFile(const std::string& path, bool create);
  Status Exec(const char* sql);
  // Counts the article written in the open transaction; commits it every
  // articles_per_transaction_ articles.
  Status EndArticle();

  sqlite3* db_ = nullptr;
  std::unique_ptr<Statements> st_;
  uint64_t claims_ = 0;
  int articles_per_transaction_ = 1;
  int in_transaction_ = 0;  // articles written in the open transaction
};

}  // namespace sg::bench

#endif  // SG_BENCH_SQLITE_PEER_H_
