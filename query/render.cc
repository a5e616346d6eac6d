#include "query/render.h"

#include <functional>

#include "graph/names.h"
#include "query/internal/json_views.h"
#include "query/internal/table.h"

namespace sg::query {
namespace {

using internal::Column;
using internal::Json;

std::string Num(int64_t v) { return std::to_string(v); }
std::string Signed(int64_t v) { return v > 0 ? "+" + Num(v) : Num(v); }

// "Jen Psaki (United States)": the name and the group the actor speaks for.
std::string Who(const ActorRef& a) {
  return a.group.empty() ? a.name : a.name + " (" + a.group + ")";
}

std::string Span(const ClaimView& c) { return Num(c.claim.start) + "-" + Num(c.claim.end); }

std::string Targets(const ClaimView& c) {
  std::string out;
  for (const TargetRef& t : c.targets) {
    if (!out.empty()) out += "; ";
    out += t.actor.name + " " + Signed(t.stance);
  }
  return out;
}

std::string Proposition(const ClaimView& c) {
  if (c.claim.proposition.empty()) return "";
  return internal::PropositionText(c.proposition_agent, c.claim.proposition.predicate,
                                   c.proposition_patient);
}

// `Jen Psaki say: "Russia could ..."`
std::string Quote(const ClaimView& c) {
  return c.speaker.name + " " + c.claim.cue + ": \"" + c.claim.content + "\"";
}

// "blinken-lavrov-geneva 629-710"
std::string Source(const ClaimView& c) { return c.article_key + " " + Span(c); }

template <typename T>
using Get = std::function<const ClaimView&(const T&)>;

// The evidence columns of a claim in tables: date, speaker, cue, polarity, content, targets,
// article, span; `prefix` names the claim when a row holds two ("A ").
template <typename T>
void ClaimTable(std::vector<Column<T>>* cols, const std::string& prefix, Get<T> get,
                bool with_targets) {
  cols->push_back({prefix + "DATE", [get](const T& r) { return get(r).claim.date.ToString(); }});
  cols->push_back({prefix + "SPEAKER", [get](const T& r) { return Who(get(r).speaker); }, 36});
  cols->push_back({prefix + "CUE", [get](const T& r) { return get(r).claim.cue; }, 14});
  cols->push_back({prefix + "POL", [get](const T& r) { return Signed(get(r).claim.polarity); }});
  cols->push_back({prefix + "CONTENT", [get](const T& r) { return get(r).claim.content; }, 60});
  if (with_targets) {
    cols->push_back({prefix + "ABOUT", [get](const T& r) { return Targets(get(r)); }, 36});
  }
  cols->push_back({prefix + "ARTICLE", [get](const T& r) { return get(r).article_key; }, 32});
  cols->push_back({prefix + "SPAN", [get](const T& r) { return Span(get(r)); }});
}

// Every field of a claim in CSV; `prefix` names the claim when a row holds two ("a_").
template <typename T>
void ClaimCsv(std::vector<Column<T>>* cols, const std::string& prefix, Get<T> get) {
  auto add = [&](const std::string& name, std::function<std::string(const ClaimView&)> f) {
    cols->push_back({prefix + name, [get, f](const T& r) { return f(get(r)); }});
  };
  add("claim", [](const ClaimView& c) { return graph::FormatClaimId(c.claim.id); });
  add("date", [](const ClaimView& c) { return c.claim.date.ToString(); });
  add("speaker_id", [](const ClaimView& c) { return graph::FormatActorId(c.speaker.id); });
  add("speaker", [](const ClaimView& c) { return c.speaker.name; });
  add("speaker_group", [](const ClaimView& c) { return c.speaker.group; });
  add("cue", [](const ClaimView& c) { return c.claim.cue; });
  add("form", [](const ClaimView& c) { return std::string(graph::ToString(c.claim.form)); });
  add("polarity", [](const ClaimView& c) { return Num(c.claim.polarity); });
  add("modality",
      [](const ClaimView& c) { return std::string(graph::ToString(c.claim.modality)); });
  add("content", [](const ClaimView& c) { return c.claim.content; });
  add("targets", Targets);
  add("proposition", Proposition);
  add("article", [](const ClaimView& c) { return c.article_key; });
  add("article_id", [](const ClaimView& c) { return graph::FormatArticleId(c.claim.id.article); });
  add("url", [](const ClaimView& c) { return c.url; });
  add("title", [](const ClaimView& c) { return c.title; });
  add("start", [](const ClaimView& c) { return Num(c.claim.start); });
  add("end", [](const ClaimView& c) { return Num(c.claim.end); });
}

template <typename T>
void Emit(std::ostream& out, Format format, const std::vector<T>& items,
          const std::vector<Column<T>>& table, const std::vector<Column<T>>& csv,
          const std::function<Json(const T&)>& json) {
  switch (format) {
    case Format::kTable:
      internal::WriteAligned(out, internal::MakeGrid(items, table));
      return;
    case Format::kCsv:
      internal::WriteCsv(out, internal::MakeGrid(items, csv));
      return;
    case Format::kJson:
    case Format::kJsonl: {
      std::vector<Json> rows;
      for (const T& item : items) rows.push_back(json(item));
      internal::WriteJsonRows(out, rows, format == Format::kJsonl);
      return;
    }
  }
}

const ClaimView& Self(const ClaimView& c) { return c; }

template <typename T>
void StanceColumns(std::vector<Column<T>>* cols, std::function<const StanceRow&(const T&)> get,
                   bool csv) {
  auto add = [&](const std::string& name, std::function<std::string(const StanceRow&)> f,
                 size_t width = 0) {
    cols->push_back({name, [get, f](const T& r) { return f(get(r)); }, width});
  };
  if (csv) {
    add("from_id", [](const StanceRow& r) { return graph::FormatActorId(r.from.id); });
    add("from", [](const StanceRow& r) { return r.from.name; });
    add("to_id", [](const StanceRow& r) { return graph::FormatActorId(r.to.id); });
    add("to", [](const StanceRow& r) { return r.to.name; });
  } else {
    add(
        "FROM", [](const StanceRow& r) { return Who(r.from); }, 36);
    add(
        "TO", [](const StanceRow& r) { return Who(r.to); }, 36);
  }
  add(csv ? "stance" : "STANCE", [](const StanceRow& r) { return std::string(r.label()); });
  add(csv ? "sum" : "SUM", [](const StanceRow& r) { return Signed(r.sum); });
  add(csv ? "hostile" : "HOSTILE", [](const StanceRow& r) { return Num(r.hostile); });
  add(csv ? "neutral" : "NEUTRAL", [](const StanceRow& r) { return Num(r.neutral); });
  add(csv ? "friendly" : "FRIENDLY", [](const StanceRow& r) { return Num(r.friendly); });
  add(csv ? "first" : "FIRST", [](const StanceRow& r) { return r.first.ToString(); });
  add(csv ? "last" : "LAST", [](const StanceRow& r) { return r.last.ToString(); });
  auto evidence = [](const StanceRow& r) { return r.evidence.empty() ? "" : Quote(r.evidence[0]); };
  auto source = [](const StanceRow& r) { return r.evidence.empty() ? "" : Source(r.evidence[0]); };
  if (csv) {
    add("evidence_claims", [](const StanceRow& r) {
      std::string ids;
      for (const ClaimView& c : r.evidence)
        ids += (ids.empty() ? "" : ";") + graph::FormatClaimId(c.claim.id);
      return ids;
    });
  } else {
    add("STRONGEST EVIDENCE", evidence, 70);
    add("SOURCE", source, 40);
  }
}

const StanceRow& SelfRow(const StanceRow& r) { return r; }

}  // namespace

std::optional<Format> ParseFormat(std::string_view text) {
  if (text == "table") return Format::kTable;
  if (text == "json") return Format::kJson;
  if (text == "jsonl") return Format::kJsonl;
  if (text == "csv") return Format::kCsv;
  return std::nullopt;
}

void WriteClaims(std::ostream& out, Format format, const std::vector<ClaimView>& claims) {
  std::vector<Column<ClaimView>> table, csv;
  ClaimTable<ClaimView>(&table, "", Self, true);
  table.push_back({"URL", [](const ClaimView& c) { return c.url; }});
  ClaimCsv<ClaimView>(&csv, "", Self);
  Emit<ClaimView>(out, format, claims, table, csv, internal::ClaimJson);
}

void WriteTimeline(std::ostream& out, Format format, const std::vector<TimelineRow>& rows) {
  auto role = [](const TimelineRow& r) {
    return std::string(r.by && r.about ? "by+about" : r.by ? "by" : "about");
  };
  Get<TimelineRow> get = [](const TimelineRow& r) -> const ClaimView& { return r.claim; };
  std::vector<Column<TimelineRow>> table{{"ROLE", role}}, csv{{"role", role}};
  ClaimTable<TimelineRow>(&table, "", get, true);
  ClaimCsv<TimelineRow>(&csv, "", get);
  Emit<TimelineRow>(out, format, rows, table, csv, internal::TimelineJson);
}

void WriteContradictions(std::ostream& out, Format format,
                         const std::vector<ContradictionPair>& pairs) {
  auto prop = [](const ContradictionPair& p) {
    return internal::PropositionText(p.agent, p.predicate, p.patient);
  };
  auto kind = [](const ContradictionPair& p) { return std::string(p.self ? "reversal" : ""); };
  Get<ContradictionPair> a = [](const ContradictionPair& p) -> const ClaimView& { return p.a; };
  Get<ContradictionPair> b = [](const ContradictionPair& p) -> const ClaimView& { return p.b; };
  // Two claims per row: who, what (polarity, cue, content) and where, for each side.
  auto says = [](const ClaimView& c) {
    return "[" + Signed(c.claim.polarity) + "] " + c.claim.cue + ": " + c.claim.content;
  };
  auto where = [](const ClaimView& c) { return Source(c) + " " + c.claim.date.ToString(); };
  std::vector<Column<ContradictionPair>> table{
      {"PROPOSITION", prop, 32},
      {"A SPEAKER", [](const ContradictionPair& p) { return Who(p.a.speaker); }, 30},
      {"A SAYS", [&](const ContradictionPair& p) { return says(p.a); }, 56},
      {"B SPEAKER", [](const ContradictionPair& p) { return Who(p.b.speaker); }, 30},
      {"B SAYS", [&](const ContradictionPair& p) { return says(p.b); }, 56},
      {"A SOURCE", [&](const ContradictionPair& p) { return where(p.a); }, 48},
      {"B SOURCE", [&](const ContradictionPair& p) { return where(p.b); }, 48},
      {"KIND", kind}};
  std::vector<Column<ContradictionPair>> csv{
      {"proposition", prop},
      {"self", [](const ContradictionPair& p) { return std::string(p.self ? "true" : "false"); }}};
  ClaimCsv<ContradictionPair>(&csv, "a_", a);
  ClaimCsv<ContradictionPair>(&csv, "b_", b);
  Emit<ContradictionPair>(out, format, pairs, table, csv, internal::PairJson);
}

void WriteStance(std::ostream& out, Format format, const std::vector<StanceRow>& rows) {
  std::vector<Column<StanceRow>> table, csv;
  StanceColumns<StanceRow>(&table, SelfRow, false);
  StanceColumns<StanceRow>(&csv, SelfRow, true);
  Emit<StanceRow>(out, format, rows, table, csv, internal::StanceJson);
}

void WriteStanceMatrix(std::ostream& out, Format format, const StanceMatrix& matrix) {
  size_t n = matrix.actors.size();
  if (format == Format::kJson) {
    out << internal::Dump(internal::MatrixJson(matrix), 2) << "\n";
    return;
  }
  if (format == Format::kJsonl) {
    Json all = internal::MatrixJson(matrix);
    for (const Json& cell : all["cells"]) {
      out << internal::Dump(cell) << "\n";
    }
    return;
  }
  internal::Grid grid;
  if (format == Format::kCsv) {
    grid.headers = {"from_id", "from",  "to_id",   "to",      "stance",
                    "sum",     "count", "hostile", "neutral", "friendly"};
    for (size_t i = 0; i < n; ++i) {
      for (size_t k = 0; k < n; ++k) {
        const StanceCell& c = matrix.cells[i][k];
        if (c.count() == 0) continue;
        grid.rows.push_back({graph::FormatActorId(matrix.actors[i].id), matrix.actors[i].name,
                             graph::FormatActorId(matrix.actors[k].id), matrix.actors[k].name,
                             std::string(internal::StanceLabel(c.sum)), Num(c.sum), Num(c.count()),
                             Num(c.hostile), Num(c.neutral), Num(c.friendly)});
      }
    }
    internal::WriteCsv(out, grid);
    return;
  }
  // A square table: rows say what they think of the columns; "." marks no claim.
  grid.headers.push_back("FROM \\ TO");
  grid.max_widths.push_back(28);
  for (const ActorRef& a : matrix.actors) {
    grid.headers.push_back(internal::Cut(a.name, 14));
    grid.max_widths.push_back(0);
  }
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> row{matrix.actors[i].name};
    for (size_t k = 0; k < n; ++k) {
      const StanceCell& c = matrix.cells[i][k];
      row.push_back(c.count() == 0 ? "." : Signed(c.sum) + " (" + Num(c.count()) + ")");
    }
    grid.rows.push_back(std::move(row));
  }
  internal::WriteAligned(out, grid);
}

