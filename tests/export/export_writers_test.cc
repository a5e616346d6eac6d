// Each format writer driven with hand-made records: escaping, ids, structure and the pitfalls of
// docs/CONVENTIONS.md (query/export_<format>.cc).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "query/export_internal.h"
#include "tests/export/export_fixture.h"

namespace sg::query::internal {
namespace {

// What a hostile user-supplied name looks like once sanitized.
const std::string kAwkward = "Łukasz \"Żółć\" & <AT&T>, Сергей\n東京 'x'";

struct Sample {
  std::vector<ExportNode> nodes;
  std::vector<ExportEdge> edges;
};

// Two actors, a claim with a long text, an ABOUT edge (hostile) and a SAID edge, in the claims
// schema's layout (attribute indexes as in export_subgraph.cc).
Sample MakeSample() {
  Sample s;
  ExportNode a;
  a.kind = 0;
  a.id = "actor:00000000000000a1";
  a.label = kAwkward;
  a.start = a.end = *graph::Date::Parse("2022-01-18");
  AddAttr(&a.attrs, 0, std::string("actor"));
  AddAttr(&a.attrs, 1, a.label);
  AddAttr(&a.attrs, 2, std::string("person"));
  AddAttr(&a.attrs, 4, int64_t{3});
  ExportNode b = a;
  b.id = "actor:00000000000000b2";
  b.label = "Russia";
  b.attrs[1].value = b.label;
  b.attrs[2].value = std::string("country");
  ExportNode c;
  c.kind = 1;
  c.id = "claim:00000000000000c3.7";
  for (int i = 0; i < 2000; ++i) c.label += "\"quoted\" \\ é ";  // ~26 KB, escapes included
  AddAttr(&c.attrs, 0, std::string("claim"));
  AddAttr(&c.attrs, 1, c.label);
  AddAttr(&c.attrs, 13, int64_t{-1});  // polarity
  AddAttr(&c.attrs, 16, true);         // negated
  s.nodes = {a, b, c};
  ExportEdge said;
  said.kind = 0;
  said.id = "said:" + c.id;
  said.source = a.id;
  said.target = c.id;
  AddAttr(&said.attrs, 0, std::string("SAID"));
  ExportEdge about;
  about.kind = 1;
  about.id = "about:" + c.id + ":" + b.id;
  about.source = c.id;
  about.target = b.id;
  about.tone = -1;
  about.start = about.end = *graph::Date::Parse("2022-01-18");
  AddAttr(&about.attrs, 0, std::string("ABOUT"));
  AddAttr(&about.attrs, 1, int64_t{-1});
  s.edges = {said, about};
  return s;
}

std::string Write(std::unique_ptr<GraphSink> sink, std::ostringstream& out) {
  Sample s = MakeSample();
  REQUIRE(sink->Begin(ClaimsSchema()).ok());
  for (const auto& n : s.nodes) REQUIRE(sink->Node(n).ok());
  for (const auto& e : s.edges) REQUIRE(sink->Edge(e).ok());
  REQUIRE(sink->End().ok());
  return out.str();
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

TEST_CASE("GraphML: typed keys first, our ids, escaped text", "[export][graphml]") {
  std::ostringstream out;
  std::string xml = Write(MakeGraphmlSink(out), out);
  SECTION("every key comes before the graph, every node before the first edge") {
    CHECK(xml.rfind("<key ") < xml.find("<graph "));
    CHECK(xml.rfind("<node ") < xml.find("<edge "));
  }
  SECTION("keys are typed and never Gephi's d3, d7, r or x") {
    std::regex key(
        R"re(<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="(string|int|long|double|boolean)"/>)re");
    size_t keys =
        std::distance(std::sregex_iterator(xml.begin(), xml.end(), key), std::sregex_iterator());
    CHECK(keys == Count(xml, "<key "));
    for (const char* bad : {"\"d3\"", "\"d7\"", "\"r\"", "\"x\""}) {
      CHECK(xml.find(std::string("<key id=") + bad) == std::string::npos);
    }
    CHECK(xml.find(R"(attr.name="interaction" attr.type="string")") != std::string::npos);
    CHECK(xml.find(R"(attr.name="negated" attr.type="boolean")") != std::string::npos);
  }
  SECTION("nodes keep the graph's ids; edges carry interaction and weight") {
    CHECK(xml.find(R"(<node id="actor:00000000000000a1">)") != std::string::npos);
    CHECK(
        xml.find(
            R"(<edge id="about:claim:00000000000000c3.7:actor:00000000000000b2" source="claim:00000000000000c3.7" target="actor:00000000000000b2">)") !=
        std::string::npos);
    CHECK(xml.find(R"(<data key="e_interaction">ABOUT</data>)") != std::string::npos);
    CHECK(xml.find(R"(<data key="e_weight">1</data>)") != std::string::npos);
    CHECK(xml.find("n0") == std::string::npos);
  }
  SECTION("text is escaped, newlines kept") {
    CHECK(xml.find("Łukasz &quot;Żółć&quot; &amp; &lt;AT&amp;T&gt;, Сергей\n東京 &apos;x&apos;") !=
          std::string::npos);
  }
}

TEST_CASE("GEXF 1.3: dynamic dates, positive weight, kinds, viz colours", "[export][gexf]") {
  std::ostringstream out;
  std::string xml = Write(MakeGexfSink(out), out);
  CHECK(xml.find(R"(<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz")") !=
        std::string::npos);
  CHECK(xml.find(R"(mode="dynamic" defaultedgetype="directed" timeformat="date")") !=
        std::string::npos);
  SECTION("no attribute is called type, label is native") {
    CHECK(xml.find(R"(title="type")") == std::string::npos);
    CHECK(xml.find(R"(title="label")") == std::string::npos);
    CHECK(xml.find(R"(<attribute id="polarity" title="polarity" type="integer"/>)") !=
          std::string::npos);
  }
  SECTION("nodes and edges carry start and end dates") {
    CHECK(
        xml.find(
            R"(<node id="actor:00000000000000a1" label="Łukasz &quot;Żółć&quot; &amp; &lt;AT&amp;T&gt;, Сергей&#10;東京 &apos;x&apos;" start="2022-01-18" end="2022-01-18">)") !=
        std::string::npos);
    CHECK(
        xml.find(R"(kind="ABOUT" label="ABOUT" weight="1" start="2022-01-18" end="2022-01-18">)") !=
        std::string::npos);
  }
  SECTION("the signed stance is an attribute; the hostile edge is red") {
    CHECK(xml.find(R"(<attvalue for="stance" value="-1"/>)") != std::string::npos);
    size_t about = xml.find(R"(kind="ABOUT")");
    CHECK(xml.find(R"(<viz:color r="214" g="39" b="40"/>)", about) != std::string::npos);
  }
}

// The quoted strings of a DOT text (escapes kept).
std::vector<std::string> QuotedStrings(const std::string& dot) {
  std::vector<std::string> out;
  for (size_t i = 0; i < dot.size(); ++i) {
    if (dot[i] != '"') continue;
    std::string s;
    for (++i; i < dot.size() && dot[i] != '"'; ++i) {
      if (dot[i] == '\\' && i + 1 < dot.size()) s += dot[i++];
      s += dot[i];
    }
    out.push_back(s);
  }
  return out;
}

TEST_CASE("DOT: quoted ids, escaped labels below 16 KB, stance colours", "[export][dot]") {
  std::ostringstream out;
  std::string dot = Write(MakeDotSink(out), out);
  SECTION("every statement starts with a quoted id") {
    std::istringstream lines(dot);
    std::string line;
    int statements = 0;
    while (std::getline(lines, line)) {
      if (line.rfind("  \"", 0) == 0) ++statements;
      CHECK(line.find("  actor:") == std::string::npos);
    }
    CHECK(statements == 5);
    CHECK(dot.find(R"("claim:00000000000000c3.7" -> "actor:00000000000000b2")") !=
          std::string::npos);
  }
  SECTION("quotes, backslashes and newlines are escaped") {
    CHECK(dot.find(R"(label="Łukasz \"Żółć\" & <AT&T>, Сергей\n東京 'x'")") != std::string::npos);
  }
  SECTION("no quoted string reaches Graphviz's 16,384-byte limit, none splits a character") {
    size_t longest = 0;
    for (const std::string& s : QuotedStrings(dot)) {
      longest = std::max(longest, s.size());
      CHECK(SanitizeText(s) == s);
    }
    CHECK(longest < 16384);
    CHECK(longest > 15000);  // the tooltip of the long claim, cut
  }
  SECTION("the hostile ABOUT edge is red") {
    CHECK(dot.find(R"(color="#d62728")") != std::string::npos);
  }
}

TEST_CASE("Cytoscape.js JSON: elements with data, text intact", "[export][cytoscape]") {
  std::ostringstream out;
  std::string text = Write(MakeCytoscapeSink(out), out);
  nlohmann::json doc = nlohmann::json::parse(text);
  const auto& nodes = doc["elements"]["nodes"];
  const auto& edges = doc["elements"]["edges"];
  REQUIRE(nodes.size() == 3);
  REQUIRE(edges.size() == 2);
  CHECK(nodes[0]["data"]["id"] == "actor:00000000000000a1");
  CHECK(nodes[0]["data"]["label"] == kAwkward);
  CHECK(nodes[0]["data"]["kind"] == "actor");
  CHECK(nodes[0]["data"]["articles"] == 3);
  CHECK(nodes[2]["data"]["negated"] == true);
  CHECK(edges[1]["data"]["source"] == "claim:00000000000000c3.7");
  CHECK(edges[1]["data"]["stance"] == -1);
  CHECK(edges[1]["data"]["weight"] == 1.0);
  CHECK(edges[1]["data"]["color"] == "#d62728");
}

TEST_CASE("Neo4j CSV: typed headers, one file per kind, RFC 4180 quoting", "[export][neo4j]") {
  std::map<std::string, std::unique_ptr<std::ostringstream>> files;
  FileOpener open = [&](const std::string& name) -> Result<std::ostream*> {
    files[name] = std::make_unique<std::ostringstream>();
    return static_cast<std::ostream*>(files[name].get());
  };
  std::ostringstream unused;
  Sample s = MakeSample();
  auto sink = MakeNeo4jSink(open);
  REQUIRE(sink->Begin(ClaimsSchema()).ok());
  for (const auto& n : s.nodes) REQUIRE(sink->Node(n).ok());
  for (const auto& e : s.edges) REQUIRE(sink->Edge(e).ok());
  REQUIRE(sink->End().ok());
  std::vector<std::string> names;
  for (const auto& [name, _] : files) names.push_back(name);
  CHECK(names == std::vector<std::string>{"nodes_actor.csv", "nodes_article.csv", "nodes_claim.csv",
                                          "rels_ABOUT.csv", "rels_CONTRADICTS.csv", "rels_IN.csv",
                                          "rels_MEMBER_OF.csv", "rels_SAID.csv"});
  auto actors = testing::ParseCsv(files["nodes_actor.csv"]->str());
  REQUIRE(actors.size() == 3);
  CHECK(actors[0][0] == "id:ID");
  CHECK(actors[0][1] == ":LABEL");
  CHECK(actors[0][2] == "label:string");
  CHECK(std::find(actors[0].begin(), actors[0].end(), "articles:int") != actors[0].end());
  CHECK(actors[1][0] == "actor:00000000000000a1");
  CHECK(actors[1][1] == "Actor;Person");
  CHECK(actors[1][2] == kAwkward);  // quotes, commas and a newline survive
  CHECK(actors[2][1] == "Actor;Country");
  auto claims = testing::ParseCsv(files["nodes_claim.csv"]->str());
  REQUIRE(claims.size() == 2);
  CHECK(claims[1][2] == s.nodes[2].label);
  auto about = testing::ParseCsv(files["rels_ABOUT.csv"]->str());
  REQUIRE(about.size() == 2);
  CHECK(about[0][0] == ":START_ID");
  CHECK(about[0][1] == ":END_ID");
  CHECK(about[0][2] == ":TYPE");
  CHECK(about[1][2] == "ABOUT");
  CHECK(about[0][4] == "stance:int");
  CHECK(about[1][4] == "-1");
  for (const auto& [name, text] : files) {
    auto rows = testing::ParseCsv(text->str());
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  }
}

}  // namespace
}  // namespace sg::query::internal
