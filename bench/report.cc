#include "bench/report.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>

namespace sg::bench {
namespace {

using nlohmann::json;

struct Query {
  const char* key;
  const char* label;
  double target_p99_us;  // at 10^7 claims; 0: no latency target
};

// The table's query rows, in order.
constexpr Query kQueries[] = {
    {"claims_about", "claims by X about Y (summaries)", 100},
    {"claims_by", "all claims by a prolific speaker (summaries)", 2000},
    {"claims_by_content", "all claims by a prolific speaker (with content)", 0},
    {"contradictions_on", "contradictions on a target (<= 100 pairs)", 1000},
    {"contradictions_between", "contradictions between two actors (<= 100 pairs)", 0},
    {"stance", "stance A -> B", 0},
    {"hop2", "2-hop neighbourhood (STANCE edges)", 5000},
    {"hop3", "3-hop neighbourhood (STANCE edges)", 30000},
};

std::string Num(double v, int decimals = 0) {
  if (std::isnan(v)) return "—";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  // Thousands separators in the integer part.
  size_t dot = s.find('.');
  size_t end = dot == std::string::npos ? s.size() : dot;
  size_t begin = s[0] == '-' ? 1 : 0;
  for (int i = static_cast<int>(end) - 3; i > static_cast<int>(begin); i -= 3) s.insert(i, ",");
  return s;
}

std::string Micros(double us) {
  if (us >= 10000) return Num(us / 1000, 1) + " ms";
  if (us >= 1000) return Num(us / 1000, 2) + " ms";
  if (us >= 100) return Num(us, 0) + " us";
  return Num(us, 1) + " us";
}

std::string Bytes(double b) {
  if (b >= 1 << 30) return Num(b / (1 << 30), 2) + " GiB";
  if (b >= 1 << 20) return Num(b / (1 << 20), 0) + " MiB";
  return Num(b / 1024, 0) + " KiB";
}

std::string Ratio(double r) {
  if (std::isnan(r) || std::isinf(r) || r <= 0) return "—";
  return Num(r, r >= 10 ? 0 : 1) + "×";
}

double ScaleValue(const std::string& label) {
  try {
    return std::stod(label);
  } catch (...) {
    return 0;
  }
}

class Table {
 public:
  explicit Table(std::ostream& out) : out_(out) {
    out_ << "| measure | scale | stancegraph | SQLite | stancegraph vs SQLite | Kùzu | target | "
            "holds |\n|---|---|---|---|---|---|---|---|\n";
  }
  void Row(const std::string& measure, const std::string& scale, const std::string& sg,
           const std::string& sqlite, const std::string& ratio, const std::string& kuzu,
           const std::string& target, const std::string& holds) {
    out_ << "| " << measure << " | " << scale << " | " << sg << " | " << sqlite << " | " << ratio
         << " | " << kuzu << " | " << target << " | " << holds << " |\n";
  }

