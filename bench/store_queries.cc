#include "bench/store_queries.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "bench/rng.h"
#include "graph/codec.h"
#include "graph/keys.h"

namespace sg::bench {
namespace {

using graph::ActorId;
using graph::ClaimId;
using graph::Family;
namespace keys = graph::keys;

// Algorithm R: keeps a uniform sample of `k` of the items offered.
template <typename T>
class Reservoir {
 public:
  Reservoir(size_t k, uint64_t seed) : k_(k), rng_(seed) {}
  void Offer(const T& item) {
    ++seen_;
    if (items_.size() < k_) {
      items_.push_back(item);
    } else {
      uint64_t j = rng_.Below(seen_);
      if (j < k_) items_[j] = item;
    }
  }
  std::vector<T> Take() { return std::move(items_); }

 private:
  size_t k_;
  Rng rng_;
  uint64_t seen_ = 0;
  std::vector<T> items_;
};

Status Malformed(Family f) {
  return Status::Corruption("malformed key in " + std::string(graph::ToString(f)));
}

// Scans `prefix` of `family` and calls fn(decoded key, value) until it returns false; a key that
// `decode` rejects stops the scan with Corruption, as does fn setting *error.
template <typename Decode, typename Fn>
Status ScanDecoded(const graph::Store& store, Family family, std::string_view prefix,
                   Decode decode, Fn fn, const graph::Snapshot* snapshot = nullptr) {
  Status bad;
  SG_RETURN_IF_ERROR(store.Scan(
      family, prefix,
      [&](std::string_view key, std::string_view value) {
        auto entry = decode(key);
        if (!entry) {
          bad = Malformed(family);
          return false;
        }
        return fn(*entry, value, &bad);
      },
      snapshot));
  return bad;
}

// Value decoders that report into a status.
template <typename T>
bool Check(Result<T> decoded, Status* error) {
  if (decoded.ok()) return true;
  *error = decoded.status();
  return false;
}

}  // namespace

Result<QueryParams> SampleParams(const graph::Store& store, size_t k, uint64_t seed) {
  QueryParams p;
  auto snapshot = store.GetSnapshot();

  Reservoir<ActorPair> pairs(k, Mix(seed, 1));
  Reservoir<ActorId> starts(k, Mix(seed, 2));
  ActorId last_from;
  SG_RETURN_IF_ERROR(ScanDecoded(
      store, Family::kStance, "", keys::DecodeStanceKey,
      [&](const keys::StanceEntry& e, std::string_view, Status*) {
        if (e.from != e.to) pairs.Offer({e.from, e.to});
        if (e.from != last_from) starts.Offer(e.from);
        last_from = e.from;
        return true;
      },
      snapshot.get()));
  p.pairs = pairs.Take();
  p.starts = starts.Take();

  Reservoir<ActorId> agents(k, Mix(seed, 3));
  Reservoir<ActorPair> between(k, Mix(seed, 4));
  ActorId last_agent;
  SG_RETURN_IF_ERROR(ScanDecoded(
      store, Family::kByProposition, "", keys::DecodePropositionKey,
      [&](const keys::PropositionEntry& e, std::string_view value, Status* error) {
        Result<graph::PropositionValue> v = graph::DecodePropositionValue(value);
        if (!Check(v, error)) return false;
        if (e.agent != last_agent) agents.Offer(e.agent);
        last_agent = e.agent;
        if (v->speaker != e.agent) between.Offer({v->speaker, e.agent});
        return true;
      },
      snapshot.get()));
  p.agents = agents.Take();
  p.between = between.Take();

  std::vector<std::pair<uint32_t, ActorId>> speakers;
  SG_RETURN_IF_ERROR(ScanDecoded(
      store, Family::kActors, "", keys::DecodeActorKey,
      [&](ActorId, std::string_view value, Status* error) {
        Result<graph::Actor> a = graph::DecodeActor(value);
        if (!Check(a, error)) return false;
        if (a->claims_made > 0) speakers.emplace_back(a->claims_made, a->id);
        return true;
      },
      snapshot.get()));
  size_t top = std::min<size_t>(10, speakers.size());
  std::partial_sort(speakers.begin(), speakers.begin() + top, speakers.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < top; ++i) p.prolific.push_back(speakers[i].second);
  return p;
}

std::string ParamsToJson(const QueryParams& p) {
  auto id = [](ActorId a) { return std::to_string(a.value); };
  auto list = [&](const std::vector<ActorId>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (ActorId a : v) out.push_back(id(a));
    return out;
  };
  auto pair_list = [&](const std::vector<ActorPair>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [a, b] : v) out.push_back({id(a), id(b)});
    return out;
  };
  nlohmann::json j;
  j["pairs"] = pair_list(p.pairs);
  j["prolific"] = list(p.prolific);
  j["agents"] = list(p.agents);
  j["between"] = pair_list(p.between);
  j["starts"] = list(p.starts);
  return j.dump();
}

