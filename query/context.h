// Context: the read state every query shares. It takes a snapshot of the store when built, so
// that one answer sees one consistent state while a writer goes on, and caches the actor and
// article records it reads (a query touches few of them, often many times).
//
// Also here: the options every query understands (a date window) and the name resolution and
// MEMBER_OF rollup that the commands build on.
//
// Errors: Corruption for undecodable records; NotFound / InvalidArgument from name resolution
// carry a message meant for the user (`unknown actor "Rusia"; did you mean "Russia"?`).
// Thread safety: not thread-safe; use one Context per thread. The store must outlive it.
#ifndef SG_QUERY_CONTEXT_H_
#define SG_QUERY_CONTEXT_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/known_names.h"
#include "query/results.h"

namespace sg::query {
namespace internal {
class RootFinder;
}  // namespace internal

// A closed date window; an unknown bound is open. When either bound is set, claims without a
// date are left out.
struct DateRange {
  // Default: unknown (no lower bound)
  graph::Date since;
  // Default: unknown (no upper bound)
  graph::Date until;
  bool active() const { return since.known() || until.known(); }
  bool Contains(graph::Date d) const {
    if (!active()) return true;
    if (!d.known()) return false;
    return (!since.known() || d >= since) && (!until.known() || d <= until);
  }
};

// Returns "" when `text` is a date the commands accept (YYYY-MM-DD), else a message for the user.
std::string CheckDate(const std::string& text);

class Context {
 public:
  explicit Context(const graph::Store& store);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  const graph::Store& store() const { return store_; }
  const graph::Snapshot* snapshot() const { return snapshot_.get(); }

  // The actor or article record (cached); nullptr when absent.
  Result<const graph::Actor*> GetActor(graph::ActorId id);
  Result<const graph::Article*> GetArticle(graph::ArticleId id);

  // The actor named by `name`: an id ("actor:0123456789abcdef"), or any of its names or aliases,
  // compared after graph::NormalizeName (so "U.S.", "us" and "US" are the same). When several
  // actors share the alias, the one whose canonical name it is wins; otherwise InvalidArgument
  // lists the candidates. NotFound for an unknown name, with the closest alias as a suggestion
  // (edit distance over the aliases sharing the first letter; the scan is bounded).
  Result<graph::ActorId> Resolve(std::string_view name);
  // Names a lexicon knows (query/known_names.h), tried when no alias in the store matches.
  // Default: none.
  void set_known_names(KnownNames known_names) { known_names_ = std::move(known_names); }

  // The actor and everything that speaks for it: `id` and its members, transitively (the members
  // family, downward). Cycles are cut. Sorted by id.
  Result<std::vector<graph::ActorId>> MembersOf(graph::ActorId id);
  // {id}, or MembersOf(id) when `rollup`.
  Result<std::vector<graph::ActorId>> Side(graph::ActorId id, bool rollup);
  // The country or body `id` speaks for: its primary group (the one its affiliations name in
  // the most articles, ties to the lowest id) followed upward until an actor without one; `id`
  // itself when it has none. A cycle ends at its smallest id. The rule of
  // query/internal/rollup.h, which the stance export's rollup follows too.
  Result<graph::ActorId> RootOf(graph::ActorId id);

  // The actor as answers show it (name, kind, the group it rolls up to).
  Result<ActorRef> Ref(graph::ActorId id);
  // The claims with their evidence, in the order of `ids`. NotFound for a missing claim.
  Result<std::vector<ClaimView>> Describe(const std::vector<graph::ClaimId>& ids);

 private:
  const graph::Store& store_;
  std::unique_ptr<graph::Snapshot> snapshot_;
  std::map<graph::ActorId, std::optional<graph::Actor>> actors_;
  std::map<graph::ArticleId, std::optional<graph::Article>> articles_;
  std::unique_ptr<internal::RootFinder> roots_;
  KnownNames known_names_;
};

}  // namespace sg::query

#endif  // SG_QUERY_CONTEXT_H_
