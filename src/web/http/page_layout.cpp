#include "web/http/page_layout.h"

#include "web/http/html.h"

namespace hc::web::http {

PageLayout::PageLayout(std::string council_name, std::string service_name)
    : council_name_(std::move(council_name)), service_name_(std::move(service_name)) {}

std::string PageLayout::render(const Page& page) const {
  const std::string council = escapeHtml(council_name_);
  std::string out;
  out.reserve(page.main_html.size() + 2048);
  out += "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  if (page.has_errors) out += "Error: ";
  out += escapeHtml(page.title) + " - " + escapeHtml(service_name_) + " - " + council + "</title>\n";
  out +=
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/app.css\">\n"
      "</head>\n<body class=\"govuk-template__body\">\n"
      "<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n"
      "<header class=\"govuk-header\" role=\"banner\">\n"
      "<div class=\"govuk-header__container govuk-width-container\">\n"
      "<div class=\"govuk-header__logo\"><span class=\"app-council-name\">" + council + "</span></div>\n"
      "<div class=\"govuk-header__content\"><span class=\"govuk-header__service-name\">" +
      escapeHtml(service_name_) + "</span></div>\n";
  if (page.header) out += siteHeaderHtml(*page.header);
  out += "</div>\n</header>\n<div class=\"govuk-width-container\">\n";
  out += breadcrumbsHtml(page.breadcrumbs);
  if (!page.back_link.empty())
    out += "<a href=\"" + escapeHtml(page.back_link) + "\" class=\"govuk-back-link\">Back</a>\n";
  out += "<main class=\"govuk-main-wrapper\" id=\"main-content\" role=\"main\" tabindex=\"-1\">\n";
  out += page.main_html;
  out += "\n</main>\n</div>\n<footer class=\"govuk-footer\" role=\"contentinfo\">\n<div class=\"govuk-width-container\">\n"
         "<p class=\"govuk-body-s\">" + council + "</p>\n</div>\n</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace hc::web::http
