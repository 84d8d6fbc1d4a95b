// Styles: which of the workbook's cell formats (xl/styles.xml, <cellXfs>)
// show numbers as dates, the only thing the reader needs from them. A cell's
// s="N" attribute is an index into this list.
//
// Thread-safety: immutable once read; safe to share between readers.
#ifndef HC_XLSX_STYLES_H_
#define HC_XLSX_STYLES_H_

#include <istream>
#include <string>
#include <vector>

namespace hc::xlsx {

class Styles {
 public:
  // Reads the part from `in`. False with `why` set when the XML is malformed.
  bool read(std::istream& in, std::string& why);

  // True when cell format `index` shows a date; false for unknown indexes.
  bool isDate(size_t index) const { return index < date_.size() && date_[index]; }

 private:
  std::vector<bool> date_;
};

}  // namespace hc::xlsx

#endif  // HC_XLSX_STYLES_H_
