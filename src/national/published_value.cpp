#include "national/published_value.h"

#include "ingest/file_kinds.h"
#include "ingest/text.h"
#include "ingest/values.h"

namespace hc::national {

bool isNotPublishedMarker(std::string_view field) {
  const std::string_view f = ingest::trim(field);
  for (std::string_view marker : {"", "x", "c", "z", "u", "low", ".", ":"})
    if (ingest::equalsIgnoreCase(f, marker)) return true;
  return false;
}

bool readPublishedFigure(std::string_view field, std::optional<double>& value, std::string& reason) {
  value.reset();
  if (isNotPublishedMarker(field)) return true;
  // The importer's own number reading, so that messages read the same as
  // for the council's exports ("remove the thousands separator ...").
  static const ingest::Column kFigure = [] {
    ingest::Column c;
    c.name = "figure";
    c.type = ingest::ValueType::kDecimal;
    c.min = 0;
    return c;
  }();
  ingest::Value v;
  if (!ingest::parseValue(kFigure, ingest::trim(field), v, reason)) {
    // A word that is not a marker may be a marker we do not know: say which we do.
    if (reason.find("is not a number") != std::string::npos)
      reason += "; expected a number or a not-published marker (x, c, z, u, low, .)";
    return false;
  }
  value = v.real;
  return true;
}

}  // namespace hc::national
