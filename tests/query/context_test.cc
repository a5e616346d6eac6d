// Name resolution and MEMBER_OF rollup (query/context.h, resolve.cc, rollup.cc).
#include "query/context.h"

#include <catch2/catch.hpp>

#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using testing::Id;

TEST_CASE("names resolve through the alias index, case-insensitively", "[resolve]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);

  SECTION("every alias and spelling of the United States") {
    for (const char* name : {"United States", "united states", "U.S.", "us", "US", "u.s",
                             "Washington", "WASHINGTON", "America", "the United States"}) {
      INFO(name);
      Result<graph::ActorId> id = ctx.Resolve(name);
      REQUIRE(id.ok());
      CHECK(*id == Id("United States"));
    }
  }
  SECTION("an actor id") {
    Result<graph::ActorId> id = ctx.Resolve(graph::FormatActorId(Id("Kremlin")));
    REQUIRE(id.ok());
    CHECK(*id == Id("Kremlin"));
    Result<graph::ActorId> missing = ctx.Resolve("actor:0000000000000001");
    CHECK(missing.status().code() == Status::Code::kNotFound);
  }
  SECTION("an unknown name suggests the closest alias") {
    Result<graph::ActorId> id = ctx.Resolve("Rusia");
    REQUIRE_FALSE(id.ok());
    CHECK(id.status().code() == Status::Code::kNotFound);
    CHECK(id.status().message() == "unknown actor \"Rusia\"; did you mean \"Russia\"?");
    Result<graph::ActorId> typo = ctx.Resolve("Dmitri Peskov");
    CHECK(typo.status().message() ==
          "unknown actor \"Dmitri Peskov\"; did you mean \"Dmitry Peskov\"?");
  }
  SECTION("a typo in the first letter is still found in a small graph") {
    CHECK(ctx.Resolve("Kussia").status().message() ==
          "unknown actor \"Kussia\"; did you mean \"Russia\"?");
  }
  SECTION("nothing close: no suggestion") {
    Result<graph::ActorId> id = ctx.Resolve("Zzyzx Qwerty");
    CHECK(id.status().message() == "unknown actor \"Zzyzx Qwerty\"");
  }
  SECTION("an ambiguous alias lists the candidates") {
    Result<graph::ActorId> id = ctx.Resolve("smith");
    REQUIRE_FALSE(id.ok());
    CHECK(id.status().code() == Status::Code::kInvalidArgument);
    const std::string& m = id.status().message();
    CHECK(m.rfind("ambiguous actor \"smith\": \"Jane Smith\" (person, actor:", 0) == 0);
    CHECK(m.find("\"John Smith\" (person, actor:") != std::string::npos);
    REQUIRE(ctx.Resolve("John Smith").ok());
    CHECK(*ctx.Resolve("John Smith") == Id("John Smith"));
  }
  SECTION("a name without letters is refused") {
    CHECK(ctx.Resolve("...").status().code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("rollup follows MEMBER_OF both ways, transitively, through cycles", "[rollup]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);

  SECTION("members, downward") {
    Result<std::vector<graph::ActorId>> us = ctx.MembersOf(Id("United States"));
    REQUIRE(us.ok());
    std::vector<graph::ActorId> want{Id("United States"), Id("White House"),
                                     Id("Karen Jean-Pierre")};
    std::sort(want.begin(), want.end());
    CHECK(*us == want);
    Result<std::vector<graph::ActorId>> side = ctx.Side(Id("Kremlin"), false);
    CHECK(*side == std::vector<graph::ActorId>{Id("Kremlin")});
  }
  SECTION("the body a person speaks for, upward") {
    CHECK(*ctx.RootOf(Id("Karen Jean-Pierre")) == Id("United States"));
    CHECK(*ctx.RootOf(Id("Dmitry Peskov")) == Id("Russia"));
    CHECK(*ctx.RootOf(Id("Russia")) == Id("Russia"));
    Result<ActorRef> ref = ctx.Ref(Id("Karen Jean-Pierre"));
    REQUIRE(ref.ok());
    CHECK(ref->name == "Karen Jean-Pierre");
    CHECK(ref->kind == graph::ActorKind::kPerson);
    CHECK(ref->group == "United States");
    CHECK(ctx.Ref(Id("Russia"))->group.empty());
  }
  SECTION("a cycle ends") {
    Result<std::vector<graph::ActorId>> alpha = ctx.MembersOf(Id("Alpha Council"));
    REQUIRE(alpha.ok());
    CHECK(alpha->size() == 2);
    // A cycle ends at its smallest id wherever the walk starts (the rule the stance export's
    // rollup follows too: query/internal/rollup.h).
    graph::ActorId smallest = std::min(Id("Alpha Council"), Id("Beta Council"));
    Result<graph::ActorId> root = ctx.RootOf(Id("Alpha Council"));
    REQUIRE(root.ok());
    CHECK(*root == smallest);
    Context fresh(*store);
    CHECK(*fresh.RootOf(Id("Beta Council")) == smallest);
    CHECK(*fresh.RootOf(Id("Alpha Council")) == smallest);
  }
  SECTION("an actor without a record is its own root") {
    graph::ActorId unknown = graph::ActorIdForName("Nobody Stored Here");
    CHECK(*ctx.RootOf(unknown) == unknown);
  }
}

TEST_CASE("date options", "[context]") {
  CHECK(CheckDate("2022-01-18").empty());
  CHECK_FALSE(CheckDate("2022-02-30").empty());
  CHECK_FALSE(CheckDate("yesterday").empty());
  CHECK_FALSE(CheckDate("").empty());
  DateRange r{*graph::Date::Parse("2022-02-01"), *graph::Date::Parse("2022-02-28")};
  CHECK(r.Contains(*graph::Date::Parse("2022-02-01")));
  CHECK(r.Contains(*graph::Date::Parse("2022-02-28")));
  CHECK_FALSE(r.Contains(*graph::Date::Parse("2022-03-01")));
  CHECK_FALSE(r.Contains(graph::Date{}));
  CHECK(DateRange{}.Contains(graph::Date{}));
}

}  // namespace
}  // namespace sg::query
