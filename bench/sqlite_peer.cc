#include "bench/sqlite_peer.h"

#include <sqlite3.h>

#include <map>
#include <set>

#include "graph/names.h"

namespace sg::bench {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE articles(id INTEGER PRIMARY KEY, key TEXT NOT NULL, url TEXT, title TEXT,
  outlet TEXT, date INTEGER, content_hash INTEGER, ingested_at INTEGER, claim_count INTEGER);
CREATE TABLE claims(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, ordinal INTEGER NOT NULL,
  speaker INTEGER NOT NULL, source INTEGER, date INTEGER, cue TEXT, form INTEGER,
  polarity INTEGER, modality INTEGER, content TEXT, start INTEGER, "end" INTEGER,
  agent INTEGER, predicate TEXT, patient INTEGER, negated INTEGER, rule TEXT);
CREATE INDEX claims_speaker ON claims(speaker, date, polarity, form, modality, cue);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_article ON claims(article, ordinal);
CREATE INDEX claims_proposition ON claims(agent, predicate, patient, polarity, speaker)
  WHERE predicate IS NOT NULL;
CREATE TABLE about(target INTEGER, speaker INTEGER, date INTEGER, claim INTEGER,
  stance INTEGER, polarity INTEGER, cue TEXT,
  PRIMARY KEY(target, speaker, date, claim)) WITHOUT ROWID;
CREATE TABLE stance(src INTEGER, dst INTEGER, sum INTEGER, hostile INTEGER, neutral INTEGER,
  friendly INTEGER, first INTEGER, last INTEGER, PRIMARY KEY(src, dst)) WITHOUT ROWID;
CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind INTEGER,
  articles INTEGER, claims_made INTEGER, claims_received INTEGER);
CREATE TABLE aliases(alias TEXT, actor INTEGER, PRIMARY KEY(alias, actor)) WITHOUT ROWID;
CREATE TABLE members(grp INTEGER, member INTEGER, role TEXT,
  PRIMARY KEY(grp, member)) WITHOUT ROWID;
)sql";

int64_t I(graph::ActorId id) { return static_cast<int64_t>(id.value); }
int64_t I(graph::ArticleId id) { return static_cast<int64_t>(id.value); }

// A prepared statement: bind, step, reset.
class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  Status Prepare(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK) {
      return Status::InvalidArgument(std::string("sqlite prepare: ") + sqlite3_errmsg(db) +
                                     " in " + sql);
    }
    return Status::Ok();
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Stmt& BindNull(int i) {
    sqlite3_bind_null(s_, i);
    return *this;
  }
  // Runs to completion; returns the number of result rows.
  Result<size_t> Run() {
    size_t rows = 0;
    int rc;
    while ((rc = sqlite3_step(s_)) == SQLITE_ROW) {
      // Touch the columns, as a caller would.
      for (int c = 0, n = sqlite3_column_count(s_); c < n; ++c) {
        if (sqlite3_column_type(s_, c) == SQLITE_TEXT) {
          sqlite3_column_text(s_, c);
        } else {
          sqlite3_column_int64(s_, c);
        }
      }
      ++rows;
    }
    Status s = rc == SQLITE_DONE ? Status::Ok()
                                 : Status::IoError(std::string("sqlite step: ") +
                                                   sqlite3_errmsg(sqlite3_db_handle(s_)));
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    if (!s.ok()) return s;
    return rows;
  }
  // The first column of the only row (0 without a row).
  Result<int64_t> Scalar() {
    int64_t v = 0;
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) v = sqlite3_column_int64(s_, 0);
    Status s = (rc == SQLITE_ROW || rc == SQLITE_DONE)
                   ? Status::Ok()
                   : Status::IoError(std::string("sqlite step: ") +
                                     sqlite3_errmsg(sqlite3_db_handle(s_)));
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    if (!s.ok()) return s;
    return v;
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

}  // namespace

struct SqlitePeer::Statements {
  Stmt begin, commit, article_hash, article, actor, alias, member, claim, about, stance,
      counters;
  Stmt q_about, q_by, q_by_content, q_contra_on, q_contra_between, q_stance, q_reach;
};

Result<std::unique_ptr<SqlitePeer>> SqlitePeer::Create(const std::string& path) {
  return OpenFile(path, /*create=*/true);
}

Result<std::unique_ptr<SqlitePeer>> SqlitePeer::Open(const std::string& path) {
  return OpenFile(path, /*create=*/false);
}

