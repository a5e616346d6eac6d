#include "graph/csr_view.h"

#include <boost/graph/breadth_first_search.hpp>
#include <catch2/catch.hpp>

#include <set>
#include <tuple>

#include "graph/names.h"
#include "graph/view.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::DraftBuilder;
using testing::TempDir;

// Blinken (State Department, United States) and Lavrov (Russia) over Ukraine, in two articles.
ArticleDraft Geneva() {
  DraftBuilder b("geneva");
  int us = b.Actor("United States", ActorKind::kCountry);
  int state = b.Actor("State Department", ActorKind::kOrganization, us);
  int blinken = b.Actor("Anthony Blinken", ActorKind::kPerson, state, "secretary of state");
  int russia = b.Actor("Russia", ActorKind::kCountry);
  int ukraine = b.Actor("Ukraine", ActorKind::kCountry);
  b.Claim(blinken, "warn", "Russia may invade Ukraine", 1, {{russia, -1}, {ukraine, 0}});
  b.Claim(state, "urge", "restraint from Moscow", 0, {{russia, 0}});
  b.Claim(russia, "deny", "any plan to invade", -1, {{ukraine, 0}});
  return b.draft();
}

ArticleDraft Reply() {
  DraftBuilder b("reply", "2022-02-01");
  int russia = b.Actor("Russia", ActorKind::kCountry);
  int lavrov = b.Actor("Sergei Lavrov", ActorKind::kPerson, russia, "foreign minister");
  int us = b.Actor("United States", ActorKind::kCountry);
  b.Claim(lavrov, "accuse", "Washington is escalating", 1, {{us, -1}});
  return b.draft();
}

// (source id, target id, edge kind, stance) of every edge: the two views must agree on these.
using EdgeRow = std::tuple<std::string, std::string, EdgeKind, int>;

std::string CsrId(const CsrView& v, CsrVertex x) {
  switch (v.kind(x)) {
    case NodeKind::kActor: return FormatActorId(v.actor(x));
    case NodeKind::kArticle: return FormatArticleId(v.article(x));
    case NodeKind::kClaim: return FormatClaimId(v.claim(x));
  }
  return "";
}

std::multiset<EdgeRow> CsrEdges(const CsrView& v) {
  std::multiset<EdgeRow> out;
  const CsrGraph& g = v.graph();
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    out.emplace(CsrId(v, boost::source(*e, g)), CsrId(v, boost::target(*e, g)), g[*e].kind,
                g[*e].stance);
  }
  return out;
}

std::multiset<EdgeRow> ListEdges(const View& v) {
  std::multiset<EdgeRow> out;
  const GraphType& g = v.graph();
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    out.emplace(g[boost::source(*e, g)].id, g[boost::target(*e, g)].id, g[*e].kind,
                g[*e].stance);
  }
  return out;
}

TEST_CASE("the CSR view holds the same edges as the adjacency-list view", "[csr_view]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  REQUIRE(store->PutArticle(Geneva(), 0).ok());
  REQUIRE(store->PutArticle(Reply(), 0).ok());

  Result<CsrView> csr = CsrView::Build(*store);
  REQUIRE(csr.ok());
  Result<View> list = View::Build(*store);
  REQUIRE(list.ok());

  CHECK(csr->num_actors() == 6);
  CHECK(csr->num_articles() == 2);
  CHECK(csr->num_claims() == 4);
  CHECK(csr->num_vertices() == list->num_vertices());
  CHECK(csr->num_edges() == list->num_edges());  // SAID 4, ABOUT 5, IN 4, MEMBER_OF 3
  CHECK(CsrEdges(*csr) == ListEdges(*list));
  CHECK(csr->MemoryBytes() > 0);

  SECTION("ids map to vertices and back") {
    ActorId blinken = ActorIdForName("Anthony Blinken");
    auto v = csr->FindActor(blinken);
    REQUIRE(v);
    CHECK(csr->kind(*v) == NodeKind::kActor);
    CHECK(csr->actor(*v) == blinken);
    ClaimId denial{ArticleIdForKey("geneva"), 2};
    auto c = csr->FindClaim(denial);
    REQUIRE(c);
    CHECK(csr->kind(*c) == NodeKind::kClaim);
    CHECK(csr->claim(*c) == denial);
    auto a = csr->FindArticle(ArticleIdForKey("reply"));
    REQUIRE(a);
    CHECK(csr->kind(*a) == NodeKind::kArticle);
    CHECK_FALSE(csr->FindActor(ActorIdForName("Nobody")));
    CHECK_FALSE(csr->FindClaim(ClaimId{ArticleIdForKey("geneva"), 9}));
  }

  SECTION("Boost.Graph algorithms run on it: Russia is two steps from Blinken") {
    const CsrGraph& g = csr->graph();
    std::vector<int> dist(csr->num_vertices(), -1);
    CsrVertex blinken = *csr->FindActor(ActorIdForName("Anthony Blinken"));
    dist[blinken] = 0;
    struct Recorder : boost::default_bfs_visitor {
      std::vector<int>* dist;
      void tree_edge(boost::graph_traits<CsrGraph>::edge_descriptor e, const CsrGraph& g) const {
        (*dist)[boost::target(e, g)] = (*dist)[boost::source(e, g)] + 1;
      }
    } vis;
    vis.dist = &dist;
    std::vector<boost::default_color_type> color(csr->num_vertices());
    boost::breadth_first_search(g, blinken, boost::visitor(vis).color_map(color.data()));
    CHECK(dist[*csr->FindActor(ActorIdForName("Russia"))] == 2);
  }

  SECTION("options leave out articles and affiliations") {
    CsrViewOptions options;
    options.articles = false;
    options.affiliations = false;
    Result<CsrView> small = CsrView::Build(*store, options);
    REQUIRE(small.ok());
    CHECK(small->num_articles() == 0);
    CHECK(small->num_edges() == 9);  // SAID 4, ABOUT 5
  }
}

TEST_CASE("the CSR view of an empty store is empty", "[csr_view]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  Result<CsrView> csr = CsrView::Build(*store);
  REQUIRE(csr.ok());
  CHECK(csr->num_vertices() == 0);
  CHECK(csr->num_edges() == 0);
}

TEST_CASE("the CSR view reads a snapshot, not later writes", "[csr_view]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  REQUIRE(store->PutArticle(Geneva(), 0).ok());
  auto snapshot = store->GetSnapshot();
  REQUIRE(store->PutArticle(Reply(), 0).ok());
  Result<CsrView> csr = CsrView::Build(*store, {}, snapshot.get());
  REQUIRE(csr.ok());
  CHECK(csr->num_claims() == 3);
  CHECK_FALSE(csr->FindActor(ActorIdForName("Sergei Lavrov")));
}

}  // namespace
}  // namespace sg::graph
