#include "graph/stance_csr.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

#include "graph/keys.h"

namespace sg::graph {

Result<StanceCsr> StanceCsr::Build(const Store& store, const Snapshot* snapshot) {
  std::unique_ptr<Snapshot> own;
  if (snapshot == nullptr) {
    own = store.GetSnapshot();
    snapshot = own.get();
  }
  // Keys are `from | to` in big-endian order, so the pairs arrive sorted by source.
  std::vector<std::pair<ActorId, ActorId>> pairs;
  Status bad;
  SG_RETURN_IF_ERROR(store.Scan(
      Family::kStance, "",
      [&](std::string_view key, std::string_view) {
        auto entry = keys::DecodeStanceKey(key);
        if (!entry) {
          bad = Status::Corruption("malformed key in stance");
          return false;
        }
        pairs.emplace_back(entry->from, entry->to);
        return true;
      },
      snapshot));
  SG_RETURN_IF_ERROR(bad);
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max();
  if (pairs.size() >= kMax) return Status::InvalidArgument("too many stance edges for a StanceCsr");

  StanceCsr csr;
  csr.actors_.reserve(pairs.size() / 4 + 1);
  for (const auto& [from, to] : pairs) {
    if (csr.actors_.empty() || csr.actors_.back() != from) csr.actors_.push_back(from);
  }
  for (const auto& p : pairs) csr.actors_.push_back(p.second);
  std::sort(csr.actors_.begin(), csr.actors_.end());
  csr.actors_.erase(std::unique(csr.actors_.begin(), csr.actors_.end()), csr.actors_.end());
  csr.actors_.shrink_to_fit();
  if (csr.actors_.size() >= kMax) return Status::InvalidArgument("too many actors for a StanceCsr");

  // Rewritten in place as vertex indices: the order, and so the sorting by source, is kept.
  std::vector<std::pair<uint32_t, uint32_t>> edges(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    edges[i] = {*csr.Find(pairs[i].first), *csr.Find(pairs[i].second)};
  }
  pairs = {};
  csr.graph_ = StanceGraph(boost::edges_are_sorted, edges.begin(), edges.end(),
                           static_cast<uint32_t>(csr.actors_.size()));
  return csr;
}

std::optional<uint32_t> StanceCsr::Find(ActorId id) const {
  auto it = std::lower_bound(actors_.begin(), actors_.end(), id);
  if (it == actors_.end() || *it != id) return std::nullopt;
  return static_cast<uint32_t>(it - actors_.begin());
}

std::vector<ActorId> StanceCsr::Neighbourhood(ActorId start, int depth) const {
  std::vector<ActorId> out;
  std::optional<uint32_t> first = Find(start);
  if (!first || depth <= 0) return out;
  // One bit per vertex: a few KiB even for a million actors, and no state shared between calls.
  std::vector<uint64_t> seen((actors_.size() + 63) / 64, 0);
  auto mark = [&seen](uint32_t v) {
    uint64_t bit = uint64_t{1} << (v % 64);
    if (seen[v / 64] & bit) return false;
    seen[v / 64] |= bit;
    return true;
  };
  mark(*first);
  std::vector<uint32_t> frontier{*first}, next;
  for (int level = 0; level < depth && !frontier.empty(); ++level) {
    next.clear();
    for (uint32_t v : frontier) {
      for (auto [it, end] = boost::adjacent_vertices(v, graph_); it != end; ++it) {
        if (mark(*it)) next.push_back(*it);
      }
    }
    for (uint32_t v : next) out.push_back(actors_[v]);
    frontier.swap(next);
  }
  return out;
}

size_t StanceCsr::MemoryBytes() const {
  return (actors_.size() + 1) * sizeof(uint32_t) + num_edges() * sizeof(uint32_t) +
         actors_.capacity() * sizeof(ActorId);
}

}  // namespace sg::graph
