// Readers: articles from JSON Lines files, plain text files, folders and standard input.
//
// Every input record becomes an ArticleInput handed to a sink as soon as it is read, so large
// inputs stream. A record that cannot be used (invalid UTF-8, binary data, malformed JSON, a
// field of the wrong type, an empty or oversized text) is reported to the error sink as a Status
// whose message reads "FILE:LINE: reason", and reading goes on with the next record: one bad
// record never loses the others. A JSON Lines input that holds a NUL byte in its first 8 KiB and
// does not start with '{' is binary: one message, nothing read. One without any record is
// reported as empty ("FILE:1: empty input").
//
// JSON Lines: one object per line, {"id","title","url","date","outlet","text"}; only the text is
// required. Crawler aliases are accepted: "maintext", "body", "content" for the text;
// "date_publish", "published" for the date; "source_domain" for the outlet. A missing id
// becomes the content hash of the article (16 hex digits).
// Plain text: the whole file is the text; the id is the file name without its extension.
// Folders are read recursively (*.txt, *.jsonl, *.ndjson), in sorted path order.
// "-" reads standard input: JSON Lines when its first non-blank byte is '{', else plain text
// with the id "stdin".
//
// Thread safety: the functions keep no state; sinks are called on the caller's thread.
#ifndef SG_INGEST_READER_H_
#define SG_INGEST_READER_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace sg::ingest {

// One article as read, before extraction.
struct ArticleInput {
  std::string key;  // the external id
  std::string url;
  std::string title;
  std::string outlet;
  std::string date;  // as given; graph::Date::Parse decides whether it is usable
  std::string text;
  std::string origin;  // "FILE:LINE" (JSON Lines) or "FILE" (plain text): for messages
};

// graph::Hash64 of title + "\n" + text: same key and same hash means an unchanged article.
uint64_t ContentHash(const ArticleInput& article);

struct ReadOptions {
  // Largest accepted article text in bytes; longer texts are rejected, not truncated.
  // Default: 10 MiB.
  size_t max_text_bytes = 10u << 20;
};

using ArticleSink = std::function<void(ArticleInput&&)>;
// Receives InvalidArgument ("FILE:LINE: reason") for rejected records and IoError for
// unreadable paths.
using ErrorSink = std::function<void(const Status&)>;

struct ReadStats {
  size_t files = 0;     // files opened (stdin counts as one)
  size_t articles = 0;  // records handed to the article sink
  size_t rejected = 0;  // records or paths reported to the error sink
};

// Reads every path in order ("-" is standard input, a folder is read recursively).
ReadStats ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                     const ArticleSink& on_article, const ErrorSink& on_error);

// Reads JSON Lines from `in`; `name` is used in origins and messages.
ReadStats ReadJsonLines(std::istream& in, std::string_view name, const ReadOptions& options,
                        const ArticleSink& on_article, const ErrorSink& on_error);

// Parses one JSON Lines record. `origin` ("FILE:LINE") prefixes error messages.
Result<ArticleInput> ParseArticleLine(std::string_view line, std::string_view origin,
                                      const ReadOptions& options);

// Checks a whole plain-text article (`name` is the file name used in messages) and wraps it.
Result<ArticleInput> ArticleFromText(std::string text, std::string key, std::string_view name,
                                     const ReadOptions& options);

}  // namespace sg::ingest

#endif  // SG_INGEST_READER_H_
