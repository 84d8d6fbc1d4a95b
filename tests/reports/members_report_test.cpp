// The members' report from a hand-built health check: summary, narrative,
// suppression, glossary, appendix, charts and escaping.
#include "reports/members/members_report.h"

#include <gtest/gtest.h>

#include "metrics/catalogue.h"
#include "reports/glossary.h"
#include "reports/html_escape.h"
#include "reports/status_style.h"
#include "report_sections.h"
#include "sample_health_check.h"

namespace hc::reports {
namespace {

using metrics::Status;
using testing::set;

metrics::HealthCheck publishedSample() {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  set(hc, "council", "vacancy_rate", 14.2, 11.0, Status::kAmber, 40);
  set(hc, "council", "caseload_avg", 15.0, 17.5, Status::kGreen, 30);
  set(hc, "council", "unallocated_rate", 4.0, 4.04, Status::kAmber, 500);
  set(hc, "council", "survey_tools", 62.5, std::nullopt, Status::kAmber, 12);
  set(hc, "council", "visit_completion_rate", 92.0, 85.0, Status::kGreen, 900);
  set(hc, "children", "vacancy_rate", 18.0, 12.0, Status::kAmber, 20);
  set(hc, "adults", "vacancy_rate", 9.0, 9.5, Status::kGreen, 20);
  set(hc, "T02", "vacancy_rate", 25.0, 20.0, Status::kRed, 6);
  // A suppressed figure that still carries its number, as a buggy caller
  // might pass it: the report must not show it.
  set(hc, "children", "supervision_compliance", 61.7, 58.2, Status::kRed, 3);
  testing::figure(hc, "children", "supervision_compliance").suppressed = true;
  for (auto& s : hc.scopes) {
    s.areas[0].status = s.id == "T02" ? Status::kRed : s.level == metrics::Level::kTeam ? Status::kNone : Status::kAmber;
    if (s.id == "adults") s.areas[0].status = Status::kGreen;
  }
  hc.scopes[0].areas[1].status = Status::kAmber;
  hc.scopes[0].areas[2].status = Status::kAmber;
  hc.scopes[0].areas[4].status = Status::kGreen;
  return hc;
}

ReportOptions published() {
  ReportOptions o;
  o.published = true;
  o.council_name = "Northshire <Council>";
  return o;
}

std::string html(const ReportOptions& options = published()) {
  return members::membersReportHtml(buildReportModel(publishedSample(), options));
}

using testing::contains;
using testing::section;

TEST(MembersReportTest, RefusesUnpublishedFigures) {
  ReportOptions options = published();
  options.published = false;
  EXPECT_THROW(members::membersReportHtml(buildReportModel(publishedSample(), options)), std::invalid_argument);
}

TEST(MembersReportTest, SummaryGivesEveryAreaItsRatingAsAWord) {
  const std::string summary = section(html(), "summary");
  ASSERT_FALSE(summary.empty());
  for (const metrics::AreaInfo& a : metrics::areas()) {
    EXPECT_TRUE(contains(summary, escapeHtml(a.label))) << a.label;
  }
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-amber\">Amber</span>"));
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-green\">Green</span>"));
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-none\">No rating</span>"));  // wellbeing
  // What changed: workload was amber last quarter (vacancy 11.0, caseload
  // 17.5 with the default limits); delivery was amber (85% visits).
  EXPECT_TRUE(contains(summary, "Rated Amber, the same as in the previous quarter."));
  EXPECT_TRUE(contains(summary, "Rated Green, better than Amber in the previous quarter."));
  EXPECT_TRUE(contains(summary, "Since the previous quarter, 1 measure improved, 1 got worse and 0 stayed the same."))
      << summary;
  EXPECT_TRUE(contains(summary, "Ratings by service"));
}

