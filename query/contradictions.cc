#include "query/contradictions.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/internal/index_scan.h"

namespace sg::query {
namespace {

using graph::ActorId;
using graph::ClaimId;
using internal::PropositionRow;
namespace keys = graph::keys;

constexpr size_t kRecordBatch = 512;

// Decides which candidate pairs the options keep; collects them once each.
class PairSink {
 public:
  PairSink(Context& ctx, const ContradictionsOptions& options) : ctx_(ctx), options_(options) {}

  Status Init() {
    if (options_.self && !options_.between.empty()) {
      return Status::InvalidArgument("--self and --between exclude each other");
    }
    if (!options_.between.empty()) {
      if (options_.between.size() != 2) {
        return Status::InvalidArgument("--between takes exactly two actors");
      }
      SG_ASSIGN_OR_RETURN(side_a_, SideSet(options_.between[0]));
      SG_ASSIGN_OR_RETURN(side_b_, SideSet(options_.between[1]));
    } else if (!options_.actor.empty()) {
      SG_ASSIGN_OR_RETURN(side_a_, SideSet(options_.actor));
    }
    return Status::Ok();
  }

  // The actors whose claims drive the search (empty: scan the propositions instead).
  Result<std::vector<ActorId>> Drivers() {
    if (side_a_.empty()) return std::vector<ActorId>{};
    if (side_b_.empty()) return std::vector<ActorId>(side_a_.begin(), side_a_.end());
    SG_ASSIGN_OR_RETURN(uint64_t a, ClaimsMade(side_a_));
    SG_ASSIGN_OR_RETURN(uint64_t b, ClaimsMade(side_b_));
    const std::set<ActorId>& smaller = a <= b ? side_a_ : side_b_;
    return std::vector<ActorId>(smaller.begin(), smaller.end());
  }

  Status Offer(const PropositionRow& x, const PropositionRow& y) {
    if (!internal::Contradict(x, y)) return Status::Ok();
    if (!options_.dates.Contains(x.value.date) || !options_.dates.Contains(y.value.date)) {
      return Status::Ok();
    }
    ActorId sx = x.value.speaker, sy = y.value.speaker;
    bool ax = side_a_.count(sx) > 0, ay = side_a_.count(sy) > 0;
    if (!side_b_.empty()) {
      bool bx = side_b_.count(sx) > 0, by = side_b_.count(sy) > 0;
      if (!((ax && by) || (bx && ay))) return Status::Ok();
    } else if (!side_a_.empty()) {
      if (options_.self ? !(ax && ay) : !(ax || ay)) return Status::Ok();
    }
    SG_ASSIGN_OR_RETURN(bool same, SameSpeaker(sx, sy));
    if (options_.self && !same) return Status::Ok();
    auto order = [](const PropositionRow& r) { return std::make_pair(r.value.date, r.claim); };
    const PropositionRow& first = order(x) < order(y) ? x : y;
    const PropositionRow& second = &first == &x ? y : x;
    Found f{first.value.date, first.claim, second.value.date, second.claim};
    if (seen_.count(f)) return Status::Ok();
    ActorId patient = first.patient.valid() ? first.patient : second.patient;
    seen_.emplace(f, Info{first.agent, first.predicate, patient, same});
    return Status::Ok();
  }

  Result<std::vector<ContradictionPair>> Finish() {
    std::vector<ClaimId> ids;
    size_t n = 0;
    for (const auto& [f, info] : seen_) {
      if (options_.limit != 0 && n++ == options_.limit) break;
      ids.push_back(std::get<1>(f));
      ids.push_back(std::get<3>(f));
    }
    SG_ASSIGN_OR_RETURN(std::vector<ClaimView> views, ctx_.Describe(ids));
    std::vector<ContradictionPair> out;
    size_t i = 0;
    for (const auto& [f, info] : seen_) {
      if (i == views.size()) break;
      ContradictionPair pair;
      pair.a = std::move(views[i++]);
      pair.b = std::move(views[i++]);
      SG_ASSIGN_OR_RETURN(pair.agent, ctx_.Ref(info.agent));
      pair.predicate = info.predicate;
      SG_ASSIGN_OR_RETURN(pair.patient, ctx_.Ref(info.patient));
      pair.self = info.self;
      out.push_back(std::move(pair));
    }
    return out;
  }

 private:
  using Found = std::tuple<graph::Date, ClaimId, graph::Date, ClaimId>;
  struct Info {
    ActorId agent;
    std::string predicate;
    ActorId patient;
    bool self = false;
  };

