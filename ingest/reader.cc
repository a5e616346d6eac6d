#include "ingest/reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "graph/names.h"
#include "ingest/internal/article_json.h"
#include "ingest/utf8.h"

namespace sg::ingest {
namespace fs = std::filesystem;
namespace {

std::string Hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// The reason is cut to 1 KiB: it may quote the input (nlohmann::json quotes the token it read,
// which can be a whole 50 MB line).
Status Reject(std::string_view origin, std::string_view reason) {
  return Status::InvalidArgument(std::string(origin) + ": " + Excerpt(reason, 1024));
}

// 1-based line number of byte `pos` in `text`.
size_t LineOf(std::string_view text, size_t pos) {
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + pos, '\n'));
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Checks the text shared by both input kinds: not empty, not too long, no NUL.
Status CheckText(std::string_view text, std::string_view origin, const ReadOptions& options) {
  if (IsBlank(text)) return Reject(origin, "empty text");
  if (text.size() > options.max_text_bytes) {
    return Reject(origin, "text of " + std::to_string(text.size()) +
                              " bytes is over the limit of " +
                              std::to_string(options.max_text_bytes) + " bytes");
  }
  if (text.find('\0') != std::string_view::npos) return Reject(origin, "text contains NUL bytes");
  return Status::Ok();
}

// Reads string field `names[i]` (first present wins) into *out; numbers are accepted for ids.
Status ReadField(const nlohmann::json& obj, std::initializer_list<const char*> names,
                 std::string* out, bool allow_number, std::string_view origin) {
  for (const char* name : names) {
    auto it = obj.find(name);
    if (it == obj.end() || it->is_null()) continue;
    if (it->is_string()) {
      *out = it->get<std::string>();
      return Status::Ok();
    }
    if (allow_number && it->is_number_integer()) {
      *out = it->dump();
      return Status::Ok();
    }
    return Reject(origin, std::string("field \"") + name + "\" must be a string");
  }
  return Status::Ok();
}

bool HasExtension(const fs::path& p, std::initializer_list<const char*> exts) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return std::any_of(exts.begin(), exts.end(), [&](const char* e) { return ext == e; });
}

bool IsJsonLinesPath(const fs::path& p) { return HasExtension(p, {".jsonl", ".ndjson", ".json"}); }

void Add(ReadStats* total, const ReadStats& part) {
  total->files += part.files;
  total->articles += part.articles;
  total->rejected += part.rejected;
}

// Splits a stream into lines through a large buffer (std::getline is slow on big inputs).
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in), buf_(1 << 20) {}

  // The first `n` bytes of what Next() has not returned yet, read ahead (not consumed).
  std::string_view Peek(size_t n) {
    if (pos_ == len_ && !eof_) {
      in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
      len_ = static_cast<size_t>(in_.gcount());
      pos_ = 0;
      if (len_ < buf_.size()) eof_ = true;
    }
    return std::string_view(buf_.data() + pos_, std::min(n, len_ - pos_));
  }

  // The next line without its '\n'; false at the end of input.
  bool Next(std::string* line) {
    line->clear();
    while (true) {
      if (pos_ == len_) {
        if (eof_) return !line->empty();
        in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        len_ = static_cast<size_t>(in_.gcount());
        pos_ = 0;
        if (len_ < buf_.size()) eof_ = true;
        if (len_ == 0) return !line->empty();
      }
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      if (nl) {
        size_t n = static_cast<const char*>(nl) - start;
        line->append(start, n);
        pos_ += n + 1;
        return true;
      }
      line->append(start, len_ - pos_);
      pos_ = len_;
    }
  }

 private:
  std::istream& in_;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
};

// Hands a parsed record to the article sink or its error to the error sink.
void Deliver(Result<ArticleInput> article, ReadStats* stats, const ArticleSink& on_article,
             const ErrorSink& on_error) {
  if (article.ok()) {
    ++stats->articles;
    on_article(std::move(article).value());
  } else {
    ++stats->rejected;
    on_error(article.status());
  }
}

ReadStats ReadTextStream(std::istream& in, std::string key, std::string_view name,
                         const ReadOptions& options, const ArticleSink& on_article,
                         const ErrorSink& on_error) {
  ReadStats stats;
  stats.files = 1;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto article = ArticleFromText(std::move(text), std::move(key), name, options);
  Deliver(std::move(article), &stats, on_article, on_error);
  return stats;
}

