// The GOV.UK Design System's form components as Html builders that follow
// its published markup, so that its CSS applies and its accessibility work
// carries over: error summary, radios, checkboxes, select, text input,
// textarea, file upload, button. Every string is plain text (escaped by
// html::Html); hints and errors are tied to their field with
// aria-describedby, and a field with an error gets the error class and
// message the Design System specifies.
//
//   govuk::select({"period", "Period", "", {{"2026-Q3", "2026-Q3"}}, "2026-Q3"})
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_GOVUK_FORM_H_
#define HC_WEB_VIEW_GOVUK_FORM_H_

#include <string>
#include <vector>

#include "html/html.h"

namespace hc::web::view::govuk {

using html::Html;

struct FieldError {
  std::string field_id;  // the id of the field's first input: the summary links to "#id"
  std::string message;
};

// "There is a problem" and a link to each field; focused on load
// (autofocus, no script) and announced as an alert. Empty for no errors.
Html errorSummary(const std::vector<FieldError>& errors);

struct Option {
  std::string value;
  std::string label;
  std::string hint;  // radios and checkboxes only; "" for none
  bool divider_before = false;  // radios: an "or" above it (a "none of these" answer)
  // Checkboxes only: the input's own name instead of the field's, as a form
  // keeps one value per name (http::Request); "" for the field's name.
  std::string input_name = "";
};

// How a field's label or legend reads: as the page's heading (a page of
// one question), or small, as one field among several; kRegular is the
// Design System's plain label, in body text (a sign-in form's).
// kVisuallyHidden: read by screen readers only, where a table's column
// heading already says what the field is (the thresholds table).
enum class LabelSize { kSmall, kMedium, kPageHeading, kRegular, kVisuallyHidden };

struct ChoiceField {
  std::string name;  // the form field name; the first input's id is the name too
  std::string legend;
  std::string hint;
  std::vector<Option> options;
  std::vector<std::string> checked;  // values checked (radios: at most one)
  std::string error;                 // "" for none
  bool inline_options = false;
  bool small = true;
  LabelSize legend_size = LabelSize::kSmall;
  // The first input's id and the others' prefix, when not `name`: several
  // groups posting one name ("team", a group per service) need their own.
  std::string id;
};
Html radios(const ChoiceField& field);
Html checkboxes(const ChoiceField& field);

// Options under a heading of a select (<optgroup label="Workload">).
struct OptionGroup {
  std::string label;
  std::vector<Option> options;
};

struct SelectField {
  std::string name;
  std::string label;
  std::string hint;
  std::vector<Option> options;
  std::string selected;
  std::string error;
  LabelSize label_size = LabelSize::kSmall;
  std::vector<OptionGroup> groups;  // after `options`, each under its heading
};
Html select(const SelectField& field);

struct InputField {
  std::string name;
  std::string label;
  std::string hint;
  std::string value;
  std::string error;
  std::string type = "text";      // text, email, password, date, number...
  std::string autocomplete;       // "" for none; "off", "username", "new-password"...
  std::string width_class;        // "govuk-input--width-10", or "" for full width
  std::string inputmode;          // "numeric" and the like, or ""
  bool spellcheck_off = false;
  LabelSize label_size = LabelSize::kSmall;
};
Html textInput(const InputField& field);

struct TextareaField {
  std::string name;
  std::string label;
  std::string hint;
  std::string value;
  std::string error;
  size_t max_length = 0;  // 0: no limit
  int rows = 5;
  // The label inside an <h2>, as a question on a page of several.
  bool label_as_heading = true;
};
Html textarea(const TextareaField& field);

struct FileUploadField {
  std::string name;
  std::string label;
  std::string hint;
  std::string error;
  std::string accept;  // ".csv,.xlsx", or ""
  bool multiple = false;
};
Html fileUpload(const FileUploadField& field);

// kStart: the start button of a service's first page ("Start now").
enum class ButtonKind { kPrimary, kSecondary, kWarning, kStart };
// A submit button; `name`/`value` are sent with the form when given.
Html button(const std::string& text, ButtonKind kind = ButtonKind::kPrimary, const std::string& name = "",
            const std::string& value = "");
// A link styled as a button ("Start now", "Download CSV").
Html buttonLink(const std::string& text, const std::string& href, ButtonKind kind = ButtonKind::kPrimary);

}  // namespace hc::web::view::govuk

#endif  // HC_WEB_VIEW_GOVUK_FORM_H_