Result<QueryParams> ParamsFromJson(const std::string& text) {
  try {
    nlohmann::json j = nlohmann::json::parse(text);
    auto id = [](const nlohmann::json& v) { return ActorId{std::stoull(v.get<std::string>())}; };
    QueryParams p;
    for (const auto& v : j.at("pairs")) p.pairs.emplace_back(id(v.at(0)), id(v.at(1)));
    for (const auto& v : j.at("prolific")) p.prolific.push_back(id(v));
    for (const auto& v : j.at("agents")) p.agents.push_back(id(v));
    for (const auto& v : j.at("between")) p.between.emplace_back(id(v.at(0)), id(v.at(1)));
    for (const auto& v : j.at("starts")) p.starts.push_back(id(v));
    return p;
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("query parameters: ") + e.what());
  }
}

Result<size_t> ClaimsAbout(const graph::Store& store, ActorId x, ActorId y) {
  size_t rows = 0;
  SG_RETURN_IF_ERROR(ScanDecoded(store, Family::kByTarget, keys::TargetSpeakerPrefix(y, x),
                                 keys::DecodeTargetKey,
                                 [&](const keys::TargetEntry&, std::string_view value,
                                     Status* error) {
                                   rows += Check(graph::DecodeClaimSummary(value), error);
                                   return error->ok();
                                 }));
  return rows;
}

namespace {

// The claims by `x`, in date order, with their summaries checked.
Result<std::vector<ClaimId>> ClaimIdsBy(const graph::Store& store, ActorId x) {
  std::vector<ClaimId> ids;
  SG_RETURN_IF_ERROR(ScanDecoded(store, Family::kBySpeaker, keys::SpeakerPrefix(x),
                                 keys::DecodeSpeakerKey,
                                 [&](const keys::SpeakerEntry& e, std::string_view value,
                                     Status* error) {
                                   if (!Check(graph::DecodeClaimSummary(value), error)) {
                                     return false;
                                   }
                                   ids.push_back(e.claim);
                                   return true;
                                 }));
  return ids;
}

// Reads the records of `ids` in sorted batches of `batch`; fn(claim) for each one present.
template <typename Fn>
Status ForClaims(const graph::Store& store, const std::vector<ClaimId>& ids, size_t batch,
                 Fn fn) {
  for (size_t b = 0; b < ids.size(); b += batch) {
    std::vector<ClaimId> part(ids.begin() + b, ids.begin() + std::min(ids.size(), b + batch));
    SG_ASSIGN_OR_RETURN(auto claims, store.GetClaims(part));
    for (const auto& c : claims) {
      if (c) fn(*c);
    }
  }
  return Status::Ok();
}

bool Compatible(ActorId x, ActorId y) { return x == y || !x.valid() || !y.valid(); }

}  // namespace

Result<size_t> ClaimsBy(const graph::Store& store, ActorId x, bool content) {
  SG_ASSIGN_OR_RETURN(std::vector<ClaimId> ids, ClaimIdsBy(store, x));
  if (!content) return ids.size();
  size_t rows = 0;
  SG_RETURN_IF_ERROR(ForClaims(store, ids, 1024, [&](const graph::Claim&) { ++rows; }));
  return rows;
}

