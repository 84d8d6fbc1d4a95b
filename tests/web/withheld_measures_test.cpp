// Issue 24, items 8 and 11, on the overview's parts: where a rating rests
// on fewer measures than the full figures the cell says how many were not
// published and why, a line says what the order of attention rests on,
// and where this view's scores do not follow that order it says so; and
// the members' report's screen-only bar in the browser.
#include <gtest/gtest.h>

#include "web/dashboard/dashboard_attention.h"
#include "web/dashboard/dashboard_overview.h"
#include "web/dashboard/members_report_page.h"

namespace hc::web {
namespace {

using metrics::Level;
using metrics::Status;

metrics::ScopeResult team(const char* id, const char* name, int rank, double score, int withheld) {
  metrics::ScopeResult s;
  s.level = Level::kTeam;
  s.id = id;
  s.name = name;
  s.service = "children";
  s.rank = rank;
  s.score = score;
  metrics::AreaResult wellbeing;
  wellbeing.id = "wellbeing";
  metrics::MetricResult agency;
  agency.id = "lone_working_assessed";
  agency.value = score;
  agency.n = 12;
  agency.status = score >= 75 ? Status::kGreen : score >= 50 ? Status::kAmber : Status::kRed;
  metrics::MetricResult sickness;
  sickness.id = "sickness_rate";
  sickness.n = 3;
  sickness.suppressed = withheld > 0;
  wellbeing.metrics = {agency, sickness};
  wellbeing.score = score;
  wellbeing.status = agency.status;
  wellbeing.measures = 1;
  wellbeing.red_measures = agency.status == Status::kRed;
  wellbeing.withheld = withheld;
  s.areas = {wellbeing};
  return s;
}

metrics::HealthCheck sample() {
  metrics::HealthCheck hc;
  hc.period = *metrics::Period::parse("2026-Q3");
  hc.has_data = true;
  metrics::ScopeResult council;
  council.level = Level::kCouncil;
  council.id = "council";
  council.name = "Northshire";
  hc.scopes = {council, team("T1", "Alpha team", 1, 0, 0), team("T2", "Bravo team", 2, 50, 1)};
  for (auto& s : hc.scopes) s.ranked_score = s.score;
  return hc;
}

std::string overview(const metrics::HealthCheck& hc) {
  dashboard::DashboardQuery q;
  q.period = hc.period;
  return dashboard::overviewHtml(hc, q, {hc.period}).str();
}

TEST(WithheldMeasuresTest, ACellSaysHowManyMeasuresWereNotPublishedAndWhy) {
  const std::string html = overview(sample());
  EXPECT_NE(html.find("<span class=\"hc-cell__withheld\">1 measure not published: small numbers</span>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("2 measures not published"), std::string::npos);
  // Alpha's cell rests on every measure: no such line.
  const size_t alpha = html.find(">Alpha team</a>"), bravo = html.find(">Bravo team</a>");
  ASSERT_LT(alpha, bravo);
  EXPECT_EQ(html.substr(alpha, bravo - alpha).find("not published"), std::string::npos);
}

TEST(WithheldMeasuresTest, ThePageSaysWhatTheOrderRestsOn) {
  const std::string html = overview(sample());
  EXPECT_NE(html.find("<p class=\"govuk-body-s hc-rank-basis\" id=\"rank-basis\">How teams are ranked: on the "
                      "figures published to elected members, in the same order for every viewer."),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("ranked on "), std::string::npos) << "a published view ranks on its own scores";
}

TEST(WithheldMeasuresTest, AScoreThatIsNotTheOneRankedOnSaysWhichItIsRankedOn) {
  // A director's view: Bravo's full score is 20, its published one 50.
  metrics::HealthCheck hc = sample();
  hc.scopes[2].score = 20;
  hc.scopes[2].ranked_score = 50;
  const std::string html = overview(hc);
  EXPECT_NE(html.find("<td class=\"govuk-table__cell hc-score\">20<span class=\"hc-score__ranked\">ranked on "
                      "50</span></td>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("Your view shows figures members do not see, so some scores here differ from the published "
                      "score the team is ranked on"),
            std::string::npos);
}

TEST(MembersReportPageTest, TheCoverComesFromTheQueryAndTheBarLeadsBackAndToPrint) {
  http::Request r;
  r.query = {{"period", "2026-Q3"}, {"meeting", "Cabinet, 8 January 2027"}, {"author", "Jo <Smith>"},
             {"contact", std::string(300, 'x')}};
  const reports::ReportCover cover = dashboard::coverFromQuery(r);
  EXPECT_EQ(cover.meeting, "Cabinet, 8 January 2027");
  EXPECT_EQ(cover.contact.size(), 200u) << "a cover line, not a letter";
  const metrics::Period period = *metrics::Period::parse("2026-Q3");
  EXPECT_EQ(dashboard::membersQuery(period, {"Cabinet", "", ""}), "?period=2026-Q3&meeting=Cabinet");
  const std::string bar = dashboard::membersScreenNavigation(period, cover, true).str();
  EXPECT_NE(bar.find("<nav class=\"screen-only\" aria-label=\"Report\">"), std::string::npos) << bar;
  EXPECT_NE(bar.find("<a href=\"/dashboard?period=2026-Q3\">Back to the overview</a>"), std::string::npos);
  EXPECT_NE(bar.find("<a href=\"/report/members.pdf?period=2026-Q3&amp;meeting=Cabinet%2C%208%20January%202027&amp;"
                     "author=Jo%20%3CSmith%3E"),
            std::string::npos)
      << bar;
  EXPECT_NE(bar.find("value=\"Jo &lt;Smith&gt;\""), std::string::npos) << "the form keeps what was given, escaped";
  const std::string no_printer = dashboard::membersScreenNavigation(period, cover, false).str();
  EXPECT_EQ(no_printer.find("/report/members.pdf"), std::string::npos);
  EXPECT_NE(no_printer.find("use your browser&#39;s Print"), std::string::npos) << no_printer;
}

}  // namespace
}  // namespace hc::web
