#include "query/claims.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/internal/index_scan.h"

namespace sg::query {
namespace {

using graph::ActorId;
using graph::ClaimId;
using graph::Date;
using internal::IndexRow;
namespace keys = graph::keys;

// Claim records read per batch when a by_date walk must look at the records.
constexpr size_t kRecordBatch = 512;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The claims found so far, each once, with the date that orders them.
class Collector {
 public:
  void Add(ClaimId id, Date date) { found_.emplace(std::make_pair(date, id)); }
  size_t size() const { return found_.size(); }
  // Claim ids in (date, id) order, at most `limit` (0: all).
  std::vector<ClaimId> Ids(size_t limit) const {
    std::vector<ClaimId> out;
    for (const auto& [date, id] : found_) {
      if (limit != 0 && out.size() == limit) break;
      out.push_back(id);
    }
    return out;
  }

 private:
  std::set<std::pair<Date, ClaimId>> found_;
};

struct Filter {
  std::string cue;  // lower case; empty: any
  std::optional<int8_t> polarity;
  DateRange dates;
  bool Matches(const graph::ClaimSummary& s, Date date) const {
    return (cue.empty() || Lower(s.cue) == cue) && (!polarity || s.polarity == *polarity) &&
           dates.Contains(date);
  }
  bool Matches(const graph::Claim& c) const {
    return (cue.empty() || Lower(c.cue) == cue) && (!polarity || c.polarity == *polarity) &&
           dates.Contains(c.date);
  }
};

Result<graph::ArticleId> ResolveArticle(Context& ctx, const std::string& text) {
  graph::ArticleId id = graph::ArticleIdForKey(text);
  if (text.rfind("article:", 0) == 0 && text.size() == 8 + 16) {
    id.value = std::strtoull(text.c_str() + 8, nullptr, 16);
  }
  SG_ASSIGN_OR_RETURN(const graph::Article* article, ctx.GetArticle(id));
  if (article == nullptr) return Status::NotFound("unknown article \"" + text + "\"");
  return id;
}

// Claims of one article (its prefix of the claims family), filtered on the records.
Status CollectArticle(Context& ctx, graph::ArticleId article, const std::set<ActorId>* speakers,
                      const std::set<ActorId>* targets, const Filter& filter, Collector* out) {
  Status bad;
  SG_RETURN_IF_ERROR(ctx.store().Scan(
      graph::Family::kClaims, keys::ClaimPrefix(article),
      [&](std::string_view, std::string_view value) {
        Result<graph::Claim> c = graph::DecodeClaim(value);
        if (!c.ok()) {
          bad = c.status();
          return false;
        }
        bool about = targets == nullptr ||
                     std::any_of(c->targets.begin(), c->targets.end(),
                                 [&](const graph::Target& t) { return targets->count(t.actor); });
        if ((speakers == nullptr || speakers->count(c->speaker)) && about && filter.Matches(*c)) {
          out->Add(c->id, c->date);
        }
        return true;
      },
      ctx.snapshot()));
  return bad;
}

// Every claim in date order from by_date; records are read (in batches) only when the filter
// needs them. Stops once `limit` claims are found (0: never).
Status CollectByDate(Context& ctx, const Filter& filter, size_t limit, Collector* out) {
  std::string begin, end;
  if (filter.dates.active())
    begin = keys::DatePrefix(Date{std::max(filter.dates.since.yyyymmdd, 1u)});
  if (filter.dates.until.known()) end = keys::DatePrefix(Date{filter.dates.until.yyyymmdd + 1});
  bool need_records = !filter.cue.empty() || filter.polarity.has_value();
  std::vector<ClaimId> batch;
  Status inner;
  auto flush = [&]() -> Status {
    SG_ASSIGN_OR_RETURN(std::vector<std::optional<graph::Claim>> claims,
                        ctx.store().GetClaims(batch, ctx.snapshot()));
    for (const auto& c : claims) {
      if (c && filter.Matches(*c) && (limit == 0 || out->size() < limit)) out->Add(c->id, c->date);
    }
    batch.clear();
    return Status::Ok();
  };
  SG_RETURN_IF_ERROR(ctx.store().ScanRange(
      graph::Family::kByDate, begin, end,
      [&](std::string_view key, std::string_view) {
        auto entry = keys::DecodeDateKey(key);
        if (!entry) {
          inner = Status::Corruption("malformed by_date entry");
          return false;
        }
        if (!need_records) {
          out->Add(entry->claim, entry->date);
        } else {
          batch.push_back(entry->claim);
          if (batch.size() == kRecordBatch) inner = flush();
        }
        return inner.ok() && (limit == 0 || out->size() < limit);
      },
      ctx.snapshot()));
  SG_RETURN_IF_ERROR(inner);
  if (!batch.empty() && (limit == 0 || out->size() < limit)) SG_RETURN_IF_ERROR(flush());
  return Status::Ok();
}

}  // namespace

Result<std::vector<ClaimView>> FindClaims(Context& ctx, const ClaimsOptions& options) {
  Filter filter{Lower(options.cue), options.polarity, options.dates};
  std::optional<std::set<ActorId>> speakers, targets;
  if (!options.speaker.empty()) {
    SG_ASSIGN_OR_RETURN(ActorId id, ctx.Resolve(options.speaker));
    SG_ASSIGN_OR_RETURN(std::vector<ActorId> side, ctx.Side(id, options.rollup));
    speakers.emplace(side.begin(), side.end());
  }
  if (!options.about.empty()) {
    SG_ASSIGN_OR_RETURN(ActorId id, ctx.Resolve(options.about));
    SG_ASSIGN_OR_RETURN(std::vector<ActorId> side, ctx.Side(id, options.rollup));
    targets.emplace(side.begin(), side.end());
  }
  Collector found;
  auto keep = [&](const IndexRow& row) {
    if (filter.Matches(row.summary, row.date)) found.Add(row.claim, row.date);
    return true;
  };
  if (!options.article.empty()) {
    SG_ASSIGN_OR_RETURN(graph::ArticleId article, ResolveArticle(ctx, options.article));
    SG_RETURN_IF_ERROR(CollectArticle(ctx, article, speakers ? &*speakers : nullptr,
                                      targets ? &*targets : nullptr, filter, &found));
  } else if (speakers && targets && speakers->size() * targets->size() <= internal::kMaxPairScans) {
    for (ActorId t : *targets) {
      for (ActorId s : *speakers) {
        SG_RETURN_IF_ERROR(internal::ScanPair(ctx, t, s, filter.dates, keep));
      }
    }
  } else if (targets) {
    for (ActorId t : *targets) {
      SG_RETURN_IF_ERROR(internal::ScanByTarget(ctx, t, filter.dates, [&](const IndexRow& row) {
        if (speakers && !speakers->count(row.speaker)) return true;
        return keep(row);
      }));
    }
  } else if (speakers) {
    for (ActorId s : *speakers) {
      SG_RETURN_IF_ERROR(internal::ScanBySpeaker(ctx, s, filter.dates, keep));
    }
  } else {
    SG_RETURN_IF_ERROR(CollectByDate(ctx, filter, options.limit, &found));
  }
  return ctx.Describe(found.Ids(options.limit));
}

Result<std::vector<TimelineRow>> Timeline(Context& ctx, const TimelineOptions& options) {
  SG_ASSIGN_OR_RETURN(ActorId id, ctx.Resolve(options.actor));
  SG_ASSIGN_OR_RETURN(std::vector<ActorId> side, ctx.Side(id, options.rollup));
  std::map<std::pair<Date, ClaimId>, std::pair<bool, bool>> rows;  // -> (by, about)
  for (ActorId a : side) {
    SG_RETURN_IF_ERROR(internal::ScanBySpeaker(ctx, a, options.dates, [&](const IndexRow& r) {
      rows[{r.date, r.claim}].first = true;
      return true;
    }));
    SG_RETURN_IF_ERROR(internal::ScanByTarget(ctx, a, options.dates, [&](const IndexRow& r) {
      rows[{r.date, r.claim}].second = true;
      return true;
    }));
  }
  std::vector<ClaimId> ids;
  std::vector<std::pair<bool, bool>> flags;
  for (const auto& [key, flag] : rows) {
    if (options.limit != 0 && ids.size() == options.limit) break;
    ids.push_back(key.second);
    flags.push_back(flag);
  }
  SG_ASSIGN_OR_RETURN(std::vector<ClaimView> views, ctx.Describe(ids));
  std::vector<TimelineRow> out;
  for (size_t i = 0; i < views.size(); ++i) {
    out.push_back(TimelineRow{std::move(views[i]), flags[i].first, flags[i].second});
  }
  return out;
}

}  // namespace sg::query
