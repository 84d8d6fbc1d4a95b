#include "html/element.h"

#include <cctype>
#include <cstring>

#include "core/html_escape.h"
#include "html/adopted_markup.h"

namespace hc::html {
namespace {

bool isVoid(const char* tag) {
  static const char* const kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                      "link", "meta", "source", "track", "wbr"};
  for (const char* v : kVoid)
    if (std::strcmp(v, tag) == 0) return true;
  return false;
}

// SVG's shapes and other elements that are often empty: written "<line .../>"
// when they have no children (a <title> inside one still nests), the form
// SVG is written in and the HTML parser accepts inside <svg>.
bool isSvgShape(const char* tag) {
  static const char* const kShapes[] = {"circle", "ellipse", "line", "path", "polygon", "polyline",
                                        "rect", "stop", "use"};
  for (const char* t : kShapes)
    if (std::strcmp(t, tag) == 0) return true;
  return false;
}

bool isUrlAttribute(const char* name) {
  static const char* const kUrl[] = {"href", "src", "action", "formaction", "xlink:href"};
  for (const char* u : kUrl)
    if (std::strcmp(u, name) == 0) return true;
  return false;
}

// A URL is safe when it has no scheme (a path, a query or a fragment) or
// one of ours. Browsers ignore tabs, newlines and leading spaces in a
// scheme ("java\tscript:"), so those are dropped before looking.
bool isSafeUrl(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == '\t' || c == '\n' || c == '\r' || (scheme.empty() && c == ' ')) continue;
    if (c == ':') {
      return scheme == "http" || scheme == "https" || scheme == "mailto";
    }
    if (c == '/' || c == '?' || c == '#') return true;
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return true;
}

}  // namespace

Element::Element(const char* tag) : tag_(tag) {}

Element& Element::attr(const char* name, std::string_view value) {
  attributes_ += ' ';
  attributes_ += name;
  attributes_ += "=\"";
  attributes_ += isUrlAttribute(name) && !isSafeUrl(value) ? "#" : escapeHtml(value);
  attributes_ += '"';
  return *this;
}

Element& Element::attr(const char* name) {
  attributes_ += ' ';
  attributes_ += name;
  return *this;
}

Element& Element::attrIf(const char* name, bool on) { return on ? attr(name) : *this; }

Element& Element::attr(const char* name, long long value) { return attr(name, std::to_string(value)); }

Element& Element::cls(std::string_view classes) {
  if (classes.empty()) return *this;
  if (classes_.empty()) class_at_ = attributes_.size();
  else classes_ += ' ';
  classes_ += escapeHtml(classes);
  return *this;
}

Element& Element::clsIf(std::string_view classes, bool on) { return on ? cls(classes) : *this; }

Element& Element::text(std::string_view text) {
  children_ += text;
  return *this;
}

Element& Element::add(const Html& child) {
  children_ += child;
  return *this;
}

Element& Element::add(const Element& child) { return add(child.html()); }

Html Element::html() const {
  std::string out;
  out.reserve(children_.str().size() + attributes_.size() + classes_.size() + 32);
  out += '<';
  out += tag_;
  if (classes_.empty()) {
    out += attributes_;
  } else {
    out.append(attributes_, 0, class_at_);
    out += " class=\"";
    out += classes_;
    out += '"';
    out.append(attributes_, class_at_, std::string::npos);
  }
  if (children_.empty() && isSvgShape(tag_)) {
    out += "/>";
    return adopt(std::move(out));
  }
  out += '>';
  if (!isVoid(tag_)) {
    out += children_.str();
    out += "</";
    out += tag_;
    out += '>';
  }
  return adopt(std::move(out));
}

Html operator+(Html left, const Element& right) {
  left += right.html();
  return left;
}

Html operator+(const Element& left, const Element& right) { return left.html() + right.html(); }

Html& operator+=(Html& left, const Element& right) { return left += right.html(); }

std::string urlEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace hc::html
