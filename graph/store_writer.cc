// Store: the write path. One article = one WriteBatch holding its records, its claims, every
// index entry and every derived update (actor records, alias and member index, stance edges,
// counts). The batch is a WriteBatchWithIndex so that reads made while building it (actor
// resolution, stance first/last dates) see the batch's own earlier writes.
#include <rocksdb/utilities/write_batch_with_index.h>

#include <algorithm>
#include <map>
#include <set>

#include "graph/internal/rocksdb_store.h"
#include "graph/keys.h"
#include "graph/names.h"

namespace sg::graph::internal {
namespace {

constexpr size_t kMaxClaimsPerArticle = 0xffff;
// Sizes beyond any real article: names end up in index keys, texts in records.
constexpr size_t kMaxNameBytes = 1024;        // actor names, aliases, roles, cues, predicates
constexpr size_t kMaxLineBytes = 64 << 10;    // article key, url, title, outlet
constexpr size_t kMaxContentBytes = 1 << 20;  // one claim's content

// "what of N bytes, over the limit of L" when `text` is longer than `limit`, else "".
std::string TooLong(const std::string& what, std::string_view text, size_t limit) {
  if (text.size() <= limit) return "";
  return what + " of " + std::to_string(text.size()) + " bytes, over the limit of " +
         std::to_string(limit);
}

Status ValidateDraft(const ArticleDraft& d) {
  std::string shown_key = d.key.substr(0, 100) + (d.key.size() > 100 ? "..." : "");
  auto bad = [&](const std::string& what) {
    return Status::InvalidArgument("article \"" + shown_key + "\": " + what);
  };
  if (d.key.empty()) return Status::InvalidArgument("article without a key");
  for (const auto& [what, text] : {std::pair<const char*, const std::string*>{"key", &d.key},
                                   {"url", &d.url}, {"title", &d.title}, {"outlet", &d.outlet}}) {
    if (std::string e = TooLong(what, *text, kMaxLineBytes); !e.empty()) return bad(e);
  }
  const int n = static_cast<int>(d.actors.size());
  auto in_range = [n](int i) { return i >= 0 && i < n; };
  for (int i = 0; i < n; ++i) {
    const ActorMention& m = d.actors[i];
    std::string e = TooLong("actor " + std::to_string(i) + " name", m.name, kMaxNameBytes);
    for (const std::string& alias : m.aliases) {
      if (e.empty()) e = TooLong("actor " + std::to_string(i) + " alias", alias, kMaxNameBytes);
    }
    if (e.empty()) e = TooLong("actor " + std::to_string(i) + " role", m.role, kMaxNameBytes);
    if (!e.empty()) return bad(e);
    if (NormalizeName(m.name).empty()) {
      return bad("actor " + std::to_string(i) + " has no usable name (\"" + m.name + "\")");
    }
    if (m.group != -1 && (!in_range(m.group) || m.group == i)) {
      return bad("actor \"" + m.name + "\" has an invalid group index");
    }
  }
  if (d.claims.size() > kMaxClaimsPerArticle) {
    return bad(std::to_string(d.claims.size()) + " claims, more than the limit of 65535");
  }
  for (size_t c = 0; c < d.claims.size(); ++c) {
    const ClaimDraft& cl = d.claims[c];
    std::string where = "claim " + std::to_string(c) + ": ";
    std::string e = TooLong("content", cl.content, kMaxContentBytes);
    if (e.empty()) e = TooLong("cue", cl.cue, kMaxNameBytes);
    if (e.empty()) e = TooLong("predicate", cl.proposition.predicate, kMaxNameBytes);
    if (e.empty()) e = TooLong("rule", cl.rule, kMaxNameBytes);
    if (!e.empty()) return bad(where + e);
    if (!in_range(cl.speaker)) return bad(where + "speaker index out of range");
    if (cl.source != -1 && !in_range(cl.source)) return bad(where + "source index out of range");
    if (cl.polarity < -1 || cl.polarity > 1) return bad(where + "polarity not in -1..1");
    for (const TargetDraft& t : cl.targets) {
      if (!in_range(t.actor)) return bad(where + "target index out of range");
      if (t.stance < -1 || t.stance > 1) return bad(where + "stance not in -1..1");
    }
    const PropositionDraft& p = cl.proposition;
    if ((p.agent != -1 && !in_range(p.agent)) || (p.patient != -1 && !in_range(p.patient))) {
      return bad(where + "proposition index out of range");
    }
  }
  return Status::Ok();
}

// Builds one article's batch. Usage: Remove(old) and/or Add(draft), then Commit().
class ArticleTxn {
 public:
  // `indexed`: reads made while building the batch must see its own earlier writes, which is the
  // case when the batch takes a stored version back (stance dates are recomputed from by_target
  // after its entries are deleted); the batch is then a WriteBatchWithIndex. A new article's
  // batch is never read back, so it is a plain WriteBatch (indexing every entry cost ~9% of the
  // ingest CPU).
  ArticleTxn(RocksDbStore& store, bool indexed)
      : store_(store), cache_(store.write_cache()) {
    if (indexed) {
      indexed_ = std::make_unique<rocksdb::WriteBatchWithIndex>(rocksdb::BytewiseComparator(), 0,
                                                                /*overwrite_key=*/true);
    }
  }

