#include "bench/phases.h"

#include <boost/graph/breadth_first_search.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include "bench/api_queries.h"
#include "bench/generator.h"
#include "bench/kuzu_csv.h"
#include "bench/sqlite_peer.h"
#include "bench/stats.h"
#include "bench/store_queries.h"
#include "graph/csr_view.h"
#include "graph/stance_csr.h"
#include "graph/store.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "query/export.h"

namespace sg::bench {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr size_t kContradictionLimit = 100;
constexpr int64_t kNow = 1767225600;  // 2026-01-01: a fixed ingest time, for identical bytes

Result<std::unique_ptr<Generator>> MakeGenerator(const CorpusOptions& corpus, uint64_t articles) {
  GeneratorOptions g;
  g.seed = corpus.seed;
  g.articles = articles;
  g.data_dir = corpus.data_dir;
  return Generator::Create(g);
}

ingest::ArticleInput ToInput(const GeneratedArticle& a) {
  ingest::ArticleInput in;
  in.key = a.key;
  in.url = a.url;
  in.title = a.title;
  in.outlet = a.outlet;
  in.date = a.date;
  in.text = a.text;
  in.origin = a.key;
  return in;
}

// The articles of `input` repeated `repeat` times (keys made unique), or `synthetic` generated
// articles with their text.
Result<std::vector<ingest::ArticleInput>> LoadInputs(const std::string& input, int repeat,
                                                     uint64_t synthetic,
                                                     const CorpusOptions& corpus) {
  std::vector<ingest::ArticleInput> out;
  if (!input.empty()) {
    std::vector<ingest::ArticleInput> once;
    Status error;
    ingest::ReadInputs(
        {input}, ingest::ReadOptions{}, [&](ingest::ArticleInput&& a) { once.push_back(a); },
        [&](const Status& s) { error = s; });
    SG_RETURN_IF_ERROR(error);
    if (once.empty()) return Status::InvalidArgument(input + ": no articles");
    for (int r = 0; r < repeat; ++r) {
      for (const auto& a : once) {
        out.push_back(a);
        out.back().key += "#" + std::to_string(r);
      }
    }
    return out;
  }
  SG_ASSIGN_OR_RETURN(auto gen, MakeGenerator(corpus, synthetic));
  GeneratedArticle a;
  for (uint64_t i = 0; i < synthetic; ++i) {
    gen->Generate(i, /*with_text=*/true, &a);
    out.push_back(ToInput(a));
  }
  return out;
}

uint64_t TextBytes(const std::vector<ingest::ArticleInput>& inputs) {
  uint64_t bytes = 0;
  for (const auto& a : inputs) bytes += a.title.size() + a.text.size();
  return bytes;
}

Status RemoveAll(const std::string& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(path + suffix, ec);
  if (ec) return Status::IoError("cannot remove " + path + ": " + ec.message());
  return Status::Ok();
}

// Times `n` questions: one warm-up pass, then `runs` passes; the median of the passes' p50 and
// p99. When the warm-up pass exceeds `budget_s`, the query is reported as skipped.
Result<json> TimeQuery(const std::string& engine, const std::string& query, size_t n,
                       const std::function<Result<size_t>(size_t)>& fn, int runs,
                       double budget_s) {
  json r = {{"metric", "query"}, {"engine", engine}, {"query", query}, {"queries", n}};
  if (n == 0) {
    r["skipped"] = "no parameters";
    return r;
  }
  double start = NowSeconds();
  for (size_t i = 0; i < n; ++i) {
    SG_RETURN_IF_ERROR(fn(i).status().WithContext(engine + " " + query));
    if (NowSeconds() - start > budget_s) {
      r["skipped"] = "warm-up pass over " + std::to_string(static_cast<int>(budget_s)) + " s";
      r["done"] = i + 1;
      return r;
    }
  }
  // Wall-clock latency and the thread's CPU time of each question (the second is what the
  // question cost when the machine is shared: the wall clock also counts the waits for a core).
  std::vector<LatencySummary> passes, cpu_passes;
  for (int run = 0; run < runs; ++run) {
    Latencies lat, cpu;
    for (size_t i = 0; i < n; ++i) {
      double c0 = ThreadCpuSeconds();
      double t0 = NowSeconds();
      SG_ASSIGN_OR_RETURN(size_t rows, fn(i));
      double t1 = NowSeconds();
      lat.Add(t1 - t0, rows);
      cpu.Add(ThreadCpuSeconds() - c0, rows);
    }
    passes.push_back(lat.Summarize());
    cpu_passes.push_back(cpu.Summarize());
  }
  LatencySummary s = MedianOf(passes);
  LatencySummary c = MedianOf(cpu_passes);
  r["p50_us"] = s.p50_us;
  r["p99_us"] = s.p99_us;
  r["mean_us"] = s.mean_us;
  r["rows"] = s.rows_mean;
  r["cpu_p50_us"] = c.p50_us;
  r["cpu_p99_us"] = c.p99_us;
  std::cerr << "  " << engine << " " << query << ": p50 " << s.p50_us << " us, p99 " << s.p99_us
            << " us, rows " << s.rows_mean << "; CPU p50 " << c.p50_us << " us, p99 "
            << c.p99_us << " us\n";
  return r;
}

// The prolific speakers, each asked several times so that a pass has enough questions.
std::vector<graph::ActorId> Repeat(const std::vector<graph::ActorId>& ids, int times) {
  std::vector<graph::ActorId> out;
  for (int t = 0; t < times; ++t) out.insert(out.end(), ids.begin(), ids.end());
  return out;
}

Result<QueryParams> LoadParams(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ParamsFromJson(ss.str());
}

// An output stream that only counts what is written to it.
class CountingBuf : public std::streambuf {
 public:
  uint64_t bytes() const { return bytes_; }

