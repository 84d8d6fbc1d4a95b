#include "xlsx/shared_strings.h"

#include <Poco/Exception.h>
#include <Poco/XML/XMLStreamParser.h>

namespace hc::xlsx {

using Poco::XML::XMLStreamParser;

bool SharedStrings::read(std::istream& in, std::string& why) {
  try {
    XMLStreamParser parser(in, "sharedStrings.xml");
    bool in_si = false, in_t = false;
    int phonetic_depth = 0;
    for (XMLStreamParser::EventType e = parser.next(); e != XMLStreamParser::EV_EOF; e = parser.next()) {
      if (e == XMLStreamParser::EV_START_ELEMENT) {
        parser.attributeMap();  // attributes are of no use here
        const std::string& name = parser.localName();
        if (name == "si") in_si = true;
        else if (name == "rPh") ++phonetic_depth;
        else if (name == "t") in_t = in_si && phonetic_depth == 0;
      } else if (e == XMLStreamParser::EV_END_ELEMENT) {
        const std::string& name = parser.localName();
        if (name == "si" && in_si) {
          ends_.push_back(text_.size());
          in_si = false;
        } else if (name == "rPh" && phonetic_depth > 0) {
          --phonetic_depth;
        } else if (name == "t") {
          in_t = false;
        }
      } else if (e == XMLStreamParser::EV_CHARACTERS && in_t) {
        text_ += parser.value();
      }
    }
  } catch (const Poco::Exception& e) {
    why = "the shared strings are not valid XML: " + e.message();
    return false;
  }
  return true;
}

std::string_view SharedStrings::at(size_t index) const {
  const uint64_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(text_).substr(begin, ends_[index] - begin);
}

}  // namespace hc::xlsx
