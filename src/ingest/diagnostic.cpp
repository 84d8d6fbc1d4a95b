#include "ingest/diagnostic.h"

#include <utility>

namespace hc::ingest {

std::string Diagnostic::text() const {
  std::string out = location.empty() ? file : location;
  if (location.empty() && line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!column.empty()) out += column + ": ";
  if (!is_error) out += "warning: ";
  out += reason;
  return out;
}

void DiagnosticList::add(Diagnostic d) {
  ++(d.is_error ? errors_ : warnings_);
  if (kept_.size() < max_kept_) {
    kept_.push_back(std::move(d));
  } else {
    ++not_kept_;
  }
}

}  // namespace hc::ingest
