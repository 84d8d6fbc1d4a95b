#include "web/view/page_layout.h"

#include "html/element.h"

namespace hc::web::view {

using html::el;
using html::Html;

PageLayout::PageLayout(std::string council_name, std::string service_name)
    : council_name_(std::move(council_name)), service_name_(std::move(service_name)) {}

std::string PageLayout::councilName() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return council_name_;
}

void PageLayout::setCouncilName(std::string name) {
  std::lock_guard<std::mutex> lock(mutex_);
  council_name_ = std::move(name);
}

std::string PageLayout::render(const Page& page) const {
  const std::string council = councilName();  // one name for the whole page, however it is renamed meanwhile
  Html head = el("meta").attr("charset", "utf-8").html() + "\n";
  if (page.refresh_seconds > 0)
    head += el("meta").attr("http-equiv", "refresh").attr("content", page.refresh_seconds).html() + "\n";
  head += el("title").text((page.has_errors ? "Error: " : "") + page.title + " - " + service_name_ + " - " + council);
  head += Html::markup(
      "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/app.css\">\n");

  Html header_content = el("div").cls("govuk-header__logo").add(el("span").cls("app-council-name").text(council));
  header_content += "\n";
  header_content += el("div").cls("govuk-header__content").add(el("span").cls("govuk-header__service-name").text(service_name_));
  header_content += "\n";
  if (page.header) header_content += siteHeaderNav(*page.header);

  Html container = breadcrumbs(page.breadcrumbs);
  if (!page.back_link.empty()) container += el("a").attr("href", page.back_link).cls("govuk-back-link").text("Back").html() + "\n";
  container += el("main").cls("govuk-main-wrapper").id("main-content").attr("role", "main").attr("tabindex", "-1")
                   .text("\n").add(page.main).text("\n");

  Html body = el("a").attr("href", "#main-content").cls("govuk-skip-link").text("Skip to main content").html() + "\n";
  body += el("header").cls("govuk-header").attr("role", "banner")
              .text("\n").add(el("div").cls("govuk-header__container govuk-width-container").text("\n").add(header_content));
  body += "\n";
  body += el("div").cls("govuk-width-container").text("\n").add(container);
  body += "\n";
  body += el("footer").cls("govuk-footer").attr("role", "contentinfo")
              .text("\n").add(el("div").cls("govuk-width-container").text("\n")
                                  .add(el("p").cls("govuk-body-s").text(council)).text("\n"));
  body += "\n";

  std::string out = "<!DOCTYPE html>\n";
  out += el("html").attr("lang", "en").cls("govuk-template")
             .text("\n").add(el("head").text("\n").add(head)).text("\n")
             .add(el("body").cls("govuk-template__body").text("\n").add(body)).text("\n").html().str();
  return out + "\n";
}

}  // namespace hc::web::view
