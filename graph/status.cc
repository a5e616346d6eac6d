#include "graph/status.h"

namespace sg {
namespace {

std::string_view CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "OK";
    case Status::Code::kNotFound: return "Not found";
    case Status::Code::kInvalidArgument: return "Invalid argument";
    case Status::Code::kCorruption: return "Corruption";
    case Status::Code::kIoError: return "IO error";
    case Status::Code::kNotSupported: return "Not supported";
    case Status::Code::kFailedPrecondition: return "Failed precondition";
    case Status::Code::kAlreadyExists: return "Already exists";
    case Status::Code::kInternal: return "Internal error";
  }
  return "Unknown";
}

}  // namespace

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out(CodeName(code_));
  out += ": ";
  out += message_;
  return out;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  std::string m(context);
  m += ": ";
  m += message_;
  return Status(code_, std::move(m));
}

}  // namespace sg
