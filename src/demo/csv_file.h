// CsvFile: writes one contract CSV file, row by row, through a large buffer.
//
// The demo writes tens of millions of rows at national scale, so fields are
// formatted straight into the buffer (no iostreams, no temporary strings)
// and the buffer goes to disk with fwrite when it fills. Text is quoted only
// when RFC 4180 needs it (a comma, quote or line break), as the contract's
// producers do.
//
// Thread-safety: none; one writer per file.
#ifndef HC_DEMO_CSV_FILE_H_
#define HC_DEMO_CSV_FILE_H_

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace hc::demo {

// How one kind of identifier is spelled: a prefix and a zero-padded number
// (T0001, S000123). Wider numbers are written in full, so ids stay unique
// past the padding.
struct IdFormat {
  const char* prefix;
  int width;
};

class CsvFile {
 public:
  // Creates (truncates) the file and writes the header row. Throws
  // std::runtime_error when the file cannot be created.
  CsvFile(const std::string& path, std::initializer_list<std::string_view> columns);
  // The same with columns known only at run time (a survey's questions).
  CsvFile(const std::string& path, const std::vector<std::string_view>& columns);
  ~CsvFile();  // closes without reporting errors; call close() to see them
  CsvFile(const CsvFile&) = delete;
  CsvFile& operator=(const CsvFile&) = delete;

  CsvFile& text(std::string_view value);
  CsvFile& id(const IdFormat& format, int64_t number);
  CsvFile& integer(int64_t value);
  // value / 10^decimals, trailing zeros dropped: decimal(85, 1) is "8.5",
  // decimal(1000, 2) is "10". Scaled integers keep the output exact.
  CsvFile& decimal(int64_t scaled, int decimals);
  CsvFile& date(Date value);
  CsvFile& dateTime(DateTime value);  // "YYYY-MM-DD HH:MM"
  CsvFile& empty();
  void endRow();

  // Data rows ended so far (the header excluded).
  int64_t rows() const { return rows_; }
  // Flushes and closes; throws std::runtime_error if anything failed to
  // reach the disk.
  void close();

 private:
  void separator();
  void flushIfFull();
  void appendDigits(uint64_t value, int min_width);

  std::string path_;
  std::FILE* file_ = nullptr;
  std::string buffer_;
  bool row_started_ = false;
  int64_t rows_ = 0;
};

}  // namespace hc::demo

#endif  // HC_DEMO_CSV_FILE_H_
