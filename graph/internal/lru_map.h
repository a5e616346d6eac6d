// Private: a bounded map that forgets its least recently used entries, for the store's write-path
// caches (graph/store_writer.cc).
//
// Thread safety: none; the store's single writer owns it.
#ifndef SG_GRAPH_INTERNAL_LRU_MAP_H_
#define SG_GRAPH_INTERNAL_LRU_MAP_H_

#include <cstddef>
#include <list>
#include <unordered_map>
#include <utility>

namespace sg::graph::internal {

template <typename K, typename V, typename Hash = std::hash<K>>
class LruMap {
 public:
  // At most `capacity` entries; 0 keeps nothing.
  explicit LruMap(size_t capacity) : capacity_(capacity) {}

  // The value of `key` (now the most recently used), or null.
  V* Find(const K& key) {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return &it->second->second;
  }

  // Sets `key` to `value` (the most recently used), evicting the least recently used entry when
  // full.
  void Put(const K& key, V value) {
    if (capacity_ == 0) return;
    auto it = index_.find(key);
    if (it != index_.end()) {
      it->second->second = std::move(value);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    if (index_.size() >= capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
    }
    order_.emplace_front(key, std::move(value));
    index_.emplace(key, order_.begin());
  }

  void Erase(const K& key) {
    auto it = index_.find(key);
    if (it == index_.end()) return;
    order_.erase(it->second);
    index_.erase(it);
  }

  void Clear() {
    order_.clear();
    index_.clear();
  }
  size_t size() const { return index_.size(); }

 private:
  size_t capacity_;
  std::list<std::pair<K, V>> order_;  // most recently used first
  std::unordered_map<K, typename std::list<std::pair<K, V>>::iterator, Hash> index_;
};

}  // namespace sg::graph::internal

#endif  // SG_GRAPH_INTERNAL_LRU_MAP_H_
