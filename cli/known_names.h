// The extractor's gazetteer (data/countries.tsv, data/bodies.tsv) as the query library's
// KnownNames, so that `--speaker US`, `--from Washington` or `--around Kremlin` find the actor
// stored under its canonical name even when no article used that name for it.
#ifndef SG_CLI_KNOWN_NAMES_H_
#define SG_CLI_KNOWN_NAMES_H_

#include "query/known_names.h"

namespace sg::cli {

// Loads the lexicon on the first name it is asked about (a query whose names all match aliases
// in the store never reads the data files). When the data files cannot be loaded, it knows no
// names: resolution then goes on as without it.
query::KnownNames GazetteerNames();

}  // namespace sg::cli

#endif  // SG_CLI_KNOWN_NAMES_H_
