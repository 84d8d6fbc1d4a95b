// SharedStrings: the workbook's table of shared strings (xl/sharedStrings.xml),
// which cells of type "s" point into by index. Excel writes most text this
// way, so the table is read whole, once, and kept compact: one block of
// text and one offset per string, no allocation per string.
//
// Thread-safety: immutable once read; safe to share between readers.
#ifndef HC_XLSX_SHARED_STRINGS_H_
#define HC_XLSX_SHARED_STRINGS_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace hc::xlsx {

class SharedStrings {
 public:
  // Reads the part from `in`: each <si>'s text, rich-text runs joined,
  // phonetic guides (<rPh>) left out. False with `why` set when the XML is
  // malformed.
  bool read(std::istream& in, std::string& why);

  size_t size() const { return ends_.size(); }
  // String `index`; check index < size() first.
  std::string_view at(size_t index) const;

 private:
  std::string text_;
  std::vector<uint64_t> ends_;  // string i is text_[ends_[i-1], ends_[i])
};

}  // namespace hc::xlsx

#endif  // HC_XLSX_SHARED_STRINGS_H_