void WriteActors(std::ostream& out, Format format, const std::vector<ActorRow>& rows) {
  std::vector<Column<ActorRow>> table{
      {"NAME", [](const ActorRow& r) { return r.actor.name; }, 40},
      {"KIND", [](const ActorRow& r) { return std::string(graph::ToString(r.actor.kind)); }},
      {"GROUP", [](const ActorRow& r) { return r.actor.group; }, 30},
      {"MADE", [](const ActorRow& r) { return Num(r.claims_made); }},
      {"RECEIVED", [](const ActorRow& r) { return Num(r.claims_received); }},
      {"ARTICLES", [](const ActorRow& r) { return Num(r.articles); }},
      {"ID", [](const ActorRow& r) { return graph::FormatActorId(r.actor.id); }}};
  std::vector<Column<ActorRow>> csv{
      {"id", [](const ActorRow& r) { return graph::FormatActorId(r.actor.id); }},
      {"name", [](const ActorRow& r) { return r.actor.name; }},
      {"kind", [](const ActorRow& r) { return std::string(graph::ToString(r.actor.kind)); }},
      {"group", [](const ActorRow& r) { return r.actor.group; }},
      {"articles", [](const ActorRow& r) { return Num(r.articles); }},
      {"claims_made", [](const ActorRow& r) { return Num(r.claims_made); }},
      {"claims_received", [](const ActorRow& r) { return Num(r.claims_received); }}};
  Emit<ActorRow>(out, format, rows, table, csv, internal::ActorRowJson);
}