  Status Begin() {
    if (cache_.counts) {
      counts_ = *cache_.counts;
      return Status::Ok();
    }
    SG_ASSIGN_OR_RETURN(std::optional<std::string> counts,
                        store_.Get(Family::kMeta, keys::kMetaCounts, nullptr));
    if (counts) {
      SG_ASSIGN_OR_RETURN(counts_, DecodeCounts(*counts));
    }
    return Status::Ok();
  }

  // Takes back everything `article` and its stored claims contributed.
  Status Remove(const Article& article) {
    std::vector<Claim> claims;
    Status decode;
    SG_RETURN_IF_ERROR(store_.Scan(
        Family::kClaims, keys::ClaimPrefix(article.id),
        [&](std::string_view, std::string_view value) {
          Result<Claim> c = DecodeClaim(value);
          if (!c.ok()) {
            decode = c.status().WithContext("article \"" + article.key + "\"");
            return false;
          }
          claims.push_back(std::move(c).value());
          return true;
        },
        nullptr));
    SG_RETURN_IF_ERROR(decode);
    for (const Claim& c : claims) SG_RETURN_IF_ERROR(ApplyClaim(c, -1));
    for (const ActorContribution& contribution : article.actors) {
      SG_RETURN_IF_ERROR(ApplyContribution(contribution, -1, nullptr));
    }
    Delete(Family::kArticles, keys::ArticleKey(article.id));
    counts_.articles -= 1;
    removed_claims_ = static_cast<uint32_t>(claims.size());
    return Status::Ok();
  }

