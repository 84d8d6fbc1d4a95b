// `healthcheck survey open|invite|status|close|results` end to end, as a
// council's administrator runs a survey.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "cli_fixture.h"
#include "surveys/response_store.h"
#include "surveys/survey_catalogue.h"

namespace hc {
namespace {

class SurveyCliTest : public CliTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "2", "--months", "1", "--seed", "3"}).status, 0);
    ASSERT_EQ(hc({"import", dir_ + "/demo"}).status, 0);
  }
  std::string surveys_ = std::string(HC_SOURCE_DIR) + "/surveys";
  const std::string run_ = "health-check-2026-Q3";
};

// The status table's row for a team: links, used, responses, staff, rate.
std::string statusRow(const std::string& out, const std::string& team) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(team, 0) == 0) return std::regex_replace(line, std::regex(" +"), " ");
  return "";
}

// The admin area's form makes the same checks (surveys/run_opening.h): each
// refusal names its option and stores nothing.
TEST_F(SurveyCliTest, OpenRefusesWhatTheFormRefuses) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"--period", "2026-Q9", "--teams", "all"}, "--period: Enter the period as 2026-Q3"},
      {{"--period", "2026-Q3", "--teams", "T9"}, "--teams: 'T9' is not a known team"},
      {{"--period", "2026-Q3", "--teams", "all", "--closes", "2001-01-01"}, "--closes: The closing date must be today"},
      {{"--period", "2026-Q3", "--teams", "all", "--closes", "soon"}, "--closes: Enter the closing date as YYYY-MM-DD"},
      {{"--period", "2026-Q3", "--teams", "all", "--contact", std::string(201, 'x')},
       "--contact: The contact must be 200 characters or fewer"},
  };
  for (const auto& [options, message] : cases) {
    std::vector<std::string> args{"survey", "open", "--survey", "health-check", "--surveys", surveys_};
    args.insert(args.end(), options.begin(), options.end());
    const Outcome r = hc(args);
    EXPECT_EQ(r.status, 2) << message;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
  }
  const Outcome r = hc({"survey", "open", "--survey", "nope", "--period", "2026-Q3", "--teams", "all", "--surveys", surveys_});
  EXPECT_NE(r.err.find("--survey: 'nope' is not a survey of the catalogue"), std::string::npos) << r.err;
  EXPECT_NE(hc({"survey", "status"}).out.find("No survey runs yet"), std::string::npos) << "nothing was stored";
  ASSERT_EQ(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "all", "--closes",
                "2099-10-31", "--surveys", surveys_}).status, 0);
}

