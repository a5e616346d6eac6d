// Private to sg_query: actor name resolution, shared by Context::Resolve (every query command)
// and the export's --around.
#ifndef SG_QUERY_INTERNAL_RESOLVE_H_
#define SG_QUERY_INTERNAL_RESOLVE_H_

#include <string_view>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/known_names.h"

namespace sg::query::internal {

// The rules of Context::Resolve (query/context.h), reading at `snapshot`; `known_names` may be
// empty.
Result<graph::ActorId> ResolveName(const graph::Store& store, const graph::Snapshot* snapshot,
                                   std::string_view name, const KnownNames& known_names);

}  // namespace sg::query::internal

#endif  // SG_QUERY_INTERNAL_RESOLVE_H_