  // Adds `draft` as article `id`.
  Status Add(const ArticleDraft& draft, ArticleId id, int64_t now) {
    std::vector<ActorId> resolved(draft.actors.size());
    for (size_t i = 0; i < draft.actors.size(); ++i) {
      SG_ASSIGN_OR_RETURN(resolved[i], Resolve(draft.actors[i]));
    }
    // One contribution per distinct actor, sorted by id (deterministic records).
    std::map<ActorId, ActorContribution> contributions;
    std::map<ActorId, std::string> canonical;  // name for actors this article creates
    for (size_t i = 0; i < draft.actors.size(); ++i) {
      const ActorMention& m = draft.actors[i];
      ActorContribution& c = contributions[resolved[i]];
      c.actor = resolved[i];
      if (c.kind == ActorKind::kUnknown) c.kind = m.kind;
      c.aliases.push_back(m.name);
      for (const std::string& a : m.aliases) {
        if (!NormalizeName(a).empty()) c.aliases.push_back(a);
      }
      if (m.group >= 0 && resolved[m.group] != resolved[i]) {
        c.affiliations.push_back(Affiliation{resolved[m.group], m.role, 1});
      }
      canonical.emplace(resolved[i], m.name);
    }
    Article article;
    article.id = id;
    article.key = draft.key;
    article.url = draft.url;
    article.title = draft.title;
    article.outlet = draft.outlet;
    article.date = draft.date;
    article.content_hash = draft.content_hash;
    article.ingested_at = now;
    article.claim_count = static_cast<uint32_t>(draft.claims.size());
    for (auto& [actor, c] : contributions) {
      std::sort(c.aliases.begin(), c.aliases.end());
      c.aliases.erase(std::unique(c.aliases.begin(), c.aliases.end()), c.aliases.end());
      std::sort(c.affiliations.begin(), c.affiliations.end(),
                [](const Affiliation& a, const Affiliation& b) {
                  return std::tie(a.group, a.role) < std::tie(b.group, b.role);
                });
      c.affiliations.erase(std::unique(c.affiliations.begin(), c.affiliations.end()),
                           c.affiliations.end());
      SG_RETURN_IF_ERROR(ApplyContribution(c, +1, &canonical[actor]));
      article.actors.push_back(c);
    }
    auto actor_of = [&](int index) { return index >= 0 ? resolved[index] : ActorId{}; };
    for (size_t i = 0; i < draft.claims.size(); ++i) {
      const ClaimDraft& d = draft.claims[i];
      Claim c;
      c.id = ClaimId{id, static_cast<uint16_t>(i)};
      c.speaker = resolved[d.speaker];
      c.source = actor_of(d.source);
      c.cue = d.cue;
      c.form = d.form;
      c.polarity = d.polarity;
      c.modality = d.modality;
      for (const TargetDraft& t : d.targets) {
        ActorId a = resolved[t.actor];
        bool seen = std::any_of(c.targets.begin(), c.targets.end(),
                                [&](const Target& x) { return x.actor == a; });
        if (!seen) c.targets.push_back(Target{a, t.stance});
      }
      c.content = d.content;
      c.start = d.start;
      c.end = d.end;
      if (!d.proposition.predicate.empty()) {
        c.proposition = Proposition{actor_of(d.proposition.agent), d.proposition.predicate,
                                    actor_of(d.proposition.patient), d.proposition.negated};
      }
      c.date = draft.date;
      c.rule = d.rule;
      SG_RETURN_IF_ERROR(ApplyClaim(c, +1));
    }
    Put(Family::kArticles, keys::ArticleKey(id), EncodeArticle(article));
    counts_.articles += 1;
    return Status::Ok();
  }

  Status Commit() {
    SG_RETURN_IF_ERROR(FlushActors());
    SG_RETURN_IF_ERROR(FlushStance());
    Put(Family::kMeta, std::string(keys::kMetaCounts), EncodeCounts(counts_));
    rocksdb::WriteOptions wo;
    wo.sync = store_.options().sync;
    SG_RETURN_IF_ERROR(
        FromRocks(store_.db()->Write(wo, indexed_ ? indexed_->GetWriteBatch() : &plain_),
                  "write article"));
    // Written: the caches take the committed state.
    for (auto& [id, actor] : actors_) {
      if (actor == nullptr) continue;
      if (actor->articles > 0) {
        cache_.actors.Put(id, *actor);
      } else {
        cache_.actors.Erase(id);
      }
    }
    for (const auto& [pair, pending] : stance_) {
      if (pending.aggregate.count() > 0) {
        cache_.stance.Put(pair, pending.aggregate);
      } else {
        cache_.stance.Erase(pair);
      }
    }
    cache_.counts = counts_;
    return Status::Ok();
  }

  uint32_t removed_claims() const { return removed_claims_; }

 private:
  void Put(Family f, const std::string& key, const std::string& value) {
    if (indexed_) {
      indexed_->Put(store_.cf(f), key, value);
    } else {
      plain_.Put(store_.cf(f), key, value);
    }
  }
  void Delete(Family f, const std::string& key) {
    if (indexed_) {
      indexed_->Delete(store_.cf(f), key);
    } else {
      plain_.Delete(store_.cf(f), key);
    }
  }

