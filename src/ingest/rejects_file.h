// RejectsFile: where rejected rows go, each exactly as it was in the file
// (its raw bytes, quoting and all) followed by one more field,
// `reject_reason`, under the file's own header plus that column. Fix the
// rows, delete the column (or leave it: it is only a warning) and import the
// file again.
//
// The file is created on the first rejected row, so an import without
// rejections leaves nothing behind.
//
// Thread-safety: one thread.
#ifndef HC_INGEST_REJECTS_FILE_H_
#define HC_INGEST_REJECTS_FILE_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace hc::ingest {

class RejectsFile {
 public:
  // `header_raw` is the header record as read; `bom` whether the file began
  // with a byte-order mark (kept, so that Excel reads the rejects as UTF-8).
  RejectsFile(std::string path, std::string header_raw, bool bom);
  ~RejectsFile();
  RejectsFile(const RejectsFile&) = delete;
  RejectsFile& operator=(const RejectsFile&) = delete;

  // False when the file cannot be written; error() says why.
  bool add(std::string_view raw_record, std::string_view reason);
  // Flushes and closes; false on a write error.
  bool close();

  const std::string& path() const { return path_; }
  int64_t rows() const { return rows_; }
  const std::string& error() const { return error_; }

 private:
  std::string path_, header_raw_, error_;
  bool bom_;
  std::FILE* out_ = nullptr;
  int64_t rows_ = 0;
  std::string line_;
};

// Where a file's rejected rows go, or "" for nowhere: `option` is the
// --rejects value. Empty: <stem>.rejects.csv in the current folder in skip
// mode, nowhere otherwise. A folder: <folder>/<stem>.rejects.csv. A file
// name: used as is when the import has one file, and as a prefix
// (<name minus .csv>.<stem>.csv) when it has several.
std::string rejectsPathFor(const std::string& option, const std::string& file_path, bool skip_invalid,
                           size_t files_in_import);

}  // namespace hc::ingest

#endif  // HC_INGEST_REJECTS_FILE_H_
