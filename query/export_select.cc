// Shared pieces of the export's subgraph selection (see export_select.h).
#include "query/export_select.h"

#include <unordered_set>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/internal/index_scan.h"
#include "query/internal/resolve.h"

namespace sg::query::internal {

using graph::Actor;
using graph::ActorId;
using graph::Claim;
using graph::ClaimId;
using graph::Date;
using graph::Family;
namespace keys = graph::keys;

namespace {

// Scans keys of `family` under `prefix`, decoding each with `decode`; fn returns false to stop.
template <typename Decode, typename Fn>
Status ScanKeys(const graph::Store& store, const graph::Snapshot* snapshot, Family family,
                std::string_view prefix, Decode decode, Fn fn) {
  Status corrupt;
  SG_RETURN_IF_ERROR(store.Scan(
      family, prefix,
      [&](std::string_view key, std::string_view) {
        auto entry = decode(key);
        if (!entry) {
          corrupt = Status::Corruption("malformed key in " + std::string(ToString(family)));
          return false;
        }
        return fn(*entry);
      },
      snapshot));
  return corrupt;
}

// Calls fn for every record of `family` in key order; a record that does not decode stops the
// scan with its error, named by `name(key)`.
template <typename T>
Status ForEachRecord(const graph::Store& store, const graph::Snapshot* snapshot, Family family,
                     Result<T> (*decode)(std::string_view),
                     std::string (*name)(std::string_view key),
                     const std::function<Status(const T&)>& fn) {
  Status inner;
  SG_RETURN_IF_ERROR(store.Scan(
      family, "",
      [&](std::string_view key, std::string_view value) {
        Result<T> record = decode(value);
        inner = record.ok() ? fn(*record) : record.status().WithContext(name(key));
        return inner.ok();
      },
      snapshot));
  return inner;
}

// Calls fn(neighbour) for every actor adjacent to `a`: targets of its claims, speakers of claims
// about it, its groups and its members.
Status ForEachNeighbour(const graph::Store& store, const graph::Snapshot* snapshot, ActorId a,
                        const std::function<void(ActorId)>& fn) {
  SG_RETURN_IF_ERROR(ScanKeys(store, snapshot, Family::kStance, keys::StancePrefix(a),
                              keys::DecodeStanceKey, [&](const keys::StanceEntry& e) {
                                fn(e.to);
                                return true;
                              }));
  // Speakers about `a`: one seek per distinct speaker, not one step per claim.
  std::string prefix = keys::TargetPrefix(a);
  std::string end = keys::PrefixSuccessor(prefix);
  std::string begin = prefix;
  while (true) {
    std::optional<ActorId> speaker;
    Status corrupt;
    SG_RETURN_IF_ERROR(store.ScanRange(
        Family::kByTarget, begin, end,
        [&](std::string_view key, std::string_view) {
          auto e = keys::DecodeTargetKey(key);
          if (!e) corrupt = Status::Corruption("malformed key in by_target");
          if (e) speaker = e->speaker;
          return false;
        },
        snapshot));
    SG_RETURN_IF_ERROR(corrupt);
    if (!speaker) break;
    fn(*speaker);
    begin = keys::PrefixSuccessor(keys::TargetSpeakerPrefix(a, *speaker));
    if (begin.empty()) break;
  }
  SG_ASSIGN_OR_RETURN(std::optional<Actor> actor, store.GetActor(a, snapshot));
  if (actor) {
    for (const graph::Affiliation& aff : actor->affiliations) fn(aff.group);
  }
  return ScanKeys(store, snapshot, Family::kMembers, keys::MemberPrefix(a), keys::DecodeMemberKey,
                  [&](const keys::MemberEntry& e) {
                    fn(e.member);
                    return true;
                  });
}

// Earliest and latest dated claim by or about `a`.
Status SeenDates(const graph::Store& store, const graph::Snapshot* snapshot, ActorId a, Date* first,
                 Date* last) {
  auto take = [&](Date d) {
    if (!d.known()) return;
    if (!first->known() || d < *first) *first = d;
    if (d > *last) *last = d;
  };
  // by_speaker is date-ordered per speaker: the first dated and the last entry suffice.
  std::string prefix = keys::SpeakerPrefix(a);
  std::string dated = prefix;
  keys::PutU32(&dated, 1);  // skip undated claims (date 0)
  Status corrupt;
  auto first_only = [&](std::string_view key, std::string_view) {
    auto e = keys::DecodeSpeakerKey(key);
    if (!e) corrupt = Status::Corruption("malformed key in by_speaker");
    if (e) take(e->date);
    return false;
  };
  SG_RETURN_IF_ERROR(store.ScanRange(Family::kBySpeaker, dated, keys::PrefixSuccessor(prefix),
                                     first_only, snapshot));
  SG_RETURN_IF_ERROR(store.ScanReverse(Family::kBySpeaker, prefix, first_only, snapshot));
  SG_RETURN_IF_ERROR(corrupt);
  // by_target is date-ordered per (target, speaker) only: read the keys of every claim about a.
  return ScanKeys(store, snapshot, Family::kByTarget, keys::TargetPrefix(a), keys::DecodeTargetKey,
                  [&](const keys::TargetEntry& e) {
                    take(e.date);
                    return true;
                  });
}

}  // namespace

Result<std::optional<Neighbourhood>> FindNeighbourhood(const graph::Store& store,
                                                       const ExportOptions& options,
                                                       const graph::Snapshot* snapshot) {
  if (options.around.empty()) return std::optional<Neighbourhood>();
  if (options.depth < 0) return Status::InvalidArgument("--depth must be 0 or more");
  Result<ActorId> resolved = ResolveName(store, snapshot, options.around, options.known_names);
  if (!resolved.ok()) return resolved.status().WithContext("--around");
  ActorId center = *resolved;
  std::unordered_set<uint64_t> seen{center.value};
  std::vector<ActorId> frontier{center};
  Neighbourhood hood;
  hood.center = center;
  hood.actors.Add(center);
  for (int step = 0; step < options.depth && !frontier.empty(); ++step) {
    std::vector<ActorId> next;
    for (ActorId a : frontier) {
      SG_RETURN_IF_ERROR(ForEachNeighbour(store, snapshot, a, [&](ActorId n) {
        if (n.valid() && seen.insert(n.value).second) {
          next.push_back(n);
          hood.actors.Add(n);
        }
      }));
    }
    frontier = std::move(next);
  }
  hood.actors.Seal();
  return std::optional<Neighbourhood>(std::move(hood));
}

Status ForEachClaim(const graph::Store& store, const graph::Snapshot* snapshot,
                    const std::function<Status(const Claim&)>& fn) {
  return ForEachRecord<Claim>(
      store, snapshot, Family::kClaims, graph::DecodeClaim,
      [](std::string_view key) {
        auto id = keys::DecodeClaimKey(key);
        return id ? graph::FormatClaimId(*id) : std::string("claims");
      },
      fn);
}

Status ForEachClaimOf(const graph::Store& store, const graph::Snapshot* snapshot,
                      const std::vector<ClaimId>& ids,
                      const std::function<Status(const Claim&)>& fn) {
  constexpr size_t kBatch = 512;
  for (size_t begin = 0; begin < ids.size(); begin += kBatch) {
    std::vector<ClaimId> batch(ids.begin() + begin,
                               ids.begin() + std::min(ids.size(), begin + kBatch));
    SG_ASSIGN_OR_RETURN(std::vector<std::optional<Claim>> claims, store.GetClaims(batch, snapshot));
    for (const std::optional<Claim>& claim : claims) {
      if (claim) SG_RETURN_IF_ERROR(fn(*claim));
    }
  }
  return Status::Ok();
}

Status ForEachClaimInWindow(const graph::Store& store, const graph::Snapshot* snapshot,
                            const Window& window, const std::function<Status(const Claim&)>& fn) {
  IdSet<ClaimId> ids;
  std::string begin = keys::DatePrefix(Date{std::max<uint32_t>(window.since.yyyymmdd, 1)});
  // yyyymmdd + 1 sorts after every key of `until` and before every later date.
  std::string end = window.until.known() ? keys::DatePrefix(Date{window.until.yyyymmdd + 1}) : "";
  Status corrupt;
  SG_RETURN_IF_ERROR(store.ScanRange(
      Family::kByDate, begin, end,
      [&](std::string_view key, std::string_view) {
        auto e = keys::DecodeDateKey(key);
        if (!e) {
          corrupt = Status::Corruption("malformed key in by_date");
          return false;
        }
        ids.Add(e->claim);
        return true;
      },
      snapshot));
  SG_RETURN_IF_ERROR(corrupt);
  ids.Seal();
  return ForEachClaimOf(store, snapshot, ids.ids(), fn);
}

Status ForEachActor(const graph::Store& store, const graph::Snapshot* snapshot,
                    const std::function<Status(const Actor&)>& fn) {
  return ForEachRecord<Actor>(
      store, snapshot, Family::kActors, graph::DecodeActor,
      [](std::string_view key) {
        auto id = keys::DecodeActorKey(key);
        return id ? graph::FormatActorId(*id) : std::string("actors");
      },
      fn);
}

Status ForEachArticle(const graph::Store& store, const graph::Snapshot* snapshot,
                      const std::function<Status(const graph::Article&)>& fn) {
  return ForEachRecord<graph::Article>(
      store, snapshot, Family::kArticles, graph::DecodeArticle,
      [](std::string_view key) {
        auto id = keys::DecodeArticleKey(key);
        return id ? graph::FormatArticleId(*id) : std::string("articles");
      },
      fn);
}

Result<ExportNode> MakeActorNode(const graph::Store& store, const graph::Snapshot* snapshot,
                                 const Actor& actor) {
  ExportNode node;
  node.kind = 0;  // "actor" in both schemas
  node.id = graph::FormatActorId(actor.id);
  node.label = SanitizeText(actor.name);
  if (node.label.empty()) node.label = node.id;
  SG_RETURN_IF_ERROR(SeenDates(store, snapshot, actor.id, &node.start, &node.end));
  AddAttr(&node.attrs, kNodeKind, std::string("actor"));
  AddAttr(&node.attrs, kNodeLabel, node.label);
  AddAttr(&node.attrs, kNodeActorKind, std::string(graph::ToString(actor.kind)));
  std::string aliases;
  for (const graph::AliasCount& a : actor.aliases) {
    if (a.alias == actor.name) continue;
    if (!aliases.empty()) aliases += "; ";
    aliases += a.alias;
  }
  if (!aliases.empty()) AddAttr(&node.attrs, kNodeAliases, SanitizeText(aliases));
  AddAttr(&node.attrs, kNodeArticles, int64_t{actor.articles});
  AddAttr(&node.attrs, kNodeClaimsMade, int64_t{actor.claims_made});
  AddAttr(&node.attrs, kNodeClaimsReceived, int64_t{actor.claims_received});
  if (node.start.known()) AddAttr(&node.attrs, kNodeFirstSeen, node.start.ToString());
  if (node.end.known()) AddAttr(&node.attrs, kNodeLastSeen, node.end.ToString());
  return node;
}

void AddSharedNodeAttrs(std::vector<AttrSpec>* attrs, uint32_t actor) {
  using T = AttrType;
  attrs->insert(attrs->end(), {
                                  {"kind", T::kString},
                                  {"label", T::kString},
                                  {"actor_kind", T::kString, actor},
                                  {"aliases", T::kString, actor},
                                  {"articles", T::kInt, actor},
                                  {"claims_made", T::kInt, actor},
                                  {"claims_received", T::kInt, actor},
                                  {"first_seen", T::kDate, actor},
                                  {"last_seen", T::kDate, actor},
                              });
}

Status ForEachContradiction(const graph::Store& store, const graph::Snapshot* snapshot,
                            bool all_pairs, const std::function<bool(ClaimId)>& include,
                            const std::function<Status(const Contradiction&)>& fn) {
  auto emit = [&](const PropositionRow& x, const PropositionRow& y) {
    const PropositionRow& lo = x.claim < y.claim ? x : y;
    const PropositionRow& hi = x.claim < y.claim ? y : x;
    return fn(Contradiction{lo.claim, hi.claim, lo.predicate, lo.value.date, hi.value.date});
  };
  auto accepted = [&](const PropositionRow& r) { return !include || include(r.claim); };
  return ScanPropositionRuns(store, snapshot, "", [&](const std::vector<PropositionRow>& run) {
    if (!all_pairs) return ForEachNearestPairInRun(run, accepted, emit);
    return ForEachPairInRun(run, [&](const PropositionRow& x, const PropositionRow& y) {
      return accepted(x) && accepted(y) ? emit(x, y) : Status::Ok();
    });
  });
}

}  // namespace sg::query::internal
