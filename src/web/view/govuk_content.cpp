#include "web/view/govuk_content.h"

#include "html/element.h"

namespace hc::web::view::govuk {

using html::el;
using html::Element;

Html heading(const std::string& caption, const std::string& text) {
  Html out;
  if (!caption.empty()) out += el("span").cls("govuk-caption-l").text(caption).html() + "\n";
  out += el("h1").cls("govuk-heading-l").text(text).html() + "\n";
  return out;
}

namespace {
Html headingOf(const char* tag, const char* cls, const std::string& text, const std::string& id) {
  Element h = el(tag);
  h.cls(cls);
  if (!id.empty()) h.id(id);
  return h.text(text).html() + "\n";
}
}  // namespace

Html headingM(const std::string& text, const std::string& id) { return headingOf("h2", "govuk-heading-m", text, id); }
Html headingS(const std::string& text, const std::string& id) { return headingOf("h3", "govuk-heading-s", text, id); }

Html para(const std::string& text) { return el("p").cls("govuk-body").text(text).html() + "\n"; }
Html para(const Html& content) { return el("p").cls("govuk-body").add(content).html() + "\n"; }

Html paragraphs(const std::string& text) {
  Html out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string p = text.substr(start, end - start);
    if (p.find_first_not_of(" \n\r\t") != std::string::npos) out += para(p);
    start = end + 2;
  }
  return out;
}

Html list(const std::vector<Html>& items, bool bullets) {
  Element ul = el("ul");
  ul.cls("govuk-list").clsIf("govuk-list--bullet", bullets);
  for (const auto& i : items) ul.add(el("li").add(i));
  return ul.html() + "\n";
}

Html link(const std::string& href, const std::string& text) {
  return el("a").cls("govuk-link").attr("href", href).text(text);
}

Html linkWithHidden(const std::string& href, const std::string& text, const std::string& hidden) {
  return el("a").cls("govuk-link").attr("href", href).text(text).add(visuallyHidden(" " + hidden));
}

Html visuallyHidden(const std::string& text) { return el("span").cls("govuk-visually-hidden").text(text); }

Html tag(const std::string& text, const std::string& colour) {
  Element t = el("strong");
  t.cls("govuk-tag");
  if (!colour.empty()) t.cls("govuk-tag--" + colour);
  return t.text(text);
}

Html panel(const std::string& title, const std::string& body) {
  return el("div").cls("govuk-panel govuk-panel--confirmation")
      .add(el("h1").cls("govuk-panel__title").text(title))
      .add(el("div").cls("govuk-panel__body").text(body)).html() + "\n";
}

Html notificationBanner(BannerKind kind, const std::string& heading, const Html& body) {
  const bool success = kind == BannerKind::kSuccess;
  Element banner = el("div");
  banner.cls("govuk-notification-banner").clsIf("govuk-notification-banner--success", success)
      .attr("role", success ? "alert" : "region").attr("aria-labelledby", "govuk-notification-banner-title")
      .attr("data-module", "govuk-notification-banner");
  banner.add(el("div").cls("govuk-notification-banner__header")
                 .add(el("h2").cls("govuk-notification-banner__title").id("govuk-notification-banner-title")
                          .text(success ? "Success" : "Important")));
  Element content = el("div");
  content.cls("govuk-notification-banner__content").add(el("p").cls("govuk-notification-banner__heading").text(heading));
  content.add(body);
  return banner.add(content).html() + "\n";
}

Html insetText(const Html& content) { return el("div").cls("govuk-inset-text").add(content).html() + "\n"; }

Html warningText(const std::string& text) {
  return el("div").cls("govuk-warning-text")
      .add(el("span").cls("govuk-warning-text__icon").attr("aria-hidden", "true").text("!"))
      .add(el("strong").cls("govuk-warning-text__text").add(visuallyHidden("Warning")).text(" " + text)).html() + "\n";
}

Html details(const std::string& summary, const Html& content, bool open) {
  return el("details").cls("govuk-details").attrIf("open", open)
      .add(el("summary").cls("govuk-details__summary").add(el("span").cls("govuk-details__summary-text").text(summary)))
      .add(el("div").cls("govuk-details__text").add(content)).html() + "\n";
}

Html summaryList(const std::vector<SummaryRow>& rows) {
  Element dl = el("dl");
  dl.cls("govuk-summary-list");
  for (const auto& r : rows) {
    Element row = el("div");
    row.cls("govuk-summary-list__row")
        .add(el("dt").cls("govuk-summary-list__key").text(r.key))
        .add(el("dd").cls("govuk-summary-list__value").add(r.value));
    if (!r.change_href.empty()) {
      Element a = el("a");
      a.cls("govuk-link");
      if (!r.change_id.empty()) a.id(r.change_id);
      a.attr("href", r.change_href).text("Change").add(visuallyHidden(" " + r.change_hidden));
      row.add(el("dd").cls("govuk-summary-list__actions").add(a));
    }
    dl.text("\n").add(row);
  }
  return dl.text("\n").html() + "\n";
}

Html taskList(const std::vector<Task>& tasks) {
  Element ul = el("ul");
  ul.cls("govuk-task-list");
  for (size_t i = 0; i < tasks.size(); ++i) {
    const Task& t = tasks[i];
    const std::string id = "task-" + std::to_string(i + 1);
    Element name = el("div");
    name.cls("govuk-task-list__name-and-hint");
    if (t.href.empty()) {
      name.add(el("div").text(t.title));
    } else {
      Element a = el("a");
      a.cls("govuk-link govuk-task-list__link").attr("href", t.href).attr("aria-describedby", id + "-status" +
                                                                                    (t.hint.empty() ? "" : " " + id + "-hint"));
      name.add(a.text(t.title));
    }
    if (!t.hint.empty()) name.add(el("div").id(id + "-hint").cls("govuk-task-list__hint").text(t.hint));
    Element status = el("div");
    status.cls("govuk-task-list__status").id(id + "-status");
    if (t.status_colour.empty()) status.text(t.status);
    else status.add(tag(t.status, t.status_colour));
    Element li = el("li");
    li.cls("govuk-task-list__item").clsIf("govuk-task-list__item--with-link", !t.href.empty()).add(name).add(status);
    ul.add(li).text("\n");
  }
  return ul.html() + "\n";
}

}  // namespace hc::web::view::govuk
