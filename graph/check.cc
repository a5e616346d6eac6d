// CheckStore: see check.h. Pass order: meta; articles with their claims (forward: every record
// has its index entries; tallies for actors); orphan claims; actors (against the tallies, with
// their alias and member entries); then every index family in reverse (every entry is derived
// by an existing record), the by_target pass recomputing stance aggregates pair by pair; and
// last meta/counts against the recomputed totals.
#include "graph/check.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "graph/codec.h"
#include "graph/keys.h"
#include "graph/names.h"

namespace sg::graph {

std::string HexKey(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

namespace {

// One index entry a record derives: the family, the key and the exact value bytes.
struct Derived {
  Family family;
  std::string key;
  std::string value;
};

// The index entries the writer derives from a claim (store_writer.cc ApplyClaim).
std::vector<Derived> DeriveFromClaim(const Claim& c) {
  ClaimSummary summary;
  summary.polarity = c.polarity;
  summary.form = c.form;
  summary.modality = c.modality;
  summary.cue = c.cue;
  if (!c.targets.empty()) summary.first_target = c.targets.front().actor;
  for (const Target& t : c.targets) summary.stance = std::min(summary.stance, t.stance);
  std::vector<Derived> out;
  out.push_back(
      {Family::kBySpeaker, keys::SpeakerKey(c.speaker, c.date, c.id), EncodeClaimSummary(summary)});
  out.push_back({Family::kByDate, keys::DateKey(c.date, c.id), ""});
  for (const Target& t : c.targets) {
    ClaimSummary about = summary;
    about.stance = t.stance;
    out.push_back({Family::kByTarget, keys::TargetKey(t.actor, c.speaker, c.date, c.id),
                   EncodeClaimSummary(about)});
  }
  if (!c.proposition.empty() && c.proposition.agent.valid()) {
    PropositionValue pv{c.polarity, c.proposition.negated, c.speaker, c.date};
    out.push_back({Family::kByProposition,
                   keys::PropositionKey(c.proposition.agent, c.proposition.predicate,
                                        c.proposition.patient, c.id),
                   EncodePropositionValue(pv)});
  }
  return out;
}

// The alias and member entries the writer derives from an actor record (FlushActors).
std::vector<Derived> DeriveFromActor(const Actor& a) {
  std::set<std::string> aliases{NormalizeName(a.name)};
  for (const AliasCount& alias : a.aliases) aliases.insert(NormalizeName(alias.alias));
  std::set<ActorId> groups;
  for (const Affiliation& aff : a.affiliations) groups.insert(aff.group);
  std::vector<Derived> out;
  for (const std::string& alias : aliases) {
    out.push_back({Family::kAliases, keys::AliasKey(alias, a.id), ""});
  }
  for (ActorId g : groups) out.push_back({Family::kMembers, keys::MemberKey(g, a.id), ""});
  return out;
}

bool Derives(const std::vector<Derived>& derived, Family family, std::string_view key) {
  return std::any_of(derived.begin(), derived.end(),
                     [&](const Derived& d) { return d.family == family && d.key == key; });
}

// The writer's kind rule: the kind with most votes; a known kind wins a tie with unknown; among
// known kinds with equal votes, the lower enum value.

// What the stored articles and claims say one actor record must hold.
struct Tally {
  uint32_t articles = 0;
  std::array<uint32_t, kActorKindCount> kind_votes{};
  std::map<std::string, uint32_t> aliases;
  std::map<std::pair<ActorId, std::string>, uint32_t> affiliations;
  uint32_t claims_made = 0;
  uint32_t claims_received = 0;
};

// A name or text for a message: at most 60 bytes.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  out += s.substr(0, 60);
  if (s.size() > 60) out += "...";
  return out + "\"";
}

std::string Describe(const StanceAggregate& a) {
  return "sum " + std::to_string(a.sum) + ", hostile " + std::to_string(a.hostile) + ", neutral " +
         std::to_string(a.neutral) + ", friendly " + std::to_string(a.friendly) + ", first " +
         (a.first.known() ? a.first.ToString() : "none") + ", last " +
         (a.last.known() ? a.last.ToString() : "none");
}

class Checker {
 public:
  Checker(const Store& store, const CheckSink& sink)
      : store_(store), sink_(sink), snapshot_(store.GetSnapshot()) {}

  CheckSummary Run() {
    CheckMeta();
    CheckArticles();
    CheckOrphanClaims();
    CheckActors();
    CheckClaimIndex(Family::kBySpeaker);
    CheckTargetIndex();
    CheckClaimIndex(Family::kByDate);
    CheckClaimIndex(Family::kByProposition);
    CheckStanceFamily();
    CheckActorIndex(Family::kAliases);
    CheckActorIndex(Family::kMembers);
    CheckCounts();
    return summary_;
  }

 private:
  void Problem(Family family, std::string_view key, std::string message) {
    ++summary_.problems;
    sink_(CheckProblem{family, std::string(key), std::move(message)});
  }

  // Calls fn(key, value) for every key of `family`, counting keys; a read error is a problem.
  template <typename Fn>
  void ScanAll(Family family, Fn&& fn) {
    Status s = store_.Scan(
        family, "",
        [&](std::string_view k, std::string_view v) {
          ++summary_.keys[static_cast<int>(family)];
          fn(k, v);
          return true;
        },
        snapshot_.get());
    if (!s.ok()) Problem(family, "", "read error: " + s.ToString());
  }

  // The value stored under exactly `key`; nullopt when absent (or unreadable: reported).
  std::optional<std::string> Lookup(Family family, const std::string& key) {
    std::optional<std::string> out;
    std::string end = key;
    end.push_back('\0');
    Status s = store_.ScanRange(
        family, key, end,
        [&](std::string_view k, std::string_view v) {
          if (k == key) out = std::string(v);
          return false;
        },
        snapshot_.get());
    if (!s.ok()) Problem(family, key, "read error: " + s.ToString());
    return out;
  }

  // Reports a missing entry or one whose value differs from what `owner` derives.
  void Expect(const Derived& d, const std::string& owner) {
    std::optional<std::string> found = Lookup(d.family, d.key);
    if (!found) {
      Problem(d.family, d.key, "missing: " + owner + " has no entry here");
    } else if (*found != d.value) {
      Problem(d.family, d.key, "the value differs from what " + owner + " derives");
    }
  }

  std::optional<Claim> LoadClaim(ClaimId id) {
    Result<std::optional<Claim>> c = store_.GetClaim(id, snapshot_.get());
    return c.ok() ? *c : std::nullopt;
  }
  std::optional<Actor> LoadActor(ActorId id) {
    Result<std::optional<Actor>> a = store_.GetActor(id, snapshot_.get());
    return a.ok() ? *a : std::nullopt;
  }

  void CheckMeta() {
    bool magic = false, version = false;
    ScanAll(Family::kMeta, [&](std::string_view key, std::string_view value) {
      if (key == keys::kMetaMagic) {
        magic = true;
        if (value != kMagic) Problem(Family::kMeta, key, "the magic is not \"stancegraph\"");
      } else if (key == keys::kMetaFormatVersion) {
        version = true;
        uint32_t v = 0;
        if (!keys::GetU32(&value, &v) || !value.empty()) {
          Problem(Family::kMeta, key, "the format version does not decode");
        } else if (v == 0 || v > kFormatVersion) {
          Problem(Family::kMeta, key,
                  "format version " + std::to_string(v) + ", this program reads 1 to " +
                      std::to_string(kFormatVersion));
        }
      } else if (key == keys::kMetaCounts) {
        Result<Counts> counts = DecodeCounts(value);
        if (!counts.ok()) {
          Problem(Family::kMeta, key, counts.status().message());
        } else {
          stored_counts_ = *counts;
        }
      } else {
        Problem(Family::kMeta, key, "unknown meta key");
      }
    });
    if (!magic) Problem(Family::kMeta, keys::kMetaMagic, "missing: no magic");
    if (!version) Problem(Family::kMeta, keys::kMetaFormatVersion, "missing: no format version");
    if (!stored_counts_) Problem(Family::kMeta, keys::kMetaCounts, "missing or unreadable counts");
  }

  void CheckArticles() {
    ScanAll(Family::kArticles, [&](std::string_view key, std::string_view value) {
      auto id = keys::DecodeArticleKey(key);
      if (!id) return Problem(Family::kArticles, key, "the key does not decode as an article id");
      Result<Article> decoded = DecodeArticle(value);
      std::string name = FormatArticleId(*id);
      if (!decoded.ok())
        return Problem(Family::kArticles, key, name + ": " + decoded.status().message());
      const Article& a = *decoded;
      name += " (" + Quote(a.key) + ")";
      if (a.id != *id) Problem(Family::kArticles, key, name + ": the record holds another id");
      if (ArticleIdForKey(a.key) != *id) {
        Problem(Family::kArticles, key, name + ": the external key hashes to another id");
      }
      std::set<ActorId> mentioned;
      for (const ActorContribution& c : a.actors) {
        if (!c.actor.valid() || (!mentioned.empty() && !(*mentioned.rbegin() < c.actor))) {
          Problem(Family::kArticles, key,
                  name + ": actor contributions are not sorted by id without repeats");
        }
        mentioned.insert(c.actor);
        TallyContribution(key, name, c);
      }
      uint32_t stored = 0;
      Status s = store_.Scan(
          Family::kClaims, keys::ClaimPrefix(*id),
          [&](std::string_view k, std::string_view v) {
            ++stored;
            CheckClaim(a, mentioned, k, v);
            return true;
          },
          snapshot_.get());
      if (!s.ok()) Problem(Family::kClaims, keys::ClaimPrefix(*id), "read error: " + s.ToString());
      if (stored != a.claim_count) {
        Problem(Family::kArticles, key,
                name + ": claim count " + std::to_string(a.claim_count) + " but " +
                    std::to_string(stored) + " claims are stored");
      }
    });
  }

  void TallyContribution(std::string_view key, const std::string& name,
                         const ActorContribution& c) {
    Tally& t = tally_[c.actor];
    t.articles += 1;
    auto kind = static_cast<size_t>(c.kind);
    if (kind < kActorKindCount) {
      t.kind_votes[kind] += 1;
    } else {
      Problem(Family::kArticles, key, name + ": unknown actor kind " + std::to_string(kind));
    }
    for (const std::string& alias : c.aliases) t.aliases[alias] += 1;
    for (const Affiliation& aff : c.affiliations) t.affiliations[{aff.group, aff.role}] += 1;
  }

  void CheckClaim(const Article& a, const std::set<ActorId>& mentioned, std::string_view key,
                  std::string_view value) {
    auto id = keys::DecodeClaimKey(key);
    if (!id) return Problem(Family::kClaims, key, "the key does not decode as a claim id");
    std::string name = FormatClaimId(*id);
    Result<Claim> decoded = DecodeClaim(value);
    if (!decoded.ok())
      return Problem(Family::kClaims, key, name + ": " + decoded.status().message());
    const Claim& c = *decoded;
    auto problem = [&](const std::string& what) {
      Problem(Family::kClaims, key, name + ": " + what);
    };
    if (c.id != *id) problem("the record holds id " + FormatClaimId(c.id));
    if (id->ordinal >= a.claim_count) problem("ordinal beyond its article's claim count");
    if (c.date != a.date)
      problem("date " + c.date.ToString() + ", its article's is " + a.date.ToString());
    if (c.polarity < -1 || c.polarity > 1) problem("polarity not in -1..1");
    auto named = [&](ActorId actor, const char* role) {
      if (!mentioned.count(actor)) {
        problem(std::string(role) + " " + FormatActorId(actor) +
                " is not among its article's actors");
      }
    };
    named(c.speaker, "speaker");
    if (c.source.valid()) named(c.source, "source");
    if (!c.proposition.empty() && c.proposition.agent.valid()) named(c.proposition.agent, "agent");
    if (!c.proposition.empty() && c.proposition.patient.valid()) {
      named(c.proposition.patient, "patient");
    }
    std::set<ActorId> targets;
    for (const Target& t : c.targets) {
      named(t.actor, "target");
      if (!targets.insert(t.actor).second) problem("target " + FormatActorId(t.actor) + " twice");
      if (t.stance < -1 || t.stance > 1) problem("stance not in -1..1");
    }
    for (const Derived& d : DeriveFromClaim(c)) Expect(d, name);
    tally_[c.speaker].claims_made += 1;
    for (const Target& t : c.targets) tally_[t.actor].claims_received += 1;
    about_ += c.targets.size();
  }

  // Claims whose article is not stored (their own article's pass never saw them).
  void CheckOrphanClaims() {
    std::string prefix;
    bool stored = false;
    ScanAll(Family::kClaims, [&](std::string_view key, std::string_view) {
      if (key.size() < 8) return Problem(Family::kClaims, key, "the key is not a claim id");
      if (key.substr(0, 8) != prefix) {
        prefix = std::string(key.substr(0, 8));
        stored = Lookup(Family::kArticles, prefix).has_value();
      }
      if (!stored) {
        auto id = keys::DecodeClaimKey(key);
        Problem(Family::kClaims, key,
                (id ? FormatClaimId(*id) : std::string("claim")) +
                    ": dangling: its article is not stored");
      }
    });
  }

  void CheckActors() {
    for (const auto& [id, t] : tally_) {
      if (t.articles == 0) continue;
      actors_ += 1;
      std::set<ActorId> groups;
      for (const auto& [aff, n] : t.affiliations) groups.insert(aff.first);
      member_of_ += groups.size();
    }
    ScanAll(Family::kActors, [&](std::string_view key, std::string_view value) {
      auto id = keys::DecodeActorKey(key);
      if (!id) return Problem(Family::kActors, key, "the key does not decode as an actor id");
      Result<Actor> decoded = DecodeActor(value);
      std::string name = FormatActorId(*id);
      if (!decoded.ok())
        return Problem(Family::kActors, key, name + ": " + decoded.status().message());
      const Actor& a = *decoded;
      name += " (" + Quote(a.name) + ")";
      if (a.id != *id) Problem(Family::kActors, key, name + ": the record holds another id");
      if (ActorIdForName(a.name) != *id) {
        Problem(Family::kActors, key, name + ": the canonical name hashes to another id");
      }
      Tally t;
      if (auto found = tally_.find(*id); found != tally_.end()) {
        t = std::move(found->second);
        tally_.erase(found);
      }
      CompareActor(key, name, a, t);
      for (const Derived& d : DeriveFromActor(a)) Expect(d, name);
    });
    for (const auto& [id, t] : tally_) {
      if (t.articles == 0) continue;  // only claims name it: reported with those claims
      Problem(Family::kActors, keys::ActorKey(id),
              "missing: " + FormatActorId(id) + " is mentioned by " + std::to_string(t.articles) +
                  " stored articles but has no record");
    }
    tally_.clear();
  }

  void CompareActor(std::string_view key, const std::string& name, const Actor& a, const Tally& t) {
    std::string diff;
    auto field = [&](const char* what, uint64_t stored, uint64_t expected) {
      if (stored != expected) {
        diff += std::string(diff.empty() ? "" : "; ") + what + " " + std::to_string(stored) +
                ", recomputed " + std::to_string(expected);
      }
    };
    if (t.articles == 0) diff = "no stored article mentions it";
    field("articles", a.articles, t.articles);
    field("claims made", a.claims_made, t.claims_made);
    field("claims received", a.claims_received, t.claims_received);
    if (a.kind_votes != t.kind_votes) diff += std::string(diff.empty() ? "" : "; ") + "kind votes";
    field("kind", static_cast<uint64_t>(a.kind), static_cast<uint64_t>(KindFromVotes(t.kind_votes)));
    std::vector<AliasCount> aliases;
    for (const auto& [alias, n] : t.aliases) aliases.push_back(AliasCount{alias, n});
    if (a.aliases != aliases) diff += std::string(diff.empty() ? "" : "; ") + "alias counts";
    std::vector<Affiliation> affiliations;
    for (const auto& [aff, n] : t.affiliations) {
      affiliations.push_back(Affiliation{aff.first, aff.second, n});
    }
    if (a.affiliations != affiliations) {
      diff += std::string(diff.empty() ? "" : "; ") + "affiliation counts";
    }
    if (!diff.empty()) {
      Problem(Family::kActors, key,
              name + ": differs from the stored articles and claims: " + diff);
    }
  }

  // Reverse check of a claim index: every entry is derived by the claim its key names.
  // Returns the claim when the entry is valid.
  std::optional<Claim> CheckClaimEntry(Family family, std::string_view key,
                                       std::optional<ClaimId> id) {
    if (!id) {
      Problem(family, key, "the key does not decode");
      return std::nullopt;
    }
    std::optional<Claim> c = LoadClaim(*id);
    if (!c) {
      Problem(family, key, "dangling: " + FormatClaimId(*id) + " is not stored (or unreadable)");
      return std::nullopt;
    }
    if (!Derives(DeriveFromClaim(*c), family, key)) {
      Problem(family, key, "stale: " + FormatClaimId(*id) + " does not derive this entry");
      return std::nullopt;
    }
    return c;
  }

  void CheckClaimIndex(Family family) {
    ScanAll(family, [&](std::string_view key, std::string_view) {
      std::optional<ClaimId> id;
      if (family == Family::kBySpeaker) {
        if (auto e = keys::DecodeSpeakerKey(key)) id = e->claim;
      } else if (family == Family::kByDate) {
        if (auto e = keys::DecodeDateKey(key)) id = e->claim;
      } else if (auto e = keys::DecodePropositionKey(key)) {
        id = e->claim;
      }
      CheckClaimEntry(family, key, id);
    });
  }

  // by_target in reverse, recomputing each (speaker, target) stance aggregate from the valid
  // entries of its key range (target | speaker | date | claim: one pair is one run of keys).
  void CheckTargetIndex() {
    std::optional<keys::StanceEntry> pair;  // from = speaker, to = target
    StanceAggregate agg;
    auto finish = [&] {
      if (!pair) return;
      std::string key = keys::StanceKey(pair->from, pair->to);
      std::string what = "stance " + FormatActorId(pair->from) + " -> " + FormatActorId(pair->to);
      std::optional<std::string> stored = Lookup(Family::kStance, key);
      if (agg.count() == 0) {  // every entry of the pair was reported above
        if (stored) Problem(Family::kStance, key, "stale: no stored claim supports " + what);
        return;
      }
      stance_pairs_ += 1;
      if (!stored) {
        return Problem(Family::kStance, key,
                       "missing: " + what + " has " + std::to_string(agg.count()) + " claims");
      }
      Result<StanceAggregate> decoded = DecodeStanceAggregate(*stored);
      if (!decoded.ok()) {
        return Problem(Family::kStance, key, what + ": " + decoded.status().message());
      }
      if (*decoded != agg) {
        Problem(Family::kStance, key,
                what + ": stored " + Describe(*decoded) + "; recomputed " + Describe(agg));
      }
    };
    ScanAll(Family::kByTarget, [&](std::string_view key, std::string_view) {
      auto e = keys::DecodeTargetKey(key);
      if (e && (!pair || pair->from != e->speaker || pair->to != e->target)) {
        finish();
        pair = keys::StanceEntry{e->speaker, e->target};
        agg = StanceAggregate{};
      }
      std::optional<Claim> c = CheckClaimEntry(Family::kByTarget, key,
                                               e ? std::optional<ClaimId>(e->claim) : std::nullopt);
      if (!c) return;
      for (const Target& t : c->targets) {
        if (t.actor != e->target) continue;
        agg.sum += t.stance;
        (t.stance < 0 ? agg.hostile : t.stance > 0 ? agg.friendly : agg.neutral) += 1;
        if (c->date.known()) {
          if (!agg.first.known()) agg.first = c->date;  // keys are in date order
          agg.last = c->date;
        }
        break;
      }
    });
    finish();
  }

  // Stance aggregates without a single by_target entry (pairs with only invalid entries were
  // reported by the by_target pass).
  void CheckStanceFamily() {
    ScanAll(Family::kStance, [&](std::string_view key, std::string_view value) {
      auto e = keys::DecodeStanceKey(key);
      if (!e) return Problem(Family::kStance, key, "the key does not decode");
      if (!DecodeStanceAggregate(value).ok()) return;  // reported by the by_target pass
      bool any = false;
      Status s = store_.Scan(
          Family::kByTarget, keys::TargetSpeakerPrefix(e->to, e->from),
          [&](std::string_view, std::string_view) { return any = true, false; }, snapshot_.get());
      if (!s.ok()) Problem(Family::kByTarget, key, "read error: " + s.ToString());
      if (!any) {
        Problem(Family::kStance, key,
                "stale: no claim by " + FormatActorId(e->from) + " about " + FormatActorId(e->to));
      }
    });
  }

  // Reverse check of aliases and members: every entry is derived by the actor it names.
  void CheckActorIndex(Family family) {
    ScanAll(family, [&](std::string_view key, std::string_view value) {
      std::optional<ActorId> owner, group;
      if (family == Family::kAliases) {
        if (auto e = keys::DecodeAliasKey(key)) owner = e->actor;
      } else if (auto e = keys::DecodeMemberKey(key)) {
        owner = e->member;
        group = e->group;
      }
      if (!owner) return Problem(family, key, "the key does not decode");
      if (!value.empty()) Problem(family, key, "the value is not empty");
      std::optional<Actor> a = LoadActor(*owner);
      if (!a) {
        return Problem(family, key,
                       "dangling: " + FormatActorId(*owner) + " is not stored (or unreadable)");
      }
      if (!Derives(DeriveFromActor(*a), family, key)) {
        Problem(family, key, "stale: " + FormatActorId(*owner) + " does not derive this entry");
      }
      if (group && !Lookup(Family::kActors, keys::ActorKey(*group))) {
        Problem(family, key, "dangling: group " + FormatActorId(*group) + " is not stored");
      }
    });
  }

  void CheckCounts() {
    if (!stored_counts_) return;
    Counts expected;
    expected.articles = summary_.keys[static_cast<int>(Family::kArticles)];
    expected.claims = summary_.keys[static_cast<int>(Family::kClaims)];
    expected.actors = actors_;
    expected.about = about_;
    expected.member_of = member_of_;
    expected.stance = stance_pairs_;
    const Counts& s = *stored_counts_;
    std::string diff;
    auto field = [&](const char* what, uint64_t stored, uint64_t recomputed) {
      if (stored == recomputed) return;
      diff += std::string(diff.empty() ? "" : "; ") + what + " " + std::to_string(stored) +
              ", recomputed " + std::to_string(recomputed);
    };
    field("articles", s.articles, expected.articles);
    field("claims", s.claims, expected.claims);
    field("actors", s.actors, expected.actors);
    field("ABOUT", s.about, expected.about);
    field("MEMBER_OF", s.member_of, expected.member_of);
    field("STANCE", s.stance, expected.stance);
    if (!diff.empty()) Problem(Family::kMeta, keys::kMetaCounts, "counts differ: " + diff);
  }

  const Store& store_;
  const CheckSink& sink_;
  std::unique_ptr<Snapshot> snapshot_;
  CheckSummary summary_;
  std::optional<Counts> stored_counts_;
  std::map<ActorId, Tally> tally_;
  uint64_t actors_ = 0;
  uint64_t about_ = 0;
  uint64_t member_of_ = 0;
  uint64_t stance_pairs_ = 0;
};

}  // namespace

CheckSummary CheckStore(const Store& store, const CheckSink& on_problem) {
  return Checker(store, on_problem).Run();
}

}  // namespace sg::graph
