#include "xlsx/package.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <fstream>
#include <streambuf>
#include <string_view>

namespace hc::xlsx {

struct Package::Entries {
  std::unique_ptr<Poco::Zip::ZipArchive> archive;
};

namespace {

std::string mebibytes(uint64_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB"; }

// Passes the inflated bytes of a part through, counting them, and ends the
// stream as soon as they break a limit: the part's own size, the ratio to
// its compressed size (after the first MB, so tiny parts may compress
// well), or the package's running total.
class LimitedBuf : public std::streambuf {
 public:
  LimitedBuf(std::istream& source, std::string part, uint64_t max_bytes, uint64_t compressed, double max_ratio,
             uint64_t& total, uint64_t max_total)
      : source_(source), part_(std::move(part)), max_bytes_(max_bytes), compressed_(std::max<uint64_t>(compressed, 1)),
        max_ratio_(max_ratio), total_(total), max_total_(max_total) {}

  const std::string& why() const { return why_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!why_.empty()) return traits_type::eof();
    source_.read(buffer_, sizeof buffer_);
    const std::streamsize got = source_.gcount();
    if (source_.bad()) {
      why_ = "part " + part_ + " is damaged: its compressed data cannot be inflated";
      return traits_type::eof();
    }
    if (got <= 0) return traits_type::eof();
    read_ += static_cast<uint64_t>(got);
    total_ += static_cast<uint64_t>(got);
    // A document type declaration comes before the root element, so in the
    // first block. Workbooks never have one; refusing it keeps entity
    // expansion (and the XML parser's handling of it) out altogether.
    if (read_ == static_cast<uint64_t>(got) &&
        std::string_view(buffer_, static_cast<size_t>(got)).find("<!DOCTYPE") != std::string_view::npos) {
      why_ = "part " + part_ + " declares a document type, which workbooks never do: refused";
    } else if (read_ > max_bytes_) {
      why_ = "part " + part_ + " inflates to more than " + mebibytes(max_bytes_) + ": refused as oversized";
    } else if (read_ > (uint64_t(1) << 20) && double(read_) / double(compressed_) > max_ratio_) {
      why_ = "part " + part_ + " inflates more than " + std::to_string(int(max_ratio_)) +
             " times its compressed size: refused as a zip bomb";
    } else if (total_ > max_total_) {
      why_ = "the workbook inflates to more than " + mebibytes(max_total_) + ": refused as a zip bomb";
    }
    if (!why_.empty()) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + got);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::istream& source_;
  std::string part_;
  uint64_t max_bytes_, compressed_;
  double max_ratio_;
  uint64_t& total_;
  uint64_t max_total_;
  uint64_t read_ = 0;
  std::string why_;
  char buffer_[1 << 16];
};

class ZipPartStream : public PartStream {
 public:
  ZipPartStream(const std::string& path, const Poco::Zip::ZipLocalFileHeader& header, const std::string& part,
                uint64_t max_bytes, uint64_t compressed, double max_ratio, uint64_t& total, uint64_t max_total)
      : file_(path, std::ios::binary), zip_(file_, header, true),
        limited_(zip_, part, max_bytes, compressed, max_ratio, total, max_total), stream_(&limited_) {}

  std::istream& stream() override { return stream_; }
  const std::string& why() const override { return limited_.why(); }

 private:
  std::ifstream file_;
  Poco::Zip::ZipInputStream zip_;
  LimitedBuf limited_;
  std::istream stream_;
};

}  // namespace

Package::Package(const std::string& path, const Limits& limits) : path_(path), limits_(limits) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error_ = "cannot open the file";
    return;
  }
  try {
    entries_ = std::make_unique<Entries>();
    entries_->archive = std::make_unique<Poco::Zip::ZipArchive>(file);
  } catch (const Poco::Exception& e) {
    entries_.reset();
    error_ = "not an Excel workbook (.xlsx): it cannot be read as a zip archive (" + e.displayText() + ")";
    return;
  } catch (const std::exception& e) {
    entries_.reset();
    error_ = std::string("not an Excel workbook (.xlsx): it cannot be read as a zip archive (") + e.what() + ")";
    return;
  }
  const auto& archive = *entries_->archive;
  uint64_t entries = 0, declared_total = 0;
  for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
    const auto& info = it->second;
    const uint64_t inflated = info.getUncompressedSize();
    const uint64_t compressed = std::max<uint64_t>(info.getCompressedSize(), 1);
    declared_total += inflated;
    if (++entries > limits_.max_entries) {
      error_ = "the workbook holds more than " + std::to_string(limits_.max_entries) + " parts: refused";
    } else if (inflated > limits_.max_sheet_bytes) {
      error_ = "part " + it->first + " inflates to " + mebibytes(inflated) + ", more than " +
               mebibytes(limits_.max_sheet_bytes) + ": refused as oversized";
    } else if (inflated > (uint64_t(1) << 20) && double(inflated) / double(compressed) > limits_.max_ratio) {
      error_ = "part " + it->first + " would inflate " + std::to_string(inflated / compressed) +
               " times its compressed size: refused as a zip bomb";
    } else if (declared_total > limits_.max_total_bytes) {
      error_ = "the workbook would inflate to more than " + mebibytes(limits_.max_total_bytes) +
               ": refused as a zip bomb";
    }
    if (!error_.empty()) return;
  }
}

Package::~Package() = default;

bool Package::hasPart(const std::string& name) const {
  return entries_ && entries_->archive->findHeader(name) != entries_->archive->headerEnd();
}

std::unique_ptr<PartStream> Package::openPart(const std::string& name, bool in_memory, std::string& why) {
  if (!error_.empty() || !entries_) {
    why = error_;
    return nullptr;
  }
  const auto& archive = *entries_->archive;
  const auto header = archive.findHeader(name);
  if (header == archive.headerEnd()) {
    why = "the workbook has no part " + name;
    return nullptr;
  }
  uint64_t compressed = header->second.getCompressedSize();
  for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
    if (it->first == name) compressed = it->second.getCompressedSize();
  }
  try {
    return std::make_unique<ZipPartStream>(path_, header->second, name,
                                           in_memory ? limits_.max_part_bytes : limits_.max_sheet_bytes, compressed,
                                           limits_.max_ratio, inflated_so_far_, limits_.max_total_bytes);
  } catch (const Poco::Exception& e) {
    why = "part " + name + " cannot be read: " + e.displayText();
  } catch (const std::exception& e) {
    why = "part " + name + " cannot be read: " + e.what();
  }
  return nullptr;
}

bool Package::readPart(const std::string& name, std::string& contents, std::string& why) {
  auto part = openPart(name, true, why);
  if (!part) return false;
  contents.clear();
  try {
    char buffer[1 << 16];
    while (part->stream().read(buffer, sizeof buffer) || part->stream().gcount() > 0)
      contents.append(buffer, static_cast<size_t>(part->stream().gcount()));
  } catch (const Poco::Exception& e) {
    why = "part " + name + " cannot be read: " + e.displayText();
    return false;
  } catch (const std::exception& e) {
    why = "part " + name + " cannot be read: " + e.what();
    return false;
  }
  if (!part->why().empty()) {
    why = part->why();
    return false;
  }
  return true;
}

}  // namespace hc::xlsx
