// Package: an .xlsx file as what it is underneath, a zip archive of XML
// parts, opened with Poco::Zip and guarded against zip bombs.
//
// Only the archive's directory is read when it opens; a part is inflated
// as a stream when asked for (openPart), so a sheet of a gigabyte of XML
// never sits in memory. The limits are checked twice: against the sizes the
// directory declares, before anything is inflated, and against the bytes
// actually inflated, since a hostile archive can declare what it likes.
//
// Example:
//   hc::xlsx::Package package("annex-a.xlsx", {});
//   if (!package.error().empty()) return fail(package.error());
//   auto part = package.openPart("xl/workbook.xml");
//
// Thread-safety: one thread per Package; each open part has its own file
// handle, so several parts may be read one after another or interleaved.
#ifndef HC_XLSX_PACKAGE_H_
#define HC_XLSX_PACKAGE_H_

#include <cstdint>
#include <istream>
#include <map>
#include <memory>
#include <string>

namespace hc::xlsx {

struct Limits {
  // A part read whole into memory (shared strings, styles, the workbook).
  uint64_t max_part_bytes = uint64_t(256) << 20;
  // A sheet, read as a stream: large, but not without end.
  uint64_t max_sheet_bytes = uint64_t(8) << 30;
  // Every part together.
  uint64_t max_total_bytes = uint64_t(16) << 30;
  // Inflated size over compressed size, past which a part is a zip bomb.
  // Sheets of real workbooks inflate 5 to 30 times; a bomb a thousand times.
  double max_ratio = 200;
  uint64_t max_entries = 10000;
};

// One part being read: an istream of its inflated bytes that ends early
// (with failed() set and why() saying so) when the part breaks a limit.
class PartStream {
 public:
  virtual ~PartStream() = default;
  virtual std::istream& stream() = 0;
  // Empty while the part is within its limits; otherwise why it was cut off.
  virtual const std::string& why() const = 0;
};

class Package {
 public:
  // Opens the archive and checks its directory; see error().
  Package(const std::string& path, const Limits& limits);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  // Empty when the archive opened; otherwise why not, e.g. "not an Excel
  // workbook (.xlsx): it is not a zip archive" or "part xl/worksheets/
  // sheet1.xml would inflate 2500 times its compressed size: refused as a
  // zip bomb".
  const std::string& error() const { return error_; }

  bool hasPart(const std::string& name) const;

  // The part as a stream; nullptr (and `why` set) when it is missing or
  // cannot be read. `in_memory` parts are held to max_part_bytes, others to
  // max_sheet_bytes.
  std::unique_ptr<PartStream> openPart(const std::string& name, bool in_memory, std::string& why);

  // The whole part as a string (for the small parts), or nullopt-like:
  // false with `why` set.
  bool readPart(const std::string& name, std::string& contents, std::string& why);

 private:
  struct Entries;
  std::string path_;
  Limits limits_;
  std::unique_ptr<Entries> entries_;
  uint64_t inflated_so_far_ = 0;
  std::string error_;
};

}  // namespace hc::xlsx

#endif  // HC_XLSX_PACKAGE_H_
