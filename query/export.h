// Export: the stored graph (or a selected subgraph) in the formats people visualise with:
// GraphML (yEd, Cytoscape desktop, Gephi, networkx), GEXF 1.3 (Gephi, with a timeline), DOT
// (Graphviz), Cytoscape.js JSON (web pages) and Neo4j import CSV (neo4j-admin). docs/export.md
// shows how to open each one.
//
// Two views:
//  * claims (default): actors, claims and articles as nodes; SAID (actor -> claim), ABOUT
//    (claim -> actor, with the speaker's stance), IN (claim -> article), MEMBER_OF (actor ->
//    actor, one edge per pair with its roles joined) and CONTRADICTS (claim -> claim, from the
//    earlier claim id to the later; see ExportOptions::contradictions) edges.
//  * stance: actors only; one STANCE edge per (speaker, target) pair with the signed stance sum,
//    the hostile / neutral / friendly counts and the first and last claim dates. `rollup` folds
//    every actor into the group it speaks for (MEMBER_OF, followed transitively, cycle-safe).
//
// Ids are the graph's stable ids (graph/names.h: "actor:...", "claim:...", "article:...") in
// every format; edge ids are derived from them ("about:<claim>:<actor>"). Nodes come in id
// order (actors, then articles, then claims), edges in store order, so two exports of the same
// database are byte-identical and exports of a growing database diff cleanly.
//
// Text: invalid UTF-8 is replaced with U+FFFD, CR LF and CR become LF, and control characters
// other than tab and newline are removed (XML cannot carry them), in every format alike.
//
// Memory: exports stream from the store in several passes over one snapshot. Nodes are written
// while scanning; what is kept is sets of ids (to drop edges whose endpoint is not exported),
// and, with `rollup`, the folded edges (one per pair of groups).
//
// Errors: NotFound for an unknown `around` name or id; InvalidArgument for other options that
// cannot be satisfied (an ambiguous `around` name, `since` after `until`, a negative depth);
// Corruption for undecodable records; IoError when writing fails.
//
// Thread safety: the functions only read the store; they may run concurrently with a writer
// (each export reads one snapshot).
#ifndef SG_QUERY_EXPORT_H_
#define SG_QUERY_EXPORT_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/known_names.h"

namespace sg::query {

enum class ExportFormat { kGraphml, kGexf, kDot, kCytoscape, kNeo4j };
enum class ExportView { kClaims, kStance };
enum class ExportContradictions { kNearest, kAll };

// "graphml", "gexf", "dot", "cytoscape", "neo4j" and back.
std::string_view ToString(ExportFormat format);
std::optional<ExportFormat> ParseExportFormat(std::string_view text);
// "claims", "stance" and back.
std::string_view ToString(ExportView view);
std::optional<ExportView> ParseExportView(std::string_view text);

struct ExportOptions {
  // Which graph to write (see the file comment).
  // Default: ExportView::kClaims
  ExportView view = ExportView::kClaims;
  // Export only the neighbourhood of this actor: a name or alias (resolved as by
  // Context::Resolve) or a stable id ("actor:0123456789abcdef"). Empty: the whole graph.
  // Actors are adjacent when one made a claim about the other or one is MEMBER_OF the other;
  // the neighbourhood is the actors within `depth` steps and what lies between them (the induced
  // subgraph: claims whose speaker and every target are in it).
  // Default: "" (no neighbourhood filter)
  std::string around;
  // Names the store has not seen for an actor, for `around` (query/known_names.h).
  // Default: none
  KnownNames known_names;
  // Steps from `around`; 0 keeps the actor alone (with its claims about itself).
  // Default: 1
  int depth = 1;
  // Keep claims dated on or after `since` and on or before `until`; an unknown date leaves that
  // side open. With either bound, undated claims are left out and stance edges are recomputed
  // from the claims in the window.
  // Default: unknown (no bound)
  graph::Date since;
  graph::Date until;
  // Stance view: fold each actor into the group it speaks for (its MEMBER_OF affiliation stated
  // by most articles, ties to the smaller id), transitively; a cycle of affiliations folds into
  // its smallest actor id. Ignored by the claims view (the CLI refuses it there).
  // Default: false
  bool rollup = false;
  // Stance view: keep STANCE edges whose |signed stance sum| is at least this (after rollup).
  // Ignored by the claims view (the CLI refuses it there).
  // Default: 0 (keep every edge)
  double min_weight = 0;
  // Claims view: which CONTRADICTS edges. kNearest joins each claim to the nearest claims before
  // and after it (by date) that it contradicts: at most two edges per claim, and every claim
  // that contradicts another exported claim has one. kAll writes every pair that
  // `stancegraph contradictions` lists: as many as assertions times denials of a proposition,
  // which grows with the square of a busy proposition's claims.
  // Default: ExportContradictions::kNearest
  ExportContradictions contradictions = ExportContradictions::kNearest;
};

// What an export wrote.
struct ExportStats {
  uint64_t nodes = 0;
  uint64_t edges = 0;
  // Edges left out because an endpoint was not exported: a dangling reference in the store
  // (`check` reports those) or, never in practice, a record that disappeared between passes.
  uint64_t skipped_edges = 0;
};

// Writes the selected graph to `out` in `format` (any but kNeo4j, which writes several files:
// see ExportNeo4j). Reads at `snapshot`, or at a snapshot of its own when null.
Result<ExportStats> Export(const graph::Store& store, ExportFormat format,
                           const ExportOptions& options, std::ostream& out,
                           const graph::Snapshot* snapshot = nullptr);

// Gives the stream to write file `name` to ("nodes_actor.csv"); the stream must stay valid until
// ExportNeo4j returns. An error status aborts the export.
using FileOpener = std::function<Result<std::ostream*>(const std::string& name)>;

// Writes Neo4j import CSV (one `nodes_<kind>.csv` per node kind and one `rels_<TYPE>.csv` per
// edge type of the view, headers included even when empty) through `open`. The files load with
// `neo4j-admin database import full` (command in docs/export.md).
Result<ExportStats> ExportNeo4j(const graph::Store& store, const ExportOptions& options,
                                const FileOpener& open, const graph::Snapshot* snapshot = nullptr);

}  // namespace sg::query

#endif  // SG_QUERY_EXPORT_H_