Result<size_t> ContradictionsOn(const graph::Store& store, ActorId agent, size_t limit) {
  std::vector<ActorId> pos, neg;  // patients of the current (agent, predicate) run
  std::string predicate;
  size_t pairs = 0;
  SG_RETURN_IF_ERROR(ScanDecoded(
      store, Family::kByProposition, keys::PropositionPrefix(agent), keys::DecodePropositionKey,
      [&](const keys::PropositionEntry& e, std::string_view value, Status* error) {
        Result<graph::PropositionValue> v = graph::DecodePropositionValue(value);
        if (!Check(v, error)) return false;
        if (e.predicate != predicate) {
          predicate = e.predicate;
          pos.clear();
          neg.clear();
        }
        if (v->polarity == 0) return true;
        for (ActorId other : v->polarity > 0 ? neg : pos) {
          if (Compatible(other, e.patient) && ++pairs == limit) return false;
        }
        (v->polarity > 0 ? pos : neg).push_back(e.patient);
        return true;
      }));
  return pairs;
}

Result<size_t> ContradictionsBetween(const graph::Store& store, ActorId a, ActorId b,
                                     size_t limit) {
  // Drive from the side with fewer claims.
  SG_ASSIGN_OR_RETURN(auto actor_a, store.GetActor(a));
  SG_ASSIGN_OR_RETURN(auto actor_b, store.GetActor(b));
  if (!actor_a || !actor_b) return size_t{0};
  if (actor_b->claims_made < actor_a->claims_made) std::swap(a, b);
  SG_ASSIGN_OR_RETURN(std::vector<ClaimId> ids, ClaimIdsBy(store, a));
  // b's signed claims under each (agent, predicate) prefix, scanned once when a first needs it.
  struct Theirs {
    ActorId patient;
    int8_t polarity;
  };
  std::map<std::string, std::vector<Theirs>> theirs;
  size_t pairs = 0;
  // a's records in batches, in by_speaker order, so that the question stops reading as soon as
  // `limit` pairs are found (as SQLite's LIMIT does).
  constexpr size_t kBatch = 64;
  for (size_t i = 0; i < ids.size() && pairs < limit; i += kBatch) {
    std::vector<ClaimId> part(ids.begin() + i, ids.begin() + std::min(ids.size(), i + kBatch));
    SG_ASSIGN_OR_RETURN(auto claims, store.GetClaims(part));
    for (const auto& c : claims) {
      if (!c || c->proposition.empty() || !c->proposition.agent.valid() || c->polarity == 0) {
        continue;
      }
      std::string prefix = keys::PropositionPrefix(c->proposition.agent, c->proposition.predicate);
      auto it = theirs.find(prefix);
      if (it == theirs.end()) {
        std::vector<Theirs> list;
        SG_RETURN_IF_ERROR(ScanDecoded(
            store, Family::kByProposition, prefix, keys::DecodePropositionKey,
            [&](const keys::PropositionEntry& e, std::string_view value, Status* error) {
              Result<graph::PropositionValue> v = graph::DecodePropositionValue(value);
              if (!Check(v, error)) return false;
              if (v->speaker == b && v->polarity != 0) list.push_back({e.patient, v->polarity});
              return true;
            }));
        it = theirs.emplace(std::move(prefix), std::move(list)).first;
      }
      for (const Theirs& t : it->second) {
        if (Compatible(c->proposition.patient, t.patient) && t.polarity == -c->polarity &&
            ++pairs == limit) {
          return pairs;
        }
      }
    }
  }
  return pairs;
}

Result<size_t> Stance(const graph::Store& store, ActorId a, ActorId b) {
  SG_ASSIGN_OR_RETURN(auto aggregate, store.GetStance(a, b));
  return aggregate ? size_t{1} : size_t{0};
}

Result<size_t> Neighbourhood(const graph::Store& store, ActorId start, int depth) {
  std::unordered_set<uint64_t> seen{start.value};
  std::vector<ActorId> frontier{start}, next;
  for (int level = 0; level < depth && !frontier.empty(); ++level) {
    next.clear();
    for (ActorId from : frontier) {
      SG_RETURN_IF_ERROR(ScanDecoded(store, Family::kStance, keys::StancePrefix(from),
                                     keys::DecodeStanceKey,
                                     [&](const keys::StanceEntry& e, std::string_view, Status*) {
                                       if (seen.insert(e.to.value).second) next.push_back(e.to);
                                       return true;
                                     }));
    }
    frontier.swap(next);
  }
  return seen.size() - 1;
}

}  // namespace sg::bench
