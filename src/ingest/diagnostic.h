// Diagnostic: one finding about an imported file, in the contract's
// `FILE:LINE: column: reason` form, and DiagnosticList, which keeps the first
// few of a file's findings and counts the rest so that a file with a million
// bad rows cannot exhaust memory.
//
// Thread-safety: plain values; no shared state.
#ifndef HC_INGEST_DIAGNOSTIC_H_
#define HC_INGEST_DIAGNOSTIC_H_

#include <cstdint>
#include <string>
#include <vector>

namespace hc::ingest {

struct Diagnostic {
  std::string file;    // base name as given: "visits.csv"
  int64_t line = 0;    // physical line where the record starts; 0: the file as a whole
  std::string column;  // empty when the finding is about a whole row or file
  std::string reason;
  bool is_error = true;  // false: a warning, the row (or file) is still stored
  // Where, when the rows' source says so in its own terms (row_source.h):
  // "staff!C12" replaces "FILE:LINE" and the column. Empty: file and line.
  std::string location;

  // "visits.csv:12: staff_id: 'S9' is not a known staff member". Warnings
  // read "visits.csv:1: colour: warning: unknown column, ignored"; parts
  // that are absent (no line, no column) are left out. With a location:
  // "staff!C12: start_date: reason".
  std::string text() const;
};

class DiagnosticList {
 public:
  explicit DiagnosticList(size_t max_kept) : max_kept_(max_kept) {}

  void add(Diagnostic d);
  const std::vector<Diagnostic>& kept() const { return kept_; }
  int64_t notKept() const { return not_kept_; }
  int64_t errors() const { return errors_; }
  int64_t warnings() const { return warnings_; }

 private:
  size_t max_kept_;
  std::vector<Diagnostic> kept_;
  int64_t not_kept_ = 0;
  int64_t errors_ = 0;
  int64_t warnings_ = 0;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_DIAGNOSTIC_H_
