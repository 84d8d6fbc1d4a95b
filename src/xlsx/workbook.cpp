#include "xlsx/workbook.h"

#include <Poco/Exception.h>
#include <Poco/XML/XMLStreamParser.h>

#include <map>
#include <sstream>

#include "xlsx/xml_attributes.h"

namespace hc::xlsx {

using Poco::XML::XMLStreamParser;

namespace {

// A relationship's target as a part name: "worksheets/sheet1.xml" from
// xl/workbook.xml is "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is
// absolute.
std::string partName(const std::string& base_folder, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string folder = base_folder;
  std::string rest = target;
  while (rest.compare(0, 3, "../") == 0) {
    rest = rest.substr(3);
    const size_t slash = folder.find_last_of('/', folder.size() >= 2 ? folder.size() - 2 : 0);
    folder = slash == std::string::npos ? "" : folder.substr(0, slash + 1);
  }
  return folder + rest;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Workbook::Workbook(const std::string& path, const Limits& limits) : package_(path, limits) {
  if (!package_.error().empty()) {
    error_ = package_.error();
    return;
  }
  const std::string workbook_part = "xl/workbook.xml";
  if (!package_.hasPart(workbook_part)) {
    error_ = "not an Excel workbook (.xlsx): the package has no xl/workbook.xml (an .xls or .ods file? save it "
             "as Excel Workbook .xlsx)";
    return;
  }
  if (!readWorkbook(workbook_part) || !readRelationships("xl/_rels/workbook.xml.rels")) return;
  std::string why;
  if (!shared_strings_part_.empty() && package_.hasPart(shared_strings_part_)) {
    auto part = package_.openPart(shared_strings_part_, true, why);
    if (!part || !shared_strings_.read(part->stream(), why) || !part->why().empty()) {
      error_ = part && !part->why().empty() ? part->why() : why;
      return;
    }
  }
  if (!styles_part_.empty() && package_.hasPart(styles_part_)) {
    auto part = package_.openPart(styles_part_, true, why);
    if (!part || !styles_.read(part->stream(), why) || !part->why().empty()) {
      error_ = part && !part->why().empty() ? part->why() : why;
      return;
    }
  }
}

bool Workbook::readWorkbook(const std::string& part) {
  std::string xml;
  if (!package_.readPart(part, xml, error_)) return false;
  try {
    XMLStreamParser parser(xml.data(), xml.size(), part);
    for (XMLStreamParser::EventType e = parser.next(); e != XMLStreamParser::EV_EOF; e = parser.next()) {
      if (e != XMLStreamParser::EV_START_ELEMENT) continue;
      const std::string& name = parser.localName();
      if (name == "workbookPr") {
        const std::string& flag = attributeOf(parser, "date1904");
        date1904_ = flag == "1" || flag == "true";
      } else if (name == "sheet") {
        sheet_names_.push_back(attributeOf(parser, "name"));
        sheet_rel_ids_.push_back(attributeOf(parser, "id"));
      } else {
        parser.attributeMap();
      }
    }
  } catch (const Poco::Exception& e) {
    error_ = "the workbook part is not valid XML: " + e.message();
    return false;
  }
  return true;
}

bool Workbook::readRelationships(const std::string& part) {
  std::string xml;
  if (!package_.readPart(part, xml, error_)) return false;
  std::map<std::string, std::string> target_of;
  try {
    XMLStreamParser parser(xml.data(), xml.size(), part);
    for (XMLStreamParser::EventType e = parser.next(); e != XMLStreamParser::EV_EOF; e = parser.next()) {
      if (e != XMLStreamParser::EV_START_ELEMENT) continue;
      if (parser.localName() != "Relationship") {
        parser.attributeMap();
        continue;
      }
      const std::string target = partName("xl/", attributeOf(parser, "Target"));
      const std::string& type = attributeOf(parser, "Type");
      target_of[attributeOf(parser, "Id")] = target;
      if (endsWith(type, "/sharedStrings")) shared_strings_part_ = target;
      if (endsWith(type, "/styles")) styles_part_ = target;
    }
  } catch (const Poco::Exception& e) {
    error_ = "the workbook's relationships are not valid XML: " + e.message();
    return false;
  }
  for (size_t i = 0; i < sheet_names_.size(); ++i) {
    const auto found = target_of.find(sheet_rel_ids_[i]);
    sheet_parts_.push_back(found == target_of.end() ? std::string() : found->second);
  }
  return true;
}

std::unique_ptr<SheetReader> Workbook::openSheet(size_t index) {
  std::string why = "the workbook lists the sheet but does not hold it";
  std::unique_ptr<PartStream> part;
  if (error_.empty() && index < sheet_parts_.size() && !sheet_parts_[index].empty())
    part = package_.openPart(sheet_parts_[index], false, why);
  const std::string name = index < sheet_names_.size() ? sheet_names_[index] : "sheet " + std::to_string(index + 1);
  if (!part) {
    struct Missing : PartStream {
      explicit Missing(std::string w) : why_(std::move(w)) {}
      std::istream& stream() override { return in_; }
      const std::string& why() const override { return why_; }
      std::istringstream in_;
      std::string why_;
    };
    part = std::make_unique<Missing>(why);
  }
  return std::make_unique<SheetReader>(name, std::move(part), shared_strings_, styles_, date1904_);
}

}  // namespace hc::xlsx
