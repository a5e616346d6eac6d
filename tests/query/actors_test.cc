// stancegraph actors and actor NAME (query/actors.h).
#include "query/actors.h"

#include <catch2/catch.hpp>

#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using testing::Id;

TEST_CASE("actors by activity", "[actors]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ActorsOptions o;

  SECTION("all, most active first") {
    Result<std::vector<ActorRow>> rows = ListActors(ctx, o);
    REQUIRE(rows.ok());
    CHECK(rows->size() == 14);
    CHECK(rows->front().actor.name == "Ukraine");  // 7 claims about it
    CHECK(rows->front().claims_received == 7);
    for (size_t i = 1; i < rows->size(); ++i) {
      CHECK((*rows)[i - 1].activity() >= (*rows)[i].activity());
    }
  }
  SECTION("of one kind, top N") {
    o.kind = graph::ActorKind::kPerson;
    o.top = 2;
    Result<std::vector<ActorRow>> rows = ListActors(ctx, o);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0].actor.name == "Dmitry Peskov");
    CHECK((*rows)[0].claims_made == 3);
    CHECK((*rows)[0].actor.group == "Russia");
    CHECK((*rows)[1].actor.name == "Jens Stoltenberg");
  }
  SECTION("rollup: countries and bodies with their members' activity") {
    o.rollup = true;
    Result<std::vector<ActorRow>> rows = ListActors(ctx, o);
    REQUIRE(rows.ok());
    CHECK((*rows)[0].actor.name == "Russia");
    CHECK((*rows)[0].claims_made == 5);  // the Kremlin's 2 and Peskov's 3
    for (const ActorRow& r : *rows) CHECK(r.actor.name != "Karen Jean-Pierre");
  }
}

TEST_CASE("one actor described", "[actors]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  ActorOptions o;

  SECTION("a person: affiliation with role, counts, counterparts, newest claims") {
    o.name = "karen jean-pierre";
    Result<ActorInfo> info = DescribeActor(ctx, o);
    REQUIRE(info.ok());
    CHECK(info->row.actor.name == "Karen Jean-Pierre");
    CHECK(info->row.actor.kind == graph::ActorKind::kPerson);
    CHECK(info->row.actor.group == "United States");
    CHECK(info->row.claims_made == 2);
    CHECK(info->row.articles == 2);
    REQUIRE(info->affiliations.size() == 1);
    CHECK(info->affiliations[0].group.name == "White House");
    CHECK(info->affiliations[0].role == "press secretary");
    REQUIRE(info->stance_toward.size() == 2);
    CHECK(info->stance_toward[0].evidence.size() == 1);
    CHECK(info->stance_from.empty());
    REQUIRE(info->recent_claims.size() == 2);
    CHECK(info->recent_claims[0].claim.content == "the United States stands with Ukraine");
  }
  SECTION("a body: aliases, members, who is toward it") {
    o.name = "Washington";
    o.counterparts = 1;
    Result<ActorInfo> info = DescribeActor(ctx, o);
    REQUIRE(info.ok());
    CHECK(info->row.actor.name == "United States");
    CHECK(info->row.actor.kind == graph::ActorKind::kCountry);
    std::vector<std::string> aliases;
    for (const auto& a : info->aliases) aliases.push_back(a.alias);
    CHECK(std::find(aliases.begin(), aliases.end(), "U.S.") != aliases.end());
    REQUIRE(info->members.size() == 1);
    CHECK(info->members[0].name == "White House");
    REQUIRE(info->stance_from.size() == 1);
    CHECK(info->stance_from[0].from.name == "Dmitry Peskov");
    CHECK(info->stance_from[0].sum == -1);
    CHECK(info->recent_claims.empty());
  }
  SECTION("unknown") {
    o.name = "Kremlim";
    CHECK(DescribeActor(ctx, o).status().message() ==
          "unknown actor \"Kremlim\"; did you mean \"Kremlin\"?");
  }
}

}  // namespace
}  // namespace sg::query
