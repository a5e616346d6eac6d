#include "cli/write_tally.h"

namespace sg::cli {

void WriteTally::Count(const graph::PutResult& put) {
  switch (put.outcome) {
    case graph::PutOutcome::kNew:
      ++fresh;
      claims_added += put.claims;
      break;
    case graph::PutOutcome::kUnchanged:
      ++unchanged;
      break;
    case graph::PutOutcome::kReplaced:
      ++replaced;
      claims_added += put.claims;
      break;
  }
}

void WriteTally::AppendTo(nlohmann::ordered_json& summary) const {
  summary["new"] = fresh;
  summary["unchanged"] = unchanged;
  summary["replaced"] = replaced;
  summary["claims_added"] = claims_added;
}

bool RejectsInput(const Status& put_error) {
  return put_error.code() == Status::Code::kInvalidArgument ||
         put_error.code() == Status::Code::kAlreadyExists;
}

}  // namespace sg::cli
