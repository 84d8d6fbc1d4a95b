#include "xlsx/xml_attributes.h"

namespace hc::xlsx {

const std::string& attributeOf(const Poco::XML::XMLStreamParser& parser, std::string_view name) {
  static const std::string kNone;
  for (const auto& [qname, value] : parser.attributeMap()) {
    if (qname.localName() == name) return value.value;
  }
  return kNone;
}

}  // namespace hc::xlsx
