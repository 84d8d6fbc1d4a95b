// The web foundation's parts: escaping, routing, CSRF, layout, stylesheets.
#include <gtest/gtest.h>

#include "web/http/csrf.h"
#include "web/http/hmac_sha256.h"
#include "core/html_escape.h"
#include "web/view/govuk_content.h"
#include "web/http/log_redaction.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"
#include "web/http/static_files.h"

namespace hc::web {
namespace {

TEST(Html, EscapesTextAndAttributes) {
  EXPECT_EQ(hc::escapeHtml("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  EXPECT_EQ(view::govuk::paragraphs("One <b>\n\nTwo").str(), "<p class=\"govuk-body\">One &lt;b&gt;</p>\n<p class=\"govuk-body\">Two</p>\n");
}

TEST(Router, MatchesCapturesAndFilters) {
  http::Router router;
  router.get("/s/{token}/{n}", [](http::Request& r) { return http::Response::text(200, r.param("token") + ":" + r.param("n")); });
  router.get("/admin", [](http::Request&) { return http::Response::text(200, "secret"); }, "director");
  std::string route;
  http::Request get{"GET", "/s/abc/2"};
  EXPECT_EQ(router.dispatch(get, route).body, "abc:2");
  EXPECT_EQ(route, "/s/{token}/{n}") << "the log sees the pattern, not the token";
  http::Request post{"POST", "/s/abc/2"};
  EXPECT_EQ(router.dispatch(post, route).status, 405);
  http::Request missing{"GET", "/s/abc"};
  EXPECT_EQ(router.dispatch(missing, route).status, 404);
  // The authentication hook: a filter sees each route's access tag.
  router.setFilter([](http::Request&, const http::Route& r) -> std::optional<http::Response> {
    if (r.access != "public") return http::Response::text(403, "sign in first");
    return std::nullopt;
  });
  http::Request admin{"GET", "/admin"};
  EXPECT_EQ(router.dispatch(admin, route).status, 403);
  EXPECT_EQ(router.dispatch(get, route).status, 200);
}

TEST(Csrf, TokenMatchesOnlyItsCookieAndScope) {
  const http::CsrfProtection csrf("a-secret-of-at-least-32-characters");
  http::Request first{"GET", "/"};
  http::Response response;
  const std::string cookie = csrf.cookieFor(first, response);
  EXPECT_EQ(response.header("Set-Cookie"), "hc_csrf=" + cookie + "; Path=/; HttpOnly; SameSite=Lax");
  http::Request post{"POST", "/"};
  post.cookies["hc_csrf"] = cookie;
  post.form["csrf"] = csrf.tokenFor(cookie, "link-1");
  EXPECT_TRUE(csrf.verify(post, "link-1"));
  EXPECT_FALSE(csrf.verify(post, "link-2"));
  post.cookies["hc_csrf"] = std::string(32, 'a');
  EXPECT_FALSE(csrf.verify(post, "link-1"));
  post.cookies.clear();
  EXPECT_FALSE(csrf.verify(post, "link-1"));
  EXPECT_FALSE(http::CsrfProtection("another-secret-of-32-characters-x").verify(http::Request{"POST", "/", {}, {{"csrf", csrf.tokenFor(cookie, "x")}},
                                                      {{"hc_csrf", cookie}}},
                                              "x"));
}

TEST(HmacSha256, MatchesRfc4231) {
  // RFC 4231 test cases 2 (a short key) and 6 (a key longer than a block).
  EXPECT_EQ(http::HmacSha256("Jefe").hex("what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  const http::HmacSha256 long_key(std::string(131, '\xaa'));
  EXPECT_EQ(long_key.hex("Test Using Larger Than Block-Size Key - Hash Key First"),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  EXPECT_EQ(long_key.hex("Test Using Larger Than Block-Size Key - Hash Key First"),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
      << "the keyed state is reused, not consumed";
}

TEST(LogRedaction, TakesOutQuotedTextAndTokenShapedRuns) {
  EXPECT_EQ(http::redactForLog("GET /s/{token}/{n} 200 1.5 ms"), "GET /s/{token}/{n} 200 1.5 ms");
  EXPECT_EQ(http::redactForLog("error in /s/{token}/{n}: MySQL: Duplicate entry '0123abcd-wl3' for key 'PRIMARY'"),
            "error in /s/{token}/{n}: MySQL: Duplicate entry '[redacted]' for key '[redacted]'");
  EXPECT_EQ(http::redactForLog("bad link 0123456789abcdef0123456789abcdef at /s/x"), "bad link [redacted] at /s/x");
  EXPECT_EQ(http::redactForLog("value \"I am thinking of leaving"), "value \"[redacted]");
  EXPECT_EQ(http::redactForLog("survey_drafts.token_hash"), "survey_drafts.token_hash");
}

TEST(PageLayout, FollowsTheTemplateWithTheCouncilsNameNotGovUk) {
  const view::PageLayout layout("Northshire <Council>", "Health check");
  const std::string html = layout.render(view::Page{"Question page", html::Html::markup("<p>hi</p>"), "/back", true});
  EXPECT_NE(html.find("<html lang=\"en\" class=\"govuk-template\">"), std::string::npos);
  EXPECT_NE(html.find("<title>Error: Question page - Health check - Northshire &lt;Council&gt;</title>"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>"), std::string::npos);
  EXPECT_NE(html.find("<main class=\"govuk-main-wrapper\" id=\"main-content\""), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/back\" class=\"govuk-back-link\">Back</a>"), std::string::npos);
  EXPECT_NE(html.find("width=device-width"), std::string::npos);
  EXPECT_EQ(html.find("GOV.UK"), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos) << "no crown";
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(StaticFiles, ServesGovukCssWithoutTheGovukFont) {
  EXPECT_EQ(http::StaticFiles::withoutGovukFont(
                "a{x:1}@font-face{font-family:GDS Transport;src:url(/f.woff2)}b{font-family:GDS Transport,arial,sans-serif}"),
            "a{x:1}b{font-family:arial,sans-serif}");
  const http::StaticFiles files(std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk");
  auto css = files.serve("/assets/govuk-frontend.min.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  EXPECT_GT(css->body.size(), 50000u);
  EXPECT_EQ(css->body.find("GDS Transport"), std::string::npos);
  EXPECT_EQ(css->body.find("@font-face"), std::string::npos);
  EXPECT_TRUE(files.serve("/assets/app.css"));
  EXPECT_FALSE(files.serve("/assets/fonts/bold-b542beb274-v2.woff2"));
  EXPECT_FALSE(files.serve("/assets/../../etc/passwd"));
}

}  // namespace
}  // namespace hc::web