 protected:
  int overflow(int c) override {
    if (c != EOF) ++bytes_;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes_ += n;
    return n;
  }

 private:
  uint64_t bytes_ = 0;
};

// The questions of store_queries.h asked of SQLite, appended to `out`.
Status SqliteQueries(SqlitePeer& q, const std::string& params_path, int runs, double budget_s,
                     Records* records) {
  Records& out = *records;
  SG_ASSIGN_OR_RETURN(QueryParams p, LoadParams(params_path));
  std::vector<graph::ActorId> prolific = Repeat(p.prolific, 5);
  auto add = [&](const std::string& name, size_t n,
                 std::function<Result<size_t>(size_t)> fn) -> Status {
    SG_ASSIGN_OR_RETURN(json r, TimeQuery("sqlite", name, n, fn, runs, budget_s));
    out.push_back(std::move(r));
    return Status::Ok();
  };
  SG_RETURN_IF_ERROR(add("claims_about", p.pairs.size(), [&](size_t i) {
    return q.ClaimsAbout(p.pairs[i].first, p.pairs[i].second);
  }));
  SG_RETURN_IF_ERROR(
      add("claims_by", prolific.size(), [&](size_t i) { return q.ClaimsBy(prolific[i], false); }));
  SG_RETURN_IF_ERROR(add("claims_by_content", prolific.size(),
                         [&](size_t i) { return q.ClaimsBy(prolific[i], true); }));
  SG_RETURN_IF_ERROR(add("contradictions_on", p.agents.size(), [&](size_t i) {
    return q.ContradictionsOn(p.agents[i], kContradictionLimit);
  }));
  SG_RETURN_IF_ERROR(add("contradictions_between", p.between.size(), [&](size_t i) {
    return q.ContradictionsBetween(p.between[i].first, p.between[i].second, kContradictionLimit);
  }));
  SG_RETURN_IF_ERROR(add("stance", p.pairs.size(), [&](size_t i) {
    return q.Stance(p.pairs[i].first, p.pairs[i].second);
  }));
  SG_RETURN_IF_ERROR(
      add("hop2", p.starts.size(), [&](size_t i) { return q.Neighbourhood(p.starts[i], 2); }));
  SG_RETURN_IF_ERROR(
      add("hop3", p.starts.size(), [&](size_t i) { return q.Neighbourhood(p.starts[i], 3); }));
  return Status::Ok();
}

}  // namespace

