// stancegraph neighbors and path (query/traversal.h).
#include "query/traversal.h"

#include <catch2/catch.hpp>
#include <map>

#include "tests/query/fixture.h"

namespace sg::query {
namespace {

// The hop's evidence claim is by one end about the other, in the stated direction.
void CheckHop(const Hop& hop) {
  const ClaimView& c = hop.evidence;
  const ActorRef& speaker = hop.forward ? hop.from : hop.to;
  const ActorRef& target = hop.forward ? hop.to : hop.from;
  CHECK(c.speaker.id == speaker.id);
  bool about = false;
  for (const TargetRef& t : c.targets) about = about || t.actor.id == target.id;
  CHECK(about);
  CHECK_FALSE(c.article_key.empty());
}

TEST_CASE("neighbors: breadth first over the actor-claim-actor graph", "[traversal]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  NeighborsOptions o;
  o.name = "Karen Jean-Pierre";

  SECTION("depth 1: the actors she spoke about") {
    Result<NeighborsResult> r = Neighbors(ctx, o);
    REQUIRE(r.ok());
    std::vector<std::string> names;
    for (const NeighborRow& row : r->rows) {
      names.push_back(row.actor.name);
      CHECK(row.depth == 1);
      CHECK(row.via.from.name == "Karen Jean-Pierre");
      CHECK(row.via.forward);
      CheckHop(row.via);
    }
    CHECK(names == std::vector<std::string>{"Russia", "Ukraine"});
    CHECK_FALSE(r->truncated);
  }
  SECTION("depth 2: and who spoke about those, in either direction") {
    o.depth = 2;
    Result<NeighborsResult> r = Neighbors(ctx, o);
    REQUIRE(r.ok());
    std::map<std::string, int> depth;
    for (const NeighborRow& row : r->rows) {
      depth[row.actor.name] = row.depth;
      CheckHop(row.via);
    }
    CHECK(depth["Dmitry Peskov"] == 2);        // spoke about Ukraine
    CHECK(depth["Volodymyr Zelenskyy"] == 2);  // spoke about Russia
    CHECK(depth["White House"] == 2);
    CHECK(depth["Kremlin"] == 2);
    CHECK(depth["Jens Stoltenberg"] == 2);
    CHECK(depth.count("Karen Jean-Pierre") == 0);
    CHECK(depth.count("NATO") == 0);  // three hops away
    CHECK(depth.count("Alpha Council") == 0);
  }
  SECTION("a cap on the actors reached") {
    o.depth = 3;
    o.max_actors = 3;
    Result<NeighborsResult> r = Neighbors(ctx, o);
    REQUIRE(r.ok());
    CHECK(r->truncated);
    CHECK(r->rows.size() <= 2);
  }
  SECTION("bad depth") {
    o.depth = 0;
    CHECK(Neighbors(ctx, o).status().code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("path: a shortest chain with evidence for every hop", "[traversal]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  PathOptions o;
  o.from = "Karen Jean-Pierre";
  o.to = "NATO";

  SECTION("three hops, each linking the next") {
    Result<PathResult> r = FindPath(ctx, o);
    REQUIRE(r.ok());
    REQUIRE(r->found);
    REQUIRE(r->hops.size() == 3);
    CHECK(r->hops.front().from.name == "Karen Jean-Pierre");
    CHECK(r->hops.back().to.name == "NATO");
    for (size_t i = 0; i < r->hops.size(); ++i) {
      CheckHop(r->hops[i]);
      if (i > 0) CHECK(r->hops[i].from.id == r->hops[i - 1].to.id);
    }
  }
  SECTION("a neighbour is one hop; any alias works") {
    o.to = "U.S.";
    o.from = "Dmitry Peskov";
    Result<PathResult> r = FindPath(ctx, o);
    REQUIRE(r.ok());
    REQUIRE(r->hops.size() == 1);
    CHECK(r->hops[0].forward);
    CHECK(r->hops[0].evidence.claim.content == "the United States is provoking Ukraine");
  }
  SECTION("against the direction of the claims") {
    o.from = "NATO";
    o.to = "Kremlin";
    Result<PathResult> r = FindPath(ctx, o);
    REQUIRE(r->hops.size() == 1);
    CHECK_FALSE(r->hops[0].forward);
  }
  SECTION("no path, or too far") {
    o.to = "Alpha Council";
    Result<PathResult> r = FindPath(ctx, o);
    REQUIRE(r.ok());
    CHECK_FALSE(r->found);
    CHECK(r->hops.empty());
    o.to = "NATO";
    o.max_depth = 2;
    CHECK_FALSE(FindPath(ctx, o)->found);
  }
}

}  // namespace
}  // namespace sg::query