void WriteActor(std::ostream& out, Format format, const ActorInfo& info) {
  if (format == Format::kJson || format == Format::kJsonl) {
    out << internal::Dump(internal::ActorInfoJson(info), format == Format::kJson ? 2 : -1) << "\n";
    return;
  }
  std::string aliases, member_of, members;
  for (const graph::AliasCount& a : info.aliases)
    aliases += (aliases.empty() ? "" : "; ") + a.alias;
  for (const AffiliationView& a : info.affiliations) {
    member_of += (member_of.empty() ? "" : "; ") + a.group.name +
                 (a.role.empty() ? "" : " (" + a.role + ")");
  }
  for (const ActorRef& m : info.members) members += (members.empty() ? "" : "; ") + m.name;
  const ActorRow& r = info.row;
  std::vector<std::pair<std::string, std::string>> fields{
      {"id", graph::FormatActorId(r.actor.id)},
      {"name", r.actor.name},
      {"kind", std::string(graph::ToString(r.actor.kind))},
      {"group", r.actor.group},
      {"aliases", aliases},
      {"member_of", member_of},
      {"members", members},
      {"articles", Num(r.articles)},
      {"claims_made", Num(r.claims_made)},
      {"claims_received", Num(r.claims_received)}};
  internal::Grid grid;
  if (format == Format::kCsv) {
    grid.rows.emplace_back();
    for (const auto& [k, v] : fields) {
      grid.headers.push_back(k);
      grid.rows.back().push_back(v);
    }
    internal::WriteCsv(out, grid);
    return;
  }
  for (const auto& [k, v] : fields) {
    out << k << (v.empty() ? "" : std::string(18 - k.size(), ' ') + v) << "\n";
  }
  out << "\nstance toward others:\n";
  WriteStance(out, format, info.stance_toward);
  out << "\nothers' stance toward " << r.actor.name << ":\n";
  WriteStance(out, format, info.stance_from);
  out << "\nnewest claims:\n";
  WriteClaims(out, format, info.recent_claims);
}

