// CsvReader: a streaming RFC 4180 reader for the data contract's exports.
//
// Reads the file in large blocks and hands out one record at a time, so
// memory stays flat however long the file is (a record must fit in
// kMaxRecordBytes). Each record carries the physical line it starts on (a
// quoted field may hold line breaks, so records and lines differ), its
// fields, and its raw bytes as they are in the file, so that a rejected row
// can be written out unchanged.
//
// Tolerates what spreadsheets write: a UTF-8 byte-order mark, CRLF or LF
// (or a lone CR) line ends, spaces around fields (unquoted fields are
// trimmed, spaces before an opening or after a closing quote ignored), and
// lines holding nothing but commas and spaces, which are skipped like blank
// lines. A quote inside an unquoted field is kept as text. Malformed quoting
// (a quote never closed, text after a closing quote) is reported on the
// record rather than thrown, so the caller can reject that row alone.
//
// Thread-safety: one reader per thread; a record's views are valid until
// the next call to next().
#ifndef HC_INGEST_CSV_READER_H_
#define HC_INGEST_CSV_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hc::ingest {

struct CsvRecord {
  enum class Problem { kNone, kUnterminatedQuote, kTextAfterQuote };

  int64_t line = 0;                      // 1-based physical line of its first byte
  std::vector<std::string_view> fields;  // unquoted ones trimmed, quotes undoubled
  std::string_view raw;                  // the record as in the file, without its line break
  Problem problem = Problem::kNone;      // the first quoting problem in the record
  size_t problem_field = 0;              // index of the field it is in
};

class CsvReader {
 public:
  static constexpr size_t kMaxRecordBytes = size_t(64) << 20;

  // Opens the file; check error() before reading.
  explicit CsvReader(const std::string& path, size_t block_bytes = size_t(1) << 20);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record that is not blank. False at the end of the file
  // or when the file cannot be read further (then error() says why).
  bool next(CsvRecord& record);

  // Empty while all is well; otherwise why reading stopped, e.g. "cannot
  // open: No such file or directory" or "the file is UTF-16 ...".
  const std::string& error() const { return error_; }
  // The physical line reading stopped at, for an error() that has one.
  int64_t errorLine() const { return error_line_; }
  bool hadByteOrderMark() const { return had_bom_; }

 private:
  struct Span {
    size_t offset;  // into buf_ or, when in_scratch, into scratch_
    size_t size;
    bool in_scratch;
  };
  enum class Parse { kRecord, kNeedMore };

  Parse parseRecord(CsvRecord& record);
  bool readMore();  // false at end of file or on error
  void fail(const std::string& why, int64_t line);

  int fd_ = -1;
  std::unique_ptr<char[]> buf_;
  size_t capacity_ = 0;
  size_t begin_ = 0;  // first byte not yet consumed
  size_t end_ = 0;    // end of the bytes read
  bool eof_ = false;
  bool started_ = false;
  bool had_bom_ = false;
  int64_t line_ = 1;  // line of buf_[begin_]
  std::string scratch_;  // undoubled quoted fields of the current record
  std::vector<Span> spans_;
  std::string error_;
  int64_t error_line_ = 0;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_CSV_READER_H_