TEST(MembersReportTest, NarrativeStatesTheFiguresAndTheirDirection) {
  const std::string doc = html();
  const std::string workload = section(doc, "area-workload");
  EXPECT_TRUE(contains(workload,
                       "Vacancy rate was 14.2% in the quarter to 30 September 2025, up from 11.0% in the previous "
                       "quarter. That is worse: lower is better. Rating: Amber."))
      << workload;
  EXPECT_TRUE(contains(workload,
                       "Average caseload was 15.0 in the quarter to 30 September 2025, down from 17.5 in the "
                       "previous quarter. That is better: lower is better. Rating: Green."));
  EXPECT_TRUE(contains(section(doc, "area-delivery"),
                       "Visits completed was 92.0% in the quarter to 30 September 2025, up from 85.0% in the "
                       "previous quarter. That is better: higher is better."));
  EXPECT_TRUE(contains(section(doc, "area-allocation"), "Unallocated rate was 4.0% in the quarter to 30 September "
                                                         "2025, the same as in the previous quarter."));
  EXPECT_TRUE(contains(section(doc, "area-tools"), "there is no figure for the previous quarter to compare with."));
  EXPECT_FALSE(contains(doc, "national"));  // no benchmark given: no phrase
  EXPECT_FALSE(contains(doc, "England"));
}

TEST(MembersReportTest, EnglandRateIsStatedWhenGiven) {
  ReportOptions options = published();
  options.national["vacancy_rate"].england = 9.06;
  options.national["vacancy_rate"].year = 2025;
  EXPECT_TRUE(contains(section(html(options), "area-workload"),
                       "lower is better. The England rate was 9.1% (DfE, year to 30 September 2025). "
                       "Rating: Amber."));
}

TEST(MembersReportTest, RegionAndNeighboursAreStatedWhereAvailable) {
  ReportOptions options = published();
  options.national["vacancy_rate"] = testing::sampleBenchmark();
  options.national["caseload_avg"].england = 16.3;
  options.national["caseload_avg"].year = 2024;
  const std::string workload = section(html(options), "area-workload");
  EXPECT_TRUE(contains(workload, "The England rate was 14.2%, the North East rate was 8.9% and the statistical "
                                 "neighbours&#39; average was 14.0% (DfE, year to 30 September 2025)."))
      << workload;
  // Not a percentage: a figure, not a rate.
  EXPECT_TRUE(contains(workload, "The England figure was 16.3 (DfE, year to 30 September 2024)."));
}

TEST(MembersReportTest, SuppressedFiguresShowAMarkerAndItsReasonNeverTheNumber) {
  const std::string doc = html();
  EXPECT_FALSE(contains(doc, "61.7"));
  EXPECT_FALSE(contains(doc, "58.2"));
  const std::string workload = section(doc, "area-workload");
  EXPECT_TRUE(contains(workload, "Not published<sup><a href=\"#note-suppressed\">*</a></sup>"));
  EXPECT_TRUE(contains(workload, "* Not published: the figure rests on fewer than 5 people"));
  // Areas without suppressed figures carry no such note.
  EXPECT_FALSE(contains(section(doc, "area-delivery"), "* Not published"));
  EXPECT_TRUE(contains(section(doc, "glossary"), "Not published (suppressed)"));
}

TEST(MembersReportTest, AppendixRestatesEveryMetricsDefinition) {
  const std::string appendix = section(html(), "appendix");
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    EXPECT_TRUE(contains(appendix, "id=\"def-" + std::string(m.id) + "\"")) << m.id;
    EXPECT_TRUE(contains(appendix, "<h4>" + escapeHtml(m.label) + "</h4>")) << m.id;
    EXPECT_TRUE(contains(appendix, "<p>" + escapeHtml(m.definition) + "</p>")) << m.id;
  }
  EXPECT_TRUE(contains(appendix, "It counts permanent staff in post on the last day of the period."));
  EXPECT_FALSE(contains(appendix, " on D."));
  EXPECT_TRUE(contains(appendix, "Rated green at 10.0% or less, amber at 20.0% or less, and red above 20.0%."));
  EXPECT_TRUE(contains(appendix, "Rated green at 90.0% or more, amber at 75.0% or more, and red below 75.0%."));
}

