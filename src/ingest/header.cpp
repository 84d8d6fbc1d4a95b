#include "ingest/header.h"

#include "ingest/text.h"

namespace hc::ingest {

Header::Header(const FileKind& kind, const CsvRecord& record, const std::string& file, DiagnosticList& out)
    : field_of_column_(kind.columns.size(), -1) {
  auto report = [&](const std::string& column, const std::string& reason, bool is_error) {
    out.add(Diagnostic{file, record.line, column, reason, is_error});
    usable_ = usable_ && !is_error;
  };
  for (size_t f = 0; f < record.fields.size(); ++f) {
    const std::string_view name = trim(record.fields[f]);
    if (name.empty()) {
      report("", "field " + std::to_string(f + 1) + " has no name in the header; its values are ignored", false);
      continue;
    }
    int column = -1;
    for (size_t c = 0; c < kind.columns.size() && column < 0; ++c) {
      if (equalsIgnoreCase(kind.columns[c].name, name)) column = static_cast<int>(c);
    }
    if (column < 0) {
      report(std::string(name), "unknown column, ignored", false);
    } else if (field_of_column_[column] >= 0) {
      report(std::string(kind.columns[column].name),
             "column appears twice (fields " + std::to_string(field_of_column_[column] + 1) + " and " +
                 std::to_string(f + 1) + "); the file is not imported",
             true);
    } else {
      field_of_column_[column] = static_cast<int>(f);
    }
  }
  for (size_t c = 0; c < kind.columns.size(); ++c) {
    if (kind.columns[c].required && field_of_column_[c] < 0) {
      report(std::string(kind.columns[c].name), "required column is missing; the file is not imported", true);
    }
  }
}

}  // namespace hc::ingest