Result<std::unique_ptr<SqlitePeer>> SqlitePeer::OpenFile(const std::string& path, bool create) {
  std::unique_ptr<SqlitePeer> p(new SqlitePeer());
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &p->db_, flags, nullptr) != SQLITE_OK) {
    return Status::IoError("cannot open " + path);
  }
  SG_RETURN_IF_ERROR(p->Exec("PRAGMA journal_mode=WAL"));
  SG_RETURN_IF_ERROR(p->Exec("PRAGMA synchronous=NORMAL"));
  SG_RETURN_IF_ERROR(p->Exec("PRAGMA cache_size=-81920"));
  SG_RETURN_IF_ERROR(p->Exec("PRAGMA temp_store=MEMORY"));
  if (create) SG_RETURN_IF_ERROR(p->Exec(kSchema));
  p->st_ = std::make_unique<Statements>();
  Statements& s = *p->st_;
  sqlite3* db = p->db_;
  SG_RETURN_IF_ERROR(s.begin.Prepare(db, "BEGIN"));
  SG_RETURN_IF_ERROR(s.commit.Prepare(db, "COMMIT"));
  SG_RETURN_IF_ERROR(s.article_hash.Prepare(db, "SELECT content_hash FROM articles WHERE id=?1"));
  SG_RETURN_IF_ERROR(s.article.Prepare(
      db, "INSERT INTO articles VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  SG_RETURN_IF_ERROR(s.actor.Prepare(
      db,
      "INSERT INTO actors VALUES(?1, ?2, ?3, 1, 0, 0) "
      "ON CONFLICT(id) DO UPDATE SET articles = articles + 1"));
  SG_RETURN_IF_ERROR(s.alias.Prepare(db, "INSERT OR IGNORE INTO aliases VALUES(?1, ?2)"));
  SG_RETURN_IF_ERROR(s.member.Prepare(db, "INSERT OR IGNORE INTO members VALUES(?1, ?2, ?3)"));
  SG_RETURN_IF_ERROR(s.claim.Prepare(
      db,
      "INSERT INTO claims(article, ordinal, speaker, source, date, cue, form, polarity, "
      "modality, content, start, \"end\", agent, predicate, patient, negated, rule) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
  SG_RETURN_IF_ERROR(
      s.about.Prepare(db, "INSERT OR IGNORE INTO about VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  SG_RETURN_IF_ERROR(s.stance.Prepare(
      db,
      "INSERT INTO stance VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
      "ON CONFLICT(src, dst) DO UPDATE SET sum = sum + excluded.sum, "
      "hostile = hostile + excluded.hostile, neutral = neutral + excluded.neutral, "
      "friendly = friendly + excluded.friendly, first = min(first, excluded.first), "
      "last = max(last, excluded.last)"));
  SG_RETURN_IF_ERROR(s.counters.Prepare(
      db,
      "UPDATE actors SET claims_made = claims_made + ?2, "
      "claims_received = claims_received + ?3 WHERE id = ?1"));

  SG_RETURN_IF_ERROR(s.q_about.Prepare(
      db, "SELECT claim, date, stance, polarity, cue FROM about WHERE target=?2 AND speaker=?1"));
  SG_RETURN_IF_ERROR(s.q_by.Prepare(
      db,
      "SELECT id, date, polarity, form, modality, cue FROM claims INDEXED BY claims_speaker "
      "WHERE speaker=?1"));
  SG_RETURN_IF_ERROR(s.q_by_content.Prepare(db, "SELECT * FROM claims WHERE speaker=?1"));
  SG_RETURN_IF_ERROR(s.q_contra_on.Prepare(
      db,
      "SELECT a.id, b.id FROM claims a JOIN claims b ON b.agent = a.agent "
      "AND b.predicate = a.predicate AND (b.patient = a.patient OR a.patient = 0 OR "
      "b.patient = 0) AND b.polarity = -1 AND b.predicate IS NOT NULL "
      "WHERE a.agent = ?1 AND a.predicate IS NOT NULL AND a.polarity = 1 LIMIT ?2"));
  SG_RETURN_IF_ERROR(s.q_contra_between.Prepare(
      db,
      "SELECT a.id, b.id FROM claims a JOIN claims b ON b.agent = a.agent "
      "AND b.predicate = a.predicate AND (b.patient = a.patient OR a.patient = 0 OR "
      "b.patient = 0) AND b.polarity = -a.polarity AND b.predicate IS NOT NULL "
      "AND b.speaker = ?2 "
      "WHERE a.speaker = ?1 AND a.predicate IS NOT NULL AND a.agent != 0 AND a.polarity != 0 "
      "LIMIT ?3"));
  SG_RETURN_IF_ERROR(s.q_stance.Prepare(
      db, "SELECT sum, hostile, neutral, friendly, first, last FROM stance "
          "WHERE src=?1 AND dst=?2"));
  SG_RETURN_IF_ERROR(s.q_reach.Prepare(
      db,
      "WITH RECURSIVE reach(id, depth) AS (SELECT ?1, 0 UNION "
      "SELECT s.dst, r.depth + 1 FROM reach r JOIN stance s ON s.src = r.id "
      "WHERE r.depth < ?2) SELECT count(DISTINCT id) - 1 FROM reach"));
  return p;
}

SqlitePeer::~SqlitePeer() {
  st_.reset();
  if (db_ != nullptr) sqlite3_close(db_);
}

Status SqlitePeer::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError("sqlite: " + m);
  }
  return Status::Ok();
}

