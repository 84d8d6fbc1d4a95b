#include "ingest/rejects_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "ingest/text.h"

namespace hc::ingest {

RejectsFile::RejectsFile(std::string path, std::string header_raw, bool bom)
    : path_(std::move(path)), header_raw_(std::move(header_raw)), bom_(bom) {}

RejectsFile::~RejectsFile() { close(); }

bool RejectsFile::add(std::string_view raw_record, std::string_view reason) {
  if (!error_.empty()) return false;
  line_.clear();
  if (!out_) {
    out_ = std::fopen(path_.c_str(), "wb");
    if (!out_) {
      error_ = "cannot write the rejects file " + path_ + ": " + std::strerror(errno);
      return false;
    }
    if (bom_) line_ += "\xEF\xBB\xBF";
    line_ += header_raw_;
    line_ += ",reject_reason\n";
  }
  line_ += raw_record;
  line_ += ',';
  appendCsvField(line_, reason);
  line_ += '\n';
  if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) {
    error_ = "cannot write the rejects file " + path_ + ": " + std::strerror(errno);
    return false;
  }
  ++rows_;
  return true;
}

bool RejectsFile::close() {
  if (!out_) return error_.empty();
  const bool ok = std::fclose(out_) == 0;
  out_ = nullptr;
  if (!ok && error_.empty()) error_ = "cannot write the rejects file " + path_ + ": " + std::strerror(errno);
  return error_.empty();
}

std::string rejectsPathFor(const std::string& option, const std::string& file_path, bool skip_invalid,
                           size_t files_in_import) {
  namespace fs = std::filesystem;
  const std::string stem = fs::path(file_path).stem().string();
  if (option.empty()) return skip_invalid ? stem + ".rejects.csv" : std::string();
  std::error_code ec;
  if (fs::is_directory(option, ec)) return (fs::path(option) / (stem + ".rejects.csv")).string();
  if (files_in_import <= 1) return option;
  fs::path prefix(option);
  if (toLower(prefix.extension().string()) == ".csv") prefix.replace_extension();
  return prefix.string() + "." + stem + ".csv";
}

}  // namespace hc::ingest