uint64_t ArticlesFor(uint64_t claims) { return std::max<uint64_t>(1, (claims * 10 + 27) / 54); }

Result<Records> RunExtract(const std::string& input, int repeat, uint64_t synthetic,
                           const CorpusOptions& corpus, int runs) {
  SG_ASSIGN_OR_RETURN(auto inputs, LoadInputs(input, repeat, synthetic, corpus));
  SG_ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Create({}));
  std::vector<double> seconds;
  size_t claims = 0;
  for (int run = 0; run < runs; ++run) {
    claims = 0;
    double t0 = NowSeconds();
    for (const auto& a : inputs) claims += extractor->Extract(a).claims.size();
    seconds.push_back(NowSeconds() - t0);
  }
  double s = Median(seconds);
  uint64_t bytes = TextBytes(inputs);
  json r = {{"metric", "extract"},
            {"engine", "stancegraph"},
            {"corpus", input.empty() ? "synthetic" : "real"},
            {"articles", inputs.size()},
            {"bytes", bytes},
            {"claims", claims},
            {"seconds", s},
            {"mb_s", bytes / s / 1e6},
            {"articles_s", inputs.size() / s}};
  return Records{r};
}

Result<Records> RunEndToEnd(const std::string& input, int repeat, uint64_t synthetic,
                            const CorpusOptions& corpus, const std::string& db, int runs) {
  SG_ASSIGN_OR_RETURN(auto inputs, LoadInputs(input, repeat, synthetic, corpus));
  SG_ASSIGN_OR_RETURN(auto extractor, ingest::Extractor::Create({}));
  std::vector<double> seconds;
  uint64_t claims = 0;
  for (int run = 0; run < runs; ++run) {
    SG_RETURN_IF_ERROR(RemoveAll(db));
    SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db));
    claims = 0;
    double t0 = NowSeconds();
    for (const auto& a : inputs) {
      graph::ArticleDraft draft = extractor->Extract(a);
      SG_ASSIGN_OR_RETURN(graph::PutResult put, store->PutArticle(draft, kNow));
      claims += put.claims;
    }
    seconds.push_back(NowSeconds() - t0);
  }
  SG_RETURN_IF_ERROR(RemoveAll(db));
  double s = Median(seconds);
  json r = {{"metric", "e2e"},
            {"engine", "stancegraph"},
            {"corpus", input.empty() ? "synthetic" : "real"},
            {"articles", inputs.size()},
            {"claims", claims},
            {"seconds", s},
            {"mb_s", TextBytes(inputs) / s / 1e6},
            {"articles_s", inputs.size() / s},
            {"claims_s", claims / s}};
  return Records{r};
}

