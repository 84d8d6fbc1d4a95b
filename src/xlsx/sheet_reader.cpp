#include "xlsx/sheet_reader.h"

#include <Poco/Exception.h>
#include <Poco/XML/XMLStreamParser.h>

#include <charconv>

#include "xlsx/number_formats.h"
#include "xlsx/xml_attributes.h"

namespace hc::xlsx {

using Poco::XML::XMLStreamParser;

namespace {

// A non-negative decimal number of at most 9 digits; -1 for anything else.
int64_t smallNumber(const std::string& text) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoll(text);
}

}  // namespace

SheetReader::SheetReader(std::string sheet_name, std::unique_ptr<PartStream> part, const SharedStrings& strings,
                         const Styles& styles, bool date1904)
    : sheet_name_(std::move(sheet_name)), part_(std::move(part)), strings_(strings), styles_(styles),
      date1904_(date1904) {
  try {
    parser_ = std::make_unique<XMLStreamParser>(part_->stream(), sheet_name_);
  } catch (const Poco::Exception& e) {
    fail("the sheet cannot be read: " + e.message());
  }
}

SheetReader::~SheetReader() = default;

void SheetReader::fail(std::string why) {
  if (error_.empty()) error_ = sheet_name_ + ": " + (part_ && !part_->why().empty() ? part_->why() : why);
  done_ = true;
}

bool SheetReader::next(Row& row) {
  if (done_) return false;
  try {
    for (XMLStreamParser::EventType e = parser_->next(); e != XMLStreamParser::EV_EOF; e = parser_->next()) {
      if (e != XMLStreamParser::EV_START_ELEMENT) continue;
      if (parser_->localName() != "row") {
        parser_->attributeMap();
        continue;
      }
      const int64_t number = smallNumber(attributeOf(*parser_, "r"));
      row.number = number > 0 ? number : last_row_ + 1;
      last_row_ = row.number;
      row.cells.clear();
      bool holds_something = false;
      for (e = parser_->next(); !(e == XMLStreamParser::EV_END_ELEMENT && parser_->localName() == "row");
           e = parser_->next()) {
        if (e == XMLStreamParser::EV_EOF) break;
        if (e != XMLStreamParser::EV_START_ELEMENT) continue;
        if (parser_->localName() != "c") {
          parser_->attributeMap();
          continue;
        }
        if (!readCell(row)) return false;
        holds_something = true;
      }
      if (holds_something) return true;
    }
    if (!part_->why().empty()) fail(part_->why());
  } catch (const Poco::Exception& e) {
    fail("the sheet's XML is malformed (" + e.message() + ")");
    return false;
  }
  done_ = true;
  return false;
}

// Reads one <c> element, its start just read, into its column of `row`.
bool SheetReader::readCell(Row& row) {
  size_t column = row.cells.size();
  int64_t at_row = row.number;
  const std::string& ref = attributeOf(*parser_, "r");
  if (!ref.empty() && !parseCellReference(ref, column, at_row)) {
    fail("a cell's reference '" + ref.substr(0, 20) + "' is not a cell reference");
    return false;
  }
  const std::string type = attributeOf(*parser_, "t");
  const int64_t style = smallNumber(attributeOf(*parser_, "s"));
  if (column >= row.cells.size()) row.cells.resize(column + 1);
  Cell& cell = row.cells[column];
  cell = Cell();
  value_.clear();
  inline_text_.clear();
  bool has_value = false, in_v = false, in_is = false, in_t = false;
  int phonetic_depth = 0;
  for (XMLStreamParser::EventType e = parser_->next(); !(e == XMLStreamParser::EV_END_ELEMENT &&
                                                         parser_->localName() == "c");
       e = parser_->next()) {
    if (e == XMLStreamParser::EV_EOF) break;
    if (e == XMLStreamParser::EV_START_ELEMENT) {
      parser_->attributeMap();
      const std::string& name = parser_->localName();
      if (name == "v") in_v = has_value = true;
      else if (name == "f") cell.formula = true;
      else if (name == "is") in_is = true;
      else if (name == "rPh") ++phonetic_depth;
      else if (name == "t") in_t = in_is && phonetic_depth == 0;
    } else if (e == XMLStreamParser::EV_END_ELEMENT) {
      const std::string& name = parser_->localName();
      if (name == "v") in_v = false;
      else if (name == "t") in_t = false;
      else if (name == "rPh" && phonetic_depth > 0) --phonetic_depth;
    } else if (e == XMLStreamParser::EV_CHARACTERS && (in_v || in_t)) {
      std::string& into = in_v ? value_ : inline_text_;
      into += parser_->value();
      if (into.size() > kMaxCellBytes) {
        fail(cellReference(sheet_name_, column, at_row) + " holds more than 1 MB of text: refused as oversized");
        return false;
      }
    }
  }
  if (cell.formula && !has_value && type != "inlineStr") {
    cell.formula_without_value = true;
    return true;
  }
  finishCell(cell, type, at_row, column);
  if (!error_.empty()) return false;
  if (style >= 0 && cell.kind == Cell::Kind::kNumber && styles_.isDate(static_cast<size_t>(style))) {
    if (const auto date = dateOfSerial(cell.number, date1904_)) {
      cell.kind = Cell::Kind::kDate;
      cell.date = date->date;
      cell.minute_of_day = date->minute_of_day;
    }
  }
  return true;
}

void SheetReader::finishCell(Cell& cell, const std::string& type, int64_t row, size_t column) {
  if (type == "s") {
    const int64_t index = smallNumber(value_);
    if (index < 0 || static_cast<size_t>(index) >= strings_.size()) {
      fail(cellReference(sheet_name_, column, row) + " points to shared string '" + value_.substr(0, 20) +
           "', which the workbook does not have");
      return;
    }
    cell.text = strings_.at(static_cast<size_t>(index));
    cell.kind = cell.text.empty() ? Cell::Kind::kEmpty : Cell::Kind::kText;
  } else if (type == "inlineStr" || type == "str") {
    cell.text = type == "str" ? value_ : inline_text_;
    cell.kind = cell.text.empty() ? Cell::Kind::kEmpty : Cell::Kind::kText;
  } else if (type == "b") {
    cell.kind = Cell::Kind::kBool;
    cell.number = value_ == "1" || value_ == "true" ? 1 : 0;
  } else if (type == "e") {
    cell.kind = Cell::Kind::kError;
    cell.text = value_;
  } else if (type == "d") {  // ISO 8601, written by few programs
    const auto date = Date::parse(std::string_view(value_).substr(0, 10));
    cell.kind = date ? Cell::Kind::kDate : Cell::Kind::kText;
    if (date) cell.date = *date;
    else cell.text = value_;
  } else if (!value_.empty()) {
    const char* end = value_.data() + value_.size();
    const auto parsed = std::from_chars(value_.data(), end, cell.number);
    cell.kind = parsed.ec == std::errc() && parsed.ptr == end ? Cell::Kind::kNumber : Cell::Kind::kText;
    if (cell.kind == Cell::Kind::kText) cell.text = value_;
  }
}

}  // namespace hc::xlsx
