#include "graph/csr_view.h"

#include <algorithm>
#include <limits>
#include <memory>

#include "graph/codec.h"
#include "graph/keys.h"

namespace sg::graph {
namespace {

template <typename Id>
std::optional<uint32_t> IndexOf(const std::vector<Id>& sorted, Id id) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), id);
  if (it == sorted.end() || *it != id) return std::nullopt;
  return static_cast<uint32_t>(it - sorted.begin());
}

// Edge lists under construction, in the form CsrGraph's in-place constructor takes.
struct EdgeLists {
  std::vector<uint32_t> sources;
  std::vector<uint32_t> targets;
  std::vector<CsrEdgeProps> props;
  void Add(uint32_t s, uint32_t t, EdgeKind kind, int8_t stance = 0) {
    sources.push_back(s);
    targets.push_back(t);
    props.push_back(CsrEdgeProps{kind, stance});
  }
};

// Scans the whole of `family` and calls fn(decoded key, value) until it returns false; a key
// that `decode` rejects stops the scan with Corruption, as does fn setting *error.
template <typename Decode, typename Fn>
Status ScanAll(const Store& store, Family family, const Snapshot* snapshot, Decode decode,
               Fn fn) {
  Status bad;
  SG_RETURN_IF_ERROR(store.Scan(
      family, "",
      [&](std::string_view key, std::string_view value) {
        auto entry = decode(key);
        if (!entry) {
          bad = Status::Corruption("malformed key in " + std::string(ToString(family)));
          return false;
        }
        return fn(*entry, value, &bad);
      },
      snapshot));
  return bad;
}

}  // namespace

NodeKind CsrView::kind(CsrVertex v) const {
  if (v < actors_.size()) return NodeKind::kActor;
  if (v < actors_.size() + articles_.size()) return NodeKind::kArticle;
  return NodeKind::kClaim;
}

std::optional<CsrVertex> CsrView::FindActor(ActorId id) const { return IndexOf(actors_, id); }

std::optional<CsrVertex> CsrView::FindArticle(ArticleId id) const {
  auto i = IndexOf(articles_, id);
  if (!i) return std::nullopt;
  return static_cast<CsrVertex>(actors_.size() + *i);
}

std::optional<CsrVertex> CsrView::FindClaim(ClaimId id) const {
  auto i = IndexOf(claims_, id);
  if (!i) return std::nullopt;
  return static_cast<CsrVertex>(actors_.size() + articles_.size() + *i);
}

size_t CsrView::MemoryBytes() const {
  size_t v = num_vertices(), e = num_edges();
  return (v + 1) * sizeof(uint32_t) + e * (sizeof(uint32_t) + sizeof(CsrEdgeProps)) +
         actors_.capacity() * sizeof(ActorId) + articles_.capacity() * sizeof(ArticleId) +
         claims_.capacity() * sizeof(ClaimId);
}