  // Reads through the batch: sees this article's earlier writes.
  Result<std::optional<std::string>> Read(Family f, const std::string& key) {
    std::string value;
    if (!indexed_) return store_.Get(f, key, nullptr);
    rocksdb::Status s = indexed_->GetFromBatchAndDB(store_.db(), rocksdb::ReadOptions(),
                                                 store_.cf(f), key, &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return FromRocks(s, "read " + std::string(ToString(f)));
    return std::optional<std::string>(std::move(value));
  }

  // Iterates the keys of `f` in [begin, end) as this batch would leave them.
  template <typename Fn>
  Status Iterate(Family f, const std::string& begin, const std::string& end, bool reverse,
                 Fn&& fn) {
    rocksdb::ReadOptions ro;
    ro.total_order_seek = true;
    std::unique_ptr<rocksdb::Iterator> it(store_.db()->NewIterator(ro, store_.cf(f)));
    if (indexed_) it.reset(indexed_->NewIteratorWithBase(store_.cf(f), it.release()));
    if (!reverse) {
      for (it->Seek(begin); it->Valid() && it->key().compare(end) < 0; it->Next()) {
        if (!fn(it->key().ToStringView())) break;
      }
    } else {
      for (it->SeekForPrev(end); it->Valid() && it->key().compare(begin) >= 0; it->Prev()) {
        if (it->key().compare(end) >= 0) continue;
        if (!fn(it->key().ToStringView())) break;
      }
    }
    return FromRocks(it->status(), "iterate " + std::string(ToString(f)));
  }

  // The actor as this batch leaves it so far (null: absent). The stored record comes from the
  // store's cache when a recent batch wrote or read it, else from the database; a copy of it is
  // kept as the "before" state for FlushActors.
  Result<Actor*> LoadActor(ActorId id) {
    auto found = actors_.find(id);
    if (found != actors_.end()) return found->second.get();
    std::unique_ptr<Actor> actor;
    if (const Actor* cached = cache_.actors.Find(id)) {
      actor = std::make_unique<Actor>(*cached);
    } else {
      SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes,
                          Read(Family::kActors, keys::ActorKey(id)));
      if (bytes) {
        Result<Actor> decoded = DecodeActor(*bytes);
        if (!decoded.ok()) return decoded.status().WithContext(FormatActorId(id));
        actor = std::make_unique<Actor>(std::move(decoded).value());
        cache_.actors.Put(id, *actor);
      }
    }
    if (actor != nullptr) {
      existed_.insert(id);
      stored_.emplace(id, *actor);
    }
    Actor* raw = actor.get();
    actors_.emplace(id, std::move(actor));
    return raw;
  }

  // The actor a mention denotes: the actor of that name if it exists, else the single actor
  // with that alias and a compatible kind, else a new actor of that name.
  Result<ActorId> Resolve(const ActorMention& m) {
    ActorId direct = ActorIdForName(m.name);
    SG_ASSIGN_OR_RETURN(Actor * existing, LoadActor(direct));
    if (existing != nullptr) {
      if (NormalizeName(existing->name) != NormalizeName(m.name)) {
        return Status::AlreadyExists("actor id collision between \"" + existing->name +
                                     "\" and \"" + m.name + "\"");
      }
      return direct;
    }
    std::string prefix = keys::AliasPrefix(NormalizeName(m.name));
    std::vector<ActorId> candidates;
    Status corrupt;
    SG_RETURN_IF_ERROR(Iterate(Family::kAliases, prefix, keys::PrefixSuccessor(prefix), false,
                               [&](std::string_view key) {
                                 auto e = keys::DecodeAliasKey(key);
                                 if (!e) {
                                   corrupt = Status::Corruption("malformed alias key");
                                   return false;
                                 }
                                 candidates.push_back(e->actor);
                                 return candidates.size() < 2;
                               }));
    SG_RETURN_IF_ERROR(corrupt);
    if (candidates.size() == 1) {
      SG_ASSIGN_OR_RETURN(Actor * other, LoadActor(candidates[0]));
      bool compatible = other != nullptr && (m.kind == ActorKind::kUnknown ||
                                             other->kind == ActorKind::kUnknown ||
                                             other->kind == m.kind);
      if (compatible) return candidates[0];
    }
    return direct;
  }

