#include "html/style_element.h"

#include <string>

#include "html/adopted_markup.h"

namespace hc::html {

Html styleElement(std::string_view css) {
  std::string out = "<style>";
  for (size_t i = 0; i < css.size(); ++i) {
    out += css[i];
    if (css[i] == '<' && i + 1 < css.size() && css[i + 1] == '/') out += '\\';
  }
  out += "</style>";
  return adopt(std::move(out));
}

}  // namespace hc::html
