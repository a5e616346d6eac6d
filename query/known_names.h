// KnownNames: names the graph has not seen for an actor but a lexicon knows ("US", "Washington",
// "the Kremlin"). The program passes the extractor's gazetteer (sg_query does not depend on
// sg_ingest); name resolution tries it when no alias in the store matches.
#ifndef SG_QUERY_KNOWN_NAMES_H_
#define SG_QUERY_KNOWN_NAMES_H_

#include <functional>
#include <string>
#include <string_view>

namespace sg::query {

// Returns the canonical name of the actor `name` denotes ("US" -> "United States"), or "" when
// the lexicon does not know it.
using KnownNames = std::function<std::string(std::string_view name)>;

}  // namespace sg::query

#endif  // SG_QUERY_KNOWN_NAMES_H_