ReadStats ReadFile(const fs::path& path, const ReadOptions& options, const ArticleSink& on_article,
                   const ErrorSink& on_error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_error(Status::IoError(path.string() + ": cannot open"));
    return ReadStats{0, 0, 1};
  }
  if (IsJsonLinesPath(path)) return ReadJsonLines(in, path.string(), options, on_article, on_error);
  return ReadTextStream(in, path.stem().string(), path.string(), options, on_article, on_error);
}

// The article of a record read by internal::ParseArticleFields (string or absent fields): the
// same checks, in the same order, as ParseWithNlohmann.
Result<ArticleInput> ArticleFromFields(internal::ArticleFields& f, std::string_view origin,
                                       const ReadOptions& options) {
  using internal::ArticleField;
  // The first present field of `names` wins, as in ReadField.
  auto take = [&](std::initializer_list<ArticleField> names, std::string* out) {
    for (ArticleField n : names) {
      if (f.present[n]) {
        *out = std::move(f.value[n]);
        return true;
      }
    }
    return false;
  };
  ArticleInput article;
  article.origin = std::string(origin);
  take({internal::kFieldId}, &article.key);
  take({internal::kFieldTitle}, &article.title);
  take({internal::kFieldUrl}, &article.url);
  take({internal::kFieldDate, internal::kFieldDatePublish, internal::kFieldPublished},
       &article.date);
  take({internal::kFieldOutlet, internal::kFieldSourceDomain}, &article.outlet);
  if (!take({internal::kFieldText, internal::kFieldMaintext, internal::kFieldBody,
             internal::kFieldContent},
            &article.text)) {
    return Reject(origin, "no \"text\" field");
  }
  SG_RETURN_IF_ERROR(CheckText(article.text, origin, options));
  if (article.title.find('\0') != std::string::npos) return Reject(origin, "title contains NUL");
  if (article.key.empty()) article.key = Hex16(ContentHash(article));
  return article;
}

// The general path: any JSON, with nlohmann::json's error messages.
Result<ArticleInput> ParseWithNlohmann(std::string_view line, std::string_view origin,
                                       const ReadOptions& options) {
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> the tail.
    size_t colon = what.find("column");
    return Reject(origin, "malformed JSON (" +
                              (colon == std::string::npos ? what : what.substr(colon)) + ")");
  }
  if (!obj.is_object()) return Reject(origin, "a JSON object is expected");
  ArticleInput article;
  article.origin = std::string(origin);
  SG_RETURN_IF_ERROR(ReadField(obj, {"id"}, &article.key, true, origin));
  SG_RETURN_IF_ERROR(ReadField(obj, {"title"}, &article.title, false, origin));
  SG_RETURN_IF_ERROR(ReadField(obj, {"url"}, &article.url, false, origin));
  SG_RETURN_IF_ERROR(
      ReadField(obj, {"date", "date_publish", "published"}, &article.date, false, origin));
  SG_RETURN_IF_ERROR(ReadField(obj, {"outlet", "source_domain"}, &article.outlet, false, origin));
  bool has_text = false;
  for (const char* name : {"text", "maintext", "body", "content"}) {
    auto it = obj.find(name);
    if (it != obj.end() && !it->is_null()) has_text = true;
  }
  if (!has_text) return Reject(origin, "no \"text\" field");
  SG_RETURN_IF_ERROR(
      ReadField(obj, {"text", "maintext", "body", "content"}, &article.text, false, origin));
  SG_RETURN_IF_ERROR(CheckText(article.text, origin, options));
  if (article.title.find('\0') != std::string::npos) return Reject(origin, "title contains NUL");
  if (article.key.empty()) article.key = Hex16(ContentHash(article));
  return article;
}

}  // namespace

uint64_t ContentHash(const ArticleInput& article) {
  std::string bytes;
  bytes.reserve(article.title.size() + 1 + article.text.size());
  bytes += article.title;
  bytes += '\n';
  bytes += article.text;
  return graph::Hash64(bytes);
}

