// Attribute lookup by local name on Poco's XML pull parser, which keys its
// attribute map by qualified name: "r" finds r="F12", "id" finds r:id.
// Reading the map marks every attribute handled, so the parser does not
// complain of attributes the reader has no use for.
//
// Thread-safety: pure function over the caller's parser.
#ifndef HC_XLSX_XML_ATTRIBUTES_H_
#define HC_XLSX_XML_ATTRIBUTES_H_

#include <Poco/XML/XMLStreamParser.h>

#include <string>
#include <string_view>

namespace hc::xlsx {

// The value of the started element's attribute `name` (any namespace);
// "" when it has none.
const std::string& attributeOf(const Poco::XML::XMLStreamParser& parser, std::string_view name);

}  // namespace hc::xlsx

#endif  // HC_XLSX_XML_ATTRIBUTES_H_