void WriteNeighbors(std::ostream& out, Format format, const std::vector<NeighborRow>& rows) {
  Get<NeighborRow> ev = [](const NeighborRow& r) -> const ClaimView& { return r.via.evidence; };
  auto via = [](const NeighborRow& r) {
    return r.via.from.name + (r.via.forward ? " -> " : " <- ") + r.via.to.name;
  };
  std::vector<Column<NeighborRow>> table{
      {"DEPTH", [](const NeighborRow& r) { return Num(r.depth); }},
      {"ACTOR", [](const NeighborRow& r) { return Who(r.actor); }, 36},
      {"VIA", via, 48}};
  ClaimTable<NeighborRow>(&table, "", ev, false);
  std::vector<Column<NeighborRow>> csv{
      {"depth", [](const NeighborRow& r) { return Num(r.depth); }},
      {"actor_id", [](const NeighborRow& r) { return graph::FormatActorId(r.actor.id); }},
      {"actor", [](const NeighborRow& r) { return r.actor.name; }},
      {"from_id", [](const NeighborRow& r) { return graph::FormatActorId(r.via.from.id); }},
      {"forward",
       [](const NeighborRow& r) { return std::string(r.via.forward ? "true" : "false"); }}};
  ClaimCsv<NeighborRow>(&csv, "evidence_", ev);
  Emit<NeighborRow>(out, format, rows, table, csv, internal::NeighborJson);
}

