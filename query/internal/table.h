// Private to sg_query: the format-independent half of printing. A Grid is rows of cells under
// headers; it prints as an aligned table or as CSV. JSON values print through Dump, which
// never throws on invalid UTF-8.
#ifndef SG_QUERY_INTERNAL_TABLE_H_
#define SG_QUERY_INTERNAL_TABLE_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace sg::query::internal {

using Json = nlohmann::ordered_json;

struct Grid {
  std::vector<std::string> headers;
  std::vector<size_t> max_widths;  // per column, in characters; 0: no limit
  std::vector<std::vector<std::string>> rows;
};

// Columns separated by two spaces, padded to the widest cell (in UTF-8 characters); cells wider
// than their column's limit are cut and end in "…". Trailing spaces are trimmed.
void WriteAligned(std::ostream& out, const Grid& grid);
// RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; lines end "\n".
void WriteCsv(std::ostream& out, const Grid& grid);
// Compact (indent < 0) or indented JSON; invalid UTF-8 becomes U+FFFD.
std::string Dump(const Json& value, int indent = -1);
// `json`: one indented array; `jsonl`: one compact object per line.
void WriteJsonRows(std::ostream& out, const std::vector<Json>& rows, bool lines);

// Text of `s` cut to `width` UTF-8 characters (the last one "…" when cut); 0: unchanged.
std::string Cut(const std::string& s, size_t width);

template <typename T>
struct Column {
  std::string header;
  std::function<std::string(const T&)> cell;
  size_t max_width = 0;
};

template <typename T>
Grid MakeGrid(const std::vector<T>& items, const std::vector<Column<T>>& columns) {
  Grid grid;
  for (const Column<T>& c : columns) {
    grid.headers.push_back(c.header);
    grid.max_widths.push_back(c.max_width);
  }
  for (const T& item : items) {
    std::vector<std::string> row;
    for (const Column<T>& c : columns) row.push_back(c.cell(item));
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

}  // namespace sg::query::internal

#endif  // SG_QUERY_INTERNAL_TABLE_H_