Result<CsrView> CsrView::Build(const Store& store, const CsrViewOptions& options,
                               const Snapshot* snapshot) {
  std::unique_ptr<Snapshot> own;
  if (snapshot == nullptr) {
    own = store.GetSnapshot();
    snapshot = own.get();
  }
  CsrView view;
  SG_RETURN_IF_ERROR(ScanAll(store, Family::kActors, snapshot, keys::DecodeActorKey,
                             [&](ActorId id, std::string_view, Status*) {
                               view.actors_.push_back(id);
                               return true;
                             }));
  SG_RETURN_IF_ERROR(ScanAll(store, Family::kByDate, snapshot, keys::DecodeDateKey,
                             [&](const keys::DateEntry& e, std::string_view, Status*) {
                               view.claims_.push_back(e.claim);
                               return true;
                             }));
  std::sort(view.claims_.begin(), view.claims_.end());
  view.claims_.erase(std::unique(view.claims_.begin(), view.claims_.end()), view.claims_.end());
  if (options.articles) {
    for (const ClaimId& c : view.claims_) {
      if (view.articles_.empty() || view.articles_.back() != c.article) {
        view.articles_.push_back(c.article);  // claims are sorted by article first
      }
    }
  }

  // Edges; an actor referenced by an index but without a record (a dangling reference, which
  // `check` reports) is added as a vertex and the edge passes run again.
  EdgeLists edges;
  std::vector<ActorId> missing;
  for (int attempt = 0; attempt < 2; ++attempt) {
    edges = EdgeLists{};
    missing.clear();
    const uint64_t vertices = view.actors_.size() + view.articles_.size() + view.claims_.size();
    if (vertices >= std::numeric_limits<uint32_t>::max()) {
      return Status::InvalidArgument("graph too large for 32-bit vertex indices");
    }
    const uint32_t claim_base = static_cast<uint32_t>(view.actors_.size() + view.articles_.size());
    const uint32_t article_base = static_cast<uint32_t>(view.actors_.size());
    size_t reserve = view.claims_.size() * (options.articles ? 3 : 2);
    edges.sources.reserve(reserve);
    edges.targets.reserve(reserve);
    edges.props.reserve(reserve);
    auto actor_vertex = [&](ActorId id) -> std::optional<uint32_t> {
      auto v = IndexOf(view.actors_, id);
      if (!v) missing.push_back(id);
      return v;
    };
    auto claim_vertex = [&](ClaimId id) -> std::optional<uint32_t> {
      auto v = IndexOf(view.claims_, id);
      if (!v) return std::nullopt;
      return claim_base + *v;
    };

    SG_RETURN_IF_ERROR(ScanAll(store, Family::kBySpeaker, snapshot, keys::DecodeSpeakerKey,
                               [&](const keys::SpeakerEntry& e, std::string_view, Status*) {
                                 auto s = actor_vertex(e.speaker);
                                 auto c = claim_vertex(e.claim);
                                 if (s && c) edges.Add(*s, *c, EdgeKind::kSaid);
                                 return true;
                               }));
    SG_RETURN_IF_ERROR(ScanAll(
        store, Family::kByTarget, snapshot, keys::DecodeTargetKey,
        [&](const keys::TargetEntry& e, std::string_view value, Status* error) {
          Result<ClaimSummary> summary = DecodeClaimSummary(value);
          if (!summary.ok()) {
            *error = summary.status().WithContext("by_target");
            return false;
          }
          auto c = claim_vertex(e.claim);
          auto t = actor_vertex(e.target);
          if (c && t) edges.Add(*c, *t, EdgeKind::kAbout, summary->stance);
          return true;
        }));
    if (options.articles) {
      for (size_t i = 0; i < view.claims_.size(); ++i) {
        uint32_t a = article_base + *IndexOf(view.articles_, view.claims_[i].article);
        edges.Add(claim_base + static_cast<uint32_t>(i), a, EdgeKind::kIn);
      }
    }
    if (options.affiliations) {
      SG_RETURN_IF_ERROR(ScanAll(store, Family::kMembers, snapshot, keys::DecodeMemberKey,
                                 [&](const keys::MemberEntry& e, std::string_view, Status*) {
                                   auto m = actor_vertex(e.member);
                                   auto g = actor_vertex(e.group);
                                   if (m && g) edges.Add(*m, *g, EdgeKind::kMemberOf);
                                   return true;
                                 }));
    }
    if (missing.empty()) break;
    view.actors_.insert(view.actors_.end(), missing.begin(), missing.end());
    std::sort(view.actors_.begin(), view.actors_.end());
    view.actors_.erase(std::unique(view.actors_.begin(), view.actors_.end()),
                       view.actors_.end());
  }
  if (edges.sources.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument("graph too large for 32-bit edge indices");
  }
  size_t n = view.actors_.size() + view.articles_.size() + view.claims_.size();
  view.graph_ = CsrGraph(boost::construct_inplace_from_sources_and_targets, edges.sources,
                         edges.targets, edges.props, n);
  return view;
}

}  // namespace sg::graph
