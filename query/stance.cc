#include "query/stance.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "graph/names.h"
#include "query/actors.h"
#include "query/internal/index_scan.h"

namespace sg::query {
namespace {

using graph::ActorId;
using graph::ClaimId;
using graph::Date;
using internal::IndexRow;

struct Evidence {
  int8_t stance = 0;
  Date date;
};

// The claims of each (from, to) row with their stance toward `to`; a claim counts once per row
// (with rollup it may be about several members of one side: its strongest stance counts).
class Rows {
 public:
  void Add(ActorId from, ActorId to, const IndexRow& row) {
    Evidence e{row.summary.stance, row.date};
    auto [it, fresh] = rows_[{from, to}].emplace(row.claim, e);
    if (!fresh &&
        (std::abs(e.stance) > std::abs(it->second.stance) ||
         (std::abs(e.stance) == std::abs(it->second.stance) && e.stance < it->second.stance))) {
      it->second = e;
    }
  }

  // Finished rows, strongest first, at most `limit` (0: all), `evidence` claims each.
  Result<std::vector<StanceRow>> Finish(Context& ctx, bool skip_self, size_t evidence,
                                        size_t limit) {
    std::vector<StanceRow> out;
    std::vector<std::vector<ClaimId>> chosen;
    for (const auto& [pair, claims] : rows_) {
      if (skip_self && pair.first == pair.second) continue;
      StanceRow row;
      SG_ASSIGN_OR_RETURN(row.from, ctx.Ref(pair.first));
      SG_ASSIGN_OR_RETURN(row.to, ctx.Ref(pair.second));
      std::vector<std::pair<ClaimId, Evidence>> list(claims.begin(), claims.end());
      for (const auto& [id, e] : list) {
        row.sum += e.stance;
        (e.stance < 0 ? row.hostile : e.stance > 0 ? row.friendly : row.neutral) += 1;
        if (e.date.known()) {
          if (!row.first.known() || e.date < row.first) row.first = e.date;
          if (e.date > row.last) row.last = e.date;
        }
      }
      int sign = row.sum < 0 ? -1 : row.sum > 0 ? 1 : 0;
      auto strength = [sign](const std::pair<ClaimId, Evidence>& x) {
        int s = x.second.stance;
        return std::make_tuple(s == sign ? 0 : 1, -std::abs(s),
                               -static_cast<int64_t>(x.second.date.yyyymmdd));
      };
      std::stable_sort(list.begin(), list.end(), [&](const auto& x, const auto& y) {
        return strength(x) < strength(y) || (strength(x) == strength(y) && y.first < x.first);
      });
      std::vector<ClaimId> ids;
      for (size_t i = 0; i < list.size() && i < evidence; ++i) ids.push_back(list[i].first);
      out.push_back(std::move(row));
      chosen.push_back(std::move(ids));
    }
    std::vector<size_t> order(out.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      const StanceRow& a = out[x];
      const StanceRow& b = out[y];
      return std::make_tuple(-std::llabs(a.sum), -static_cast<int64_t>(a.count()), a.from.name,
                             a.to.name) < std::make_tuple(-std::llabs(b.sum),
                                                          -static_cast<int64_t>(b.count()),
                                                          b.from.name, b.to.name);
    });
    std::vector<StanceRow> sorted;
    for (size_t i : order) {
      if (limit != 0 && sorted.size() == limit) break;
      SG_ASSIGN_OR_RETURN(out[i].evidence, ctx.Describe(chosen[i]));
      sorted.push_back(std::move(out[i]));
    }
    return sorted;
  }

 private:
  std::map<std::pair<ActorId, ActorId>, std::map<ClaimId, Evidence>> rows_;
};

}  // namespace

