// Element: one HTML or SVG element, built in code and rendered as an Html
// fragment. The tag and attribute names are string literals of ours; every
// attribute value and every piece of text is escaped as it is added, and
// children are Html (or other Elements), so markup can only be asked for,
// never slip in.
//
//   el("a").cls("govuk-link").attr("href", "/dashboard/team/" + id).text(team.name)
//     -> <a class="govuk-link" href="/dashboard/team/T%201">Lee &amp; Co</a>
//
// Void elements (input, br, img, meta, link, hr, and the like) render with no
// closing tag and take no children. SVG's shapes (line, path, circle, rect
// and the like) with no children close themselves: <line x1="0" .../>.
// SVG's attribute names (viewBox, stroke-dasharray, clip-path) are names
// like any other; a number is given as its text, so the caller says how
// many decimals a coordinate has. A URL attribute (href, src, action,
// formaction, xlink:href) whose value names a scheme other than http,
// https or mailto renders as "#": no "javascript:" link can be made from
// data, however it is spelled.
//
// Thread-safety: a value type; distinct objects may be used concurrently.
#ifndef HC_HTML_ELEMENT_H_
#define HC_HTML_ELEMENT_H_

#include <string>
#include <string_view>

#include "html/html.h"

namespace hc::html {

class Element {
 public:
  explicit Element(const char* tag);

  // name="value", value escaped. Names are literals of ours.
  Element& attr(const char* name, std::string_view value);
  // A boolean attribute: attr("checked") -> ` checked`.
  Element& attr(const char* name);
  // The attribute when `on`, otherwise nothing: attrIf("checked", selected).
  Element& attrIf(const char* name, bool on);
  Element& attr(const char* name, long long value);
  Element& id(std::string_view value) { return attr("id", value); }
  // class="..."; a second call adds to the first: cls("a").cls("b") -> class="a b".
  // Attributes render in the order they were first given.
  Element& cls(std::string_view classes);
  // The class when `on`: cls("govuk-table").clsIf("app-narrow", narrow).
  Element& clsIf(std::string_view classes, bool on);

  // Children, in order. Text is escaped.
  Element& text(std::string_view text);
  Element& add(const Html& child);
  Element& add(const Element& child);

  Html html() const;
  operator Html() const { return html(); }  // NOLINT: an element is a fragment

 private:
  const char* tag_;
  std::string attributes_;  // rendered: ` name="value"`...
  // The classes, rendered at class_at_ in attributes_ (where cls() was
  // first called), so attributes come out in the order they were given.
  std::string classes_;
  size_t class_at_ = 0;
  Html children_;
};

// el("p").cls("govuk-body").text("Hello") reads as the markup it makes.
inline Element el(const char* tag) { return Element(tag); }

// Html + Element, and Element + Element, as fragments side by side.
Html operator+(Html left, const Element& right);
Html operator+(const Element& left, const Element& right);
Html& operator+=(Html& left, const Element& right);

// Percent-encoding for a query value or path segment: "Children's" ->
// "Children%27s" (letters, digits and -_.~ kept).
std::string urlEncode(std::string_view text);

}  // namespace hc::html

#endif  // HC_HTML_ELEMENT_H_