  // Adds (sign +1) or takes back (sign -1) one article's contribution to an actor.
  Status ApplyContribution(const ActorContribution& c, int sign, const std::string* name) {
    SG_ASSIGN_OR_RETURN(Actor * actor, LoadActor(c.actor));
    if (actor == nullptr) {
      if (sign < 0) {
        return Status::Corruption("article contribution to missing " + FormatActorId(c.actor));
      }
      actors_[c.actor] = std::make_unique<Actor>();
      actor = actors_[c.actor].get();
      actor->id = c.actor;
      actor->name = name != nullptr ? *name : "";
    }
    actor->articles += sign;
    actor->kind_votes[static_cast<size_t>(c.kind)] += sign;
    actor->kind = KindFromVotes(actor->kind_votes);
    for (const std::string& alias : c.aliases) {
      auto it = std::lower_bound(
          actor->aliases.begin(), actor->aliases.end(), alias,
          [](const AliasCount& a, const std::string& b) { return a.alias < b; });
      if (it == actor->aliases.end() || it->alias != alias) {
        it = actor->aliases.insert(it, AliasCount{alias, 0});
      }
      it->articles += sign;
      if (it->articles == 0) actor->aliases.erase(it);
    }
    for (const Affiliation& a : c.affiliations) {
      auto less = [](const Affiliation& x, const Affiliation& y) {
        return std::tie(x.group, x.role) < std::tie(y.group, y.role);
      };
      auto it = std::lower_bound(actor->affiliations.begin(), actor->affiliations.end(), a, less);
      if (it == actor->affiliations.end() || it->group != a.group || it->role != a.role) {
        it = actor->affiliations.insert(it, Affiliation{a.group, a.role, 0});
      }
      it->articles += sign;
      if (it->articles == 0) actor->affiliations.erase(it);
    }
    return Status::Ok();
  }

  Result<StanceAggregate*> LoadStance(ActorId from, ActorId to) {
    auto key = std::make_pair(from, to);
    auto found = stance_.find(key);
    if (found != stance_.end()) return &found->second.aggregate;
    PendingStance pending;
    if (const StanceAggregate* cached = cache_.stance.Find(key)) {
      pending.aggregate = *cached;
      pending.existed = true;
    } else {
      SG_ASSIGN_OR_RETURN(std::optional<std::string> bytes,
                          Read(Family::kStance, keys::StanceKey(from, to)));
      if (bytes) {
        SG_ASSIGN_OR_RETURN(pending.aggregate, DecodeStanceAggregate(*bytes));
        pending.existed = true;
      }
    }
    return &stance_.emplace(key, pending).first->second.aggregate;
  }

  // Writes (sign +1) or deletes (sign -1) one claim with its index entries and counters.
  Status ApplyClaim(const Claim& c, int sign) {
    auto put_or_delete = [&](Family f, const std::string& key, const std::string& value) {
      if (sign > 0) {
        Put(f, key, value);
      } else {
        Delete(f, key);
      }
    };
    put_or_delete(Family::kClaims, keys::ClaimKey(c.id), sign > 0 ? EncodeClaim(c) : "");
    ClaimSummary summary;
    summary.polarity = c.polarity;
    summary.form = c.form;
    summary.modality = c.modality;
    summary.cue = c.cue;
    if (!c.targets.empty()) summary.first_target = c.targets.front().actor;
    for (const Target& t : c.targets) summary.stance = std::min(summary.stance, t.stance);
    put_or_delete(Family::kBySpeaker, keys::SpeakerKey(c.speaker, c.date, c.id),
                  sign > 0 ? EncodeClaimSummary(summary) : "");
    put_or_delete(Family::kByDate, keys::DateKey(c.date, c.id), "");
    if (!c.proposition.empty() && c.proposition.agent.valid()) {
      PropositionValue pv{c.polarity, c.proposition.negated, c.speaker, c.date};
      put_or_delete(Family::kByProposition,
                    keys::PropositionKey(c.proposition.agent, c.proposition.predicate,
                                         c.proposition.patient, c.id),
                    sign > 0 ? EncodePropositionValue(pv) : "");
    }
    SG_ASSIGN_OR_RETURN(Actor * speaker, LoadActor(c.speaker));
    if (speaker == nullptr) return Status::Corruption("claim speaker missing: " + FormatClaimId(c.id));
    speaker->claims_made += sign;
    for (const Target& t : c.targets) {
      ClaimSummary about = summary;
      about.stance = t.stance;
      put_or_delete(Family::kByTarget, keys::TargetKey(t.actor, c.speaker, c.date, c.id),
                    sign > 0 ? EncodeClaimSummary(about) : "");
      counts_.about += sign;
      SG_ASSIGN_OR_RETURN(Actor * target, LoadActor(t.actor));
      if (target == nullptr) return Status::Corruption("claim target missing: " + FormatClaimId(c.id));
      target->claims_received += sign;
      SG_ASSIGN_OR_RETURN(StanceAggregate * agg, LoadStance(c.speaker, t.actor));
      agg->sum += sign * t.stance;
      uint32_t& bucket = t.stance < 0 ? agg->hostile : t.stance > 0 ? agg->friendly : agg->neutral;
      bucket += sign;
      if (c.date.known()) {
        if (sign > 0) {
          if (!agg->first.known() || c.date < agg->first) agg->first = c.date;
          if (c.date > agg->last) agg->last = c.date;
        } else {
          stance_[{c.speaker, t.actor}].recompute_dates = true;
        }
      }
    }
    counts_.claims += sign;
    return Status::Ok();
  }

