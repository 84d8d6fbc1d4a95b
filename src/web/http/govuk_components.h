// The GOV.UK Design System components the forms use, as HTML builders that
// follow the Design System's published markup (so its CSS applies and its
// accessibility work carries over): error summary, radios in a fieldset
// with a legend, textarea with label and hint, button, summary list
// ('check your answers'), panel. Every text argument is plain text and is
// escaped here; arguments named *_html are trusted markup.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_HTTP_GOVUK_COMPONENTS_H_
#define HC_WEB_HTTP_GOVUK_COMPONENTS_H_

#include <string>
#include <vector>

namespace hc::web::http::govuk {

struct FieldError {
  std::string field_id;  // the id of the first input of the field: the summary links to "#id"
  std::string message;
};

// "There is a problem" and a list of links to the fields; focused on load
// (autofocus, no script) and announced as an alert.
std::string errorSummary(const std::vector<FieldError>& errors);

struct RadioOption {
  std::string value;
  std::string label;
};

struct RadiosField {
  std::string name;     // the form field name; the first radio's id is the name too
  std::string legend;
  std::string hint;
  std::vector<RadioOption> options;
  std::string checked;  // value checked, "" for none
  std::string error;    // "" for none
  bool inline_options = false;
};
std::string radios(const RadiosField& field);

struct TextareaField {
  std::string name;
  std::string label;
  std::string hint;
  std::string value;
  std::string error;
  size_t max_length = 0;  // 0: no limit shown
  int rows = 5;
};
std::string textarea(const TextareaField& field);

std::string button(const std::string& text);
// <span class="govuk-caption-l">caption</span><h1 class="govuk-heading-l">
std::string heading(const std::string& caption, const std::string& text);

struct SummaryRow {
  std::string key;
  std::string value;
  std::string change_href;   // "" for no Change link
  std::string change_hidden; // visually hidden end of "Change": "your answer to question 3"
  std::string change_id;     // id of the Change link, for an error summary to point at; "" for none
};
std::string summaryList(const std::vector<SummaryRow>& rows);

std::string panel(const std::string& title, const std::string& body);

}  // namespace hc::web::http::govuk

#endif  // HC_WEB_HTTP_GOVUK_COMPONENTS_H_
