#include "web/http/govuk_components.h"

#include "web/http/html.h"

namespace hc::web::http::govuk {

std::string errorSummary(const std::vector<FieldError>& errors) {
  if (errors.empty()) return "";
  std::string out =
      "<div class=\"govuk-error-summary\" tabindex=\"-1\" autofocus>\n<div role=\"alert\">\n"
      "<h2 class=\"govuk-error-summary__title\">There is a problem</h2>\n<div class=\"govuk-error-summary__body\">\n"
      "<ul class=\"govuk-list govuk-error-summary__list\">\n";
  for (const auto& e : errors)
    out += "<li><a href=\"#" + escapeHtml(e.field_id) + "\">" + escapeHtml(e.message) + "</a></li>\n";
  return out + "</ul>\n</div>\n</div>\n</div>\n";
}

namespace {

std::string errorMessage(const std::string& id, const std::string& error) {
  if (error.empty()) return "";
  return "<p id=\"" + id + "-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " +
         escapeHtml(error) + "</p>\n";
}

std::string describedBy(const std::string& id, const std::string& hint, const std::string& error) {
  std::string ids = (hint.empty() ? "" : id + "-hint") + (error.empty() ? "" : (hint.empty() ? "" : " ") + id + "-error");
  return ids.empty() ? "" : " aria-describedby=\"" + ids + "\"";
}

}  // namespace

std::string radios(const RadiosField& f) {
  const std::string id = escapeHtml(f.name);
  std::string out = "<div class=\"govuk-form-group" + std::string(f.error.empty() ? "" : " govuk-form-group--error") +
                    "\">\n<fieldset class=\"govuk-fieldset\"" + describedBy(id, f.hint, f.error) + ">\n" +
                    "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">" + escapeHtml(f.legend) +
                    "</legend>\n";
  if (!f.hint.empty()) out += "<div id=\"" + id + "-hint\" class=\"govuk-hint\">" + escapeHtml(f.hint) + "</div>\n";
  out += errorMessage(id, f.error);
  out += "<div class=\"govuk-radios govuk-radios--small" + std::string(f.inline_options ? " govuk-radios--inline" : "") +
         "\">\n";
  for (size_t i = 0; i < f.options.size(); ++i) {
    const std::string input_id = i == 0 ? id : id + "-" + std::to_string(i + 1);
    const auto& o = f.options[i];
    out += "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"" + input_id + "\" name=\"" + id +
           "\" type=\"radio\" value=\"" + escapeHtml(o.value) + "\"" + (o.value == f.checked ? " checked" : "") +
           "><label class=\"govuk-label govuk-radios__label\" for=\"" + input_id + "\">" + escapeHtml(o.label) +
           "</label></div>\n";
  }
  return out + "</div>\n</fieldset>\n</div>\n";
}

std::string textarea(const TextareaField& f) {
  const std::string id = escapeHtml(f.name);
  std::string out = "<div class=\"govuk-form-group" + std::string(f.error.empty() ? "" : " govuk-form-group--error") +
                    "\">\n<h2 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--s\" for=\"" + id +
                    "\">" + escapeHtml(f.label) + "</label></h2>\n";
  if (!f.hint.empty()) out += "<div id=\"" + id + "-hint\" class=\"govuk-hint\">" + escapeHtml(f.hint) + "</div>\n";
  out += errorMessage(id, f.error);
  out += "<textarea class=\"govuk-textarea" + std::string(f.error.empty() ? "" : " govuk-textarea--error") + "\" id=\"" +
         id + "\" name=\"" + id + "\" rows=\"" + std::to_string(f.rows) + "\"" + describedBy(id, f.hint, f.error) +
         (f.max_length ? " maxlength=\"" + std::to_string(f.max_length) + "\"" : "") + ">" + escapeHtml(f.value) +
         "</textarea>\n</div>\n";
  return out;
}

std::string button(const std::string& text) {
  return "<button type=\"submit\" class=\"govuk-button\">" + escapeHtml(text) + "</button>\n";
}

std::string heading(const std::string& caption, const std::string& text) {
  return (caption.empty() ? "" : "<span class=\"govuk-caption-l\">" + escapeHtml(caption) + "</span>\n") +
         "<h1 class=\"govuk-heading-l\">" + escapeHtml(text) + "</h1>\n";
}

std::string summaryList(const std::vector<SummaryRow>& rows) {
  std::string out = "<dl class=\"govuk-summary-list\">\n";
  for (const auto& r : rows) {
    out += "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">" + escapeHtml(r.key) +
           "</dt><dd class=\"govuk-summary-list__value\">" + escapeHtml(r.value) + "</dd>";
    if (!r.change_href.empty())
      out += "<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\"" +
             (r.change_id.empty() ? "" : " id=\"" + escapeHtml(r.change_id) + "\"") + " href=\"" + escapeHtml(r.change_href) +
             "\">Change<span class=\"govuk-visually-hidden\"> " + escapeHtml(r.change_hidden) + "</span></a></dd>";
    out += "</div>\n";
  }
  return out + "</dl>\n";
}

std::string panel(const std::string& title, const std::string& body) {
  return "<div class=\"govuk-panel govuk-panel--confirmation\">\n<h1 class=\"govuk-panel__title\">" + escapeHtml(title) +
         "</h1>\n<div class=\"govuk-panel__body\">" + escapeHtml(body) + "</div>\n</div>\n";
}

}  // namespace hc::web::http::govuk