Result<Records> RunStoreIngest(const CorpusOptions& corpus, const std::string& db,
                               const graph::StoreOptions& options) {
  uint64_t articles = ArticlesFor(corpus.claims);
  SG_ASSIGN_OR_RETURN(auto gen, MakeGenerator(corpus, articles));
  SG_RETURN_IF_ERROR(RemoveAll(db));
  SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db, options));
  double cpu0 = CpuSeconds();
  GeneratedArticle a;
  uint64_t claims = 0;
  double put_s = 0, gen_s = 0;
  json curve = json::array();
  uint64_t step = std::max<uint64_t>(1, articles / 100);
  double wall0 = NowSeconds();
  for (uint64_t i = 0; i < articles; ++i) {
    double t0 = NowSeconds();
    gen->Generate(i, /*with_text=*/false, &a);
    double t1 = NowSeconds();
    SG_ASSIGN_OR_RETURN(graph::PutResult put, store->PutArticle(a.draft, kNow));
    double t2 = NowSeconds();
    gen_s += t1 - t0;
    put_s += t2 - t1;
    claims += put.claims;
    if ((i + 1) % step == 0 || i + 1 == articles) curve.push_back({claims, put_s});
  }
  double wall = NowSeconds() - wall0;
  double cpu = CpuSeconds() - cpu0;
  SG_ASSIGN_OR_RETURN(uint64_t disk_before, store->DiskSize());
  double c0 = NowSeconds();
  SG_RETURN_IF_ERROR(store->Compact());
  double compact_s = NowSeconds() - c0;
  SG_ASSIGN_OR_RETURN(uint64_t disk_after, store->DiskSize());
  SG_ASSIGN_OR_RETURN(graph::StoreStats stats, store->GetStats());
  json r = {{"metric", "ingest"},
            {"engine", "stancegraph"},
            {"mode", "live"},
            {"articles", articles},
            {"claims", claims},
            {"put_s", put_s},
            {"generate_s", gen_s},
            {"wall_s", wall},
            {"cpu_s", cpu},
            {"cpu_us_per_claim", cpu / claims * 1e6},
            {"claims_s", claims / put_s},
            {"articles_s", articles / put_s},
            {"curve", curve},
            {"disk_before", disk_before},
            {"disk_after", disk_after},
            {"compact_s", compact_s},
            {"bytes_per_claim", static_cast<double>(disk_after) / claims},
            {"peak_rss", PeakRssBytes()},
            {"actors", stats.counts.actors},
            {"about", stats.counts.about},
            {"stance", stats.counts.stance},
            {"member_of", stats.counts.member_of}};
  std::cerr << "  ingest: " << claims << " claims, " << r["claims_s"].get<double>()
            << " claims/s, " << r["bytes_per_claim"].get<double>() << " B/claim\n";
  return Records{r};
}

Result<Records> RunParams(const std::string& db, const std::string& out, size_t k) {
  graph::StoreOptions options;
  options.read_only = true;
  SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db, options));
  SG_ASSIGN_OR_RETURN(QueryParams p, SampleParams(*store, k, 7));
  std::ofstream f(out);
  f << ParamsToJson(p) << "\n";
  if (!f) return Status::IoError("cannot write " + out);
  json r = {{"metric", "params"},
            {"engine", "stancegraph"},
            {"pairs", p.pairs.size()},
            {"prolific", p.prolific.size()},
            {"agents", p.agents.size()},
            {"between", p.between.size()},
            {"starts", p.starts.size()}};
  return Records{r};
}