 private:
  std::ostream& out_;
};

std::string Holds(std::optional<bool> ok) { return !ok ? "" : *ok ? "yes" : "**no**"; }

// Claims/s over the part of an ingest curve from `from` to `to` claims.
double WindowRate(const json& curve, double from, double to) {
  double c0 = 0, s0 = 0, c1 = 0, s1 = 0;
  for (const auto& p : curve) {
    double c = p[0].get<double>(), s = p[1].get<double>();
    if (c <= from) {
      c0 = c;
      s0 = s;
    }
    if (c <= to) {
      c1 = c;
      s1 = s;
    }
  }
  return s1 > s0 ? (c1 - c0) / (s1 - s0) : NAN;
}

}  // namespace

Status PrintTable(const std::vector<std::string>& files, bool check, std::ostream& out) {
  std::vector<json> records;
  for (const std::string& f : files) {
    std::ifstream in(f);
    if (!in) return Status::NotFound("cannot read " + f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      try {
        records.push_back(json::parse(line));
      } catch (const std::exception& e) {
        return Status::InvalidArgument(f + ": " + e.what());
      }
    }
  }
  std::vector<std::string> problems;
  auto find = [&](const std::string& metric, const std::string& engine, const std::string& scale,
                  const std::string& query = "") -> const json* {
    for (const json& r : records) {
      if (r.value("metric", "") == metric && r.value("engine", "") == engine &&
          r.value("scale", "") == scale && (query.empty() || r.value("query", "") == query)) {
        return &r;
      }
    }
    return nullptr;
  };
  auto num = [](const json* r, const char* field) {
    return r != nullptr && r->contains(field) ? (*r)[field].get<double>() : NAN;
  };

  Table t(out);
  // Scale-independent rows: extraction and end-to-end ingest.
  for (const json& r : records) {
    std::string metric = r.value("metric", "");
    if (metric == "extract") {
      double mb = r["mb_s"].get<double>();
      t.Row("extraction, " + r["corpus"].get<std::string>() + " text (1 core)", "—",
            Num(mb, 1) + " MB/s, " + Num(r["articles_s"].get<double>()) + " articles/s", "", "",
            "", ">= 20 MB/s", Holds(mb >= 20));
      if (r["claims"].get<double>() <= 0 || mb <= 0) problems.push_back("extraction found nothing");
    } else if (metric == "e2e") {
      double as = r["articles_s"].get<double>();
      t.Row("ingest end to end, " + r["corpus"].get<std::string>() + " text", "—",
            Num(as) + " articles/s, " + Num(r["claims_s"].get<double>()) + " claims/s", "", "",
            "", ">= 2,000 articles/s", Holds(as >= 2000));
      if (r["claims"].get<double>() <= 0) problems.push_back("end-to-end ingest stored no claim");
    }
  }

  std::vector<std::string> scales;
  for (const json& r : records) {
    if (!r.contains("scale")) continue;
    std::string s = r["scale"].get<std::string>();
    if (std::find(scales.begin(), scales.end(), s) == scales.end()) scales.push_back(s);
  }
  std::sort(scales.begin(), scales.end(),
            [](const std::string& a, const std::string& b) { return ScaleValue(a) < ScaleValue(b); });

  for (const std::string& scale : scales) {
    bool largest = scale == scales.back() && ScaleValue(scale) >= 1e7;
    const json* sg = find("ingest", "stancegraph", scale);
    const json* sq = find("ingest", "sqlite", scale);
    const json* kz = find("ingest", "kuzu", scale);
    if (sg != nullptr) {
      double claims = num(sg, "claims");
      std::string sc = scale + " (" + Num(claims) + " claims)";
      double rate = num(sg, "claims_s"), srate = num(sq, "claims_s");
      // A bulk-loaded SQLite (several articles a transaction) is not the live comparison: its
      // rates are shown, marked, without a ratio.
      bool bulk = sq != nullptr && sq->value("mode", "live") != "live";
      std::string mark =
          bulk ? " (bulk: " + Num(num(sq, "articles_per_transaction")) + " articles/txn)" : "";
      auto ratio = [&](double r) { return bulk ? std::string("—") : Ratio(r); };
      t.Row("store ingest, claims/s (WAL on, 1 batch/article)", sc, Num(rate), Num(srate) + mark,
            ratio(rate / srate), kz ? Num(num(kz, "claims_s")) + " (COPY)" : "",
            ">= 40,000", Holds(rate >= 40000));
      double last = WindowRate((*sg)["curve"], 0.9 * claims, claims);
      double slast = sq ? WindowRate((*sq)["curve"], 0.9 * claims, claims) : NAN;
      t.Row("store ingest, claims/s over the last 10%", sc, Num(last), Num(slast) + mark,
            ratio(last / slast), "", ">= 40,000", Holds(last >= 40000));
      t.Row("store ingest, articles/s", sc, Num(num(sg, "articles_s")),
            Num(num(sq, "articles_s")) + mark,
            ratio(num(sg, "articles_s") / num(sq, "articles_s")), "", "", "");
      double bpc = num(sg, "bytes_per_claim"), sbpc = num(sq, "bytes_per_claim");
      t.Row("bytes on disk per claim (all indexes; after compaction)", sc,
            Num(bpc, 0) + " (" + Num(num(sg, "disk_before") / claims, 0) + " before)",
            Num(sbpc, 0), Ratio(sbpc / bpc), kz ? Num(num(kz, "bytes_per_claim"), 0) : "",
            "<= 150", Holds(bpc <= 150));
      double rss = num(sg, "peak_rss");
      t.Row("peak RSS while ingesting", sc, Bytes(rss), Bytes(num(sq, "peak_rss")), "",
            kz ? Bytes(num(kz, "peak_rss")) : "", largest ? "<= 1 GiB" : "",
            largest ? Holds(rss <= double(1 << 30)) : "");
      t.Row("store ingest, CPU per claim (all threads: generator, writer, flushes, compactions)",
            sc, Num(num(sg, "cpu_us_per_claim"), 1) + " us", "", "", "", "", "");
      t.Row("final compaction", sc, Num(num(sg, "compact_s"), 1) + " s", "", "", "", "", "");
      if (const json* l = find("load", "machine", scale)) {
        t.Row("machine load average (1, 5, 15 min) when the scale started", sc,
              l->value("load", ""), "", "", "", "", "");
      }
      if (claims <= 0) problems.push_back("store ingest stored no claim at " + scale);
      if (sq != nullptr && num(sq, "claims") != claims) {
        problems.push_back("SQLite holds another number of claims at " + scale);
      }
    }
    for (const Query& q : kQueries) {
      const json* a = find("query", "stancegraph", scale, q.key);
      const json* b = find("query", "sqlite", scale, q.key);
      const json* c = find("query", "kuzu", scale, q.key);
      if (a == nullptr && b == nullptr && c == nullptr) continue;
      auto cell = [&](const json* r) -> std::string {
        if (r == nullptr) return "";
        if (r->contains("skipped")) return "skipped: " + (*r)["skipped"].get<std::string>();
        return Micros(num(r, "p50_us")) + " / " + Micros(num(r, "p99_us")) + " (" +
               Num(num(r, "rows"), num(r, "rows") < 10 ? 1 : 0) + " rows)";
      };
      auto answered = [](const json* r) { return r != nullptr && !r->contains("skipped"); };
      // Whether two engines' answers differ in their number of rows.
      auto differ = [&](const json* x, const json* y) {
        return answered(x) && answered(y) &&
               std::abs(num(x, "rows") - num(y, "rows")) > 1e-6 * std::max(1.0, num(x, "rows"));
      };
      // The thread's CPU time per question (recorded since the CPU clock was added).
      auto cpu_cell = [&](const json* r) -> std::string {
        if (!answered(r) || !r->contains("cpu_p99_us")) return "";
        return Micros(num(r, "cpu_p50_us")) + " / " + Micros(num(r, "cpu_p99_us"));
      };
      std::string target = "p99 >= SQLite's";
      if (q.target_p99_us > 0 && largest) {
        target = "p99 <= " + Micros(q.target_p99_us) + ", " + target;
      }
      // The wall-clock and CPU rows of one stancegraph path `x` against SQLite, with its verdict.
      auto rows = [&](const json* x, const std::string& path, const std::string& name) {
        double ratio = num(b, "p99_us") / num(x, "p99_us");
        std::optional<bool> holds;
        if (answered(x) && answered(b)) holds = ratio >= 1;
        if (q.target_p99_us > 0 && largest && answered(x)) {
          holds = holds.value_or(true) && num(x, "p99_us") <= q.target_p99_us;
        }
        t.Row(std::string(q.label) + path + ", p50 / p99", scale, cell(x), cell(b), Ratio(ratio),
              cell(c), target, Holds(holds));
        if (!cpu_cell(x).empty() || !cpu_cell(b).empty()) {
          t.Row(std::string(q.label) + path + ", CPU time p50 / p99", scale, cpu_cell(x),
                cpu_cell(b), Ratio(num(b, "cpu_p99_us") / num(x, "cpu_p99_us")), "", "", "");
        }
        if (differ(x, b)) {
          problems.push_back(std::string(q.key) + ": " + name + " and SQLite answer different " +
                             "rows at " + scale);
        }
      };
      rows(a, "", "stancegraph");
      // The neighbourhoods again, from the stance CSR snapshot (same questions, same SQLite).
      if (const json* g = find("query", "stancegraph-csr", scale, q.key)) {
        rows(g, " from the stance CSR snapshot", "the stance CSR");
        if (differ(a, g)) {
          problems.push_back(std::string(q.key) + ": the stance CSR and the store answer " +
                             "different rows at " + scale);
        }
      }
      if (answered(a) && num(a, "queries") <= 0) {
        problems.push_back(std::string("no ") + q.key + " queries at " + scale);
      }
    }
    for (const Query& q : kQueries) {
      const json* a = find("query", "stancegraph-api", scale, q.key);
      if (a == nullptr) continue;
      std::string cell = a->contains("skipped")
                             ? "skipped: " + (*a)["skipped"].get<std::string>()
                             : Micros(num(a, "p50_us")) + " / " + Micros(num(a, "p99_us")) + " (" +
                                   Num(num(a, "rows"), 1) + " rows)";
      t.Row(std::string(q.label) + " through the query engine (answers with evidence)", scale,
            cell, "", "", "", "", "");
    }
    if (const json* r = find("csr", "stancegraph", scale)) {
      t.Row("Boost CSR view of the whole graph: build", scale,
            Num(num(r, "build_s"), 2) + " s (" + Num(num(r, "edges_s") / 1e6, 1) + "M edges/s)",
            "", "", "", "", "");
      t.Row("Boost CSR view: memory", scale,
            Bytes(num(r, "memory_bytes")) + ", " + Num(num(r, "bytes_per_edge"), 1) +
                " B/edge with id maps (" + Num(num(r, "edges")) + " edges)",
            "", "", "", "", "");
      t.Row("Boost CSR view: breadth-first search", scale,
            Num(num(r, "bfs_edges_s") / 1e6, 0) + "M edges/s", "", "", "", "", "");
      if (num(r, "edges") <= 0) problems.push_back("the CSR view has no edge at " + scale);
    }
    if (const json* r = find("stance_csr", "stancegraph", scale)) {
      t.Row("stance CSR snapshot (actors and STANCE edges only): build, memory", scale,
            Num(num(r, "build_s"), 2) + " s, " + Bytes(num(r, "memory_bytes")) + " (" +
                Num(num(r, "edges")) + " edges, " + Num(num(r, "actors")) + " actors)",
            "", "", "", "", "");
    }
    if (const json* r = find("export", "stancegraph", scale)) {
      t.Row("export, Neo4j import CSV", scale,
            Num(num(r, "claims_s")) + " claims/s, " + Num(num(r, "mb_s"), 0) + " MB/s", "", "",
            "", "", "");
      if (num(r, "edges") <= 0) problems.push_back("the export wrote no edge at " + scale);
    }
  }

  // Growth from the smallest to the largest scale.
  if (scales.size() >= 2) {
    const std::string& lo = scales.front();
    const std::string& hi = scales.back();
    out << "\nGrowth from " << lo << " to " << hi << " claims:\n\n";
    const json* a = find("ingest", "stancegraph", lo);
    const json* b = find("ingest", "stancegraph", hi);
    if (a && b) {
      double drop = num(a, "claims_s") / num(b, "claims_s");
      out << "- store ingest rate drops " << Num(drop, 2) << "× (target <= 2×): "
          << Holds(drop <= 2) << "\n";
    }
    for (const char* key : {"claims_about", "stance", "contradictions_on"}) {
      const json* x = find("query", "stancegraph", lo, key);
      const json* y = find("query", "stancegraph", hi, key);
      if (!x || !y || x->contains("skipped") || y->contains("skipped")) continue;
      double growth = num(y, "p99_us") / num(x, "p99_us");
      out << "- " << key << " p99 grows " << Num(growth, 2) << "× (target <= 3×): "
          << Holds(growth <= 3) << "\n";
    }
  }

  if (check) {
    bool have_ingest = false, have_query = false;
    for (const json& r : records) {
      have_ingest |= r.value("metric", "") == "ingest" && r.value("engine", "") == "stancegraph";
      have_query |= r.value("metric", "") == "query" && r.value("engine", "") == "stancegraph";
    }
    if (!have_ingest) problems.push_back("no store ingest record");
    if (!have_query) problems.push_back("no store query record");
    if (!problems.empty()) {
      std::string m = "benchmark records are not sane:";
      for (const std::string& p : problems) m += "\n  " + p;
      return Status::FailedPrecondition(m);
    }
  } else if (!problems.empty()) {
    out << "\nWarnings:\n";
    for (const std::string& p : problems) out << "- " << p << "\n";
  }
  return Status::Ok();
}

}  // namespace sg::bench
