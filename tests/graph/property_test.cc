// Randomised property test of incremental updates: any sequence of put / replace / re-put /
// retract leaves exactly the database that a from-scratch build of the final set of articles
// writes (record by record), and every state on the way passes CheckStore.
//
// Reproducible: sequence i uses seed kBaseSeed + i (the slow case kBaseSeed + 1000 + i).
// SG_PROPERTY_SEED=N runs only seed N in each case (to replay a failure);
// SG_PROPERTY_SEQUENCES=N changes how many sequences the default case runs.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <random>
#include <set>

#include "graph/check.h"
#include "graph/names.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::Dump;
using testing::TempDir;
constexpr int64_t kNow = 1700000000;
constexpr uint32_t kBaseSeed = 20220118;

struct ActorSpec {
  const char* name;
  ActorKind kind;
  std::vector<std::string> aliases;
};

// Shared actors with shared aliases ("Washington", "the Kremlin" name two actors each). Mentions
// always use the full canonical name, and no alias equals a canonical name: surname-only
// resolution depends on ingest order (docs/storage-format.md), full names do not.
const std::vector<ActorSpec>& Pool() {
  static const std::vector<ActorSpec> pool = {
      {"United States", ActorKind::kCountry, {"U.S.", "Washington", "America"}},
      {"Russia", ActorKind::kCountry, {"Moscow", "the Kremlin"}},
      {"Ukraine", ActorKind::kCountry, {"Kyiv", "Kiev"}},
      {"European Union", ActorKind::kOrganization, {"EU", "Brussels"}},
      {"NATO", ActorKind::kOrganization, {"the alliance"}},
      {"White House", ActorKind::kOrganization, {"Washington"}},
      {"Kremlin Press Office", ActorKind::kOrganization, {"the Kremlin"}},
      {"Jen Psaki", ActorKind::kPerson, {"Psaki"}},
      {"Antony Blinken", ActorKind::kPerson, {"Blinken", "Tony Blinken"}},
      {"Sergey Lavrov", ActorKind::kPerson, {"Lavrov"}},
      {"Dmitry Peskov", ActorKind::kPerson, {"Peskov"}},
      {"Volodymyr Zelensky", ActorKind::kPerson, {"Zelensky", "Zelenskyy"}},
      {"Jens Stoltenberg", ActorKind::kPerson, {"Stoltenberg"}},
      {"Josep Borrell", ActorKind::kPerson, {"Borrell"}},
      {"critics", ActorKind::kGroup, {}},
      {"a senior official", ActorKind::kAnonymous, {"officials"}},
  };
  return pool;
}

// Article `key` in version `version`: the same (key, version) always gives the same draft.
ArticleDraft Generate(const std::string& key, uint32_t version) {
  std::mt19937 rng(static_cast<uint32_t>(Hash64(key + "#" + std::to_string(version))));
  auto pick = [&](size_t n) {
    return static_cast<int>(std::uniform_int_distribution<size_t>(0, n - 1)(rng));
  };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  ArticleDraft d;
  d.key = key;
  d.url = "https://example.org/" + key;
  d.title = key + " v" + std::to_string(version);
  d.outlet = chance(0.5) ? "VOA" : "Reuters";
  d.date = chance(0.15) ? Date{} : Date{20220110 + static_cast<uint32_t>(pick(10))};
  d.content_hash = Hash64(key + "/" + std::to_string(version));
  const auto& pool = Pool();
  std::vector<int> chosen;
  int mentions = 2 + pick(5);
  for (int i = 0; i < mentions; ++i) {
    int spec = pick(pool.size());
    if (std::count(chosen.begin(), chosen.end(), spec) && !chance(0.2)) continue;
    chosen.push_back(spec);
    ActorMention m;
    m.name = pool[spec].name;
    m.kind = chance(0.8) ? pool[spec].kind : static_cast<ActorKind>(pick(kActorKindCount));
    for (const std::string& alias : pool[spec].aliases) {
      if (chance(0.5)) m.aliases.push_back(alias);
    }
    d.actors.push_back(std::move(m));
  }
  const int n = static_cast<int>(d.actors.size());
  static const char* kRoles[] = {"", "press secretary", "foreign minister", "spokesman"};
  for (int i = 0; i < n; ++i) {
    if (n > 1 && chance(0.4)) {
      int g = pick(n);
      if (g != i) {
        d.actors[i].group = g;
        d.actors[i].role = kRoles[pick(4)];
      }
    }
  }
  static const char* kCues[] = {"say", "warn", "deny", "accuse", "according to"};
  static const char* kPredicates[] = {"attack", "sanction", "negotiate", "invade"};
  int claims = pick(6);
  for (int c = 0; c < claims; ++c) {
    ClaimDraft cl;
    cl.speaker = pick(n);
    if (chance(0.15)) cl.source = pick(n);
    cl.cue = chance(0.02) ? std::string(300, 'x') : kCues[pick(5)];  // summaries keep 255 bytes
    cl.form = static_cast<ClaimForm>(pick(4));
    cl.polarity = static_cast<int8_t>(pick(3) - 1);
    cl.modality = static_cast<Modality>(pick(4));
    int targets = pick(4);
    for (int t = 0; t < targets; ++t) {
      cl.targets.push_back(TargetDraft{pick(n), static_cast<int8_t>(pick(3) - 1)});
    }
    cl.content = "claim " + std::to_string(c) + " of " + d.title;
    cl.start = static_cast<uint32_t>(c * 100);
    cl.end = cl.start + 50;
    if (chance(0.5)) {
      cl.proposition.predicate = kPredicates[pick(4)];
      cl.proposition.agent = chance(0.85) ? pick(n) : -1;
      cl.proposition.patient = chance(0.6) ? pick(n) : -1;
      cl.proposition.negated = chance(0.3);
    }
    cl.rule = "property";
    d.claims.push_back(std::move(cl));
  }
  return d;
}

