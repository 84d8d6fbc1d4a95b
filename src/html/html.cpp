#include "html/html.h"

#include "core/html_escape.h"

namespace hc::html {

Html Html::text(std::string_view text) {
  Html h;
  h += text;
  return h;
}

Html& Html::operator+=(std::string_view text) {
  markup_ += escapeHtml(text);
  return *this;
}

Html operator+(Html left, const Html& right) {
  left += right;
  return left;
}

Html operator+(Html left, std::string_view text) {
  left += text;
  return left;
}

Html operator+(std::string_view text, const Html& right) {
  Html left = Html::text(text);
  left += right;
  return left;
}

}  // namespace hc::html
