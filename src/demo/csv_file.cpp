#include "demo/csv_file.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace hc::demo {
namespace {

constexpr size_t kBufferBytes = 1 << 20;

bool needsQuotes(std::string_view s) { return s.find_first_of(",\"\r\n") != std::string_view::npos; }

}  // namespace

CsvFile::CsvFile(const std::string& path, std::initializer_list<std::string_view> columns)
    : CsvFile(path, std::vector<std::string_view>(columns)) {}

CsvFile::CsvFile(const std::string& path, const std::vector<std::string_view>& columns) : path_(path) {
  file_ = std::fopen(path.c_str(), "wb");
  if (!file_) throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
  buffer_.reserve(kBufferBytes + 4096);
  for (const std::string_view column : columns) text(column);
  buffer_ += '\n';
  row_started_ = false;
}

CsvFile::~CsvFile() {
  if (file_) std::fclose(file_);
}

void CsvFile::separator() {
  if (row_started_) buffer_ += ',';
  row_started_ = true;
}

void CsvFile::flushIfFull() {
  if (buffer_.size() < kBufferBytes) return;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    throw std::runtime_error("cannot write " + path_ + ": " + std::strerror(errno));
  }
  buffer_.clear();
}

void CsvFile::appendDigits(uint64_t value, int min_width) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  for (int i = n; i < min_width; ++i) buffer_ += '0';
  while (n > 0) buffer_ += digits[--n];
}

CsvFile& CsvFile::text(std::string_view value) {
  separator();
  if (!needsQuotes(value)) {
    buffer_ += value;
    return *this;
  }
  buffer_ += '"';
  for (const char c : value) {
    if (c == '"') buffer_ += '"';
    buffer_ += c;
  }
  buffer_ += '"';
  return *this;
}

CsvFile& CsvFile::id(const IdFormat& format, int64_t number) {
  separator();
  buffer_ += format.prefix;
  appendDigits(static_cast<uint64_t>(number), format.width);
  return *this;
}

CsvFile& CsvFile::integer(int64_t value) {
  separator();
  if (value < 0) buffer_ += '-';
  appendDigits(value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value), 1);
  return *this;
}

CsvFile& CsvFile::decimal(int64_t scaled, int decimals) {
  int64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  integer(scaled / unit);  // the demo writes no negative decimals
  int64_t fraction = scaled % unit;
  while (decimals > 0 && fraction % 10 == 0 && fraction != 0) {
    fraction /= 10;
    --decimals;
  }
  if (fraction != 0) {
    buffer_ += '.';
    appendDigits(static_cast<uint64_t>(fraction), decimals);
  }
  return *this;
}

CsvFile& CsvFile::date(Date value) {
  separator();
  appendDigits(static_cast<uint64_t>(value.year()), 4);
  buffer_ += '-';
  appendDigits(value.month(), 2);
  buffer_ += '-';
  appendDigits(value.day(), 2);
  return *this;
}

CsvFile& CsvFile::dateTime(DateTime value) {
  date(value.date());
  const int minute = value.minuteOfDay();
  buffer_ += ' ';
  appendDigits(static_cast<uint64_t>(minute / 60), 2);
  buffer_ += ':';
  appendDigits(static_cast<uint64_t>(minute % 60), 2);
  return *this;
}

CsvFile& CsvFile::empty() {
  separator();
  return *this;
}

void CsvFile::endRow() {
  buffer_ += '\n';
  row_started_ = false;
  ++rows_;
  flushIfFull();
}

void CsvFile::close() {
  if (!file_) return;
  const bool written = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
  buffer_.clear();
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!written || !closed) throw std::runtime_error("cannot write " + path_ + ": " + std::strerror(errno));
}

}  // namespace hc::demo
