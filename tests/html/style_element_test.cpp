// The <style> element: a stylesheet goes in unescaped (its quoted strings
// must survive) and nothing in it can close the element.
#include <gtest/gtest.h>

#include "html/style_element.h"

namespace hc::html {
namespace {

TEST(StyleElementTest, KeepsTheStylesheetAsWritten) {
  EXPECT_EQ(styleElement("\na::after { content: \": \" & '>'; }\n").str(),
            "<style>\na::after { content: \": \" & '>'; }\n</style>");
}

TEST(StyleElementTest, NothingInTheStylesheetCanEndTheElement) {
  const std::string out = styleElement("p { content: \"</style><script>x()</script>\"; }").str();
  EXPECT_EQ(out, "<style>p { content: \"<\\/style><script>x()<\\/script>\"; }</style>");
  EXPECT_EQ(out.find("</style>"), out.size() - 8);  // only the element's own end
}

}  // namespace
}  // namespace hc::html
