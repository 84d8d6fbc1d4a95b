#include "web/dashboard/members_report_page.h"

#include "html/element.h"

namespace hc::web::dashboard {
namespace {

using html::el;
using html::Html;

// The longest particular kept: a cover line, not a letter.
constexpr size_t kMaxCoverText = 200;

std::string queryValue(const http::Request& request, const char* name) {
  const auto it = request.query.find(name);
  if (it == request.query.end()) return "";
  return it->second.substr(0, kMaxCoverText);
}

Html field(const char* name, const char* label, const std::string& value, const char* hint) {
  return el("p").cls("cover-field")
             .add(el("label").attr("for", std::string("cover-") + name).text(label))
             .text(" ")
             .add(el("input").attr("type", "text").id(std::string("cover-") + name).attr("name", name)
                      .attr("value", value).attr("maxlength", static_cast<long long>(kMaxCoverText))
                      .attr("placeholder", hint)) +
         "\n";
}

}  // namespace

reports::ReportCover coverFromQuery(const http::Request& request) {
  return reports::cleanCover(
      {queryValue(request, "meeting"), queryValue(request, "author"), queryValue(request, "contact")});
}

std::string membersQuery(const metrics::Period& period, const reports::ReportCover& cover) {
  std::string q = "?period=" + html::urlEncode(period.label);
  if (!cover.meeting.empty()) q += "&meeting=" + html::urlEncode(cover.meeting);
  if (!cover.author.empty()) q += "&author=" + html::urlEncode(cover.author);
  if (!cover.contact.empty()) q += "&contact=" + html::urlEncode(cover.contact);
  return q;
}

Html membersScreenNavigation(const metrics::Period& period, const reports::ReportCover& cover, bool can_print) {
  Html links = el("a").attr("href", "/dashboard?period=" + html::urlEncode(period.label)).text("Back to the overview");
  if (can_print)
    links += " " + el("a").attr("href", "/report/members.pdf" + membersQuery(period, cover))
                       .text("Print: download as PDF (A4)");
  const std::string print_hint = can_print ? "Or print this page from your browser: it is laid out for A4."
                                           : "To print, use your browser's Print: the page is laid out for A4.";
  const Html form = el("form").attr("method", "get").attr("action", "/report/members").cls("cover-form")
                        .add(el("input").attr("type", "hidden").attr("name", "period").attr("value", period.label))
                        .text("\n")
                        .add(el("p").text("The cover names the meeting, the author and whom to contact:"))
                        .text("\n")
                        .add(field("meeting", "Meeting", cover.meeting, "Corporate Parenting Panel, 14 January 2027"))
                        .add(field("author", "Author", cover.author, "name and role"))
                        .add(field("contact", "Contact", cover.contact, "email or telephone"))
                        .add(el("button").attr("type", "submit").text("Put on the cover"));
  return el("nav").cls("screen-only").attr("aria-label", "Report")
             .add(el("p").add(links)).text("\n")
             .add(el("p").text(print_hint)).text("\n")
             .add(form) +
         "\n";
}

}  // namespace hc::web::dashboard
