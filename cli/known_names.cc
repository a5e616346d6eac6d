#include "cli/known_names.h"

#include <memory>
#include <optional>
#include <string>

#include "ingest/extractor.h"
#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace sg::cli {

query::KnownNames GazetteerNames() {
  auto lexicon = std::make_shared<std::optional<Result<ingest::Lexicon>>>();
  return [lexicon](std::string_view name) -> std::string {
    if (!lexicon->has_value()) lexicon->emplace(ingest::Lexicon::Load(ingest::DefaultDataDir()));
    const Result<ingest::Lexicon>& lex = **lexicon;
    if (!lex.ok()) return "";
    // The gazetteer's own key: token keys ("U.S." -> "us") joined by spaces, without a leading
    // "the" (ingest/lexicon.cc).
    std::string text(name);
    ingest::Document doc = ingest::Segment(text);
    std::string key;
    for (const ingest::Token& token : doc.tokens) {
      if (!key.empty()) key.push_back(' ');
      key += ingest::Lexicon::TokenKey(token);
    }
    if (key.rfind("the ", 0) == 0) key.erase(0, 4);
    int entry = lex->LookupKey(key);
    if (entry < 0) return "";
    return lex->entries()[static_cast<size_t>(entry)].name;
  };
}

}  // namespace sg::cli
