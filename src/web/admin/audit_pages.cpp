#include "web/admin/audit_pages.h"

#include <map>

#include "access/access_scope.h"
#include "access/audit_csv.h"
#include "access/audit_events.h"
#include "access/audit_log.h"
#include "core/date.h"
#include "html/element.h"
#include "web/admin/admin_page.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;

namespace {

// The filter as asked in the query, with a message a field for each part
// that cannot be used.
struct AskedFilter {
  access::AuditFilter filter;
  std::map<std::string, std::string> errors;
  std::string query;  // the filter's own query string, "?from=...&kind=..." or ""
};

std::string trimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  s.erase(s.find_last_not_of(" \t") + 1);
  return s;
}

AskedFilter askedFilter(const http::Request& request) {
  AskedFilter a;
  auto get = [&](const char* name) {
    auto it = request.query.find(name);
    return it == request.query.end() ? std::string() : trimmed(it->second);
  };
  a.filter.from = get("from");
  a.filter.to = get("to");
  a.filter.actor = get("person");
  a.filter.action = get("kind");
  const std::optional<Date> from = Date::parse(a.filter.from), to = Date::parse(a.filter.to);
  if (!a.filter.from.empty() && !from)
    a.errors["from"] = "The first day must be a date written YYYY-MM-DD, for example 2026-12-01";
  if (!a.filter.to.empty() && !to)
    a.errors["to"] = "The last day must be a date written YYYY-MM-DD, for example 2026-12-31";
  if (from && to && *to < *from) a.errors["to"] = "The last day must be the same as or after the first day";
  for (const auto& [name, value] : {std::pair<const char*, std::string>{"from", a.filter.from},
                                    {"to", a.filter.to},
                                    {"person", a.filter.actor},
                                    {"kind", a.filter.action}})
    if (!value.empty()) a.query += std::string(a.query.empty() ? "?" : "&") + name + "=" + html::urlEncode(value);
  return a;
}

std::string pageLink(const std::string& query, size_t page) {
  return "/admin/audit" + query + (query.empty() ? "?" : "&") + "page=" + std::to_string(page);
}

// GOV.UK's pagination: Previous and Next, with where this page is.
Html pagination(const std::string& query, size_t page, size_t pages) {
  html::Element nav = el("nav");
  nav.cls("govuk-pagination govuk-pagination--block").attr("aria-label", "Pages of the audit log");
  if (page > 1)
    nav.add(el("div").cls("govuk-pagination__prev").add(
        el("a").cls("govuk-link govuk-pagination__link").attr("href", pageLink(query, page - 1)).attr("rel", "prev")
            .add(el("span").cls("govuk-pagination__link-title").text("Previous"))
            .add(el("span").cls("govuk-visually-hidden").text(":"))
            .add(el("span").cls("govuk-pagination__link-label").text("Newer entries, page " + std::to_string(page - 1)))));
  if (page < pages)
    nav.add(el("div").cls("govuk-pagination__next").add(
        el("a").cls("govuk-link govuk-pagination__link").attr("href", pageLink(query, page + 1)).attr("rel", "next")
            .add(el("span").cls("govuk-pagination__link-title").text("Next"))
            .add(el("span").cls("govuk-visually-hidden").text(":"))
            .add(el("span").cls("govuk-pagination__link-label").text("Older entries, page " + std::to_string(page + 1)))));
  return nav;
}

}  // namespace

void AuditPages::addRoutes(http::Router& router) {
  using access::access_tag::kAudit;
  router.get("/admin/audit", [this](http::Request& r) { return page(r); }, kAudit);
  router.get("/admin/audit.csv", [this](http::Request& r) { return csv(r); }, kAudit);
}

