// The members' report from a hand-built health check: summary, narrative,
// suppression, glossary, appendix, charts and escaping.
#include "reports/members/members_report.h"

#include <gtest/gtest.h>

#include "metrics/catalogue.h"
#include "html/element.h"
#include "reports/glossary.h"
#include "core/html_escape.h"
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
  set(hc, "children", "caseload_avg", 16.5, 17.0, Status::kAmber, 18);
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
  return members::membersReportHtml(buildReportModel(publishedSample(), options)).str();
}

using testing::contains;
using testing::section;

TEST(MembersReportTest, RefusesUnpublishedFigures) {
  ReportOptions options = published();
  options.published = false;
  EXPECT_THROW(members::membersReportHtml(buildReportModel(publishedSample(), options)), std::invalid_argument);
}

TEST(MembersReportTest, CoverNamesTheCouncilThePeriodAndTheDayWritten) {
  ReportOptions options = published();
  options.written = Date::parse("2025-11-02");
  const std::string cover = section(html(options), "cover");
  EXPECT_TRUE(contains(cover, "<p class=\"council\">Northshire &lt;Council&gt;</p>"));
  EXPECT_TRUE(contains(cover, "2025-Q3: 1 July to 30 September 2025. Written 2 November 2025."));
  // Without a date the period's last day stands in.
  EXPECT_TRUE(contains(section(html(), "cover"), "Written 30 September 2025."));
}

TEST(MembersReportTest, CoverSaysHowFarTheRecordsReach) {
  metrics::HealthCheck hc = publishedSample();
  hc.records_up_to = Date::parse("2025-10-31");
  ReportOptions options = published();
  options.written = Date::parse("2025-11-02");
  const std::string cover = section(members::membersReportHtml(buildReportModel(hc, options)).str(), "cover");
  EXPECT_TRUE(contains(cover, "2025-Q3: 1 July to 30 September 2025; records up to 31 October 2025. Written 2 "
                              "November 2025."))
      << cover.substr(0, 600);
}

TEST(MembersReportTest, SummaryGivesThePictureConcernsAndChanges) {
  const std::string summary = section(html(), "summary");
  ASSERT_FALSE(summary.empty());
  for (const metrics::AreaInfo& a : metrics::areas()) {
    EXPECT_TRUE(contains(summary, escapeHtml(a.label))) << a.label;
  }
  // Workload, allocation and tools amber, delivery green, wellbeing none.
  EXPECT_TRUE(contains(summary, "Of the five areas, three are rated amber and one green; one has no figures this "
                                "quarter."))
      << summary;
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-amber\">Amber</span>"));
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-green\">Green</span>"));
  EXPECT_TRUE(contains(summary, "<span class=\"rating rating-none\">No rating</span>"));  // wellbeing
  // No red area: the amber ones are of most concern.
  EXPECT_TRUE(contains(summary, "<h3>Of most concern</h3>\n<ul>\n<li><strong>Workload management</strong>"));
  // Last quarter's delivery: 85% of visits, amber (80-90); now 92%, green.
  EXPECT_TRUE(contains(summary, "Ratings moved for effective service delivery from amber to green."));
  EXPECT_TRUE(contains(summary, "No actions have been agreed yet."));
}

TEST(MembersReportTest, AreasReadAsSentencesNotTemplates) {
  const std::string doc = html();
  const std::string workload = section(doc, "area-workload");
  // Vacancy 14.2% (amber: green 10, amber 20), 11.0% last quarter.
  EXPECT_TRUE(contains(workload, "14.2% of posts are vacant, above the target of 10.0% but within the limit of "
                                 "20.0%. That is worse than last quarter&#39;s 11.0%."))
      << workload;
  EXPECT_TRUE(contains(workload, "Rated amber, as it was last quarter."));
  EXPECT_TRUE(contains(workload, "Since last quarter, 1 measure improved, 1 measure got worse and none stayed the "
                                 "same."));
  // Caseload 15.0 is green and has no national figure: named in passing.
  EXPECT_TRUE(contains(workload, "Within the council&#39;s target: the average caseload."));
  EXPECT_TRUE(contains(section(doc, "area-allocation"), "4.0% of open cases have no social worker, above the target "
                                                         "of 2.0% but within the limit of 5.0%. That is the same as "
                                                         "last quarter."));
  EXPECT_TRUE(contains(section(doc, "area-delivery"), "Rated green, better than amber last quarter."));
  EXPECT_TRUE(contains(section(doc, "area-tools"), "Staff scored their tools 62.5 out of 100, short of the target"));
  // None of the old templates.
  for (const char* old : {" was 14.2%", "That is worse: lower is better", "Rating: Amber", "cases was"}) {
    EXPECT_FALSE(contains(doc, old)) << old;
  }
  EXPECT_FALSE(contains(doc, "England"));  // no benchmark given: no phrase
}