void WritePath(std::ostream& out, Format format, const std::vector<Hop>& hops) {
  std::vector<std::pair<size_t, Hop>> steps;
  for (size_t i = 0; i < hops.size(); ++i) steps.emplace_back(i + 1, hops[i]);
  using Step = std::pair<size_t, Hop>;
  Get<Step> ev = [](const Step& s) -> const ClaimView& { return s.second.evidence; };
  auto step = [](const Step& s) { return Num(static_cast<int64_t>(s.first)); };
  auto hop = [](const Step& s) {
    return s.second.from.name + (s.second.forward ? " -> " : " <- ") + s.second.to.name;
  };
  std::vector<Column<Step>> table{{"STEP", step}, {"HOP", hop, 48}};
  ClaimTable<Step>(&table, "", ev, false);
  std::vector<Column<Step>> csv{
      {"step", step},
      {"from_id", [](const Step& s) { return graph::FormatActorId(s.second.from.id); }},
      {"from", [](const Step& s) { return s.second.from.name; }},
      {"to_id", [](const Step& s) { return graph::FormatActorId(s.second.to.id); }},
      {"to", [](const Step& s) { return s.second.to.name; }},
      {"forward", [](const Step& s) { return std::string(s.second.forward ? "true" : "false"); }}};
  ClaimCsv<Step>(&csv, "evidence_", ev);
  Emit<Step>(out, format, steps, table, csv, [](const Step& s) {
    Json j;
    j["step"] = s.first;
    j.update(internal::HopJson(s.second));
    return j;
  });
}

}  // namespace sg::query