TEST_F(SurveyCliTest, OpenInviteStatusAndClose) {
  Outcome r = hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "all",
                  "--surveys", surveys_});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Opened " + run_ + " (Social work health check"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("for 2 team(s), 2026-07-01 to 2026-09-30"), std::string::npos) << r.out;
  EXPECT_NE(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "T0001",
                "--surveys", surveys_}).status, 0) << "a run opens once";

  // Links for a mail merge, printed links, and an open link per team.
  const std::string csv = dir_ + "/links.csv";
  r = hc({"survey", "invite", run_, "--team", "T0001", "--count", "3", "--csv", csv,
          "--base-url", "https://survey.example.gov.uk/"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("3 link(s) for T0001 written to " + csv), std::string::npos) << r.out;
  std::ifstream file(csv);
  std::string header, line;
  std::getline(file, header);
  EXPECT_EQ(header, "team_id,link");
  std::vector<std::string> tokens;
  const std::regex link("T0001,https://survey\\.example\\.gov\\.uk/s/([0-9a-f]{32})");
  for (std::smatch m; std::getline(file, line);) {
    ASSERT_TRUE(std::regex_match(line, m, link)) << line;
    tokens.push_back(m[1]);
  }
  EXPECT_EQ(tokens.size(), 3u);
  r = hc({"survey", "invite", run_, "--team", "T0002", "--count", "2"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  EXPECT_NE(r.out.find("http://127.0.0.1:8080/s/"), std::string::npos);
  r = hc({"survey", "invite", run_, "--team", "T0002", "--open-link"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_match(r.out, std::regex("http://127\\.0\\.0\\.1:8080/o/[0-9a-f]{32}\n"))) << r.out;
  EXPECT_EQ(hc({"survey", "invite", run_, "--team", "T0002"}).status, 2) << "--count or --open-link";
  EXPECT_NE(hc({"survey", "invite", run_, "--team", "T9999", "--count", "1"}).status, 0);

  // One person answers, through the same store the form uses.
  {
    auto db = database_.open();
    surveys::SurveyCatalogue catalogue(surveys_);
    surveys::ResponseStore store(*db);
    const surveys::Link l = store.resolve(tokens[0]);
    surveys::Answers answers;
    std::vector<std::string> ids;
    for (const surveys::Question* q : catalogue.get("health-check").questions()) {
      ids.push_back(q->id);
      answers[q->id] = q->kind == surveys::Question::Kind::kScale ? "4" : "";
    }
    store.saveDraft(l, ids, answers);
    ASSERT_EQ(store.submit(l, catalogue.get("health-check")), surveys::SubmitOutcome::kStored);
  }

  r = hc({"survey", "status"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.out, std::regex(run_ + " +open +form +Social work health check"))) << r.out;
  r = hc({"survey", "status", run_});
  ASSERT_EQ(r.status, 0) << r.err;
  std::smatch m;
  const std::string t1 = statusRow(r.out, "T0001");
  ASSERT_TRUE(std::regex_match(t1, m, std::regex("T0001 3 1 1 ([0-9]+) +([0-9]+)%"))) << r.out;
  const int staff = std::stoi(m[1]);
  ASSERT_GT(staff, 0);
  EXPECT_EQ(std::stoi(m[2]), static_cast<int>(100.0 / staff + 0.5)) << "responses / staff in post";
  EXPECT_TRUE(std::regex_match(statusRow(r.out, "T0002"), std::regex("T0002 2 0 0 [0-9]+ +0%"))) << r.out;

  r = hc({"survey", "close", run_});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Closed " + run_ + "\n");
  EXPECT_NE(hc({"survey", "status", run_}).out.find(run_ + " (closed)"), std::string::npos);
  r = hc({"survey", "invite", run_, "--team", "T0001", "--count", "1"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("is closed"), std::string::npos) << r.err;
  EXPECT_NE(hc({"survey", "close", "no-such-run"}).status, 0);
}

TEST_F(SurveyCliTest, EverySurveyChangeAndEveryReportIsAudited) {
  ASSERT_EQ(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "all",
                "--surveys", surveys_}).status, 0);
  const Outcome links = hc({"survey", "invite", run_, "--team", "T0001", "--count", "2"});
  ASSERT_EQ(links.status, 0) << links.err;
  const Outcome open_link = hc({"survey", "invite", run_, "--team", "T0002", "--open-link"});
  ASSERT_EQ(open_link.status, 0) << open_link.err;
  ASSERT_EQ(hc({"survey", "close", run_}).status, 0);
  // Responses from another tool, for another period.
  surveys::SurveyCatalogue catalogue(surveys_);
  std::string header = "team_id", row = "T0001";
  for (const surveys::Question* q : catalogue.get("health-check").questions())
    if (q->kind == surveys::Question::Kind::kScale) header += "," + q->id, row += ",3";
  testing::writeFile(dir_ + "/responses.csv", header + "\n" + row + "\n" + row + "\n");
  ASSERT_EQ(hc({"survey", "import", dir_ + "/responses.csv", "--survey", "health-check", "--period", "2026-Q2",
                "--surveys", surveys_}).status, 0);
  ASSERT_EQ(hc({"report", "--period", "2026-Q3", "--members", dir_ + "/m.html", "--xlsx", dir_ + "/w.xlsx"}).status,
            0);

  const Outcome log = hc({"audit", "--since", "2000-01-01"});
  ASSERT_EQ(log.status, 0) << log.err;
  for (const char* expected : {"survey-change\thealth-check-2026-Q3\topen: 2 team\\(s\\)",
                               "survey-change\thealth-check-2026-Q3\tinvite: 2 link\\(s\\) for T0001",
                               "survey-change\thealth-check-2026-Q3\tinvite: an open link for T0002",
                               "survey-change\thealth-check-2026-Q3\tclose",
                               "survey-change\thealth-check-2026-Q2\timport: .*responses.csv: 2 stored, 0 rejected",
                               "report-export\tmembers report\t2026-Q3 to .*m.html",
                               "report-export\tworkbook\t2026-Q3 to .*w.xlsx"})
    EXPECT_TRUE(std::regex_search(log.out, std::regex(expected))) << expected << "\n" << log.out;
  // No link reaches the log: it is timestamped, the links are anonymous.
  for (const std::string& printed : {links.out, open_link.out}) {
    const std::string token = printed.substr(printed.rfind('/') + 1, 32);
    EXPECT_EQ(log.out.find(token), std::string::npos);
  }
}

TEST_F(SurveyCliTest, ResultsGiveRatesAndDistributionsAndPublishedOnesNoComments) {
  ASSERT_EQ(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "T0001",
                "--surveys", surveys_}).status, 0);
  const std::string csv = dir_ + "/links.csv";
  ASSERT_EQ(hc({"survey", "invite", run_, "--team", "T0001", "--count", "10", "--csv", csv}).status, 0);
  {
    auto db = database_.open();
    surveys::SurveyCatalogue catalogue(surveys_);
    const auto& survey = catalogue.get("health-check");
    surveys::ResponseStore store(*db);
    std::ifstream file(csv);
    std::string line;
    std::getline(file, line);
    int i = 0;
    while (std::getline(file, line)) {
      const surveys::Link l = store.resolve(line.substr(line.size() - 32));
      surveys::Answers answers;
      std::vector<std::string> ids;
      for (const surveys::Question* q : survey.questions()) {
        ids.push_back(q->id);
        answers[q->id] =
            q->kind == surveys::Question::Kind::kScale ? std::to_string(1 + i % 5) : "comment " + std::to_string(i);
      }
      store.saveDraft(l, ids, answers);
      ASSERT_EQ(store.submit(l, survey), surveys::SubmitOutcome::kStored);
      ++i;
    }
  }
  Outcome r = hc({"survey", "results", run_, "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"counts\": [\n"), std::string::npos) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("\"response_rate\""), std::string::npos);
  EXPECT_NE(r.out.find("comment 7"), std::string::npos) << "a group of 10 shows its comments to the council";
  r = hc({"survey", "results", run_, "--format", "json", "--published"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("comment"), std::string::npos) << "never in anything published";
  r = hc({"survey", "results", run_});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex("T0001 \\([a-z_ ]+\\): 10 response\\(s\\), response rate [0-9]+% of [0-9]+")))
      << r.out;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("\n  wl1 +2 +2 +2 +2 +2   score 50\\.0\n"))) << r.out;
}

}  // namespace
}  // namespace hc