Result<Records> RunStoreQueries(const std::string& db, const std::string& params_path, int runs,
                                double budget_s, bool skip_api) {
  SG_ASSIGN_OR_RETURN(QueryParams p, LoadParams(params_path));
  graph::StoreOptions options;
  options.read_only = true;
  SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db, options));
  const graph::Store& s = *store;
  std::vector<graph::ActorId> prolific = Repeat(p.prolific, 5);
  Records out;
  auto add = [&](const std::string& engine, const std::string& name, size_t n,
                 std::function<Result<size_t>(size_t)> fn) -> Status {
    SG_ASSIGN_OR_RETURN(json r, TimeQuery(engine, name, n, fn, runs, budget_s));
    out.push_back(std::move(r));
    return Status::Ok();
  };
  const std::string e = "stancegraph";
  SG_RETURN_IF_ERROR(add(e, "claims_about", p.pairs.size(), [&](size_t i) {
    return ClaimsAbout(s, p.pairs[i].first, p.pairs[i].second);
  }));
  SG_RETURN_IF_ERROR(add(e, "claims_by", prolific.size(),
                         [&](size_t i) { return ClaimsBy(s, prolific[i], false); }));
  SG_RETURN_IF_ERROR(add(e, "claims_by_content", prolific.size(),
                         [&](size_t i) { return ClaimsBy(s, prolific[i], true); }));
  SG_RETURN_IF_ERROR(add(e, "contradictions_on", p.agents.size(), [&](size_t i) {
    return ContradictionsOn(s, p.agents[i], kContradictionLimit);
  }));
  SG_RETURN_IF_ERROR(add(e, "contradictions_between", p.between.size(), [&](size_t i) {
    return ContradictionsBetween(s, p.between[i].first, p.between[i].second,
                                 kContradictionLimit);
  }));
  SG_RETURN_IF_ERROR(add(e, "stance", p.pairs.size(), [&](size_t i) {
    return Stance(s, p.pairs[i].first, p.pairs[i].second);
  }));
  // The same neighbourhoods from the stance CSR, built once from the store (its build time and
  // memory are their own record), before the per-seek path whose 3 hops may exceed the budget.
  double b0 = NowSeconds();
  SG_ASSIGN_OR_RETURN(graph::StanceCsr csr, graph::StanceCsr::Build(s));
  double build_s = NowSeconds() - b0;
  out.push_back({{"metric", "stance_csr"},
                 {"engine", e},
                 {"build_s", build_s},
                 {"actors", csr.num_actors()},
                 {"edges", csr.num_edges()},
                 {"memory_bytes", csr.MemoryBytes()}});
  const std::string ec = "stancegraph-csr";
  SG_RETURN_IF_ERROR(add(ec, "hop2", p.starts.size(), [&](size_t i) -> Result<size_t> {
    return csr.Neighbourhood(p.starts[i], 2).size();
  }));
  SG_RETURN_IF_ERROR(add(ec, "hop3", p.starts.size(), [&](size_t i) -> Result<size_t> {
    return csr.Neighbourhood(p.starts[i], 3).size();
  }));
  SG_RETURN_IF_ERROR(add(e, "hop2", p.starts.size(),
                         [&](size_t i) { return Neighbourhood(s, p.starts[i], 2); }));
  SG_RETURN_IF_ERROR(add(e, "hop3", p.starts.size(),
                         [&](size_t i) { return Neighbourhood(s, p.starts[i], 3); }));
  if (!skip_api) {
    const std::string a = "stancegraph-api";
    SG_RETURN_IF_ERROR(add(a, "claims_about", p.pairs.size(), [&](size_t i) {
      return api::ClaimsAbout(s, p.pairs[i].first, p.pairs[i].second);
    }));
    SG_RETURN_IF_ERROR(add(a, "claims_by_content", prolific.size(),
                           [&](size_t i) { return api::ClaimsBy(s, prolific[i]); }));
    SG_RETURN_IF_ERROR(add(a, "contradictions_on", p.agents.size(), [&](size_t i) {
      return api::ContradictionsOn(s, p.agents[i], kContradictionLimit);
    }));
    SG_RETURN_IF_ERROR(add(a, "contradictions_between", p.between.size(), [&](size_t i) {
      return api::ContradictionsBetween(s, p.between[i].first, p.between[i].second,
                                        kContradictionLimit);
    }));
    SG_RETURN_IF_ERROR(add(a, "stance", p.pairs.size(), [&](size_t i) {
      return api::Stance(s, p.pairs[i].first, p.pairs[i].second);
    }));
    SG_RETURN_IF_ERROR(add(a, "hop2", p.starts.size(),
                           [&](size_t i) { return api::Neighbors(s, p.starts[i], 2); }));
  }
  out.push_back({{"metric", "query_process"}, {"engine", e}, {"peak_rss", PeakRssBytes()}});
  return out;
}

