// The GOV.UK Design System's content components as Html builders: heading
// with caption, paragraphs, links, tag, panel, notification banner, inset
// and warning text, details, summary list and task list. Every string is
// plain text; arguments of type Html are fragments built with the view
// layer (a link inside a paragraph, a tag inside a table cell).
//
//   govuk::para("Figures up to " + date + ".") + govuk::link("/dashboard", "Overview")
//
// Thread-safety: pure functions.
#ifndef HC_WEB_VIEW_GOVUK_CONTENT_H_
#define HC_WEB_VIEW_GOVUK_CONTENT_H_

#include <string>
#include <vector>

#include "html/html.h"

namespace hc::web::view::govuk {

using html::Html;

// <span class="govuk-caption-l">caption</span><h1 class="govuk-heading-l">;
// no caption for "".
Html heading(const std::string& caption, const std::string& text);
// h2 ("m") and h3 ("s") headings, with an id for links to them ("" for none).
Html headingM(const std::string& text, const std::string& id = "");
Html headingS(const std::string& text, const std::string& id = "");

// <p class="govuk-body">, of text or of a fragment.
Html para(const std::string& text);
Html para(const Html& content);
// Blank-line separated paragraphs of text, each a govuk-body <p>.
Html paragraphs(const std::string& text);
// A bulleted list (govuk-list--bullet) of fragments; plain when !bullets.
Html list(const std::vector<Html>& items, bool bullets = true);

Html link(const std::string& href, const std::string& text);
// A link whose text ends in words only a screen reader hears:
// linkWithHidden("/a/7", "Change", "the due date") reads "Change the due date".
Html linkWithHidden(const std::string& href, const std::string& text, const std::string& hidden);
Html visuallyHidden(const std::string& text);

// A tag; colour is a GOV.UK tag modifier ("red", "green", "yellow", "grey",
// "blue"...) or "" for the default.
Html tag(const std::string& text, const std::string& colour);

Html panel(const std::string& title, const std::string& body);

enum class BannerKind { kImportant, kSuccess };
// A notification banner; a success banner is announced as an alert.
Html notificationBanner(BannerKind kind, const std::string& heading, const Html& body = {});

Html insetText(const Html& content);
Html warningText(const std::string& text);
// <details> with a summary line, open or folded.
Html details(const std::string& summary, const Html& content, bool open = false);

struct SummaryRow {
  std::string key;
  Html value;                // plain text converts: SummaryRow{"Team", Html::text(name)}
  std::string change_href;   // "" for no Change link
  std::string change_hidden; // visually hidden end of "Change": "your answer to question 3"
  std::string change_id;     // id of the Change link, for an error summary to point at; "" for none
};
Html summaryList(const std::vector<SummaryRow>& rows);

// The task list: one row per step with its status ("Completed", "Not
// started"...) as a tag or plain text; a step without href cannot be
// started yet.
struct Task {
  std::string title;
  std::string href;    // "" when it cannot be started yet
  std::string hint;
  std::string status;
  std::string status_colour;  // a tag colour, or "" for plain text (GOV.UK's "Completed")
};
Html taskList(const std::vector<Task>& tasks);

}  // namespace hc::web::view::govuk

#endif  // HC_WEB_VIEW_GOVUK_CONTENT_H_
