// The demo council as a new user meets it: `healthcheck demo`, then
// `healthcheck import` of the folder (staff survey files included), then
// the metrics. Its teams must spread as a real council's do (issue 11):
// most mostly green or amber, the troubled teams first in the order of
// attention, one team turning round.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>
#include <set>

#include "cli_fixture.h"

namespace hc {
namespace {

using Poco::JSON::Object;

class DemoCouncilTest : public CliTest {
 protected:
  const std::string surveys_ = std::string(HC_SOURCE_DIR) + "/surveys";
};

TEST_F(DemoCouncilTest, TeamsSpreadAsARealCouncilsDoAndTheTroubledRankFirst) {
  const std::string data = dir_ + "/demo";
  Outcome r = hc({"demo", "--out", data, "--surveys", surveys_});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(data + "/staff-survey-health-check-2026-Q3.csv"));
  EXPECT_TRUE(std::filesystem::exists(data + "/staff-survey-health-check-2024-Q4.csv"));
  EXPECT_FALSE(std::filesystem::exists(data + "/staff-survey-health-check-2024-Q3.csv")) << "before the 24 months";

  r = hc({"import", data, "--surveys", surveys_});
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("staff-survey-health-check-2026-Q3.csv"), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find("not a file the data contract defines"), std::string::npos) << r.err;

  r = hc({"metrics", "--period", "2026-Q3", "--format", "json", "--level", "team"});
  ASSERT_EQ(r.status, 0) << r.err;
  Poco::JSON::Parser parser;
  const auto scopes = parser.parse(r.out).extract<Object::Ptr>()->getArray("scopes");
  ASSERT_EQ(scopes->size(), 12u);

  int ratings = 0, red = 0;
  std::map<std::string, int> rank, red_areas, improvements;
  std::set<std::string> rated_areas;
  for (unsigned i = 0; i < scopes->size(); ++i) {
    const Object::Ptr team = scopes->getObject(i);
    const std::string id = team->getValue<std::string>("id");
    rank[id] = team->getValue<int>("rank");
    const Object::Ptr areas = team->getObject("areas");
    for (const std::string& area_id : areas->getNames()) {
      const Object::Ptr area = areas->getObject(area_id);
      const Object::Ptr metrics = area->getObject("metrics");
      for (const std::string& metric_id : metrics->getNames()) {
        const Object::Ptr signal = metrics->getObject(metric_id)->getObject("signal");
        if (!signal->isNull("trend") && signal->getValue<std::string>("trend") == "improvement") ++improvements[id];
      }
      if (area->isNull("status")) continue;
      rated_areas.insert(area_id);
      ++ratings;
      if (area->getValue<std::string>("status") == "red") {
        ++red;
        ++red_areas[id];
      }
    }
  }
  // Every area has figures once the survey files are imported.
  EXPECT_EQ(rated_areas.size(), 5u);
  EXPECT_GE(ratings, 12 * 5 - 4) << "nearly every team rated in every area";
  // At most a quarter of the team area ratings are red.
  EXPECT_LE(4 * red, ratings) << red << " of " << ratings << " red";
  // The two struggling teams (Safeguarding East, Front Door Central) are in
  // trouble across several areas and first in the order of attention.
  EXPECT_GE(red_areas["T0001"], 3);
  EXPECT_GE(red_areas["T0009"], 3);
  EXPECT_EQ((std::set<int>{rank["T0001"], rank["T0009"]}), (std::set<int>{1, 2}));
  // Most teams are mostly green or amber: at most one red area.
  int mostly_fine = 0;
  for (const auto& [id, r] : rank) mostly_fine += red_areas[id] <= 1 ? 1 : 0;
  EXPECT_GE(mostly_fine, 8);
  // Looked After Children South is turning round: its process-control
  // charts show improvement, and it is no longer among the worst.
  EXPECT_GE(improvements["T0006"], 2);
  EXPECT_GT(rank["T0006"], 3);
}

// A staff survey file named on its own (as after a survey closes) is
// imported as the survey's responses, not also refused as a file of no
// known kind.
TEST_F(DemoCouncilTest, ASurveyFileNamedOnItsOwnIsImportedOnce) {
  const std::string data = dir_ + "/demo";
  ASSERT_EQ(hc({"demo", "--out", data, "--surveys", surveys_, "--teams", "3", "--months", "6"}).status, 0);
  const std::string survey = data + "/staff-survey-health-check-2026-Q3.csv";
  std::filesystem::rename(survey, dir_ + "/staff-survey-health-check-2026-Q3.csv");
  Outcome r = hc({"import", data, "--surveys", surveys_});
  ASSERT_EQ(r.status, 0) << r.out << r.err;

  r = hc({"import", dir_ + "/staff-survey-health-check-2026-Q3.csv", "--surveys", surveys_});
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("cannot tell the kind"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("nothing was stored"), std::string::npos) << r.err;
  size_t lines = 0;
  for (size_t at = r.out.find("staff-survey-health-check-2026-Q3.csv"); at != std::string::npos;
       at = r.out.find("staff-survey-health-check-2026-Q3.csv", at + 1))
    ++lines;
  EXPECT_EQ(lines, 1u) << r.out;
  EXPECT_NE(r.out.find(" inserted"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace hc
