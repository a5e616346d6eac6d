#include "graph/view.h"

#include <boost/graph/breadth_first_search.hpp>
#include <catch2/catch.hpp>

#include "graph/names.h"
#include "tests/graph/test_util.h"

namespace sg::graph {
namespace {

using testing::DraftBuilder;
using testing::TempDir;

ArticleDraft Example() {
  DraftBuilder b("a1");
  int us = b.Actor("United States", ActorKind::kCountry);
  int wh = b.Actor("White House", ActorKind::kOrganization, us);
  int psaki = b.Actor("Jen Psaki", ActorKind::kPerson, wh, "press secretary");
  int russia = b.Actor("Russia", ActorKind::kCountry);
  int ukraine = b.Actor("Ukraine", ActorKind::kCountry);
  b.Claim(wh, "warn", "Russia could launch an invasion", 1, {{russia, -1}, {ukraine, 0}});
  b.Claim(psaki, "say", "Russia could attack", 1, {{russia, -1}, {ukraine, 0}});
  b.Claim(russia, "deny", "any plans for an attack", -1);
  return b.draft();
}

TEST_CASE("the whole-graph view has every vertex and edge with stable ids", "[view]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  REQUIRE(store->PutArticle(Example(), 0).ok());
  Result<View> view = View::Build(*store);
  REQUIRE(view.ok());
  CHECK(view->num_vertices() == 9);  // 5 actors, 3 claims, 1 article
  CHECK(view->num_edges() == 12);    // SAID 3, ABOUT 4, IN 3, MEMBER_OF 2
  auto psaki = view->Find(FormatActorId(ActorIdForName("Jen Psaki")));
  REQUIRE(psaki);
  const GraphType& g = view->graph();
  CHECK(g[*psaki].label == "Jen Psaki");
  CHECK(g[*psaki].actor_kind == ActorKind::kPerson);
  int said = 0, member = 0;
  for (auto [e, end] = boost::out_edges(*psaki, g); e != end; ++e) {
    said += g[*e].kind == EdgeKind::kSaid;
    if (g[*e].kind == EdgeKind::kMemberOf) {
      ++member;
      CHECK(g[*e].role == "press secretary");
      CHECK(g[boost::target(*e, g)].label == "White House");
    }
  }
  CHECK(said == 1);
  CHECK(member == 1);

  SECTION("Boost.Graph algorithms run on it: Russia is reachable from Psaki") {
    std::vector<boost::default_color_type> color(view->num_vertices());
    std::vector<int> dist(view->num_vertices(), -1);
    dist[*psaki] = 0;
    struct Recorder : boost::default_bfs_visitor {
      std::vector<int>* dist;
      void tree_edge(Edge e, const GraphType& g) const {
        (*dist)[boost::target(e, g)] = (*dist)[boost::source(e, g)] + 1;
      }
    } vis;
    vis.dist = &dist;
    boost::breadth_first_search(g, *psaki, boost::visitor(vis).color_map(color.data()));
    auto russia = view->Find(FormatActorId(ActorIdForName("Russia")));
    REQUIRE(russia);
    CHECK(dist[*russia] == 2);  // Psaki -SAID-> claim -ABOUT-> Russia
  }
}

TEST_CASE("a subgraph view holds only the chosen claims and their ends", "[view]") {
  TempDir dir;
  auto store = std::move(Store::Open(dir.path("db"))).value();
  REQUIRE(store->PutArticle(Example(), 0).ok());
  ClaimId denial{ArticleIdForKey("a1"), 2};
  Result<View> view = View::BuildFromClaims(*store, {denial});
  REQUIRE(view.ok());
  CHECK(view->num_vertices() == 3);  // Russia, the claim, the article
  CHECK(view->num_edges() == 2);     // SAID, IN
  CHECK(view->Find(FormatClaimId(denial)));
  CHECK_FALSE(view->Find(FormatActorId(ActorIdForName("Jen Psaki"))));
  ViewOptions no_articles;
  no_articles.articles = false;
  CHECK(View::BuildFromClaims(*store, {denial}, no_articles)->num_vertices() == 2);
  CHECK_FALSE(View::BuildFromClaims(*store, {ClaimId{ArticleIdForKey("x"), 0}}).ok());
}

}  // namespace
}  // namespace sg::graph