std::unique_ptr<Store> MustOpen(const std::string& path) {
  auto store = Store::Open(path);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

// The problems CheckStore finds, one per line ("" when none).
std::string Problems(const Store& store) {
  std::string out;
  CheckSummary s = CheckStore(store, [&](const CheckProblem& p) {
    out += std::string(ToString(p.family)) + " " + HexKey(p.key) + ": " + p.message + "\n";
  });
  if (s.problems > 0 && out.empty()) out = "problems without messages";
  return out;
}

uint32_t EnvOr(const char* name, uint32_t fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? static_cast<uint32_t>(std::strtoul(v, nullptr, 10))
                                    : fallback;
}

// Runs one random sequence of `ops` operations over `keys` article keys, then compares with a
// from-scratch build of the articles left.
void RunSequence(uint32_t seed, int ops, int keys, const TempDir& dir) {
  INFO("seed " << seed << " (replay with SG_PROPERTY_SEED=" << seed << ")");
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  std::string name = std::to_string(seed);
  auto store = MustOpen(dir.path("inc" + name));
  std::map<std::string, uint32_t> live;  // stored key -> version
  uint32_t next_version = 1;
  for (int op = 0; op < ops; ++op) {
    std::string key = "article-" + std::to_string(pick(keys));
    auto stored = live.find(key);
    int kind = pick(8);
    INFO("op " << op << " kind " << kind << " on " << key);
    if (pick(16) == 0) {  // reopen: what the writer keeps in memory must agree with the disk
      store.reset();
      store = MustOpen(dir.path("inc" + name));
    }
    if (kind < 5) {  // put: new, replacement, or unchanged re-put
      bool same = stored != live.end() && kind == 0;
      uint32_t version = same ? stored->second : next_version++;
      Result<PutResult> put = store->PutArticle(Generate(key, version), kNow);
      INFO(put.status().ToString());
      REQUIRE(put.ok());
      PutOutcome expected = stored == live.end() ? PutOutcome::kNew
                            : same               ? PutOutcome::kUnchanged
                                                 : PutOutcome::kReplaced;
      CHECK(put->outcome == expected);
      live[key] = version;
    } else {  // retract, sometimes of an absent article
      Result<bool> gone = store->RetractArticle(key);
      REQUIRE(gone.ok());
      CHECK(*gone == (stored != live.end()));
      live.erase(key);
    }
    REQUIRE(Problems(*store) == "");
  }
  // From scratch, in another order.
  std::vector<std::pair<std::string, uint32_t>> final_set(live.begin(), live.end());
  std::shuffle(final_set.begin(), final_set.end(), rng);
  auto scratch = MustOpen(dir.path("scratch" + name));
  for (const auto& [key, version] : final_set) {
    REQUIRE(scratch->PutArticle(Generate(key, version), kNow).ok());
  }
  CHECK(Problems(*scratch) == "");
  auto inc = Dump(*store), ref = Dump(*scratch);
  for (const auto& [family, rows] : ref) {
    INFO("family " << family);
    REQUIRE(inc[family].size() == rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      INFO("key " << HexKey(rows[i].first));
      REQUIRE(HexKey(inc[family][i].first) == HexKey(rows[i].first));
      REQUIRE(HexKey(inc[family][i].second) == HexKey(rows[i].second));
    }
  }
  CHECK(inc == ref);
}

TEST_CASE("the pool never lets a mention name resolve through another actor's alias",
          "[property]") {
  std::set<std::string> names, aliases;
  for (const ActorSpec& a : Pool()) names.insert(NormalizeName(a.name));
  for (const ActorSpec& a : Pool()) {
    for (const std::string& alias : a.aliases) {
      INFO(alias);
      CHECK_FALSE(names.count(NormalizeName(alias)));
    }
  }
  CHECK(names.size() == Pool().size());
  // Generation is a function of (key, version).
  CHECK(Generate("k", 3).claims.size() == Generate("k", 3).claims.size());
  CHECK(Generate("k", 3).content_hash != Generate("k", 4).content_hash);
}

// Seeds first .. first + count - 1, or only $SG_PROPERTY_SEED when set.
std::vector<uint32_t> Seeds(uint32_t first, uint32_t count) {
  if (uint32_t only = EnvOr("SG_PROPERTY_SEED", 0); only != 0) return {only};
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < count; ++i) out.push_back(first + i);
  return out;
}

TEST_CASE("any sequence of put, replace and retract equals a from-scratch build", "[property]") {
  TempDir dir;
  for (uint32_t seed : Seeds(kBaseSeed, EnvOr("SG_PROPERTY_SEQUENCES", 60))) {
    RunSequence(seed, 40, 8, dir);
  }
}

TEST_CASE("long sequences over many articles equal a from-scratch build", "[property][.slow]") {
  TempDir dir;
  for (uint32_t seed : Seeds(kBaseSeed + 1000, 20)) RunSequence(seed, 400, 40, dir);
}

}  // namespace
}  // namespace sg::graph
