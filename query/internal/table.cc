#include "query/internal/table.h"

#include <algorithm>

namespace sg::query::internal {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += IsContinuation(c) ? 0 : 1;
  return n;
}

// Cells are one line: line breaks and tabs become spaces.
std::string OneLine(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

std::string Cut(const std::string& s, size_t width) {
  if (width == 0 || Width(s) <= width) return s;
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if (IsContinuation(static_cast<unsigned char>(s[i]))) continue;
    if (chars == width - 1) break;
    ++chars;
  }
  return s.substr(0, i) + "\u2026";
}

void WriteAligned(std::ostream& out, const Grid& grid) {
  size_t n = grid.headers.size();
  std::vector<std::vector<std::string>> cells;
  cells.push_back(grid.headers);
  for (const auto& row : grid.rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < n; ++c) line.push_back(Cut(OneLine(row[c]), grid.max_widths[c]));
    cells.push_back(std::move(line));
  }
  std::vector<size_t> widths(n, 0);
  for (const auto& line : cells) {
    for (size_t c = 0; c < n; ++c) widths[c] = std::max(widths[c], Width(line[c]));
  }
  for (const auto& line : cells) {
    std::string text;
    for (size_t c = 0; c < n; ++c) {
      text += line[c];
      if (c + 1 < n) text += std::string(widths[c] - Width(line[c]) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << "\n";
  }
}

void WriteCsv(std::ostream& out, const Grid& grid) {
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out << ',';
      const std::string& s = cells[c];
      if (s.find_first_of(",\"\r\n") == std::string::npos) {
        out << s;
        continue;
      }
      out << '"';
      for (char ch : s) {
        if (ch == '"') out << '"';
        out << ch;
      }
      out << '"';
    }
    out << "\n";
  };
  line(grid.headers);
  for (const auto& row : grid.rows) line(row);
}

std::string Dump(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

void WriteJsonRows(std::ostream& out, const std::vector<Json>& rows, bool lines) {
  if (lines) {
    for (const Json& row : rows) out << Dump(row) << "\n";
    return;
  }
  Json array = Json::array();
  for (const Json& row : rows) array.push_back(row);
  out << Dump(array, 2) << "\n";
}

}  // namespace sg::query::internal