http::Response AuditPages::page(http::Request& request) {
  const AskedFilter asked = askedFilter(request);
  auto db = pool_.acquire();
  access::AuditLog log(*db);
  std::vector<govuk::Option> kinds{{"", "Any kind", ""}};
  for (const std::string& k : log.kinds()) kinds.push_back({k, k, ""});
  auto error = [&](const char* f) { return asked.errors.count(f) ? asked.errors.at(f) : std::string(); };
  std::vector<govuk::FieldError> summary;
  for (const char* f : {"from", "to"})
    if (asked.errors.count(f)) summary.push_back({f, asked.errors.at(f)});

  http::Response response;
  response.status = summary.empty() ? 200 : 400;
  Html main = govuk::errorSummary(summary);
  main += govuk::heading("", "Audit log");
  main += govuk::para("Who did what and when: sign-ins (and failed ones), imports, surveys, accounts, settings and "
                      "downloads. Times are UTC. Entries are never changed or removed.");
  Html fields = govuk::textInput({"from", "First day", "For example, 2026-12-01", asked.filter.from, error("from"),
                                  "text", "off", "govuk-input--width-10", "", true, govuk::LabelSize::kSmall});
  fields += govuk::textInput({"to", "Last day", "For example, 2026-12-31", asked.filter.to, error("to"), "text", "off",
                              "govuk-input--width-10", "", true, govuk::LabelSize::kSmall});
  fields += govuk::textInput({"person", "Person", "Their username, for example admin, or cli:root for the command line",
                              asked.filter.actor, "", "text", "off", "govuk-input--width-20", "", true,
                              govuk::LabelSize::kSmall});
  fields += govuk::select({"kind", "Kind of event", "", kinds, asked.filter.action, "", govuk::LabelSize::kSmall});
  fields += el("div").cls("govuk-button-group").add(govuk::button("Filter"))
                .add(el("a").cls("govuk-link").attr("href", "/admin/audit").text("Clear the filter"));
  main += el("form").attr("method", "get").attr("action", "/admin/audit").attr("novalidate").add(fields);

  if (!summary.empty()) {
    main += govuk::para("Correct the filter to see the entries.");
  } else {
    const int64_t total = log.count(asked.filter);
    const size_t pages = std::max<size_t>(1, (static_cast<size_t>(total) + kPageSize - 1) / kPageSize);
    size_t page = 1;
    if (auto it = request.query.find("page"); it != request.query.end()) {
      try {
        page = static_cast<size_t>(std::stoul(it->second));
      } catch (...) {
        page = 1;
      }
    }
    page = std::min(std::max<size_t>(page, 1), pages);
    const std::vector<access::AuditEntry> entries = log.find(asked.filter, (page - 1) * kPageSize, kPageSize);
    main += el("p").cls("govuk-body").id("audit-count")
                .text(total == 0 ? std::string("No entries match the filter.")
                                 : std::to_string(total) + (total == 1 ? " entry" : " entries") +
                                       (asked.query.empty() ? "" : " match the filter") + ". Page " +
                                       std::to_string(page) + " of " + std::to_string(pages) + ", newest first.");
    if (total > 0) {
      govuk::Table t{"Audit log, newest first", {{"When (UTC)"}, {"Who"}, {"What"}, {"To what"}, {"Details"}}};
      t.caption_size = govuk::CaptionSize::kSmall;
      t.caption_id = "audit-caption";
      t.id = "audit";
      t.first_cell_is_header = true;
      for (const access::AuditEntry& e : entries) {
        std::string when = e.at;
        if (when.size() == 20) when = when.substr(0, 10) + " " + when.substr(11, 8);
        t.rows.push_back({Html::text(when), Html::text(e.actor), Html::text(e.action), Html::text(e.subject),
                          Html::text(e.detail)});
      }
      main += view::app::stylesheetLink();
      main += view::app::scrollRegion("audit-caption", govuk::table(t));
      main += pagination(asked.query, page, pages);
      main += govuk::para(govuk::link("/admin/audit.csv" + asked.query,
                                      "Download the " + std::to_string(total) +
                                          (total == 1 ? " entry" : " entries") + " as CSV"));
    }
  }
  renderAdminPage(layout_, csrf_, request, response, "Audit log", std::move(main), view::section::kAudit,
                  {{"Audit log", ""}}, !summary.empty());
  return response;
}

http::Response AuditPages::csv(http::Request& request) {
  const AskedFilter asked = askedFilter(request);
  if (!asked.errors.empty()) return http::Response::redirect("/admin/audit" + asked.query);
  auto db = pool_.acquire();
  std::vector<access::AuditEntry> entries;
  try {
    entries = access::AuditLog(*db).find(asked.filter, 0, kCsvLimit);
    auto writer = db.writeLock();
    // What left the service, and with what filter, as the dashboard's downloads are.
    access::auditReportExport(*db, actorOf(request), "audit.csv",
                              (asked.query.empty() ? std::string("every entry") : asked.query.substr(1)) + ", " +
                                  std::to_string(entries.size()) + " entries");
  } catch (...) {
    db.discard();
    throw;
  }
  http::Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = access::auditCsv(entries);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
  return r;
}

}  // namespace hc::web::admin
