#include "query/internal/index_scan.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include "graph/keys.h"
#include "graph/names.h"

namespace sg::query::internal {
namespace {

namespace keys = graph::keys;

// [begin, end) of the keys under `prefix` whose next field (a u32 date) lies in `dates`.
std::pair<std::string, std::string> DateBounds(const std::string& prefix, const DateRange& dates) {
  std::string begin = prefix, end;
  if (dates.since.known()) {
    keys::PutU32(&begin, dates.since.yyyymmdd);
  } else if (dates.active()) {
    keys::PutU32(&begin, 1);  // leave out undated claims (date 0)
  }
  if (dates.until.known()) {
    end = prefix;
    keys::PutU32(&end, dates.until.yyyymmdd + 1);
  } else {
    end = keys::PrefixSuccessor(prefix);
  }
  return {begin, end};
}

Status Malformed(graph::Family family) {
  return Status::Corruption("malformed " + std::string(graph::ToString(family)) + " entry");
}

// Scans [begin, end) of `family`. `visit(key, value)` returns nullopt for an entry it cannot
// decode (the scan then stops with Corruption), else whether to go on.
template <typename Visit>
Status ScanChecked(const graph::Store& store, const graph::Snapshot* snapshot, graph::Family family,
                   const std::string& begin, const std::string& end, Visit&& visit) {
  bool bad = false;
  SG_RETURN_IF_ERROR(store.ScanRange(
      family, begin, end,
      [&](std::string_view key, std::string_view value) {
        std::optional<bool> more = visit(key, value);
        bad = !more.has_value();
        return more.value_or(false);
      },
      snapshot));
  return bad ? Malformed(family) : Status::Ok();
}
template <typename Visit>
Status ScanChecked(Context& ctx, graph::Family family, const std::string& begin,
                   const std::string& end, Visit&& visit) {
  return ScanChecked(ctx.store(), ctx.snapshot(), family, begin, end, std::forward<Visit>(visit));
}

// Decodes one by_proposition entry; nullopt when it is malformed.
std::optional<PropositionRow> DecodePropositionRow(std::string_view key, std::string_view value) {
  auto entry = keys::DecodePropositionKey(key);
  Result<graph::PropositionValue> decoded = graph::DecodePropositionValue(value);
  if (!entry || !decoded.ok()) return std::nullopt;
  return PropositionRow{entry->agent, std::move(entry->predicate), entry->patient, entry->claim,
                        std::move(decoded).value()};
}

// Decodes one by_target entry; nullopt when it is malformed.
std::optional<IndexRow> DecodeTargetRow(std::string_view key, std::string_view value) {
  auto entry = keys::DecodeTargetKey(key);
  Result<graph::ClaimSummary> summary = graph::DecodeClaimSummary(value);
  if (!entry || !summary.ok()) return std::nullopt;
  return IndexRow{entry->claim, entry->speaker, entry->target, entry->date,
                  std::move(summary).value()};
}

// by_target entries in [begin, end) whose date lies in `dates`.
Status ScanTargets(Context& ctx, const std::string& begin, const std::string& end,
                   const DateRange& dates, const RowFn& fn) {
  return ScanChecked(ctx, graph::Family::kByTarget, begin, end,
                     [&](std::string_view key, std::string_view value) -> std::optional<bool> {
                       std::optional<IndexRow> row = DecodeTargetRow(key, value);
                       if (!row) return std::nullopt;
                       return !dates.Contains(row->date) || fn(*row);
                     });
}

}  // namespace

Status ScanByTarget(Context& ctx, graph::ActorId target, const DateRange& dates, const RowFn& fn) {
  std::string prefix = keys::TargetPrefix(target);
  return ScanTargets(ctx, prefix, keys::PrefixSuccessor(prefix), dates, fn);
}

Status ScanAllTargets(Context& ctx, const DateRange& dates, const RowFn& fn) {
  return ScanTargets(ctx, "", "", dates, fn);
}

Status ScanStance(Context& ctx, graph::ActorId from, const StanceFn& fn) {
  std::string prefix = keys::StancePrefix(from);
  return ScanChecked(ctx, graph::Family::kStance, prefix, keys::PrefixSuccessor(prefix),
                     [&](std::string_view key, std::string_view value) -> std::optional<bool> {
                       auto entry = keys::DecodeStanceKey(key);
                       Result<graph::StanceAggregate> aggregate =
                           graph::DecodeStanceAggregate(value);
                       if (!entry || !aggregate.ok()) return std::nullopt;
                       return fn(entry->to, *aggregate);
                     });
}

Status ScanBySpeaker(Context& ctx, graph::ActorId speaker, const DateRange& dates,
                     const RowFn& fn) {
  auto [begin, end] = DateBounds(keys::SpeakerPrefix(speaker), dates);
  return ScanChecked(ctx, graph::Family::kBySpeaker, begin, end,
                     [&](std::string_view key, std::string_view value) -> std::optional<bool> {
                       auto entry = keys::DecodeSpeakerKey(key);
                       Result<graph::ClaimSummary> summary = graph::DecodeClaimSummary(value);
                       if (!entry || !summary.ok()) return std::nullopt;
                       return fn(IndexRow{entry->claim, entry->speaker, graph::ActorId{},
                                          entry->date, std::move(summary).value()});
                     });
}

Status ScanPair(Context& ctx, graph::ActorId target, graph::ActorId speaker, const DateRange& dates,
                const RowFn& fn, bool reverse) {
  std::string prefix = keys::TargetSpeakerPrefix(target, speaker);
  if (!reverse) {
    auto [begin, end] = DateBounds(prefix, dates);
    return ScanTargets(ctx, begin, end, dates, fn);
  }
  bool bad = false;
  SG_RETURN_IF_ERROR(ctx.store().ScanReverse(
      graph::Family::kByTarget, prefix,
      [&](std::string_view key, std::string_view value) {
        std::optional<IndexRow> row = DecodeTargetRow(key, value);
        bad = !row.has_value();
        return row && (!dates.Contains(row->date) || fn(*row));
      },
      ctx.snapshot()));
  return bad ? Malformed(graph::Family::kByTarget) : Status::Ok();
}

Status ScanPropositions(Context& ctx, const std::string& prefix, const PropositionFn& fn) {
  return ScanChecked(ctx, graph::Family::kByProposition, prefix, keys::PrefixSuccessor(prefix),
                     [&](std::string_view key, std::string_view value) -> std::optional<bool> {
                       std::optional<PropositionRow> row = DecodePropositionRow(key, value);
                       if (!row) return std::nullopt;
                       return fn(*row);
                     });
}

Status ScanPropositionRuns(const graph::Store& store, const graph::Snapshot* snapshot,
                           const std::string& prefix, const RunFn& fn) {
  std::vector<PropositionRow> run;
  Status inner;
  SG_RETURN_IF_ERROR(ScanChecked(
      store, snapshot, graph::Family::kByProposition, prefix, keys::PrefixSuccessor(prefix),
      [&](std::string_view key, std::string_view value) -> std::optional<bool> {
        std::optional<PropositionRow> row = DecodePropositionRow(key, value);
        if (!row) return std::nullopt;
        if (!run.empty() &&
            (run.front().agent != row->agent || run.front().predicate != row->predicate)) {
          inner = fn(run);
          run.clear();
        }
        run.push_back(std::move(*row));
        return inner.ok();
      }));
  SG_RETURN_IF_ERROR(inner);
  return run.empty() ? Status::Ok() : fn(run);
}

bool Contradict(const PropositionRow& x, const PropositionRow& y) {
  return x.claim != y.claim && x.agent == y.agent && x.predicate == y.predicate &&
         (x.patient == y.patient || !x.patient.valid() || !y.patient.valid()) &&
         x.value.polarity * y.value.polarity == -1;
}

Status ForEachPairInRun(const std::vector<PropositionRow>& run, const PairFn& fn) {
  for (const PropositionRow& x : run) {
    if (x.value.polarity <= 0) continue;
    for (const PropositionRow& y : run) {
      if (Contradict(x, y)) SG_RETURN_IF_ERROR(fn(x, y));
    }
  }
  return Status::Ok();
}

Status ForEachNearestPairInRun(const std::vector<PropositionRow>& run, const RowFilter& include,
                               const PairFn& fn) {
  std::vector<const PropositionRow*> order;
  for (const PropositionRow& r : run) {
    int p = r.value.polarity;
    if ((p == 1 || p == -1) && (!include || include(r))) order.push_back(&r);
  }
  std::sort(order.begin(), order.end(), [](const PropositionRow* a, const PropositionRow* b) {
    return std::tie(a->value.date, a->claim) < std::tie(b->value.date, b->claim);
  });
  // (asserting, denying) pairs, by claim ids.
  std::map<std::pair<graph::ClaimId, graph::ClaimId>,
           std::pair<const PropositionRow*, const PropositionRow*>>
      pairs;
  auto sweep = [&](auto begin, auto end) {
    // The claim seen last of each polarity: per patient (an invalid id: no patient), and of any
    // patient; with the step it was seen at.
    using Seen = std::pair<size_t, const PropositionRow*>;
    std::map<std::pair<int, graph::ActorId>, Seen> by_patient;
    Seen any[2] = {{0, nullptr}, {0, nullptr}};  // [polarity > 0]
    size_t step = 0;
    for (auto it = begin; it != end; ++it) {
      const PropositionRow* r = *it;
      int polarity = r->value.polarity;
      ++step;
      Seen best = any[polarity < 0];  // the last claim of the opposite polarity
      if (r->patient.valid()) {
        // A claim with a patient contradicts claims with the same patient or with none.
        best = {0, nullptr};
        for (graph::ActorId patient : {r->patient, graph::ActorId{}}) {
          auto found = by_patient.find({-polarity, patient});
          if (found != by_patient.end() && found->second.first > best.first) best = found->second;
        }
      }
      if (best.second != nullptr) {
        const PropositionRow* pos = polarity > 0 ? r : best.second;
        const PropositionRow* neg = polarity > 0 ? best.second : r;
        pairs.emplace(std::make_pair(pos->claim, neg->claim), std::make_pair(pos, neg));
      }
      by_patient[{polarity, r->patient}] = {step, r};
      any[polarity > 0] = {step, r};
    }
  };
  sweep(order.begin(), order.end());
  sweep(order.rbegin(), order.rend());
  for (const auto& [ids, rows] : pairs) SG_RETURN_IF_ERROR(fn(*rows.first, *rows.second));
  return Status::Ok();
}

}  // namespace sg::query::internal