  Result<std::set<ActorId>> SideSet(const std::string& name) {
    SG_ASSIGN_OR_RETURN(ActorId id, ctx_.Resolve(name));
    SG_ASSIGN_OR_RETURN(std::vector<ActorId> side, ctx_.Side(id, options_.rollup));
    return std::set<ActorId>(side.begin(), side.end());
  }

  Result<uint64_t> ClaimsMade(const std::set<ActorId>& side) {
    uint64_t total = 0;
    for (ActorId id : side) {
      SG_ASSIGN_OR_RETURN(const graph::Actor* actor, ctx_.GetActor(id));
      if (actor != nullptr) total += actor->claims_made;
    }
    return total;
  }

  Result<bool> SameSpeaker(ActorId x, ActorId y) {
    if (x == y) return true;
    if (!options_.rollup) return false;
    SG_ASSIGN_OR_RETURN(ActorId rx, ctx_.RootOf(x));
    SG_ASSIGN_OR_RETURN(ActorId ry, ctx_.RootOf(y));
    return rx == ry;
  }

  Context& ctx_;
  const ContradictionsOptions& options_;
  std::set<ActorId> side_a_, side_b_;
  std::map<Found, Info> seen_;
};

// The propositions of the drivers' claims (their records, read in batches), by agent and
// predicate.
Result<std::map<std::string, std::vector<PropositionRow>>> DriverPropositions(
    Context& ctx, const std::vector<ActorId>& drivers, const DateRange& dates) {
  std::map<std::string, std::vector<PropositionRow>> out;
  std::vector<ClaimId> ids;
  for (ActorId s : drivers) {
    SG_RETURN_IF_ERROR(internal::ScanBySpeaker(ctx, s, dates, [&](const internal::IndexRow& r) {
      ids.push_back(r.claim);
      return true;
    }));
  }
  for (size_t begin = 0; begin < ids.size(); begin += kRecordBatch) {
    std::vector<ClaimId> batch(ids.begin() + begin,
                               ids.begin() + std::min(ids.size(), begin + kRecordBatch));
    SG_ASSIGN_OR_RETURN(std::vector<std::optional<graph::Claim>> claims,
                        ctx.store().GetClaims(batch, ctx.snapshot()));
    for (const auto& c : claims) {
      if (!c || c->proposition.empty() || !c->proposition.agent.valid()) continue;
      const graph::Proposition& p = c->proposition;
      PropositionRow row{p.agent, p.predicate, p.patient, c->id,
                         graph::PropositionValue{c->polarity, p.negated, c->speaker, c->date}};
      out[keys::PropositionPrefix(p.agent, p.predicate)].push_back(std::move(row));
    }
  }
  return out;
}

// One pass over the by_proposition entries under `prefix`, pairing within each run.
Status ScanAll(Context& ctx, const std::string& prefix, PairSink* sink) {
  return internal::ScanPropositionRuns(
      ctx.store(), ctx.snapshot(), prefix, [&](const std::vector<PropositionRow>& run) {
        return internal::ForEachPairInRun(
            run,
            [&](const PropositionRow& x, const PropositionRow& y) { return sink->Offer(x, y); });
      });
}

}  // namespace

Result<std::vector<ContradictionPair>> FindContradictions(Context& ctx,
                                                          const ContradictionsOptions& options) {
  PairSink sink(ctx, options);
  SG_RETURN_IF_ERROR(sink.Init());
  std::optional<ActorId> agent;
  if (!options.agent.empty()) {
    SG_ASSIGN_OR_RETURN(agent, ctx.Resolve(options.agent));
  }
  SG_ASSIGN_OR_RETURN(std::vector<ActorId> drivers, sink.Drivers());
  if (drivers.empty()) {
    SG_RETURN_IF_ERROR(ScanAll(ctx, agent ? keys::PropositionPrefix(*agent) : "", &sink));
    return sink.Finish();
  }
  SG_ASSIGN_OR_RETURN(auto groups, DriverPropositions(ctx, drivers, options.dates));
  for (const auto& [prefix, mine] : groups) {
    if (agent && mine.front().agent != *agent) continue;
    Status inner;
    SG_RETURN_IF_ERROR(internal::ScanPropositions(ctx, prefix, [&](const PropositionRow& other) {
      for (const PropositionRow& x : mine) {
        inner = sink.Offer(x, other);
        if (!inner.ok()) return false;
      }
      return true;
    }));
    SG_RETURN_IF_ERROR(inner);
  }
  return sink.Finish();
}

}  // namespace sg::query