Result<ArticleInput> ArticleFromText(std::string text, std::string key, std::string_view name,
                                     const ReadOptions& options) {
  size_t bad = FindInvalidUtf8(text);
  if (bad != text.size()) {
    std::string origin = std::string(name) + ":" + std::to_string(LineOf(text, bad));
    if (text.find('\0') != std::string::npos) return Reject(origin, "binary file (NUL bytes)");
    return Reject(origin, "invalid UTF-8 at byte " + std::to_string(bad));
  }
  std::string origin = std::string(name) + ":1";
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    return Reject(std::string(name) + ":" + std::to_string(LineOf(text, nul)),
                  "binary file (NUL bytes)");
  }
  SG_RETURN_IF_ERROR(CheckText(text, origin, options));
  ArticleInput article;
  article.key = std::move(key);
  article.text = std::move(text);
  article.origin = std::string(name);
  if (article.key.empty()) article.key = Hex16(ContentHash(article));
  return article;
}

Result<ArticleInput> ParseArticleLine(std::string_view line, std::string_view origin,
                                      const ReadOptions& options) {
  if (line.find('\0') != std::string_view::npos) return Reject(origin, "binary data (NUL bytes)");
  size_t bad = FindInvalidUtf8(line);
  if (bad != line.size())
    return Reject(origin, "invalid UTF-8 at column " + std::to_string(bad + 1));
  // The JSON escapes of a text are at most 6x its bytes; anything longer cannot be valid.
  if (line.size() > options.max_text_bytes * 6 + 65536) {
    return Reject(origin, "record over the size limit of " +
                              std::to_string(options.max_text_bytes) + " bytes of text");
  }
  internal::ArticleFields fields;
  if (internal::ParseArticleFields(line, &fields))
    return ArticleFromFields(fields, origin, options);
  return ParseWithNlohmann(line, origin, options);
}

ReadStats ReadJsonLines(std::istream& in, std::string_view name, const ReadOptions& options,
                        const ArticleSink& on_article, const ErrorSink& on_error) {
  ReadStats stats;
  stats.files = 1;
  std::string line;
  size_t line_no = 0;
  LineReader lines(in);
  // A NUL byte early on in what does not start with '{': a binary file, not JSON Lines. One
  // message instead of one per line.
  std::string_view head = lines.Peek(8192);
  size_t nul = head.find('\0'), first = head.find_first_not_of(" \t\r\n");
  if (nul != std::string_view::npos && head[first] != '{') {
    ++stats.rejected;
    on_error(Reject(std::string(name) + ":" + std::to_string(LineOf(head, nul)),
                    "binary data (a NUL byte at byte " + std::to_string(nul + 1) +
                        "), not JSON Lines; the input is skipped"));
    return stats;
  }
  bool any = false;
  while (lines.Next(&line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    if (IsBlank(line)) continue;
    any = true;
    std::string origin = std::string(name) + ":" + std::to_string(line_no);
    auto article = ParseArticleLine(line, origin, options);
    Deliver(std::move(article), &stats, on_article, on_error);
  }
  if (in.bad()) {
    ++stats.rejected;
    on_error(
        Status::IoError(std::string(name) + ":" + std::to_string(line_no + 1) + ": read error"));
  } else if (!any) {
    ++stats.rejected;
    on_error(Reject(std::string(name) + ":1", "empty input: no JSON Lines records"));
  }
  return stats;
}

ReadStats ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                     const ArticleSink& on_article, const ErrorSink& on_error) {
  ReadStats total;
  for (const std::string& p : paths) {
    if (p == "-") {
      std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      size_t first = all.find_first_not_of(" \t\r\n");
      std::istringstream in(std::move(all));
      if (first != std::string::npos && in.str()[first] == '{') {
        Add(&total, ReadJsonLines(in, "-", options, on_article, on_error));
      } else {
        Add(&total, ReadTextStream(in, "stdin", "-", options, on_article, on_error));
      }
      continue;
    }
    std::error_code ec;
    fs::path path(p);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && HasExtension(it->path(), {".txt", ".jsonl", ".ndjson"})) {
          files.push_back(it->path());
        }
      }
      if (ec) {
        ++total.rejected;
        on_error(Status::IoError(p + ": " + ec.message()));
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) Add(&total, ReadFile(f, options, on_article, on_error));
      continue;
    }
    if (!fs::exists(path, ec)) {
      ++total.rejected;
      on_error(Status::IoError(p + ": no such file or directory"));
      continue;
    }
    Add(&total, ReadFile(path, options, on_article, on_error));
  }
  return total;
}

}  // namespace sg::ingest
