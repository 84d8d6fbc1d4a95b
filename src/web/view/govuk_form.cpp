#include "web/view/govuk_form.h"

#include "html/element.h"

namespace hc::web::view::govuk {
namespace {

using html::el;
using html::Element;

Html errorMessage(const std::string& id, const std::string& error) {
  if (error.empty()) return {};
  return el("p").id(id + "-error").cls("govuk-error-message")
      .add(el("span").cls("govuk-visually-hidden").text("Error:")).text(" " + error);
}

Html hintOf(const std::string& id, const std::string& hint) {
  if (hint.empty()) return {};
  return el("div").id(id + "-hint").cls("govuk-hint").text(hint);
}

// aria-describedby of a field: its hint, then its error.
Element& describedBy(Element& e, const std::string& id, const std::string& hint, const std::string& error) {
  std::string ids = hint.empty() ? "" : id + "-hint";
  if (!error.empty()) ids += (ids.empty() ? "" : " ") + id + "-error";
  if (!ids.empty()) e.attr("aria-describedby", ids);
  return e;
}

Element formGroup(const std::string& error) {
  Element group = el("div");
  group.cls("govuk-form-group").clsIf("govuk-form-group--error", !error.empty());
  return group;
}

const char* labelClass(LabelSize size) {
  switch (size) {
    case LabelSize::kPageHeading: return "govuk-label govuk-label--l";
    case LabelSize::kMedium: return "govuk-label govuk-label--m";
    case LabelSize::kRegular: return "govuk-label";
    case LabelSize::kVisuallyHidden: return "govuk-label govuk-visually-hidden";
    case LabelSize::kSmall: break;
  }
  return "govuk-label govuk-label--s";
}

// A label, inside an <h1> when it is the page's heading.
Html labelFor(const std::string& id, const std::string& text, LabelSize size) {
  Html label = el("label").cls(labelClass(size)).attr("for", id).text(text);
  if (size == LabelSize::kPageHeading) return el("h1").cls("govuk-label-wrapper").add(label);
  return label;
}

Html choices(const ChoiceField& f, const char* type) {
  const std::string kind = type == std::string("radio") ? "radios" : "checkboxes";
  Element legend = el("legend");
  switch (f.legend_size) {
    case LabelSize::kPageHeading:
      legend.cls("govuk-fieldset__legend govuk-fieldset__legend--l")
          .add(el("h1").cls("govuk-fieldset__heading").text(f.legend));
      break;
    case LabelSize::kMedium: legend.cls("govuk-fieldset__legend govuk-fieldset__legend--m").text(f.legend); break;
    case LabelSize::kSmall: legend.cls("govuk-fieldset__legend govuk-fieldset__legend--s").text(f.legend); break;
    case LabelSize::kRegular: legend.cls("govuk-fieldset__legend").text(f.legend); break;
    case LabelSize::kVisuallyHidden: legend.cls("govuk-fieldset__legend govuk-visually-hidden").text(f.legend); break;
  }
  Element list = el("div");
  list.cls("govuk-" + kind).clsIf("govuk-" + kind + "--small", f.small).clsIf("govuk-" + kind + "--inline", f.inline_options);
  list.attr("data-module", "govuk-" + kind);
  const std::string& base = f.id.empty() ? f.name : f.id;
  for (size_t i = 0; i < f.options.size(); ++i) {
    const Option& o = f.options[i];
    const std::string input_id = i == 0 ? base : base + "-" + std::to_string(i + 1);
    bool checked = false;
    for (const auto& c : f.checked) checked = checked || c == o.value;
    Element input = el("input");
    input.cls("govuk-" + kind + "__input").id(input_id).attr("name", o.input_name.empty() ? f.name : o.input_name).attr("type", type).attr("value", o.value)
        .attrIf("checked", checked);
    if (!o.hint.empty()) input.attr("aria-describedby", input_id + "-item-hint");
    if (o.divider_before) list.add(el("div").cls("govuk-" + kind + "__divider").text("or")).text("\n");
    Element item = el("div");
    item.cls("govuk-" + kind + "__item").add(input)
        .add(el("label").cls("govuk-label govuk-" + kind + "__label").attr("for", input_id).text(o.label));
    if (!o.hint.empty())
      item.add(el("div").id(input_id + "-item-hint").cls("govuk-hint govuk-" + kind + "__hint").text(o.hint));
    list.add(item).text("\n");
  }
  Element fieldset = el("fieldset");
  fieldset.cls("govuk-fieldset");
  describedBy(fieldset, base, f.hint, f.error);
  fieldset.add(legend).text("\n").add(hintOf(base, f.hint)).add(errorMessage(base, f.error)).add(list);
  return formGroup(f.error).add(fieldset);
}

}  // namespace

Html errorSummary(const std::vector<FieldError>& errors) {
  if (errors.empty()) return {};
  Element list = el("ul");
  list.cls("govuk-list govuk-error-summary__list");
  for (const auto& e : errors) list.add(el("li").add(el("a").attr("href", "#" + e.field_id).text(e.message)));
  return el("div").cls("govuk-error-summary").attr("tabindex", "-1").attr("autofocus").attr("data-module", "govuk-error-summary")
      .add(el("div").attr("role", "alert")
               .add(el("h2").cls("govuk-error-summary__title").text("There is a problem"))
               .add(el("div").cls("govuk-error-summary__body").add(list)));
}

Html radios(const ChoiceField& field) { return choices(field, "radio"); }
Html checkboxes(const ChoiceField& field) { return choices(field, "checkbox"); }

Html select(const SelectField& f) {
  Element sel = el("select");
  sel.cls("govuk-select").clsIf("govuk-select--error", !f.error.empty()).id(f.name).attr("name", f.name);
  describedBy(sel, f.name, f.hint, f.error);
  const auto option = [&f](const Option& o) {
    return el("option").attr("value", o.value).attrIf("selected", o.value == f.selected).text(o.label);
  };
  for (const auto& o : f.options) sel.add(option(o));
  for (const auto& g : f.groups) {
    Element group = el("optgroup");
    group.attr("label", g.label);
    for (const auto& o : g.options) group.add(option(o));
    sel.add(group);
  }
  return formGroup(f.error).add(labelFor(f.name, f.label, f.label_size)).add(hintOf(f.name, f.hint))
      .add(errorMessage(f.name, f.error)).add(sel);
}

Html textInput(const InputField& f) {
  Element input = el("input");
  input.cls("govuk-input").cls(f.width_class).clsIf("govuk-input--error", !f.error.empty()).id(f.name).attr("name", f.name)
      .attr("type", f.type).attr("value", f.value);
  if (!f.autocomplete.empty()) input.attr("autocomplete", f.autocomplete);
  if (!f.inputmode.empty()) input.attr("inputmode", f.inputmode);
  if (f.spellcheck_off) input.attr("spellcheck", "false");
  describedBy(input, f.name, f.hint, f.error);
  return formGroup(f.error).add(labelFor(f.name, f.label, f.label_size)).add(hintOf(f.name, f.hint))
      .add(errorMessage(f.name, f.error)).add(input);
}

Html textarea(const TextareaField& f) {
  Element area = el("textarea");
  area.cls("govuk-textarea").clsIf("govuk-textarea--error", !f.error.empty()).id(f.name).attr("name", f.name)
      .attr("rows", f.rows);
  describedBy(area, f.name, f.hint, f.error);
  if (f.max_length) area.attr("maxlength", static_cast<long long>(f.max_length));
  area.text(f.value);
  Html label = el("label").cls("govuk-label govuk-label--s").attr("for", f.name).text(f.label);
  if (f.label_as_heading) label = el("h2").cls("govuk-label-wrapper").add(label);
  return formGroup(f.error).add(label).text("\n").add(hintOf(f.name, f.hint)).add(errorMessage(f.name, f.error)).add(area);
}

Html fileUpload(const FileUploadField& f) {
  Element input = el("input");
  input.cls("govuk-file-upload").clsIf("govuk-file-upload--error", !f.error.empty()).id(f.name).attr("name", f.name)
      .attr("type", "file").attrIf("multiple", f.multiple);
  if (!f.accept.empty()) input.attr("accept", f.accept);
  describedBy(input, f.name, f.hint, f.error);
  return formGroup(f.error).add(labelFor(f.name, f.label, LabelSize::kSmall)).add(hintOf(f.name, f.hint))
      .add(errorMessage(f.name, f.error)).add(input);
}

namespace {
const char* buttonClass(ButtonKind kind) {
  switch (kind) {
    case ButtonKind::kSecondary: return "govuk-button govuk-button--secondary";
    case ButtonKind::kWarning: return "govuk-button govuk-button--warning";
    case ButtonKind::kStart: return "govuk-button govuk-button--start";
    case ButtonKind::kPrimary: break;
  }
  return "govuk-button";
}
}  // namespace

Html button(const std::string& text, ButtonKind kind, const std::string& name, const std::string& value) {
  Element b = el("button");
  b.attr("type", "submit").cls(buttonClass(kind)).attr("data-module", "govuk-button");
  if (!name.empty()) b.attr("name", name).attr("value", value);
  return b.text(text).html() + "\n";
}

Html buttonLink(const std::string& text, const std::string& href, ButtonKind kind) {
  return el("a").attr("href", href).attr("role", "button").attr("draggable", "false").cls(buttonClass(kind))
      .attr("data-module", "govuk-button").text(text);
}

}  // namespace hc::web::view::govuk