Result<std::vector<StanceRow>> ComputeStance(Context& ctx, const StanceOptions& options) {
  Rows rows;
  std::optional<ActorId> from, to;
  if (!options.from.empty()) {
    SG_ASSIGN_OR_RETURN(from, ctx.Resolve(options.from));
  }
  if (!options.to.empty()) {
    SG_ASSIGN_OR_RETURN(to, ctx.Resolve(options.to));
  }
  // The row an ABOUT entry counts for.
  auto key = [&](ActorId a, const std::optional<ActorId>& given) -> Result<ActorId> {
    if (given) return *given;
    if (!options.rollup) return a;
    return ctx.RootOf(a);
  };
  Status inner;
  auto add = [&](const IndexRow& r) {
    Result<ActorId> f = key(r.speaker, from);
    Result<ActorId> t = key(r.target, to);
    if (!f.ok() || !t.ok()) {
      inner = f.ok() ? t.status() : f.status();
      return false;
    }
    rows.Add(*f, *t, r);
    return true;
  };
  std::vector<ActorId> speakers, targets;
  if (from) {
    SG_ASSIGN_OR_RETURN(speakers, ctx.Side(*from, options.rollup));
  }
  if (to) {
    SG_ASSIGN_OR_RETURN(targets, ctx.Side(*to, options.rollup));
  }
  std::set<ActorId> speaker_set(speakers.begin(), speakers.end());
  if (from && to && speakers.size() * targets.size() <= internal::kMaxPairScans) {
    for (ActorId t : targets) {
      for (ActorId s : speakers) {
        SG_RETURN_IF_ERROR(internal::ScanPair(ctx, t, s, options.dates, add));
      }
    }
  } else if (to) {
    for (ActorId t : targets) {
      SG_RETURN_IF_ERROR(internal::ScanByTarget(ctx, t, options.dates, [&](const IndexRow& r) {
        return (from && !speaker_set.count(r.speaker)) || add(r);
      }));
    }
  } else if (from) {
    for (ActorId s : speakers) {
      std::vector<ActorId> about;
      SG_RETURN_IF_ERROR(internal::ScanStance(ctx, s, [&](ActorId t, const auto&) {
        about.push_back(t);
        return true;
      }));
      for (ActorId t : about) {
        SG_RETURN_IF_ERROR(internal::ScanPair(ctx, t, s, options.dates, add));
      }
    }
  } else {
    SG_RETURN_IF_ERROR(internal::ScanAllTargets(ctx, options.dates, add));
  }
  SG_RETURN_IF_ERROR(inner);
  bool listing = !(from && to);
  return rows.Finish(ctx, listing, options.evidence, options.limit);
}

Result<StanceMatrix> ComputeStanceMatrix(Context& ctx, const MatrixOptions& options) {
  ActorsOptions ranking;
  ranking.top = options.top;
  ranking.rollup = options.rollup;
  SG_ASSIGN_OR_RETURN(std::vector<ActorRow> top, ListActors(ctx, ranking));
  StanceMatrix matrix;
  std::map<ActorId, size_t> column;
  for (const ActorRow& row : top) {
    column[row.actor.id] = matrix.actors.size();
    matrix.actors.push_back(row.actor);
  }
  size_t n = matrix.actors.size();
  matrix.cells.assign(n, std::vector<StanceCell>(n));
  auto add = [](StanceCell* cell, int64_t sum, uint32_t h, uint32_t ne, uint32_t f) {
    cell->sum += sum;
    cell->hostile += h;
    cell->neutral += ne;
    cell->friendly += f;
  };
  for (size_t i = 0; i < n; ++i) {
    SG_ASSIGN_OR_RETURN(std::vector<ActorId> side, ctx.Side(matrix.actors[i].id, options.rollup));
    for (ActorId s : side) {
      std::vector<std::pair<ActorId, graph::StanceAggregate>> edges;
      SG_RETURN_IF_ERROR(internal::ScanStance(ctx, s, [&](ActorId t, const auto& aggregate) {
        edges.emplace_back(t, aggregate);
        return true;
      }));
      for (const auto& [t, aggregate] : edges) {
        ActorId col = t;
        if (options.rollup) {
          SG_ASSIGN_OR_RETURN(col, ctx.RootOf(t));
        }
        auto it = column.find(col);
        if (it == column.end()) continue;
        StanceCell* cell = &matrix.cells[i][it->second];
        if (!options.dates.active()) {
          add(cell, aggregate.sum, aggregate.hostile, aggregate.neutral, aggregate.friendly);
          continue;
        }
        SG_RETURN_IF_ERROR(internal::ScanPair(ctx, t, s, options.dates, [&](const IndexRow& r) {
          int8_t st = r.summary.stance;
          add(cell, st, st<0, st == 0, st> 0);
          return true;
        }));
      }
    }
  }
  return matrix;
}

}  // namespace sg::query