Result<Records> RunSqlite(const CorpusOptions& corpus, const std::string& path,
                          const std::string& params_path, int runs, double budget_s,
                          int articles_per_transaction, bool reuse) {
  Records out;
  if (reuse) {
    if (params_path.empty()) return Status::InvalidArgument("sqlite --reuse needs --params");
    SG_ASSIGN_OR_RETURN(auto db, SqlitePeer::Open(path));
    SG_RETURN_IF_ERROR(SqliteQueries(*db, params_path, runs, budget_s, &out));
    return out;
  }
  uint64_t articles = ArticlesFor(corpus.claims);
  SG_ASSIGN_OR_RETURN(auto gen, MakeGenerator(corpus, articles));
  SG_RETURN_IF_ERROR(RemoveAll(path));
  SG_ASSIGN_OR_RETURN(auto db, SqlitePeer::Create(path));
  db->SetArticlesPerTransaction(articles_per_transaction);
  // A bulk load gets a 3 GiB page cache while loading (with 80 MiB, random inserts into five
  // indexes had slowed a 10^7 load to ~2,600 claims/s within its first 400,000 claims); the
  // queries run with 80 MiB, as in the live comparison.
  constexpr int64_t kQueryCacheKiB = 80 << 10, kBulkCacheKiB = 3 << 20;
  if (articles_per_transaction > 1) SG_RETURN_IF_ERROR(db->SetCacheKiB(kBulkCacheKiB));
  GeneratedArticle a;
  uint64_t claims = 0;
  double put_s = 0;
  json curve = json::array();
  uint64_t step = std::max<uint64_t>(1, articles / 100);
  for (uint64_t i = 0; i < articles; ++i) {
    gen->Generate(i, /*with_text=*/false, &a);
    double t0 = NowSeconds();
    SG_ASSIGN_OR_RETURN(size_t n, db->PutArticle(a, kNow));
    put_s += NowSeconds() - t0;
    claims += n;
    if ((i + 1) % step == 0 || i + 1 == articles) curve.push_back({claims, put_s});
  }
  double t0 = NowSeconds();
  SG_RETURN_IF_ERROR(db->Checkpoint());
  // A bulk load's last transaction is committed by the checkpoint: count it as loading.
  if (articles_per_transaction > 1) {
    put_s += NowSeconds() - t0;
    SG_RETURN_IF_ERROR(db->SetCacheKiB(kQueryCacheKiB));
  }
  uint64_t disk = DiskBytes(path) + DiskBytes(path + "-wal");
  out.push_back({{"metric", "ingest"},
                 {"engine", "sqlite"},
                 {"mode", articles_per_transaction > 1 ? "bulk" : "live"},
                 {"articles_per_transaction", articles_per_transaction},
                 {"articles", articles},
                 {"claims", claims},
                 {"put_s", put_s},
                 {"claims_s", claims / put_s},
                 {"articles_s", articles / put_s},
                 {"curve", curve},
                 {"disk_after", disk},
                 {"bytes_per_claim", static_cast<double>(disk) / claims},
                 {"peak_rss", PeakRssBytes()}});
  std::cerr << "  sqlite ingest: " << claims << " claims, " << claims / put_s << " claims/s, "
            << static_cast<double>(disk) / claims << " B/claim\n";
  if (params_path.empty()) return out;
  SG_RETURN_IF_ERROR(SqliteQueries(*db, params_path, runs, budget_s, &out));
  return out;
}

Result<Records> RunKuzuCsv(const CorpusOptions& corpus, const std::string& dir) {
  uint64_t articles = ArticlesFor(corpus.claims);
  SG_ASSIGN_OR_RETURN(auto gen, MakeGenerator(corpus, articles));
  SG_RETURN_IF_ERROR(RemoveAll(dir));
  double t0 = NowSeconds();
  SG_ASSIGN_OR_RETURN(CsvStats s, WriteKuzuCsv(*gen, articles, dir));
  json r = {{"metric", "csv"},       {"engine", "kuzu"},     {"claims", s.claims},
            {"actors", s.actors},    {"about", s.about},     {"stance", s.stance},
            {"bytes", s.bytes},      {"seconds", NowSeconds() - t0}};
  return Records{r};
}

