// What an export holds: the whole graph, neighbourhoods, time windows, the stance view with
// rollup and minimum weight; stable ids and byte-identical repeats (query/export_subgraph.cc,
// query/export_stance.cc, query/export_select.cc).
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "graph/names.h"
#include "query/context.h"
#include "query/contradictions.h"
#include "tests/export/export_fixture.h"

namespace sg::query::testing {
namespace {

using graph::testing::DraftBuilder;

const std::string kLavrov = "Сергей Лавров";
const std::string kTokyo = "東京都庁";
const std::string kAtt = "AT&T <Corp>";
const std::string kLukasz = "Łukasz Żółć-Müller";
const std::string kRussia = "Россия";

graph::Date D(const char* text) { return *graph::Date::Parse(text); }

// The edge of `kind` from the node labelled `from` to the one labelled `to`; CONTRADICTS edges
// (directed from the smaller claim id) in either direction.
const Recorded::Item* Edge(const Recorded& r, const std::string& kind, const std::string& from,
                           const std::string& to) {
  const auto* a = r.Node(from);
  const auto* b = r.Node(to);
  if (a == nullptr || b == nullptr) return nullptr;
  for (const auto* e : r.Edges(kind)) {
    if (e->source == a->id && e->target == b->id) return e;
    if (kind == "CONTRADICTS" && e->source == b->id && e->target == a->id) return e;
  }
  return nullptr;
}

TEST_CASE("the claims view of the whole graph holds what the store holds", "[export][claims]") {
  for (const std::string& input : {kExampleClaims, kAwkwardClaims}) {
    DYNAMIC_SECTION(input) {
      auto db = LoadClaims(input);
      auto stats = db->store->GetStats();
      REQUIRE(stats.ok());
      const graph::Counts& c = stats->counts;
      Recorded r = Record(*db->store);
      CHECK(r.nodes.size() == c.actors + c.articles + c.claims);
      CHECK(r.Labels("actor").size() == c.actors);
      CHECK(r.Labels("article").size() == c.articles);
      CHECK(r.Labels("claim").size() == c.claims);
      CHECK(r.Edges("SAID").size() == c.claims);
      CHECK(r.Edges("ABOUT").size() == c.about);
      CHECK(r.Edges("IN").size() == c.claims);
      CHECK(r.Edges("MEMBER_OF").size() == c.member_of);
      CHECK(r.stats.nodes == r.nodes.size());
      CHECK(r.stats.edges == r.edges.size());
      CHECK(r.stats.skipped_edges == 0);
      CHECK_FALSE(r.edge_before_node);
      std::set<std::string> ids;
      std::regex id(R"((actor|article):[0-9a-f]{16}|claim:[0-9a-f]{16}\.[0-9]+)");
      for (const auto& n : r.nodes) {
        CHECK(std::regex_match(n.id, id));
        CHECK(ids.insert(n.id).second);
      }
      for (const auto& e : r.edges) {
        CHECK(ids.count(e.source) == 1);
        CHECK(ids.count(e.target) == 1);
        CHECK(e.weight > 0);
      }
      std::set<std::string> edge_ids;
      for (const auto& e : r.edges) CHECK(edge_ids.insert(e.id).second);
    }
  }
}

TEST_CASE("claims view: attributes, dates and contradictions of the awkward fixture",
          "[export][claims]") {
  auto db = LoadClaims(kAwkwardClaims);
  Recorded r = Record(*db->store);
  SECTION("names are kept, control characters removed") {
    CHECK(r.Node(kLukasz) != nullptr);
    CHECK(r.Node(kAtt) != nullptr);
    CHECK(r.Node("Line\nBreak Ministry") != nullptr);
    CHECK(r.Node("CtlCharBureau") != nullptr);
    CHECK(r.Node("The \"Quoted\" Council") != nullptr);
    CHECK(r.Node("first line\nsecond line\nthird line") != nullptr);
    CHECK(r.Node("tabs\tandverticalfeednulsoh") != nullptr);
  }
  SECTION("actor attributes and the interval they were seen in") {
    const auto* lavrov = r.Node(kLavrov);
    REQUIRE(lavrov != nullptr);
    CHECK(lavrov->id == graph::FormatActorId(graph::ActorIdForName(kLavrov)));
    CHECK(lavrov->attrs.at("kind") == "actor");
    CHECK(r.Node(kAtt)->attrs.at("actor_kind") == "organization");
    CHECK(lavrov->attrs.at("claims_made") == "2");
    CHECK(lavrov->attrs.at("claims_received") == "2");
    CHECK(lavrov->start == D("2021-12-01"));
    CHECK(lavrov->end == D("2022-02-24"));
    CHECK(lavrov->attrs.at("first_seen") == "2021-12-01");
  }
  SECTION("claim attributes") {
    const auto* denial = r.Node("first line\nsecond line\nthird line");
    REQUIRE(denial != nullptr);
    CHECK(denial->attrs.at("polarity") == "-1");
    CHECK(denial->attrs.at("speaker") == kLavrov);
    CHECK(denial->attrs.at("cue") == "deny");
    CHECK(denial->attrs.at("predicate") == "attack");
    CHECK(denial->attrs.at("negated") == "false");
    CHECK(denial->attrs.at("date") == "2021-12-01");
    CHECK(denial->start == D("2021-12-01"));
    const auto* undated = r.Node("why? ’quotes’ & ‘more’");
    REQUIRE(undated != nullptr);
    CHECK(undated->attrs.count("date") == 0);
    CHECK_FALSE(undated->start.known());
  }
  SECTION("ABOUT edges carry the stance and its colour") {
    const auto* about = Edge(r, "ABOUT", "first line\nsecond line\nthird line", kTokyo);
    REQUIRE(about != nullptr);
    CHECK(about->attrs.at("stance") == "1");
    CHECK(about->tone == 1);
    CHECK(about->id == "about:" + about->source + ":" + about->target);
  }
  SECTION("MEMBER_OF edges, one per pair, with the role") {
    const auto* member = Edge(r, "MEMBER_OF", kLukasz, kAtt);
    REQUIRE(member != nullptr);
    CHECK(member->attrs.at("role") == "chief \"spokes\" person");
    CHECK(Edge(r, "MEMBER_OF", "Group A", "Group B") != nullptr);
    CHECK(Edge(r, "MEMBER_OF", "Group B", "Group A") != nullptr);
  }
  SECTION("contradictions: one assertion against two denials, with or without a patient") {
    auto pairs = r.Edges("CONTRADICTS");
    REQUIRE(pairs.size() == 2);
    const std::string assertion = "Сергей Лавров is \"wrong\" & <late>";
    CHECK(Edge(r, "CONTRADICTS", assertion, "first line\nsecond line\nthird line") != nullptr);
    const auto* later = Edge(r, "CONTRADICTS", assertion, "there are no plans to attack");
    REQUIRE(later != nullptr);
    CHECK(later->attrs.at("predicate") == "attack");
    CHECK(later->start == D("2021-12-01"));
    CHECK(later->end == D("2022-02-24"));
    CHECK(later->tone == 3);
    // Two denials agree.
    CHECK(Edge(r, "CONTRADICTS", "first line\nsecond line\nthird line",
               "there are no plans to attack") == nullptr);
  }
}

TEST_CASE("contradictions follow the rule of `stancegraph contradictions`", "[export][claims]") {
  auto db = EmptyDb();
  DraftBuilder b("a1");
  int russia = b.Actor("Russia", graph::ActorKind::kCountry);
  int ukraine = b.Actor("Ukraine", graph::ActorKind::kCountry);
  int nato = b.Actor("NATO", graph::ActorKind::kOrganization);
  auto claim = [&](const char* text, int8_t polarity, int patient, bool negated) {
    graph::ClaimDraft& c = b.Claim(russia, "say", text, polarity);
    c.proposition = graph::PropositionDraft{russia, "attack", patient, negated};
  };
  claim("attack Ukraine", 1, ukraine, false);
  claim("no attack on Ukraine", -1, ukraine, true);
  claim("no attack at all", -1, -1, false);
  claim("attack NATO", 1, nato, false);
  claim("attack? who knows", 0, ukraine, false);
  b.Claim(russia, "say", "sanctions", -1).proposition = {russia, "sanction", ukraine, false};
  REQUIRE(db->store->PutArticle(b.draft(), 1).ok());
  Recorded r = Record(*db->store);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto* e : r.Edges("CONTRADICTS")) {
    std::string x, y;
    for (const auto& n : r.nodes) {
      if (n.id == e->source) x = n.label;
      if (n.id == e->target) y = n.label;
    }
    pairs.emplace(std::min(x, y), std::max(x, y));
  }
  // Opposite polarities, same agent and predicate, patients equal or one missing; polarity 0
  // contradicts nothing, and the negated flag is informational.
  CHECK(pairs ==
        std::set<std::pair<std::string, std::string>>{{"attack Ukraine", "no attack on Ukraine"},
                                                      {"attack Ukraine", "no attack at all"},
                                                      {"attack NATO", "no attack at all"}});
}

TEST_CASE("the neighbourhood of an actor", "[export][around]") {
  auto db = LoadClaims(kAwkwardClaims);
  ExportOptions options;
  options.around = kLavrov;
  SECTION("depth 0: the actor alone") {
    options.depth = 0;
    Recorded r = Record(*db->store, options);
    CHECK(r.Labels("actor") == std::vector<std::string>{kLavrov});
    CHECK(r.Labels("claim").empty());
    CHECK(r.edges.empty());
  }
  SECTION("depth 1: the adjacent actors and the claims among them") {
    Recorded r = Record(*db->store, options);
    std::vector<std::string> actors{kLavrov, kAtt,    kLukasz,
                                    kTokyo,  kRussia, "Line\nBreak Ministry"};
    std::sort(actors.begin(), actors.end());
    CHECK(r.Labels("actor") == actors);
    CHECK(r.Labels("claim").size() == 4);  // not the ministry's, whose target is outside
    CHECK(r.Node("tabs\tandverticalfeednulsoh") == nullptr);
    CHECK(r.Labels("article").size() == 3);
    CHECK(r.Edges("CONTRADICTS").size() == 2);
    CHECK(r.Edges("MEMBER_OF").size() == 2);
    CHECK(r.stats.skipped_edges == 0);
  }
  SECTION("an actor id works as well as a name") {
    options.around = graph::FormatActorId(graph::ActorIdForName(kLavrov));
    CHECK(Record(*db->store, options).Labels("actor").size() == 6);
  }
  SECTION("the stance view of the neighbourhood is the induced subgraph") {
    options.view = ExportView::kStance;
    Recorded r = Record(*db->store, options);
    CHECK(r.edges.size() == 5);
    CHECK(r.nodes.size() == 5);  // the actors those edges join (Россия has none inside)
    CHECK(Edge(r, "STANCE", kLavrov, kTokyo) != nullptr);
    CHECK(Edge(r, "STANCE", "Line\nBreak Ministry", kLavrov) != nullptr);
    CHECK(r.Node("CtlCharBureau") == nullptr);  // two steps away
    CHECK(r.Node(kRussia) == nullptr);
  }
  SECTION("unknown names, bad ids and negative depths are refused") {
    options.around = "Nobody At All";
    Status s = RecordError(*db->store, options);
    CHECK(s.code() == Status::Code::kNotFound);
    CHECK(s.message().find("--around: unknown actor \"Nobody At All\"") != std::string::npos);
    options.around = "actor:zz";
    CHECK(RecordError(*db->store, options).code() == Status::Code::kNotFound);
    options.around = "actor:0123456789abcdef";
    CHECK(RecordError(*db->store, options).code() == Status::Code::kNotFound);
    options.around = kLavrov;
    options.depth = -1;
    CHECK(RecordError(*db->store, options).code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("an alias shared by two actors is ambiguous unless it is one's name",
          "[export][around]") {
  auto db = EmptyDb();
  DraftBuilder b("a1");
  int john = b.Actor("John Smith", graph::ActorKind::kPerson, -1, "", {"Smith"});
  int jane = b.Actor("Jane Smith", graph::ActorKind::kPerson, -1, "", {"Smith"});
  b.Claim(john, "say", "hello", 1, {{jane, 1}});
  REQUIRE(db->store->PutArticle(b.draft(), 1).ok());
  ExportOptions options;
  options.around = "Smith";
  Status s = RecordError(*db->store, options);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("ambiguous") != std::string::npos);
  CHECK(s.message().find("John Smith") != std::string::npos);
  CHECK(s.message().find("Jane Smith") != std::string::npos);
  options.around = "Jane Smith";
  CHECK(Record(*db->store, options).Labels("actor").size() == 2);
}

TEST_CASE("a time window keeps the dated claims inside it", "[export][window]") {
  auto db = LoadClaims(kAwkwardClaims);
  ExportOptions options;
  options.since = D("2022-01-01");
  options.until = D("2022-01-31");
  SECTION("claims view: the claims, their endpoints and articles") {
    Recorded r = Record(*db->store, options);
    CHECK(r.Labels("claim").size() == 2);
    std::vector<std::string> actors{kLavrov, "CtlCharBureau", "Line\nBreak Ministry",
                                    "The \"Quoted\" Council"};
    std::sort(actors.begin(), actors.end());
    CHECK(r.Labels("actor") == actors);
    CHECK(r.Labels("article") == std::vector<std::string>{"Zweite Meldung – Übersicht"});
    CHECK(r.Edges("SAID").size() == 2);
    CHECK(r.Edges("ABOUT").size() == 3);
    CHECK(r.Edges("MEMBER_OF").empty());  // Россия is outside the window
    CHECK(r.stats.skipped_edges == 0);    // which is not a dangling reference
    CHECK(r.Edges("CONTRADICTS").empty());
  }
  SECTION("the stance view recomputes the edges from the claims in the window") {
    options.view = ExportView::kStance;
    options.since = D("2022-02-01");
    options.until = {};
    Recorded r = Record(*db->store, options);
    CHECK(r.edges.size() == 3);
    const auto* e = Edge(r, "STANCE", kLavrov, kTokyo);
    REQUIRE(e != nullptr);
    CHECK(e->attrs.at("stance") == "0");  // the whole-time sum is 1 over 2 claims
    CHECK(e->attrs.at("count") == "1");
    CHECK(e->start == D("2022-02-24"));
    CHECK(e->end == D("2022-02-24"));
  }
  SECTION("since after until is refused") {
    options.since = D("2022-02-01");
    CHECK(RecordError(*db->store, options).code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("the stance view: signed sums, counts, dates", "[export][stance]") {
  auto db = LoadClaims(kAwkwardClaims);
  auto stats = db->store->GetStats();
  REQUIRE(stats.ok());
  ExportOptions options;
  options.view = ExportView::kStance;
  Recorded r = Record(*db->store, options);
  CHECK(r.nodes.size() == stats->counts.actors);
  CHECK(r.edges.size() == stats->counts.stance);
  const auto* e = Edge(r, "STANCE", kLavrov, kTokyo);
  REQUIRE(e != nullptr);
  CHECK(e->id == "stance:" + e->source + ":" + e->target);
  CHECK(e->attrs.at("stance") == "1");
  CHECK(e->attrs.at("count") == "2");
  CHECK(e->attrs.at("friendly") == "1");
  CHECK(e->attrs.at("neutral") == "1");
  CHECK(e->attrs.at("mean_stance") == "0.5");
  CHECK(e->weight == 2);
  CHECK(e->tone == 1);
  CHECK(e->start == D("2021-12-01"));
  CHECK(e->end == D("2022-02-24"));
  const auto* hostile = Edge(r, "STANCE", kLukasz, kLavrov);
  REQUIRE(hostile != nullptr);
  CHECK(hostile->attrs.at("stance") == "-1");
  CHECK(hostile->tone == -1);

  SECTION("minimum weight keeps |sum| >= W and the actors they join") {
    options.min_weight = 1;
    Recorded heavy = Record(*db->store, options);
    CHECK(heavy.edges.size() == 7);
    for (const auto& h : heavy.edges) CHECK(std::abs(std::stoi(h.attrs.at("stance"))) >= 1);
    CHECK(heavy.Node("Group B") != nullptr);
    CHECK(heavy.Node("The \"Quoted\" Council") != nullptr);
    CHECK(heavy.Node(kAtt) == nullptr);  // only a neutral edge reaches it
  }
}

TEST_CASE("rollup folds actors into the groups they speak for, cycles included",
          "[export][stance][rollup]") {
  for (const std::string& input : {kExampleClaims, kAwkwardClaims}) {
    DYNAMIC_SECTION(input) {
      auto db = LoadClaims(input);
      ExportOptions options;
      options.view = ExportView::kStance;
      Recorded raw = Record(*db->store, options);
      options.rollup = true;
      Recorded folded = Record(*db->store, options);
      CHECK(folded.nodes.size() < raw.nodes.size());
      // Folding moves claims between edges but neither loses nor invents any.
      auto total = [](const Recorded& r, const char* attr) {
        int64_t sum = 0;
        for (const auto& e : r.edges) sum += std::stoll(e.attrs.at(attr));
        return sum;
      };
      CHECK(total(folded, "count") == total(raw, "count"));
      CHECK(total(folded, "stance") == total(raw, "stance"));
      int64_t members = 0;
      for (const auto& n : folded.nodes) members += std::stoll(n.attrs.at("members"));
      CHECK(members + folded.nodes.size() == raw.nodes.size());
      CHECK(folded.stats.skipped_edges == 0);
    }
  }
  SECTION("the awkward fixture") {
    auto db = LoadClaims(kAwkwardClaims);
    ExportOptions options;
    options.view = ExportView::kStance;
    options.rollup = true;
    Recorded r = Record(*db->store, options);
    CHECK(r.Node(kLukasz) == nullptr);
    CHECK(r.Node(kLavrov) == nullptr);
    CHECK(r.Node(kAtt)->attrs.at("members") == "1");
    CHECK(r.Node(kRussia)->attrs.at("members") == "1");
    // Group A and Group B name each other: one of them (the smaller id) stands for both.
    bool a = r.Node("Group A") != nullptr, b = r.Node("Group B") != nullptr;
    CHECK(a != b);
    std::string group = a ? "Group A" : "Group B";
    CHECK(r.Node(group)->attrs.at("members") == "1");
    const auto* self = Edge(r, "STANCE", group, group);
    REQUIRE(self != nullptr);
    CHECK(self->attrs.at("stance") == "1");
    const auto* e = Edge(r, "STANCE", kAtt, kRussia);
    REQUIRE(e != nullptr);
    CHECK(e->attrs.at("stance") == "-1");
  }
}

// The node ids a format wrote, in order.
std::vector<std::string> NodeIds(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

TEST_CASE("ids are the same in every format and exports repeat byte for byte", "[export][stable]") {
  auto db = LoadClaims(kAwkwardClaims);
  std::vector<std::string> ids;
  for (const auto& n : Record(*db->store).nodes) ids.push_back(n.id);
  const std::string id = R"(((?:actor|claim|article):[0-9a-f.]+))";
  CHECK(NodeIds(ExportString(*db->store, ExportFormat::kGraphml), "<node id=\"" + id) == ids);
  CHECK(NodeIds(ExportString(*db->store, ExportFormat::kGexf), "<node id=\"" + id) == ids);
  CHECK(NodeIds(ExportString(*db->store, ExportFormat::kDot), "\n  \"" + id + "\" \\[") == ids);
  std::vector<std::string> cy;
  auto doc = nlohmann::json::parse(ExportString(*db->store, ExportFormat::kCytoscape));
  for (const auto& n : doc["elements"]["nodes"]) cy.push_back(n["data"]["id"]);
  CHECK(cy == ids);
  std::set<std::string> neo4j;
  for (const auto& [name, text] : ExportNeo4jFiles(*db->store)) {
    if (name.rfind("nodes_", 0) != 0) continue;
    auto rows = ParseCsv(text);
    for (size_t i = 1; i < rows.size(); ++i) neo4j.insert(rows[i][0]);
  }
  CHECK(neo4j == std::set<std::string>(ids.begin(), ids.end()));

  SECTION("two exports, a re-ingest and a second database give the same bytes") {
    for (auto format : {ExportFormat::kGraphml, ExportFormat::kGexf, ExportFormat::kDot,
                        ExportFormat::kCytoscape}) {
      for (auto view : {ExportView::kClaims, ExportView::kStance}) {
        ExportOptions options;
        options.view = view;
        std::string first = ExportString(*db->store, format, options);
        CHECK(ExportString(*db->store, format, options) == first);
        auto again = LoadClaims(kAwkwardClaims);
        CHECK(ExportString(*again->store, format, options) == first);
      }
    }
  }
}

TEST_CASE("an empty database exports an empty, well-formed graph", "[export][empty]") {
  auto db = EmptyDb();
  auto doc = nlohmann::json::parse(ExportString(*db->store, ExportFormat::kCytoscape));
  CHECK(doc["elements"]["nodes"].empty());
  CHECK(doc["elements"]["edges"].empty());
  std::string gexf = ExportString(*db->store, ExportFormat::kGexf);
  CHECK(gexf.find("<nodes>\n    </nodes>\n    <edges>\n    </edges>") != std::string::npos);
  std::string graphml = ExportString(*db->store, ExportFormat::kGraphml);
  CHECK(graphml.find("</graph>") != std::string::npos);
  CHECK(ExportNeo4jFiles(*db->store).size() == 8);
  std::ostringstream out;
  CHECK(Export(*db->store, ExportFormat::kNeo4j, {}, out).status().code() ==
        Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace sg::query::testing

namespace sg::query::testing {
namespace {

// The export and the queries share one rollup rule and one contradiction rule
// (query/internal/rollup.h, query/internal/index_scan.h): on both fixtures, the stance export's
// folded nodes are exactly the roots Context::RootOf names, and the CONTRADICTS edges are
// exactly the pairs `stancegraph contradictions` lists (with ExportContradictions::kAll).
TEST_CASE("the export's rollup and contradictions agree with the queries'",
          "[export][rollup][contradictions]") {
  for (const std::string& input : {kExampleClaims, kAwkwardClaims}) {
    DYNAMIC_SECTION(input) {
      auto db = LoadClaims(input);
      Context ctx(*db->store);
      ExportOptions options;
      options.view = ExportView::kStance;
      Recorded raw = Record(*db->store, options);
      options.rollup = true;
      Recorded folded = Record(*db->store, options);
      std::map<std::string, int64_t> members;  // root id -> actors folded into it
      for (const auto& n : raw.nodes) {
        std::optional<graph::ActorId> id = graph::ParseActorId(n.id);
        REQUIRE(id.has_value());
        Result<graph::ActorId> root = ctx.RootOf(*id);
        REQUIRE(root.ok());
        members[graph::FormatActorId(*root)] += *root == *id ? 0 : 1;
      }
      std::map<std::string, int64_t> exported;
      for (const auto& n : folded.nodes) exported[n.id] = std::stoll(n.attrs.at("members"));
      CHECK(exported == members);

      Result<std::vector<ContradictionPair>> pairs = FindContradictions(ctx, {});
      REQUIRE(pairs.ok());
      std::set<std::pair<std::string, std::string>> queried, edges;
      for (const ContradictionPair& p : *pairs) {
        std::string a = graph::FormatClaimId(p.a.claim.id), b = graph::FormatClaimId(p.b.claim.id);
        queried.emplace(std::min(a, b), std::max(a, b));
      }
      ExportOptions all;
      all.contradictions = ExportContradictions::kAll;
      Recorded all_view = Record(*db->store, all);
      for (const auto* e : all_view.Edges("CONTRADICTS")) {
        edges.emplace(std::min(e->source, e->target), std::max(e->source, e->target));
      }
      CHECK_FALSE(queried.empty());
      CHECK(edges == queried);
      // The default joins each claim to its nearest contradicting claims only: a subset of the
      // pairs, at most two per claim, touching every claim that has a contradiction.
      std::set<std::pair<std::string, std::string>> nearest;
      std::set<std::string> touched, wanted;
      Recorded default_view = Record(*db->store);
      for (const auto* e : default_view.Edges("CONTRADICTS")) {
        nearest.emplace(std::min(e->source, e->target), std::max(e->source, e->target));
        touched.insert({e->source, e->target});
      }
      for (const auto& [a, b] : queried) wanted.insert({a, b});
      CHECK(std::includes(queried.begin(), queried.end(), nearest.begin(), nearest.end()));
      CHECK(nearest.size() <= 2 * wanted.size());
      CHECK(touched == wanted);
    }
  }
}

}  // namespace
}  // namespace sg::query::testing

namespace sg::query::testing {
namespace {

TEST_CASE("a busy proposition gives at most two CONTRADICTS edges per claim by default",
          "[export][contradictions]") {
  auto db = EmptyDb();
  DraftBuilder b("busy");
  int russia = b.Actor("Russia", graph::ActorKind::kCountry);
  int ukraine = b.Actor("Ukraine", graph::ActorKind::kCountry);
  const int n = 40;  // 20 assertions, 20 denials: 400 pairs
  for (int i = 0; i < n; ++i) {
    int8_t polarity = i % 2 == 0 ? 1 : -1;
    graph::ClaimDraft& c = b.Claim(russia, "say", "claim " + std::to_string(i), polarity);
    c.proposition = graph::PropositionDraft{russia, "attack", i % 4 == 3 ? -1 : ukraine, false};
  }
  REQUIRE(db->store->PutArticle(b.draft(), 1).ok());
  Recorded nearest = Record(*db->store);
  ExportOptions options;
  options.contradictions = ExportContradictions::kAll;
  Recorded all = Record(*db->store, options);
  CHECK(all.Edges("CONTRADICTS").size() == (n / 2) * (n / 2));
  CHECK(nearest.Edges("CONTRADICTS").size() <= 2 * n);
  std::set<std::string> touched;
  for (const auto* e : nearest.Edges("CONTRADICTS")) touched.insert({e->source, e->target});
  CHECK(touched.size() == n);
  CHECK(nearest.stats.skipped_edges == 0);
}

}  // namespace
}  // namespace sg::query::testing