TEST(MembersReportTest, AnAreaWithoutFiguresIsOneSentence) {
  const std::string wellbeing = section(html(), "area-wellbeing");
  EXPECT_TRUE(contains(wellbeing, "<p>There are no figures for a healthy workplace this quarter: the council&#39;s "
                                  "records for the quarter hold nothing to measure it by; importing the absence, "
                                  "team meeting and risk assessment exports for the quarter would give them.</p>"))
      << wellbeing;
  EXPECT_FALSE(contains(wellbeing, "<table"));
}

TEST(MembersReportTest, EnglandRateIsStatedWhenGiven) {
  ReportOptions options = published();
  options.national["vacancy_rate"].england = 9.06;
  options.national["vacancy_rate"].year = 2025;
  EXPECT_TRUE(contains(section(html(options), "area-workload"),
                       "That is worse than last quarter&#39;s 11.0%. The DfE&#39;s figures are for children&#39;s "
                       "social workers, so they compare with children&#39;s services, at 18.0%. The England rate "
                       "was 9.1% (DfE, year to 30 September 2025)."));
}

// The DfE's figures for two workload measures: vacancy (England, region,
// neighbours) and caseload (England only).
ReportOptions withTwoBenchmarks() {
  ReportOptions options = published();
  options.national["vacancy_rate"] = testing::sampleBenchmark();
  options.national["caseload_avg"].england = 16.3;
  options.national["caseload_avg"].year = 2024;
  return options;
}

TEST(MembersReportTest, RegionAndNeighboursAreStatedWhereAvailable) {
  const ReportOptions options = withTwoBenchmarks();
  const std::string workload = section(html(options), "area-workload");
  EXPECT_TRUE(contains(workload, "The England rate was 14.2%, the North East rate was 8.9% and the statistical "
                                 "neighbours&#39; average was 14.0% (DfE, year to 30 September 2025)."))
      << workload;
  // Not a percentage: a figure, not a rate.
  // The DfE figures' scope is said once, with the first of them.
  EXPECT_TRUE(contains(workload, "Children&#39;s services are at 16.5. The England figure was 16.3 "
                                 "(DfE, year to 30 September 2024)."))
      << workload;
}