Status SqlitePeer::Checkpoint() {
  if (in_transaction_ > 0) {
    SG_RETURN_IF_ERROR(st_->commit.Run().status());
    in_transaction_ = 0;
  }
  return Exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Status SqlitePeer::SetCacheKiB(int64_t kib) {
  return Exec(("PRAGMA cache_size=-" + std::to_string(kib)).c_str());
}

Status SqlitePeer::EndArticle() {
  if (++in_transaction_ < articles_per_transaction_) return Status::Ok();
  in_transaction_ = 0;
  return st_->commit.Run().status();
}

Result<size_t> SqlitePeer::PutArticle(const GeneratedArticle& a, int64_t now) {
  Statements& s = *st_;
  const graph::ArticleDraft& d = a.draft;
  graph::ArticleId article = graph::ArticleIdForKey(d.key);
  if (in_transaction_ == 0) SG_RETURN_IF_ERROR(s.begin.Run().status());
  SG_ASSIGN_OR_RETURN(int64_t hash, s.article_hash.Bind(1, I(article)).Scalar());
  if (hash != 0) {  // already stored (the benchmark never replaces)
    SG_RETURN_IF_ERROR(EndArticle());
    return size_t{0};
  }
  SG_RETURN_IF_ERROR(s.article.Bind(1, I(article))
                         .Bind(2, d.key)
                         .Bind(3, d.url)
                         .Bind(4, d.title)
                         .Bind(5, d.outlet)
                         .Bind(6, d.date.yyyymmdd)
                         .Bind(7, static_cast<int64_t>(d.content_hash))
                         .Bind(8, now)
                         .Bind(9, static_cast<int64_t>(d.claims.size()))
                         .Run()
                         .status());
  std::vector<graph::ActorId> ids(d.actors.size());
  std::set<graph::ActorId> distinct;
  for (size_t i = 0; i < d.actors.size(); ++i) {
    const graph::ActorMention& m = d.actors[i];
    ids[i] = graph::ActorIdForName(m.name);
    bool first = distinct.insert(ids[i]).second;
    if (first) {
      SG_RETURN_IF_ERROR(s.actor.Bind(1, I(ids[i]))
                             .Bind(2, m.name)
                             .Bind(3, static_cast<int64_t>(m.kind))
                             .Run()
                             .status());
      SG_RETURN_IF_ERROR(
          s.alias.Bind(1, graph::NormalizeName(m.name)).Bind(2, I(ids[i])).Run().status());
    }
    for (const std::string& alias : m.aliases) {
      SG_RETURN_IF_ERROR(
          s.alias.Bind(1, graph::NormalizeName(alias)).Bind(2, I(ids[i])).Run().status());
    }
  }
  for (size_t i = 0; i < d.actors.size(); ++i) {
    const graph::ActorMention& m = d.actors[i];
    if (m.group >= 0 && ids[m.group] != ids[i]) {
      SG_RETURN_IF_ERROR(
          s.member.Bind(1, I(ids[m.group])).Bind(2, I(ids[i])).Bind(3, m.role).Run().status());
    }
  }
  std::map<graph::ActorId, std::pair<int64_t, int64_t>> counters;  // made, received
  for (size_t c = 0; c < d.claims.size(); ++c) {
    const graph::ClaimDraft& cl = d.claims[c];
    graph::ActorId speaker = ids[cl.speaker];
    const graph::PropositionDraft& p = cl.proposition;
    Stmt& ins = s.claim;
    ins.Bind(1, I(article))
        .Bind(2, static_cast<int64_t>(c))
        .Bind(3, I(speaker))
        .Bind(4, cl.source >= 0 ? I(ids[cl.source]) : 0)
        .Bind(5, d.date.yyyymmdd)
        .Bind(6, cl.cue)
        .Bind(7, static_cast<int64_t>(cl.form))
        .Bind(8, cl.polarity)
        .Bind(9, static_cast<int64_t>(cl.modality))
        .Bind(10, cl.content)
        .Bind(11, cl.start)
        .Bind(12, cl.end)
        .Bind(16, p.negated ? 1 : 0)
        .Bind(17, cl.rule);
    if (!p.predicate.empty() && p.agent >= 0) {
      ins.Bind(13, I(ids[p.agent])).Bind(14, p.predicate).Bind(15, p.patient >= 0 ? I(ids[p.patient]) : 0);
    } else {
      ins.BindNull(13).BindNull(14).BindNull(15);
    }
    SG_RETURN_IF_ERROR(ins.Run().status());
    int64_t claim_id = sqlite3_last_insert_rowid(db_);
    counters[speaker].first += 1;
    std::set<graph::ActorId> targets;
    for (const graph::TargetDraft& t : cl.targets) {
      graph::ActorId target = ids[t.actor];
      if (!targets.insert(target).second) continue;
      counters[target].second += 1;
      SG_RETURN_IF_ERROR(s.about.Bind(1, I(target))
                             .Bind(2, I(speaker))
                             .Bind(3, d.date.yyyymmdd)
                             .Bind(4, claim_id)
                             .Bind(5, t.stance)
                             .Bind(6, cl.polarity)
                             .Bind(7, cl.cue)
                             .Run()
                             .status());
      SG_RETURN_IF_ERROR(s.stance.Bind(1, I(speaker))
                             .Bind(2, I(target))
                             .Bind(3, t.stance)
                             .Bind(4, t.stance < 0 ? 1 : 0)
                             .Bind(5, t.stance == 0 ? 1 : 0)
                             .Bind(6, t.stance > 0 ? 1 : 0)
                             .Bind(7, d.date.yyyymmdd)
                             .Run()
                             .status());
    }
  }
  for (const auto& [actor, made_received] : counters) {
    SG_RETURN_IF_ERROR(s.counters.Bind(1, I(actor))
                           .Bind(2, made_received.first)
                           .Bind(3, made_received.second)
                           .Run()
                           .status());
  }
  SG_RETURN_IF_ERROR(EndArticle());
  claims_ += d.claims.size();
  return d.claims.size();
}

Result<size_t> SqlitePeer::ClaimsAbout(graph::ActorId x, graph::ActorId y) {
  return st_->q_about.Bind(1, I(x)).Bind(2, I(y)).Run();
}

Result<size_t> SqlitePeer::ClaimsBy(graph::ActorId x, bool content) {
  return (content ? st_->q_by_content : st_->q_by).Bind(1, I(x)).Run();
}

Result<size_t> SqlitePeer::ContradictionsOn(graph::ActorId agent, size_t limit) {
  return st_->q_contra_on.Bind(1, I(agent)).Bind(2, static_cast<int64_t>(limit)).Run();
}

Result<size_t> SqlitePeer::ContradictionsBetween(graph::ActorId a, graph::ActorId b,
                                                 size_t limit) {
  return st_->q_contra_between.Bind(1, I(a))
      .Bind(2, I(b))
      .Bind(3, static_cast<int64_t>(limit))
      .Run();
}

Result<size_t> SqlitePeer::Stance(graph::ActorId a, graph::ActorId b) {
  return st_->q_stance.Bind(1, I(a)).Bind(2, I(b)).Run();
}

Result<size_t> SqlitePeer::Neighbourhood(graph::ActorId start, int depth) {
  SG_ASSIGN_OR_RETURN(int64_t n, st_->q_reach.Bind(1, I(start)).Bind(2, depth).Scalar());
  return static_cast<size_t>(n);
}

}  // namespace sg::bench