  static bool SameNamesAndGroups(const Actor& a, const Actor& b) {
    auto alias = [](const AliasCount& x, const AliasCount& y) { return x.alias == y.alias; };
    auto group = [](const Affiliation& x, const Affiliation& y) { return x.group == y.group; };
    return a.name == b.name &&
           std::equal(a.aliases.begin(), a.aliases.end(), b.aliases.begin(), b.aliases.end(),
                      alias) &&
           std::equal(a.affiliations.begin(), a.affiliations.end(), b.affiliations.begin(),
                      b.affiliations.end(), group);
  }

  // Writes every touched actor record and its alias and member index entries.
  Status FlushActors() {
    for (auto& [id, actor] : actors_) {
      if (actor == nullptr) continue;
      // An article that only changed the actor's counters (the usual case) changes no alias or
      // member entry: they follow the record's name, alias strings and groups.
      if (auto old = stored_.find(id); old != stored_.end() && actor->articles > 0 &&
                                       SameNamesAndGroups(old->second, *actor)) {
        Put(Family::kActors, keys::ActorKey(id), EncodeActor(*actor));
        continue;
      }
      // The alias and member entries the stored record implies, before and after.
      std::set<std::string> before_aliases, after_aliases;
      std::set<ActorId> before_groups, after_groups;
      if (auto old = stored_.find(id); old != stored_.end()) {
        for (const AliasCount& a : old->second.aliases) {
          before_aliases.insert(NormalizeName(a.alias));
        }
        for (const Affiliation& a : old->second.affiliations) before_groups.insert(a.group);
      }
      bool keep = actor->articles > 0;
      if (keep) {
        for (const AliasCount& a : actor->aliases) after_aliases.insert(NormalizeName(a.alias));
        after_aliases.insert(NormalizeName(actor->name));
        for (const Affiliation& a : actor->affiliations) after_groups.insert(a.group);
        Put(Family::kActors, keys::ActorKey(id), EncodeActor(*actor));
        if (!existed_.count(id)) counts_.actors += 1;
      } else if (existed_.count(id)) {
        Delete(Family::kActors, keys::ActorKey(id));
        counts_.actors -= 1;
      }
      if (existed_.count(id)) before_aliases.insert(NormalizeName(actor->name));
      for (const std::string& a : before_aliases) {
        if (!after_aliases.count(a)) Delete(Family::kAliases, keys::AliasKey(a, id));
      }
      for (const std::string& a : after_aliases) {
        if (!before_aliases.count(a)) Put(Family::kAliases, keys::AliasKey(a, id), "");
      }
      for (ActorId g : before_groups) {
        if (!after_groups.count(g)) {
          Delete(Family::kMembers, keys::MemberKey(g, id));
          counts_.member_of -= 1;
        }
      }
      for (ActorId g : after_groups) {
        if (!before_groups.count(g)) {
          Put(Family::kMembers, keys::MemberKey(g, id), "");
          counts_.member_of += 1;
        }
      }
    }
    return Status::Ok();
  }

