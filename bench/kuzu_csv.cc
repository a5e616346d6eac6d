#include "bench/kuzu_csv.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "bench/stats.h"
#include "graph/names.h"

namespace sg::bench {
namespace {

void Quoted(std::ostream& out, std::string_view s) {
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << (c == '\n' || c == '\r' ? ' ' : c);
  }
  out << '"';
}

struct PairHash {
  size_t operator()(const std::pair<uint64_t, uint64_t>& p) const {
    return std::hash<uint64_t>()(p.first * 0x9e3779b97f4a7c15ULL ^ p.second);
  }
};

struct StanceSum {
  int64_t sum = 0;
  int64_t count = 0;
};

}  // namespace

Result<CsvStats> WriteKuzuCsv(const Generator& generator, uint64_t articles,
                              const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create " + dir + ": " + ec.message());
  std::ofstream actors(dir + "/actors.csv"), claims(dir + "/claims.csv"),
      said(dir + "/said.csv"), about(dir + "/about.csv"), stance(dir + "/stance.csv");
  if (!actors || !claims || !said || !about || !stance) {
    return Status::IoError("cannot write the CSV files in " + dir);
  }
  actors << "id,name,kind\n";
  claims << "id,date,cue,polarity,form,content\n";
  said << "actor,claim\n";
  about << "claim,actor,stance\n";
  stance << "src,dst,sum,count\n";

  CsvStats stats;
  std::unordered_set<uint64_t> seen_actors;
  std::unordered_map<std::pair<uint64_t, uint64_t>, StanceSum, PairHash> pairs;
  GeneratedArticle a;
  int64_t claim_id = 0;
  for (uint64_t i = 0; i < articles; ++i) {
    generator.Generate(i, /*with_text=*/false, &a);
    const graph::ArticleDraft& d = a.draft;
    std::vector<uint64_t> ids(d.actors.size());
    for (size_t m = 0; m < d.actors.size(); ++m) {
      ids[m] = graph::ActorIdForName(d.actors[m].name).value;
      if (seen_actors.insert(ids[m]).second) {
        actors << static_cast<int64_t>(ids[m]) << ',';
        Quoted(actors, d.actors[m].name);
        actors << ',' << static_cast<int>(d.actors[m].kind) << '\n';
        ++stats.actors;
      }
    }
    for (const graph::ClaimDraft& c : d.claims) {
      ++claim_id;
      claims << claim_id << ',' << d.date.yyyymmdd << ',';
      Quoted(claims, c.cue);
      claims << ',' << static_cast<int>(c.polarity) << ',' << static_cast<int>(c.form) << ',';
      Quoted(claims, c.content);
      claims << '\n';
      uint64_t speaker = ids[c.speaker];
      said << static_cast<int64_t>(speaker) << ',' << claim_id << '\n';
      std::set<uint64_t> targets;
      for (const graph::TargetDraft& t : c.targets) {
        if (!targets.insert(ids[t.actor]).second) continue;
        about << claim_id << ',' << static_cast<int64_t>(ids[t.actor]) << ','
              << static_cast<int>(t.stance) << '\n';
        ++stats.about;
        StanceSum& s = pairs[{speaker, ids[t.actor]}];
        s.sum += t.stance;
        s.count += 1;
      }
      ++stats.claims;
    }
  }
  for (const auto& [pair, s] : pairs) {
    stance << static_cast<int64_t>(pair.first) << ',' << static_cast<int64_t>(pair.second) << ','
           << s.sum << ',' << s.count << '\n';
  }
  stats.stance = pairs.size();
  for (auto* f : {&actors, &claims, &said, &about, &stance}) {
    f->close();
    if (!*f) return Status::IoError("writing the CSV files in " + dir + " failed");
  }
  stats.bytes = DiskBytes(dir);
  return stats;
}

}  // namespace sg::bench
