#include "xlsx/styles.h"

#include <Poco/Exception.h>
#include <Poco/XML/XMLStreamParser.h>

#include <cstdlib>
#include <map>

#include "xlsx/number_formats.h"
#include "xlsx/xml_attributes.h"

namespace hc::xlsx {

using Poco::XML::XMLStreamParser;

namespace {

int numberOf(const std::string& text) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::atoi(text.c_str());
}

}  // namespace

bool Styles::read(std::istream& in, std::string& why) {
  try {
    XMLStreamParser parser(in, "styles.xml");
    std::map<int, bool> custom_is_date;  // numFmtId -> shows a date
    std::vector<int> format_of_xf;
    bool in_cell_xfs = false;
    for (XMLStreamParser::EventType e = parser.next(); e != XMLStreamParser::EV_EOF; e = parser.next()) {
      if (e == XMLStreamParser::EV_START_ELEMENT) {
        const std::string& name = parser.localName();
        if (name == "numFmt") {
          const int id = numberOf(attributeOf(parser, "numFmtId"));
          if (id >= 0) custom_is_date[id] = isDateFormatCode(attributeOf(parser, "formatCode"));
        } else if (name == "cellXfs") {
          parser.attributeMap();
          in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
          format_of_xf.push_back(numberOf(attributeOf(parser, "numFmtId")));
        } else {
          parser.attributeMap();
        }
      } else if (e == XMLStreamParser::EV_END_ELEMENT && parser.localName() == "cellXfs") {
        in_cell_xfs = false;
      }
    }
    for (int id : format_of_xf) {
      const auto custom = custom_is_date.find(id);
      date_.push_back(custom != custom_is_date.end() ? custom->second : isBuiltInDateFormat(id));
    }
  } catch (const Poco::Exception& e) {
    why = "the styles are not valid XML: " + e.message();
    return false;
  }
  return true;
}

}  // namespace hc::xlsx