  // Writes every touched stance edge; first/last dates are recomputed from by_target when a
  // dated claim was taken away.
  Status FlushStance() {
    for (auto& [pair, pending] : stance_) {
      StanceAggregate& agg = pending.aggregate;
      std::string key = keys::StanceKey(pair.first, pair.second);
      if (agg.count() == 0) {
        if (pending.existed) {
          Delete(Family::kStance, key);
          counts_.stance -= 1;
        }
        continue;
      }
      if (pending.recompute_dates) {
        std::string prefix = keys::TargetSpeakerPrefix(pair.second, pair.first);
        std::string dated = prefix;
        keys::PutU32(&dated, 1);  // skip undated claims (date 0)
        std::string end = keys::PrefixSuccessor(prefix);
        agg.first = agg.last = Date{};
        auto take = [](Date* out) {
          return [out](std::string_view k) {
            if (auto e = keys::DecodeTargetKey(k)) *out = e->date;
            return false;
          };
        };
        SG_RETURN_IF_ERROR(Iterate(Family::kByTarget, dated, end, false, take(&agg.first)));
        SG_RETURN_IF_ERROR(Iterate(Family::kByTarget, dated, end, true, take(&agg.last)));
      }
      Put(Family::kStance, key, EncodeStanceAggregate(agg));
      if (!pending.existed) counts_.stance += 1;
    }
    return Status::Ok();
  }

  struct PendingStance {
    StanceAggregate aggregate;
    bool existed = false;
    bool recompute_dates = false;
  };

  RocksDbStore& store_;
  RocksDbStore::WriteCache& cache_;
  std::unique_ptr<rocksdb::WriteBatchWithIndex> indexed_;  // when reads must see the batch
  rocksdb::WriteBatch plain_;                              // otherwise
  Counts counts_;
  std::map<ActorId, std::unique_ptr<Actor>> actors_;  // null: known to be absent
  std::set<ActorId> existed_;                         // actors stored before this batch
  std::map<ActorId, Actor> stored_;                   // their records before this batch
  std::map<std::pair<ActorId, ActorId>, PendingStance> stance_;
  uint32_t removed_claims_ = 0;
};

}  // namespace

Result<PutResult> RocksDbStore::PutArticle(const ArticleDraft& draft, int64_t now) {
  if (options_.read_only) return Status::FailedPrecondition(path_ + " is opened read-only");
  SG_RETURN_IF_ERROR(ValidateDraft(draft));
  PutResult result;
  result.article = ArticleIdForKey(draft.key);
  SG_ASSIGN_OR_RETURN(std::optional<Article> old, GetArticle(result.article, nullptr));
  if (old && old->key != draft.key) {
    return Status::AlreadyExists("article id collision between \"" + old->key + "\" and \"" +
                                 draft.key + "\"");
  }
  if (old && old->content_hash == draft.content_hash) {
    result.outcome = PutOutcome::kUnchanged;
    result.claims = old->claim_count;
    return result;
  }
  ArticleTxn txn(*this, /*indexed=*/old.has_value());
  SG_RETURN_IF_ERROR(txn.Begin());
  if (old) SG_RETURN_IF_ERROR(txn.Remove(*old));
  SG_RETURN_IF_ERROR(txn.Add(draft, result.article, now));
  SG_RETURN_IF_ERROR(txn.Commit());
  result.outcome = old ? PutOutcome::kReplaced : PutOutcome::kNew;
  result.claims = static_cast<uint32_t>(draft.claims.size());
  result.claims_removed = txn.removed_claims();
  return result;
}

Result<bool> RocksDbStore::RetractArticle(std::string_view key) {
  if (options_.read_only) return Status::FailedPrecondition(path_ + " is opened read-only");
  SG_ASSIGN_OR_RETURN(std::optional<Article> old, GetArticle(ArticleIdForKey(key), nullptr));
  if (!old || old->key != key) return false;
  ArticleTxn txn(*this, /*indexed=*/true);
  SG_RETURN_IF_ERROR(txn.Begin());
  SG_RETURN_IF_ERROR(txn.Remove(*old));
  SG_RETURN_IF_ERROR(txn.Commit());
  return true;
}

}  // namespace sg::graph::internal
