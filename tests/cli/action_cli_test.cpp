// `healthcheck action add|update|list`, the actions in `metrics --format
// json`, and `survey publish|unpublish`, as a council's officers type them.
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <regex>

#include "access/audit_log.h"
#include "cli_fixture.h"

namespace hc {
namespace {

class ActionCliTest : public CliTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "2", "--months", "4", "--seed", "3"}).status, 0);
    ASSERT_EQ(hc({"import", dir_ + "/demo"}).status, 0);
  }
  // Adds the usual action for T0001 with `due`; returns its id.
  std::string addRecruit(const std::string& due) {
    Outcome r = hc({"action", "add", "--scope", "T0001", "--area", "workload", "--metric", "caseload_avg", "--title",
                    "Recruit two social workers", "--owner", "Head of service", "--due", due, "--period", "2026-Q3",
                    "--needs-decision", "yes"});
    EXPECT_EQ(r.status, 0) << r.err;
    std::smatch m;
    EXPECT_TRUE(std::regex_search(r.out, m, std::regex("^Added action (\\d+)\n$"))) << r.out;
    return m[1];
  }
};

TEST_F(ActionCliTest, AddUpdateAndListRoundTrip) {
  const std::string id = addRecruit("2099-03-31");
  Outcome r = hc({"action", "update", id, "--status", "in progress", "--note", "Two posts advertised"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Updated action " + id + "\n");

  r = hc({"action", "list", "--scope", "T0001", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto list = Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Array::Ptr>();
  ASSERT_EQ(list->size(), 1u);
  const auto a = list->getObject(0);
  EXPECT_EQ(a->getValue<int>("id"), std::stoi(id));
  EXPECT_EQ(a->getValue<std::string>("scope"), "T0001");
  EXPECT_EQ(a->getValue<std::string>("area"), "workload");
  EXPECT_EQ(a->getValue<std::string>("metric"), "caseload_avg");
  EXPECT_EQ(a->getValue<std::string>("title"), "Recruit two social workers");
  EXPECT_EQ(a->getValue<std::string>("owner"), "Head of service");
  EXPECT_EQ(a->getValue<std::string>("due"), "2099-03-31");
  EXPECT_EQ(a->getValue<std::string>("status"), "in_progress");
  EXPECT_FALSE(a->getValue<bool>("overdue"));
  EXPECT_EQ(a->getValue<std::string>("agreed_period"), "2026-Q3");
  EXPECT_TRUE(a->getValue<bool>("needs_decision"));
  ASSERT_EQ(a->getArray("notes")->size(), 1u);
  EXPECT_EQ(a->getArray("notes")->getObject(0)->getValue<std::string>("text"), "Two posts advertised");

  EXPECT_EQ(hc({"action", "list", "--status", "done"}).out, "No actions match.\n");
  EXPECT_EQ(hc({"action", "list", "--scope", "T0002"}).out, "No actions match.\n");
}

TEST_F(ActionCliTest, OverdueActionsAreMarkedInTextAndCsv) {
  const std::string late = addRecruit("2020-01-31");
  const std::string done = addRecruit("2020-01-31");
  ASSERT_EQ(hc({"action", "update", done, "--status", "done"}).status, 0);
  Outcome r = hc({"action", "list"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("#" + late + "  T0001 workload (caseload_avg)  planned  due 2020-01-31  OVERDUE"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("#" + done + "  T0001 workload (caseload_avg)  done  due 2020-01-31  needs"),
            std::string::npos) << "a done action is never overdue\n" << r.out;

  r = hc({"action", "list", "--format", "csv", "--status", "open"});
  std::istringstream lines(r.out);
  std::string header, row, extra;
  std::getline(lines, header);
  std::getline(lines, row);
  EXPECT_FALSE(std::getline(lines, extra)) << "only the open action";
  EXPECT_EQ(header, "id,scope,area,metric,title,description,owner,due,status,overdue,agreed_period,needs_decision,"
                    "changed_by,changed_at,latest_note");
  EXPECT_EQ(row.substr(0, row.find(",2020-01-31,")), late + ",T0001,workload,caseload_avg,Recruit two social workers,,"
                                                           "Head of service");
  EXPECT_NE(row.find(",2020-01-31,planned,yes,2026-Q3,yes,"), std::string::npos) << row;
}

TEST_F(ActionCliTest, WrongInputGetsAPlainMessageAndStoresNothing) {
  const auto refused = [&](std::vector<std::string> args, int status, const std::string& message) {
    args.insert(args.begin(), "action");
    const Outcome r = hc(args);
    EXPECT_EQ(r.status, status) << r.out;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
  };
  const std::vector<std::string> base = {"add", "--area", "workload", "--title", "T", "--owner", "O"};
  auto with = [&](std::vector<std::string> more) {
    auto args = base;
    args.insert(args.end(), more.begin(), more.end());
    return args;
  };
  refused(with({"--scope", "T9999", "--due", "2027-01-31"}), 1,
          "unknown scope 'T9999': give a team id, a service (children, adults, other) or 'council'; nothing was stored");
  refused(with({"--scope", "T0001", "--due", "31/01/2027"}), 2,
          "--due: '31/01/2027' is not a date (expected YYYY-MM-DD, e.g. 2027-03-31)");
  refused(with({"--scope", "T0001", "--due", "2027-01-31", "--metric", "sickness_rate"}), 1,
          "metric 'sickness_rate' belongs to the area wellbeing, not workload");
  refused({"add", "--scope", "council", "--area", "staffing", "--title", "T", "--owner", "O", "--due", "2027-01-31"},
          1, "unknown area 'staffing'");
  refused({"update", "77", "--status", "finished"}, 2,
          "--status: 'finished' is not a status (planned, in_progress, done, dropped)");
  refused({"update", "77", "--status", "done"}, 1, "there is no action 77 (see 'healthcheck action list')");
  refused({"update", "77"}, 2, "nothing to change");
  refused({"list", "--format", "xml"}, 2, "--format must be text, json or csv, not 'xml'");
  EXPECT_EQ(hc({"action", "list"}).out, "No actions match.\n");
}

TEST_F(ActionCliTest, MetricsJsonCarriesActionsUnderTheirScopesArea) {
  const std::string id = addRecruit("2020-01-31");
  Outcome r = hc({"metrics", "--period", "2026-Q3", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto root = Poco::JSON::Parser().parse(r.out).extract<Poco::JSON::Object::Ptr>();
  const auto scopes = root->getArray("scopes");
  int seen = 0;
  for (size_t i = 0; i < scopes->size(); ++i) {
    const auto scope = scopes->getObject(i);
    const auto areas = scope->getObject("areas");
    for (const std::string area : {"workload", "allocation", "tools", "wellbeing", "delivery"}) {
      const auto actions = areas->getObject(area)->getArray("actions");
      ASSERT_TRUE(actions) << scope->getValue<std::string>("id") << " " << area;
      if (scope->getValue<std::string>("id") != "T0001" || area != "workload") {
        EXPECT_EQ(actions->size(), 0u);
        continue;
      }
      ASSERT_EQ(actions->size(), 1u);
      const auto a = actions->getObject(0);
      EXPECT_EQ(a->getValue<int>("id"), std::stoi(id));
      EXPECT_EQ(a->getValue<std::string>("title"), "Recruit two social workers");
      EXPECT_EQ(a->getValue<std::string>("status"), "planned");
      EXPECT_EQ(a->getValue<std::string>("due"), "2020-01-31");
      EXPECT_TRUE(a->getValue<bool>("overdue"));
      ++seen;
    }
  }
  EXPECT_EQ(seen, 1);
  // An action agreed after the period asked for is not listed under it.
  r = hc({"metrics", "--period", "2026-Q2", "--format", "json"});
  EXPECT_EQ(r.out.find("Recruit two social workers"), std::string::npos);
}

TEST_F(ActionCliTest, ActionChangesAreInTheAuditLog) {
  const std::string id = addRecruit("2099-01-31");
  hc({"action", "update", id, "--due", "2099-02-28"});
  const Outcome r = hc({"audit", "--since", "2000-01-01"});
  EXPECT_NE(r.out.find("action-add"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("due 2099-01-31 -> 2099-02-28"), std::string::npos) << r.out;
}

TEST_F(ActionCliTest, PublishAClosedRunPrintsALinkAndUnpublishTakesItDown) {
  const std::string surveys = std::string(HC_SOURCE_DIR) + "/surveys";
  const std::string run = "health-check-2026-Q3";
  ASSERT_EQ(hc({"survey", "open", "--survey", "health-check", "--period", "2026-Q3", "--teams", "all", "--surveys",
                surveys, "--contact", "Workforce team, workforce@council.example"})
                .status,
            0);
  Outcome r = hc({"survey", "publish", run});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("survey run " + run + " is still open: close it first"), std::string::npos) << r.err;
  ASSERT_EQ(hc({"survey", "close", run}).status, 0);
  r = hc({"survey", "publish", run, "--base-url", "https://hc.council.example/"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("\nhttps://hc\\.council\\.example/r/[0-9a-f]{32}\n"))) << r.out;
  r = hc({"survey", "unpublish", run});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Unpublished " + run + ": its results link no longer works\n");
  r = hc({"survey", "unpublish", run});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, run + " has no published results page\n");
  r = hc({"audit", "--since", "2000-01-01"});
  EXPECT_NE(r.out.find("survey-publish"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("survey-unpublish"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace hc
