#include "ingest/csv_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hc::ingest {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool endsField(char c) { return c == ',' || c == '\n' || c == '\r'; }

// Physical line breaks in [p, e): LF, CRLF (once) and a lone CR.
int64_t countBreaks(const char* p, const char* e) {
  int64_t n = 0;
  for (; p < e; ++p) {
    if (*p == '\n') ++n;
    else if (*p == '\r' && (p + 1 == e || p[1] != '\n')) ++n;
  }
  return n;
}

}  // namespace

CsvReader::CsvReader(const std::string& path, size_t block_bytes)
    : buf_(new char[block_bytes]), capacity_(block_bytes) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) fail(std::string("cannot open: ") + std::strerror(errno), 0);
}

CsvReader::~CsvReader() {
  if (fd_ >= 0) ::close(fd_);
}

void CsvReader::fail(const std::string& why, int64_t line) {
  if (error_.empty()) {
    error_ = why;
    error_line_ = line;
  }
}

bool CsvReader::readMore() {
  if (begin_ > 0) {
    std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == capacity_) {
    // One record fills the whole buffer: grow, up to the limit that keeps a
    // missing closing quote from swallowing the file into memory.
    if (capacity_ >= kMaxRecordBytes) {
      fail("a record runs on for more than 64 MiB from here; is a closing quote missing?", line_);
      return false;
    }
    std::unique_ptr<char[]> bigger(new char[capacity_ * 2]);
    std::memcpy(bigger.get(), buf_.get(), end_);
    buf_ = std::move(bigger);
    capacity_ *= 2;
  }
  ssize_t n;
  do {
    n = ::read(fd_, buf_.get() + end_, capacity_ - end_);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    fail(std::string("cannot read: ") + std::strerror(errno), line_);
    return false;
  }
  if (n == 0) eof_ = true;
  end_ += static_cast<size_t>(n);
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  if (!error_.empty()) return false;
  if (!started_) {
    started_ = true;
    while (end_ < 3 && !eof_) {
      if (!readMore()) return false;
    }
    const unsigned char* b = reinterpret_cast<const unsigned char*>(buf_.get());
    if (end_ >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
      fail("the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\"", 1);
      return false;
    }
    if (end_ >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
      had_bom_ = true;
      begin_ = 3;
    }
  }
  for (;;) {
    if (begin_ == end_) {
      if (eof_) return false;
      if (!readMore()) return false;
      continue;
    }
    if (parseRecord(record) == Parse::kNeedMore) {
      if (!readMore()) return false;
      continue;
    }
    bool blank = true;
    for (std::string_view f : record.fields) blank = blank && f.empty();
    if (!blank || record.problem != CsvRecord::Problem::kNone) return true;
  }
}

// Parses the record at begin_. When the buffer ends before the record does,
// returns kNeedMore having consumed nothing: the caller reads on and the
// record is parsed again from its start, which keeps its bytes contiguous
// (for `raw`) at the cost of re-reading a fraction of one record per block.
CsvReader::Parse CsvReader::parseRecord(CsvRecord& record) {
  const char* b = buf_.get();
  size_t p = begin_;
  int64_t breaks = 0;
  spans_.clear();
  scratch_.clear();
  record.problem = CsvRecord::Problem::kNone;
  record.problem_field = 0;
  auto problem = [&](CsvRecord::Problem what, size_t field) {
    if (record.problem == CsvRecord::Problem::kNone) {
      record.problem = what;
      record.problem_field = field;
    }
  };

  for (;;) {  // one field per turn
    while (p < end_ && isBlank(b[p])) ++p;
    if (p == end_ && !eof_) return Parse::kNeedMore;
    if (p < end_ && b[p] == '"') {
      const size_t field = spans_.size();
      size_t seg = ++p;
      const size_t scratch_start = scratch_.size();
      bool in_scratch = false;
      size_t stop;
      for (;;) {
        const void* q = std::memchr(b + p, '"', end_ - p);
        stop = q ? static_cast<const char*>(q) - b : end_;
        breaks += countBreaks(b + p, b + stop);
        if (!q) {
          if (!eof_) return Parse::kNeedMore;
          problem(CsvRecord::Problem::kUnterminatedQuote, field);
          p = end_;
          break;
        }
        if (stop + 1 == end_ && !eof_) return Parse::kNeedMore;  // "" split by the block end?
        if (stop + 1 < end_ && b[stop + 1] == '"') {
          scratch_.append(b + seg, stop + 1 - seg);  // keeps one of the two quotes
          in_scratch = true;
          p = seg = stop + 2;
          continue;
        }
        p = stop + 1;
        break;
      }
      if (in_scratch) {
        scratch_.append(b + seg, stop - seg);
        spans_.push_back(Span{scratch_start, scratch_.size() - scratch_start, true});
      } else {
        spans_.push_back(Span{seg, stop - seg, false});
      }
      while (p < end_ && isBlank(b[p])) ++p;
      if (p < end_ && !endsField(b[p])) {
        problem(CsvRecord::Problem::kTextAfterQuote, field);  // the field keeps its quoted part
        while (p < end_ && !endsField(b[p])) ++p;
      }
      if (p == end_ && !eof_) return Parse::kNeedMore;
    } else {
      const size_t start = p;
      while (p < end_ && !endsField(b[p])) ++p;
      if (p == end_ && !eof_) return Parse::kNeedMore;
      size_t e = p;
      while (e > start && isBlank(b[e - 1])) --e;
      spans_.push_back(Span{start, e - start, false});
    }
    if (p < end_ && b[p] == ',') {
      ++p;
      continue;
    }
    break;  // a line break, or the end of the file
  }

  const size_t raw_end = p;
  if (p < end_) {
    if (b[p] == '\r') {
      if (p + 1 == end_ && !eof_) return Parse::kNeedMore;
      p += (p + 1 < end_ && b[p + 1] == '\n') ? 2 : 1;
    } else {
      ++p;
    }
  }

  record.line = line_;
  record.raw = std::string_view(b + begin_, raw_end - begin_);
  record.fields.resize(spans_.size());
  for (size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    record.fields[i] = std::string_view((s.in_scratch ? scratch_.data() : b) + s.offset, s.size);
  }
  line_ += breaks + 1;
  begin_ = p;
  return Parse::kRecord;
}

}  // namespace hc::ingest
