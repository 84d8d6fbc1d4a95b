// The markup builder: text is escaped wherever it enters, markup only from
// literals and elements, and no URL attribute can carry a script.
#include <gtest/gtest.h>

#include "html/adopted_markup.h"
#include "html/element.h"
#include "html/html.h"

namespace hc::html {
namespace {

TEST(HtmlTest, TextIsEscapedHoweverItIsAdded) {
  Html h;
  h += "<b>";
  h += std::string("a&b");
  h += std::string_view("\"q'");
  EXPECT_EQ(h.str(), "&lt;b&gt;a&amp;b&quot;q&#39;");
  EXPECT_EQ(Html::text("<script>").str(), "&lt;script&gt;");
  EXPECT_EQ((Html::text("x") + "<y>").str(), "x&lt;y&gt;");
  EXPECT_EQ(("<y>" + Html::markup("<br>")).str(), "&lt;y&gt;<br>");
}

TEST(HtmlTest, MarkupLiteralsAndAdoptedMarkupAreKept) {
  EXPECT_EQ(Html::markup("<br>").str(), "<br>");
  EXPECT_EQ(adopt("<svg></svg>").str(), "<svg></svg>");
  EXPECT_TRUE(Html().empty());
}

TEST(ElementTest, AttributesAndTextAreEscaped) {
  const Html a = el("a").cls("govuk-link").attr("href", "/team?id=\"x\"&y").text("Lee & <Co>");
  EXPECT_EQ(a.str(), "<a class=\"govuk-link\" href=\"/team?id=&quot;x&quot;&amp;y\">Lee &amp; &lt;Co&gt;</a>");
}

TEST(ElementTest, AnAttributeValueCannotCloseItsQuotes) {
  const Html i = el("input").attr("value", "\" onfocus=\"alert(1)");
  EXPECT_EQ(i.str(), "<input value=\"&quot; onfocus=&quot;alert(1)\">");
}

TEST(ElementTest, VoidElementsHaveNoClosingTag) {
  EXPECT_EQ(el("input").attr("type", "radio").attr("checked").html().str(), "<input type=\"radio\" checked>");
  EXPECT_EQ(el("br").html().str(), "<br>");
  EXPECT_EQ(el("p").html().str(), "<p></p>");
}

TEST(ElementTest, EmptySvgShapesCloseThemselves) {
  EXPECT_EQ(el("line").attr("x1", "0").attr("stroke-dasharray", "6 4").html().str(),
            "<line x1=\"0\" stroke-dasharray=\"6 4\"/>");
  EXPECT_EQ(el("circle").attr("r", "3.5").html().str(), "<circle r=\"3.5\"/>");
  // With a child, a shape nests it: a point's <title> is its tooltip.
  EXPECT_EQ(el("path").attr("d", "M0 0").add(el("title").text("T & 1")).html().str(),
            "<path d=\"M0 0\"><title>T &amp; 1</title></path>");
  // Containers and text keep their closing tag, empty or not.
  EXPECT_EQ(el("g").cls("hc-key").html().str(), "<g class=\"hc-key\"></g>");
  EXPECT_EQ(el("text").attr("x", "1").text("a<b").html().str(), "<text x=\"1\">a&lt;b</text>");
}

TEST(ElementTest, SvgAttributesKeepTheirNamesAndEscapeTheirValues) {
  const Html svg = el("svg").attr("viewBox", "0 0 340 200").attr("aria-labelledby", "c-title c-desc")
                       .add(el("rect").attr("clip-path", "url(#c\"x)"));
  EXPECT_EQ(svg.str(), "<svg viewBox=\"0 0 340 200\" aria-labelledby=\"c-title c-desc\">"
                       "<rect clip-path=\"url(#c&quot;x)\"/></svg>");
  // An SVG link is a URL attribute like HTML's.
  EXPECT_EQ(el("a").attr("href", "javascript:x").add(el("circle")).html().str(), "<a href=\"#\"><circle/></a>");
}

TEST(ElementTest, ClassesAddUpAndConditionalsApply) {
  EXPECT_EQ(el("div").cls("a").cls("b").clsIf("c", false).clsIf("d", true).html().str(), "<div class=\"a b d\"></div>");
  EXPECT_EQ(el("option").attrIf("selected", false).attrIf("disabled", true).attr("tabindex", -1LL).html().str(),
            "<option disabled tabindex=\"-1\"></option>");
}

TEST(ElementTest, AttributesKeepTheOrderTheyWereGiven) {
  EXPECT_EQ(el("a").attr("href", "/b").cls("govuk-back-link").html().str(), "<a href=\"/b\" class=\"govuk-back-link\"></a>");
  EXPECT_EQ(el("th").attr("scope", "col").cls("x").attr("id", "h").cls("y").html().str(),
            "<th scope=\"col\" class=\"x y\" id=\"h\"></th>");
}

TEST(ElementTest, ChildrenNestInOrder) {
  const Html p = el("p").text("See ").add(el("a").attr("href", "/x").text("this")).text(".");
  EXPECT_EQ(p.str(), "<p>See <a href=\"/x\">this</a>.</p>");
  Html both = el("dt").text("k") + el("dd").text("v");
  EXPECT_EQ(both.str(), "<dt>k</dt><dd>v</dd>");
}

TEST(ElementTest, ScriptUrlsBecomeHarmless) {
  for (const char* url : {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x",
                          "data:text/html,<b>", "vbscript:x"}) {
    EXPECT_EQ(el("a").attr("href", url).html().str(), "<a href=\"#\"></a>") << url;
    EXPECT_EQ(el("form").attr("action", url).html().str(), "<form action=\"#\"></form>") << url;
  }
  for (const char* url : {"/dashboard?period=2026-Q3", "#main", "?a=b", "https://example.org/x", "mailto:a@b.c",
                          "team/T1:2"}) {
    EXPECT_NE(el("a").attr("href", url).html().str(), "<a href=\"#\"></a>") << url;
  }
  // Not a URL attribute: a colon is only text there.
  EXPECT_EQ(el("span").attr("title", "javascript:x").html().str(), "<span title=\"javascript:x\"></span>");
}

TEST(ElementTest, UrlEncodeKeepsUnreservedCharactersOnly) {
  EXPECT_EQ(urlEncode("Children's & Families"), "Children%27s%20%26%20Families");
  EXPECT_EQ(urlEncode("T-1_a.b~"), "T-1_a.b~");
  EXPECT_EQ(urlEncode("\xc3\xa9"), "%C3%A9");
}

}  // namespace
}  // namespace hc::html