Result<Records> RunCsr(const std::string& db) {
  graph::StoreOptions options;
  options.read_only = true;
  SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db, options));
  uint64_t rss0 = CurrentRssBytes();
  double t0 = NowSeconds();
  SG_ASSIGN_OR_RETURN(graph::CsrView view, graph::CsrView::Build(*store));
  double build_s = NowSeconds() - t0;
  uint64_t rss1 = CurrentRssBytes();
  // Breadth-first search over the whole graph from the first actors with an out-edge.
  const graph::CsrGraph& g = view.graph();
  struct Counter : boost::default_bfs_visitor {
    uint64_t* edges;
    void examine_edge(boost::graph_traits<graph::CsrGraph>::edge_descriptor,
                      const graph::CsrGraph&) const {
      ++*edges;
    }
  };
  std::vector<double> rates;
  std::vector<boost::default_color_type> color(view.num_vertices());
  int searches = 0;
  for (graph::CsrVertex v = 0; v < view.num_actors() && searches < 3; ++v) {
    if (boost::out_degree(v, g) == 0) continue;
    std::fill(color.begin(), color.end(), boost::white_color);
    uint64_t edges = 0;
    Counter vis;
    vis.edges = &edges;
    double b0 = NowSeconds();
    boost::breadth_first_search(g, v, boost::visitor(vis).color_map(color.data()));
    double secs = NowSeconds() - b0;
    if (edges > 0 && secs > 0) rates.push_back(edges / secs);
    ++searches;
  }
  json r = {{"metric", "csr"},
            {"engine", "stancegraph"},
            {"vertices", view.num_vertices()},
            {"edges", view.num_edges()},
            {"build_s", build_s},
            {"edges_s", view.num_edges() / build_s},
            {"memory_bytes", view.MemoryBytes()},
            {"bytes_per_edge", static_cast<double>(view.MemoryBytes()) /
                                   std::max<size_t>(1, view.num_edges())},
            {"rss_delta", rss1 > rss0 ? rss1 - rss0 : 0},
            {"peak_rss", PeakRssBytes()},
            {"bfs_edges_s", Median(rates)}};
  return Records{r};
}

Result<Records> RunExport(const std::string& db, int runs) {
  graph::StoreOptions options;
  options.read_only = true;
  SG_ASSIGN_OR_RETURN(auto store, graph::Store::Open(db, options));
  SG_ASSIGN_OR_RETURN(graph::StoreStats stats, store->GetStats());
  std::vector<double> seconds;
  uint64_t bytes = 0, nodes = 0, edges = 0;
  for (int run = 0; run < runs; ++run) {
    std::vector<std::unique_ptr<CountingBuf>> bufs;
    std::vector<std::unique_ptr<std::ostream>> streams;
    query::FileOpener open = [&](const std::string&) -> Result<std::ostream*> {
      bufs.push_back(std::make_unique<CountingBuf>());
      streams.push_back(std::make_unique<std::ostream>(bufs.back().get()));
      return streams.back().get();
    };
    double t0 = NowSeconds();
    SG_ASSIGN_OR_RETURN(query::ExportStats s, query::ExportNeo4j(*store, {}, open));
    seconds.push_back(NowSeconds() - t0);
    bytes = 0;
    for (const auto& b : bufs) bytes += b->bytes();
    nodes = s.nodes;
    edges = s.edges;
  }
  double s = Median(seconds);
  json r = {{"metric", "export"},
            {"engine", "stancegraph"},
            {"format", "neo4j"},
            {"claims", stats.counts.claims},
            {"nodes", nodes},
            {"edges", edges},
            {"bytes", bytes},
            {"seconds", s},
            {"claims_s", stats.counts.claims / s},
            {"mb_s", bytes / s / 1e6},
            {"peak_rss", PeakRssBytes()}};
  return Records{r};
}

}  // namespace sg::bench