namespace hc {
namespace {

// A team with more responses than staff: flagged by `survey status` and
// `survey results`, accepted by `survey review` (audited), which refuses a
// team with nothing to review.
TEST_F(SurveyCliTest, ReviewAcceptsATeamWithMoreResponsesThanStaff) {
  ASSERT_EQ(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "all",
                "--surveys", surveys_}).status, 0);
  std::smatch m;
  const std::string before = hc({"survey", "status", run_}).out;
  const std::string row = statusRow(before, "T0002");
  ASSERT_TRUE(std::regex_match(row, m, std::regex("T0002 0 0 0 ([0-9]+) +0%"))) << before;
  const int staff = std::stoi(m[1]);
  const Outcome links = hc({"survey", "invite", run_, "--team", "T0002", "--count", std::to_string(staff + 1)});
  ASSERT_EQ(links.status, 0) << links.err;
  {
    auto db = database_.open();
    surveys::SurveyCatalogue catalogue(surveys_);
    surveys::ResponseStore store(*db);
    std::istringstream printed(links.out);
    for (std::string line; std::getline(printed, line);) {
      const surveys::Link l = store.resolve(line.substr(line.rfind('/') + 1));
      surveys::Answers answers;
      std::vector<std::string> ids;
      for (const surveys::Question* q : catalogue.get("health-check").questions()) {
        ids.push_back(q->id);
        if (q->kind == surveys::Question::Kind::kScale) answers[q->id] = "4";
      }
      store.saveDraft(l, ids, answers);
      ASSERT_EQ(store.submit(l, catalogue.get("health-check")), surveys::SubmitOutcome::kStored);
    }
  }
  Outcome r = hc({"survey", "status", run_});
  EXPECT_NE(statusRow(r.out, "T0002").find("more responses than staff: the open link may have been used more than "
                                           "once (not rated until: healthcheck survey review " + run_ + " --team T0002)"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(statusRow(r.out, "T0001").find("more responses"), std::string::npos);
  r = hc({"survey", "results", run_});
  EXPECT_NE(r.out.find("not rated until reviewed"), std::string::npos) << r.out;

  r = hc({"survey", "review", run_, "--team", "T0001"});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("nothing to review"), std::string::npos) << r.err;
  r = hc({"survey", "review", run_, "--team", "T0002"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Reviewed T0002 in " + run_ + ": its " + std::to_string(staff + 1) + " response(s) are now rated\n");
  EXPECT_NE(statusRow(hc({"survey", "status", run_}).out, "T0002").find("(reviewed)"), std::string::npos);
  EXPECT_TRUE(std::regex_search(hc({"audit", "--since", "2000-01-01"}).out,
                                std::regex("survey-change\t" + run_ + "\treview: " + std::to_string(staff + 1) +
                                           " response\\(s\\) of T0002 accepted")));
}

TEST_F(SurveyCliTest, InviteHelpSaysWhatAnOpenLinkCanAndCannotPrevent) {
  const Outcome r = hc({"survey", "invite", "--help"});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* said : {"one response per browser", "30 starts an hour from one", "survey review",
                           "cannot prevent: one person answering again from another browser"})
    EXPECT_NE(std::regex_replace(r.out, std::regex("\\s+"), " ").find(said), std::string::npos) << said << "\n" << r.out;
}

}  // namespace
}  // namespace hc
