// stancegraph stance and stance --matrix (query/stance.h).
#include "query/stance.h"

#include <catch2/catch.hpp>

#include "tests/query/fixture.h"

namespace sg::query {
namespace {

using testing::Id;

graph::Date D(const char* s) { return *graph::Date::Parse(s); }

std::vector<StanceRow> Compute(Context& ctx, const StanceOptions& o) {
  Result<std::vector<StanceRow>> r = ComputeStance(ctx, o);
  INFO((r.ok() ? "" : r.status().ToString()));
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_CASE("stance from one actor to another", "[stance]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  StanceOptions o;
  o.from = "Dmitry Peskov";
  o.to = "Ukraine";

  SECTION("sum, counts, dates and the strongest evidence first") {
    std::vector<StanceRow> rows = Compute(ctx, o);
    REQUIRE(rows.size() == 1);
    const StanceRow& r = rows[0];
    CHECK(r.from.name == "Dmitry Peskov");
    CHECK(r.to.name == "Ukraine");
    CHECK(r.sum == -2);
    CHECK(r.hostile == 2);
    CHECK(r.neutral == 1);
    CHECK(r.friendly == 0);
    CHECK(r.label() == "hostile");
    CHECK(r.first == D("2022-01-10"));
    CHECK(r.last == D("2022-03-01"));
    REQUIRE(r.evidence.size() == 3);
    CHECK(r.evidence[0].claim.content ==
          "Russia is conducting a special military operation in Ukraine");  // hostile, newest
    CHECK(r.evidence[1].claim.content == "the United States is provoking Ukraine");
    CHECK(r.evidence[2].claim.content == "Russia has no plans to attack anyone");
  }
  SECTION("the stored aggregate agrees when there is no window") {
    std::vector<StanceRow> rows = Compute(ctx, o);
    Result<std::optional<graph::StanceAggregate>> stored =
        store->GetStance(Id("Dmitry Peskov"), Id("Ukraine"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->sum == rows[0].sum);
    CHECK((*stored)->count() == rows[0].count());
    CHECK((*stored)->first == rows[0].first);
    CHECK((*stored)->last == rows[0].last);
  }
  SECTION("a date window recomputes from the index") {
    o.dates.since = D("2022-02-01");
    std::vector<StanceRow> rows = Compute(ctx, o);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].sum == -2);
    CHECK(rows[0].neutral == 0);
    CHECK(rows[0].first == D("2022-02-01"));
    o.evidence = 1;
    CHECK(Compute(ctx, o)[0].evidence.size() == 1);
  }
  SECTION("rollup: people count for the country they speak for") {
    o.from = "Russia";
    CHECK(Compute(ctx, o).empty());  // Russia itself never speaks in the fixture
    o.rollup = true;
    std::vector<StanceRow> rows = Compute(ctx, o);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].from.name == "Russia");
    CHECK(rows[0].sum == -3);  // Peskov's -2 and the Kremlin's -1
    CHECK(rows[0].hostile == 3);
    CHECK(rows[0].label() == "hostile");
  }
}

TEST_CASE("stance listings", "[stance]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  StanceOptions o;

  SECTION("toward one actor, strongest first") {
    o.to = "Ukraine";
    std::vector<StanceRow> rows = Compute(ctx, o);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].from.name == "Dmitry Peskov");
    CHECK(rows[0].sum == -2);
    for (const StanceRow& r : rows) CHECK(r.to.name == "Ukraine");
    o.rollup = true;
    rows = Compute(ctx, o);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].from.name == "Russia");
    CHECK(rows[0].sum == -3);
    CHECK(rows[1].sum == 1);
    CHECK(rows[2].sum == 1);
  }
  SECTION("from one actor") {
    o.from = "Karen Jean-Pierre";
    std::vector<StanceRow> rows = Compute(ctx, o);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].to.name == "Ukraine");  // |sum| ties: more claims first
    CHECK(rows[0].sum == 1);
    CHECK(rows[0].count() == 2);
    CHECK(rows[1].to.name == "Russia");
    CHECK(rows[1].sum == -1);
  }
  SECTION("everyone, with rollup") {
    o.rollup = true;
    std::vector<StanceRow> rows = Compute(ctx, o);
    bool found = false;
    for (const StanceRow& r : rows) {
      CHECK(r.from.id != r.to.id);  // self pairs are left out of listings
      if (r.from.name == "United States" && r.to.name == "Russia") {
        found = true;
        CHECK(r.sum == -2);  // the White House's sanctions and KJP's warning
      }
    }
    CHECK(found);
    o.limit = 2;
    CHECK(Compute(ctx, o).size() == 2);
  }
}

TEST_CASE("stance matrix among the most active actors", "[stance]") {
  graph::Store* store = testing::SharedFixture();
  Context ctx(*store);
  MatrixOptions o;
  o.top = 4;
  o.rollup = true;
  Result<StanceMatrix> m = ComputeStanceMatrix(ctx, o);
  REQUIRE(m.ok());
  REQUIRE(m->actors.size() == 4);
  auto index = [&](const std::string& name) {
    for (size_t i = 0; i < m->actors.size(); ++i) {
      if (m->actors[i].name == name) return i;
    }
    FAIL("no " << name << " in the matrix");
    return size_t{0};
  };
  size_t russia = index("Russia"), ukraine = index("Ukraine"), us = index("United States");
  CHECK(m->cells[russia][ukraine].sum == -3);
  CHECK(m->cells[russia][ukraine].count() == 4);
  CHECK(m->cells[us][russia].sum == -2);
  CHECK(m->cells[ukraine][us].count() == 0);
  o.dates.until = D("2022-01-31");
  m = ComputeStanceMatrix(ctx, o);
  REQUIRE(m.ok());
  CHECK(m->cells[index("Russia")][index("Ukraine")].sum == 0);
  CHECK(m->cells[index("Russia")][index("Ukraine")].count() == 1);
}

}  // namespace
}  // namespace sg::query
