// Html: a fragment of markup that is safe by construction. Text added to
// it is escaped as it is added; markup only comes from Element (element.h),
// which escapes its attribute values and text too, or from a string literal
// written in our own source. So no value from a council's data, a survey
// answer or a request can become markup by accident, and no page code has
// an escapeHtml call to forget.
//
//   Html out;
//   out += "Teams: ";                      // text, escaped
//   out += team.name;                      // text, escaped: "A&amp;B"
//   out += Html::markup("<br>");           // a literal of our own: markup
//   out += el("strong").text(status);      // an element (element.h)
//
// Html::markup takes only string literals (an array of const char), so a
// std::string built at run time cannot be passed to it; the one way to
// bring in markup made elsewhere at run time is adopt() (adopted_markup.h),
// which is for the view layer's own renderers alone (scripts/check-views
// keeps it there).
//
// Thread-safety: a value type; distinct objects may be used concurrently.
#ifndef HC_HTML_HTML_H_
#define HC_HTML_HTML_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace hc::html {

class Html {
 public:
  Html() = default;

  // Markup written in our own source: Html::markup("<br>").
  template <size_t N>
  static Html markup(const char (&literal)[N]) {
    return Html(std::string(literal, N - 1));
  }
  // Plain text, escaped: Html::text("a<b").str() == "a&lt;b".
  static Html text(std::string_view text);

  Html& operator+=(const Html& other) {
    markup_ += other.markup_;
    return *this;
  }
  // Text, escaped.
  Html& operator+=(std::string_view text);
  Html& operator+=(const std::string& text) { return *this += std::string_view(text); }
  Html& operator+=(const char* text) { return *this += std::string_view(text); }

  // The markup, for writing to a response or a file.
  const std::string& str() const& { return markup_; }
  std::string str() && { return std::move(markup_); }
  bool empty() const { return markup_.empty(); }
  void reserve(size_t bytes) { markup_.reserve(bytes); }

 private:
  friend Html adopt(std::string markup);
  explicit Html(std::string markup) : markup_(std::move(markup)) {}

  std::string markup_;
};

Html operator+(Html left, const Html& right);
Html operator+(Html left, std::string_view text);
Html operator+(std::string_view text, const Html& right);

}  // namespace hc::html

#endif  // HC_HTML_HTML_H_
