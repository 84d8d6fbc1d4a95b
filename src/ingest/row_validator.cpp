#include "ingest/row_validator.h"

#include <utility>

#include "ingest/text.h"

namespace hc::ingest {

RowValidator::RowValidator(store::Database& db, const FileKind& kind, const Header& header, std::string file,
                           std::optional<Date> extracted, const CheckedKeys* checked)
    : kind_(kind), file_(std::move(file)), extracted_(extracted), values_(kind.columns.size()),
      valid_(kind.columns.size()) {
  std::vector<std::string_view> referenced;  // kinds, parallel to known_
  for (size_t c = 0; c < kind.columns.size(); ++c) {
    const Column& col = kind.columns[c];
    ColumnCheck check;
    check.field = header.fieldOf(c);
    if (!col.references.empty()) {
      const FileKind* target = findFileKind(col.references);
      size_t i = 0;
      while (i < referenced.size() && referenced[i] != col.references) ++i;
      if (i == referenced.size()) {
        referenced.push_back(col.references);
        known_.push_back(std::make_unique<KnownKeys>(db, *target, checked));
      }
      check.references = target->noun;
      check.known = known_[i].get();
    }
    columns_.push_back(check);
  }
  for (const Rule& r : kind.rules) {
    rules_.push_back(BoundRule{r, static_cast<size_t>(kind.columnIndex(r.column)),
                               static_cast<size_t>(kind.columnIndex(r.other))});
  }
}

void RowValidator::add(std::vector<Diagnostic>& findings, std::string_view column, std::string reason,
                       bool is_error) {
  findings.push_back(Diagnostic{file_, line_, std::string(column), std::move(reason), is_error});
}

bool RowValidator::check(const CsvRecord& record, std::vector<Diagnostic>& findings) {
  findings.clear();
  line_ = record.line;
  for (size_t c = 0; c < columns_.size(); ++c) {
    const Column& col = kind_.columns[c];
    const ColumnCheck& check = columns_[c];
    const std::string_view field = check.field >= 0 ? record.fields[check.field] : std::string_view();
    Value& value = values_[c];
    valid_[c] = true;
    if (field.empty()) {
      value.kind = col.default_value.empty() ? Value::Kind::kNull : Value::Kind::kText;
      value.chars = col.default_value;
      if (col.required) {
        add(findings, col.name, "value is required");
        valid_[c] = false;
      }
      continue;
    }
    if (!parseValue(col, field, value, reason_)) {
      add(findings, col.name, reason_);
      valid_[c] = false;
    } else if (check.known && !check.known->contains(field)) {
      add(findings, col.name, quoted(field) + " is not a known " + std::string(check.references));
      valid_[c] = false;
    } else if (extracted_ && col.happened) {
      checkAgainstExtract(col, value, findings);
    }
  }
  checkRules(findings);
  for (const Diagnostic& d : findings) {
    if (d.is_error) return false;
  }
  return true;
}

// An export describes the day it was taken: a later start or event is
// allowed (a visit already booked) but worth a look.
void RowValidator::checkAgainstExtract(const Column& col, const Value& value, std::vector<Diagnostic>& findings) {
  const int64_t day = value.kind == Value::Kind::kDateTime ? DateTime(value.number).date().days() : value.number;
  if (day <= extracted_->days()) return;
  add(findings, col.name,
      std::string(value.text().substr(0, 10)) + " is after the extract date " + extracted_->iso(), false);
}

void RowValidator::checkRules(std::vector<Diagnostic>& findings) {
  for (const BoundRule& b : rules_) {
    if (!valid_[b.column] || !valid_[b.other]) continue;
    Value& v = values_[b.column];
    const Value& other = values_[b.other];
    const Rule& r = b.rule;
    auto str = [](std::string_view s) { return std::string(s); };
    switch (r.kind) {
      case Rule::Kind::kNotBefore:
        if (v.kind == Value::Kind::kDate && other.kind == Value::Kind::kDate && v.number < other.number) {
          add(findings, r.column,
              str(r.column) + " " + str(v.text()) + " is before " + str(r.other) + " " + str(other.text()));
        }
        break;
      case Rule::Kind::kRequiredWhen:
        if (v.kind == Value::Kind::kNull && other.text() == r.value) {
          add(findings, r.column, "value is required when " + str(r.other) + " is " + str(r.value));
        }
        break;
      case Rule::Kind::kOnlyWhen:
        if (v.kind != Value::Kind::kNull && other.text() != r.value) {
          add(findings, r.column,
              "only applies when " + str(r.other) + " is " + str(r.value) + ", not " + str(other.text()) +
                  "; not stored",
              false);
          v.kind = Value::Kind::kNull;
        }
        break;
      case Rule::Kind::kDiffersFrom:
        if (v.kind != Value::Kind::kNull && v == other) {
          add(findings, r.column, quoted(v.text()) + " is the same as " + str(r.other), false);
        }
        break;
    }
  }
}

}  // namespace hc::ingest
