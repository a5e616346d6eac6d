// Internal to sg_ingest: a fast, allocation-light reader for the usual shape of an article
// record in JSON Lines: one object whose article fields (id, title, url, date, outlet, text and
// their crawler aliases, see reader.h) are strings or null; other fields may hold any JSON
// value and are validated and skipped.
//
// It decides only what it is sure of: for a record of that shape it gives the same field
// values as a full JSON parser (nlohmann::json) would; for anything else (malformed JSON, a
// field of another type, escaped keys, exponents or very long numbers, deep nesting) it returns
// false and the caller parses the line with nlohmann::json, which also words the error.
//
// Thread safety: pure function.
#ifndef SG_INGEST_INTERNAL_ARTICLE_JSON_H_
#define SG_INGEST_INTERNAL_ARTICLE_JSON_H_

#include <array>
#include <string>
#include <string_view>

namespace sg::ingest::internal {

// The article fields a record may hold, in the order of kArticleFieldNames.
enum ArticleField {
  kFieldId,
  kFieldTitle,
  kFieldUrl,
  kFieldDate,
  kFieldDatePublish,
  kFieldPublished,
  kFieldOutlet,
  kFieldSourceDomain,
  kFieldText,
  kFieldMaintext,
  kFieldBody,
  kFieldContent,
  kFieldCount
};

inline constexpr std::array<std::string_view, kFieldCount> kArticleFieldNames = {
    "id",     "title",         "url",  "date",     "date_publish", "published",
    "outlet", "source_domain", "text", "maintext", "body",         "content"};

struct ArticleFields {
  // Present with a string value (the last one when a key repeats, as nlohmann keeps).
  std::array<bool, kFieldCount> present{};
  std::array<std::string, kFieldCount> value;
};

// Parses `line` (valid UTF-8, no NUL bytes) into *out; false when the line is not a record of
// the usual shape (see above). *out is unspecified after false.
bool ParseArticleFields(std::string_view line, ArticleFields* out);

}  // namespace sg::ingest::internal

#endif  // SG_INGEST_INTERNAL_ARTICLE_JSON_H_