TEST(MembersReportTest, TheDfEFiguresScopeIsSaidOnceInAParagraph) {
  const ReportOptions options = withTwoBenchmarks();
  const std::string workload = section(html(options), "area-workload");
  const std::string scope = "The DfE&#39;s figures are for children&#39;s social workers";
  const size_t first = workload.find(scope);
  ASSERT_NE(first, std::string::npos) << workload;
  EXPECT_EQ(workload.find(scope, first + 1), std::string::npos) << workload;
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
    EXPECT_TRUE(contains(appendix, "<p>" + escapeHtml(m.definition) + " <span class=\"note\">")) << m.id;
  }
  EXPECT_TRUE(contains(appendix, "It counts permanent staff in post on the last day of the period."));
  EXPECT_FALSE(contains(appendix, " on D."));
  EXPECT_TRUE(contains(appendix, "Green at 10.0% or less, red above 20.0%."));
  EXPECT_TRUE(contains(appendix, "Green at 90.0% or more, red below 75.0%."));
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
                             "survey", "not published", "rating", "package", "permanent", "statistical neighbours",
                             "referral peak ratio", "direct time share", "score", "overdue", "DfE", "outlier",
                             "target", "action"}) {
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

// Actions as the action store gives them; written on 1 December 2025.
ReportOptions withActions() {
  ReportOptions options = published();
  options.written = Date::parse("2025-12-01");
  Action late;
  late.id = 1;
  late.scope_id = "children";
  late.area = "workload";
  late.title = "Recruit four <permanent> social workers";
  late.owner = "Head of service";
  late.due = *Date::parse("2025-11-30");
  late.status = ActionStatus::kInProgress;
  late.notes.push_back({*Date::parse("2025-11-20"), "alice", "Two posts filled."});
  Action posts = late;
  posts.id = 2;
  posts.scope_id = "council";
  posts.title = "Fund six social worker posts";
  posts.description = "Six permanent posts, about 330,000 pounds a year";
  posts.owner = "Director";
  posts.due = *Date::parse("2026-03-31");
  posts.status = ActionStatus::kPlanned;
  posts.needs_decision = true;
  posts.notes.clear();
  Action done = posts;
  done.id = 3;
  done.area = "delivery";
  done.title = "Exit interviews";
  done.status = ActionStatus::kDone;
  options.actions = {done, posts, late};
  return options;
}

TEST(MembersReportTest, SummaryNamesTheActionsAndTheOverdueOnes) {
  const std::string summary = section(html(withActions()), "summary");
  EXPECT_TRUE(contains(summary, "Two actions are open, one of them overdue. One needs a decision by members"))
      << summary;
  EXPECT_TRUE(contains(summary, "<strong>Recruit four &lt;permanent&gt; social workers</strong> (Children&#39;s "
                                "services; Head of service, due 30 November 2025) "
                                "<strong class=\"overdue\">Overdue</strong>"));
  EXPECT_TRUE(contains(summary, "<strong>Fund six social worker posts</strong> (the whole council; Director, due 31 "
                                "March 2026)</li>"));
  EXPECT_FALSE(contains(summary, "Exit interviews"));  // done
}

TEST(MembersReportTest, WhatWeAreDoingListsOpenActionsByAreaAndDecisionsAskMembers) {
  const std::string doc = html(withActions());
  const std::string doing = section(doc, "actions");
  ASSERT_FALSE(doing.empty());
  EXPECT_TRUE(contains(doing, "<h3>Workload management</h3>"));
  EXPECT_TRUE(contains(doing, "In progress. <span class=\"note\">Latest, 20 November 2025: Two posts filled.</span>"));
  EXPECT_FALSE(contains(doing, "Exit interviews"));
  EXPECT_FALSE(contains(doing, "<h3>Effective service delivery</h3>"));  // green, only a done action
  const std::string decisions = section(doc, "decisions");
  EXPECT_TRUE(contains(decisions, "Members are asked to decide on one matter: <strong>Fund six social worker "
                                  "posts</strong> for the whole council (Six permanent posts, about 330,000 pounds a "
                                  "year), brought by Director, needed by 31 March 2026."))
      << decisions;
  EXPECT_TRUE(contains(section(html(), "decisions"), "Nothing in this report needs a decision by members."));
}

TEST(MembersReportTest, EachAreaWithFiguresHasATableByService) {
  const std::string doc = html();
  for (const char* area : {"workload", "allocation", "tools", "delivery"}) {
    EXPECT_TRUE(contains(section(doc, std::string("area-") + area), "<th scope=\"col\">Children&#39;s services</th>"))
        << area;
  }
  EXPECT_TRUE(contains(section(doc, "area-workload"), "18.0% <span class=\"rating rating-amber\">Amber</span>"));
}

TEST(MembersReportTest, IsSelfContainedAndPrintsOnA4WithoutSplittingTables) {
  const std::string doc = html();
  EXPECT_TRUE(contains(doc, "@page { size: A4;"));
  EXPECT_TRUE(contains(doc, "table { border-collapse: collapse; width: 100%; margin: 6pt 0; break-inside: avoid;"));
  EXPECT_TRUE(contains(doc, "section.page { break-after: page;"));
  // In print: the running header (not on the cover) and page numbers.
  EXPECT_TRUE(contains(doc, "@top-left { content: \"Social work health check\\3A  Northshire \\3C Council\\3E \\2C  "
                            "2025\\2D Q3\""))
      << doc.substr(0, 600);
  EXPECT_TRUE(contains(doc, "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)"));
  EXPECT_TRUE(contains(doc, "@page :first { @top-left { content: none; } @bottom-right { content: none; } }"));
  EXPECT_FALSE(contains(doc, "<link"));
  EXPECT_FALSE(contains(doc, "src="));
  EXPECT_FALSE(contains(doc, "<img"));
}

TEST(MembersReportTest, ALinkedStylesheetReplacesTheInlineOne) {
  members::ReportStyle linked;
  linked.stylesheet_links = {"/report/members.css", "/report/x.css?a=1&b=2"};
  const std::string doc = members::membersReportHtml(buildReportModel(publishedSample(), published()), linked).str();
  EXPECT_FALSE(contains(doc, "<style"));
  EXPECT_FALSE(contains(doc, "@page"));
  EXPECT_TRUE(contains(doc, "<title>Social work health check: Northshire &lt;Council&gt;, 2025-Q3</title>\n"
                            "<link rel=\"stylesheet\" href=\"/report/members.css\">\n"
                            "<link rel=\"stylesheet\" href=\"/report/x.css?a=1&amp;b=2\">\n</head>"))
      << doc.substr(0, 600);
  // The same document otherwise: from <body> on, byte for byte.
  const std::string inline_doc = html();
  EXPECT_EQ(doc.substr(doc.find("<body>")), inline_doc.substr(inline_doc.find("<body>")));
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

TEST(MembersReportTest, TheCoverIsAPageOfItsOwnAndTheDecisionsOpenTheNext) {
  ReportModel model = buildReportModel(publishedSample(), published());
  model.cover = cleanCover({"Corporate Parenting Panel, 14 January 2027", "Jo Smith, Head of Quality Assurance",
                            "jo.smith@northshire.gov.uk"});
  const std::string doc = members::membersReportHtml(model).str();
  const std::string cover = section(doc, "cover");
  EXPECT_TRUE(contains(cover, "<p class=\"council\">Northshire &lt;Council&gt;</p>")) << cover;
  EXPECT_TRUE(contains(cover, "<dt>Meeting</dt><dd>Corporate Parenting Panel, 14 January 2027</dd>")) << cover;
  EXPECT_TRUE(contains(cover, "<dt>Author</dt><dd>Jo Smith, Head of Quality Assurance</dd>"));
  EXPECT_TRUE(contains(cover, "<dt>Contact</dt><dd>jo.smith@northshire.gov.uk</dd>"));
  EXPECT_TRUE(contains(doc, "section.cover { break-after: page;"));
  // After the cover: the decisions, then the summary, then the areas.
  const size_t decisions = doc.find("<h2>Decisions for members</h2>"), summary = doc.find("<h2>Summary</h2>");
  ASSERT_NE(decisions, std::string::npos);
  EXPECT_LT(doc.find("id=\"cover\""), decisions);
  EXPECT_LT(decisions, summary);
  EXPECT_LT(summary, doc.find("id=\"area-workload\""));
  EXPECT_LT(summary, doc.find("<h2>What we are doing</h2>"));
}

TEST(MembersReportTest, TheCoverLeavesOutParticularsNotGiven) {
  const std::string cover = section(html(), "cover");
  EXPECT_FALSE(contains(cover, "<dt>Meeting</dt>"));
  EXPECT_FALSE(contains(cover, "<dt>Author</dt>"));
  EXPECT_TRUE(contains(cover, "Written 30 September 2025."));
}

TEST(MembersReportTest, RatingsSayHowManyMeasuresWereNotPublished) {
  metrics::HealthCheck hc = publishedSample();
  for (auto& s : hc.scopes) {
    if (s.id == "T02") s.areas[0].withheld = 2;
    if (s.id == "council") s.areas[0].withheld = 1;
  }
  const std::string doc = members::membersReportHtml(buildReportModel(hc, published())).str();
  // In the teams' table, how many; the lines above it say why.
  EXPECT_TRUE(contains(section(doc, "teams"), "<span class=\"rating rating-red\">Red</span> <span class=\"note\">2 "
                                              "not published</span>"))
      << section(doc, "teams");
  EXPECT_TRUE(contains(section(doc, "teams"), "Where some of an area&#39;s measures are not published (small numbers"));
  EXPECT_TRUE(contains(section(doc, "area-workload"), "(1 measure not published: small numbers)."))
      << section(doc, "area-workload");
  EXPECT_FALSE(contains(section(doc, "area-delivery"), "not published: small numbers"));
}

TEST(MembersReportTest, TheAppendixIsSetInOneTypeSize) {
  // Its notes run on in the definitions' paragraphs: the same size as them.
  EXPECT_TRUE(contains(html(), ".columns .note { font-size: inherit; }"));
}

TEST(MembersReportTest, AHeadingIsKeptWithTheTableItIntroduces) {
  const std::string doc = html();
  EXPECT_TRUE(contains(doc, ".keep { break-inside: avoid;"));
  // The teams' ratings: the heading and its opening lines travel with the table's start.
  const std::string teams = section(doc, "teams");
  EXPECT_TRUE(contains(teams, "<div class=\"keep\">\n<h2>Ratings by team</h2>")) << teams.substr(0, 300);
}

TEST(MembersReportTest, TheBrowsersNavigationIsOnScreenOnly) {
  members::ReportStyle style;
  style.screen_navigation = html::el("nav").cls("screen-only").text("Back");
  const std::string doc = members::membersReportHtml(buildReportModel(publishedSample(), published()), style).str();
  EXPECT_LT(doc.find("<nav class=\"screen-only\">Back</nav>"), doc.find("id=\"cover\""));
  EXPECT_TRUE(contains(doc, "@media print { .screen-only { display: none; } }"));
}

}  // namespace
}  // namespace hc::reports
