// Printing query answers: an aligned table for people, JSON, JSON Lines or CSV for tools.
//
// Field names are stable and documented in docs/query.md. In JSON, ids are strings
// ("actor:0123456789abcdef", "claim:0123456789abcdef.3"), dates "YYYY-MM-DD" (null when
// unknown), and every claim carries its evidence: speaker, cue, content, date, article (its
// external id and url) and the UTF-8 byte span `start`/`end` of its sentence. `json` prints one
// array (one object for `actor`), `jsonl` one object per line, `csv` a header line then one
// line per row (RFC 4180 quoting), `table` aligned columns with long cells cut to a width
// (JSON and CSV are never cut). An empty answer prints `[]`, nothing, a header, or a header.
// Invalid UTF-8 in stored text is replaced by U+FFFD rather than failing.
//
// Thread safety: pure functions of their arguments.
#ifndef SG_QUERY_RENDER_H_
#define SG_QUERY_RENDER_H_

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "query/results.h"
#include "query/traversal.h"

namespace sg::query {

enum class Format { kTable, kJson, kJsonl, kCsv };
// "table", "json", "jsonl", "csv".
std::optional<Format> ParseFormat(std::string_view text);

void WriteClaims(std::ostream& out, Format format, const std::vector<ClaimView>& claims);
void WriteTimeline(std::ostream& out, Format format, const std::vector<TimelineRow>& rows);
void WriteContradictions(std::ostream& out, Format format,
                         const std::vector<ContradictionPair>& pairs);
void WriteStance(std::ostream& out, Format format, const std::vector<StanceRow>& rows);
void WriteStanceMatrix(std::ostream& out, Format format, const StanceMatrix& matrix);
void WriteActors(std::ostream& out, Format format, const std::vector<ActorRow>& rows);
void WriteActor(std::ostream& out, Format format, const ActorInfo& info);
void WriteNeighbors(std::ostream& out, Format format, const std::vector<NeighborRow>& rows);
void WritePath(std::ostream& out, Format format, const std::vector<Hop>& hops);

}  // namespace sg::query

#endif  // SG_QUERY_RENDER_H_
