#include "reports/members/members_report.h"

#include <stdexcept>

#include "html/element.h"
#include "html/style_element.h"
#include "reports/members/members_parts.h"

namespace hc::reports::members {

using html::el;
using html::Html;

Html membersReportHtml(const ReportModel& model, const ReportStyle& style) {
  if (!model.published) {
    throw std::invalid_argument(
        "the members' report needs published figures: compute the health check with published = true");
  }
  const std::string title = "Social work health check: " + model.council_name + ", " + model.period.label;
  Html h = Html::markup("<!DOCTYPE html>\n");
  Html head = newline() + el("meta").attr("charset", "utf-8") + newline() +
              el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1") + newline() +
              el("meta").attr("name", "generator").attr("content", "healthcheck") + newline() +
              el("title").text(title) + newline();
  if (style.stylesheet_links.empty()) {
    head += html::styleElement("\n" + stylesheet(title));
  } else {
    for (size_t i = 0; i < style.stylesheet_links.size(); ++i) {
      if (i > 0) head += newline();
      head += el("link").attr("rel", "stylesheet").attr("href", style.stylesheet_links[i]);
    }
  }
  Html body = newline() + style.screen_navigation + coverPage(model) + decisionsSection(model) + summaryPage(model);
  if (const ScopeFigures* council = model.council()) {
    for (const AreaFigures& area : council->areas) body += areaPage(model, area);
  }
  body += surveyPage(model);
  body += actionsPage(model);
  body += teamsPage(model);
  body += glossaryPage();
  body += appendixPage(model);
  h += el("html").attr("lang", "en-GB").add(newline() + el("head").add(head + newline()) + newline() +
                                            el("body").add(body) + newline()) +
       newline();
  return h;
}

}  // namespace hc::reports::members
