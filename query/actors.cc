#include "query/actors.h"

#include <algorithm>
#include <map>

#include "graph/keys.h"
#include "graph/names.h"
#include "query/stance.h"

namespace sg::query {

using graph::ActorId;

Result<std::vector<ActorRow>> ListActors(Context& ctx, const ActorsOptions& options) {
  std::vector<graph::Actor> actors;
  Status bad;
  SG_RETURN_IF_ERROR(ctx.store().Scan(
      graph::Family::kActors, "",
      [&](std::string_view, std::string_view value) {
        Result<graph::Actor> actor = graph::DecodeActor(value);
        if (!actor.ok()) {
          bad = actor.status();
          return false;
        }
        actors.push_back(std::move(actor).value());
        return true;
      },
      ctx.snapshot()));
  SG_RETURN_IF_ERROR(bad);
  std::map<ActorId, ActorRow> rows;
  for (const graph::Actor& a : actors) {
    ActorId key = a.id;
    if (options.rollup) {
      SG_ASSIGN_OR_RETURN(key, ctx.RootOf(a.id));
    }
    ActorRow& row = rows[key];
    row.actor.id = key;
    if (key == a.id) row.articles = a.articles;
    row.claims_made += a.claims_made;
    row.claims_received += a.claims_received;
  }
  std::vector<ActorRow> out;
  for (auto& [id, row] : rows) {
    SG_ASSIGN_OR_RETURN(row.actor, ctx.Ref(id));
    if (options.kind && row.actor.kind != *options.kind) continue;
    out.push_back(std::move(row));
  }
  std::sort(out.begin(), out.end(), [](const ActorRow& a, const ActorRow& b) {
    if (a.activity() != b.activity()) return a.activity() > b.activity();
    return std::tie(a.actor.name, a.actor.id) < std::tie(b.actor.name, b.actor.id);
  });
  if (options.top != 0 && out.size() > options.top) out.resize(options.top);
  return out;
}

Result<ActorInfo> DescribeActor(Context& ctx, const ActorOptions& options) {
  SG_ASSIGN_OR_RETURN(ActorId id, ctx.Resolve(options.name));
  SG_ASSIGN_OR_RETURN(const graph::Actor* actor, ctx.GetActor(id));
  if (actor == nullptr) return Status::NotFound("no actor " + graph::FormatActorId(id));
  ActorInfo info;
  SG_ASSIGN_OR_RETURN(info.row.actor, ctx.Ref(id));
  info.row.articles = actor->articles;
  info.row.claims_made = actor->claims_made;
  info.row.claims_received = actor->claims_received;
  info.aliases = actor->aliases;
  for (const graph::Affiliation& a : actor->affiliations) {
    AffiliationView view;
    SG_ASSIGN_OR_RETURN(view.group, ctx.Ref(a.group));
    view.role = a.role;
    view.articles = a.articles;
    info.affiliations.push_back(std::move(view));
  }
  std::vector<ActorId> members;
  SG_RETURN_IF_ERROR(ctx.store().Scan(
      graph::Family::kMembers, graph::keys::MemberPrefix(id),
      [&](std::string_view key, std::string_view) {
        if (auto e = graph::keys::DecodeMemberKey(key)) members.push_back(e->member);
        return true;
      },
      ctx.snapshot()));
  for (ActorId m : members) {
    SG_ASSIGN_OR_RETURN(ActorRef ref, ctx.Ref(m));
    info.members.push_back(std::move(ref));
  }
  std::sort(info.members.begin(), info.members.end(),
            [](const ActorRef& a, const ActorRef& b) { return a.name < b.name; });
  StanceOptions toward;
  toward.from = graph::FormatActorId(id);
  toward.evidence = 1;
  toward.limit = options.counterparts;
  SG_ASSIGN_OR_RETURN(info.stance_toward, ComputeStance(ctx, toward));
  StanceOptions from;
  from.to = graph::FormatActorId(id);
  from.evidence = 1;
  from.limit = options.counterparts;
  SG_ASSIGN_OR_RETURN(info.stance_from, ComputeStance(ctx, from));
  std::vector<graph::ClaimId> recent;
  SG_RETURN_IF_ERROR(ctx.store().ScanReverse(
      graph::Family::kBySpeaker, graph::keys::SpeakerPrefix(id),
      [&](std::string_view key, std::string_view) {
        if (auto e = graph::keys::DecodeSpeakerKey(key)) recent.push_back(e->claim);
        return recent.size() < options.recent;
      },
      ctx.snapshot()));
  if (options.recent == 0) recent.clear();
  SG_ASSIGN_OR_RETURN(info.recent_claims, ctx.Describe(recent));
  return info;
}

}  // namespace sg::query