TEST(MembersReportTest, GlossaryExplainsTheJargonTheReportUses) {
  const std::string doc = html();
  const std::string glossary = section(doc, "glossary");
  for (const GlossaryEntry& e : reports::glossary()) {
    EXPECT_TRUE(contains(glossary, "<dt>" + escapeHtml(e.term) + "</dt>")) << e.term;
  }
  // Terms of art in the catalogue's definitions and the report's sentences.
  for (const char* jargon : {"FTE", "median", "caseload", "agency", "supervision", "unallocated", "referral",
                             "no-access", "establishment", "need band", "working days", "assessment", "transfer",
                             "survey", "not published", "rating", "package", "permanent"}) {
    bool explained = false;
    for (const GlossaryEntry& e : reports::glossary()) explained = explained || e.key == jargon;
    EXPECT_TRUE(explained) << jargon;
  }
}

TEST(MembersReportTest, EscapesEveryNameFromTheData) {
  const std::string doc = html();
  EXPECT_FALSE(contains(doc, testing::kScriptName));
  EXPECT_FALSE(contains(doc, "<script"));
  EXPECT_TRUE(contains(section(doc, "teams"), escapeHtml(testing::kScriptName)));
  EXPECT_TRUE(contains(doc, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
  EXPECT_TRUE(contains(doc, "<title>Social work health check: Northshire &lt;Council&gt;, 2025-Q3</title>"));
  EXPECT_TRUE(contains(doc, "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
}

TEST(MembersReportTest, EachAreaHasAnAccessibleChartAndATableByService) {
  const std::string doc = html();
  for (const metrics::AreaInfo& a : metrics::areas()) {
    const std::string page = section(doc, "area-" + std::string(a.id));
    ASSERT_FALSE(page.empty()) << a.id;
    EXPECT_TRUE(contains(page, "<svg class=\"chart\"")) << a.id;
    EXPECT_TRUE(contains(page, "role=\"img\"")) << a.id;
    EXPECT_TRUE(contains(page, "<title id=\"chart-" + std::string(a.id) + "-title\">")) << a.id;
    EXPECT_TRUE(contains(page, "<desc id=\"chart-" + std::string(a.id) + "-desc\">")) << a.id;
    EXPECT_TRUE(contains(page, "<th scope=\"col\">Children&#39;s services</th>")) << a.id;
  }
  const std::string workload = section(doc, "area-workload");
  EXPECT_TRUE(contains(workload, "Children&#39;s services: 18.0% in 2025-Q3 (Amber), 12.0% in 2025-Q2."));
  EXPECT_TRUE(contains(workload, "18.0% <span class=\"rating rating-amber\">Amber</span>"));
}

TEST(MembersReportTest, IsSelfContainedAndPrintsOnA4WithoutSplittingTables) {
  const std::string doc = html();
  EXPECT_TRUE(contains(doc, "@page { size: A4;"));
  EXPECT_TRUE(contains(doc, "table { border-collapse: collapse; width: 100%; margin: 6pt 0; break-inside: avoid;"));
  EXPECT_TRUE(contains(doc, "section.page { break-after: page;"));
  EXPECT_FALSE(contains(doc, "<link"));
  EXPECT_FALSE(contains(doc, "src="));
  EXPECT_FALSE(contains(doc, "<img"));
}

TEST(StatusStyleTest, RatingColoursHaveEnoughContrastAndMatchTheStylesheet) {
  const std::string doc = html();
  for (Status s : {Status::kRed, Status::kAmber, Status::kGreen, Status::kNone}) {
    const StatusColours c = statusColours(s);
    EXPECT_GE(contrastRatio(c.text, c.background), 4.5) << int(s);
    EXPECT_TRUE(contains(doc, "background: " + cssColour(c.background) + "; color: " + cssColour(c.text)))
        << cssColour(c.background);
  }
  EXPECT_NEAR(contrastRatio(0x000000, 0xFFFFFF), 21.0, 1e-9);
}

}  // namespace
}  // namespace hc::reports
