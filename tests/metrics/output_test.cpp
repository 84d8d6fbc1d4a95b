// JSON, CSV and text output of a HealthCheck.
#include "metrics/output.h"

#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <sstream>

#include "fixtures.h"
#include "metrics/catalogue.h"

namespace hc::metrics {
namespace {

using namespace hc::metrics::testing;
using Poco::JSON::Array;
using Poco::JSON::Object;

Dataset sample() {
  Dataset d;
  d.teams = {team("T1", Service::kChildren, "Quote \" and, comma"), team("A1", Service::kAdults, "=HYPERLINK(\"x\")")};
  // T1: vacancy 1 x 100 / 3 = 33.333333333333336 in binary64; Q2 had
  // the same staff, so change 0. Establishment only from Q3: no previous.
  d.staff = {permanent("s1", "T1"), permanent("s2", "T1"), agency("g1", "A1")};
  d.establishments = {{"T1", day("2025-07-01"), 3}};
  return d;
}

Object::Ptr parse(const std::string& json) {
  Poco::JSON::Parser parser;
  return parser.parse(json).extract<Object::Ptr>();
}

TEST(OutputJsonTest, ShapeHasEveryMetricOfEveryScope) {
  const HealthCheck hc = run(sample(), "2025-Q3");
  const Object::Ptr root = parse(toJson(hc));
  const Object::Ptr period = root->getObject("period");
  EXPECT_EQ(period->getValue<std::string>("label"), "2025-Q3");
  EXPECT_EQ(period->getValue<std::string>("from"), "2025-07-01");
  EXPECT_EQ(period->getValue<std::string>("to"), "2025-09-30");
  const Array::Ptr scopes = root->getArray("scopes");
  ASSERT_EQ(scopes->size(), hc.scopes.size());
  for (size_t i = 0; i < scopes->size(); ++i) {
    const Object::Ptr s = scopes->getObject(static_cast<unsigned>(i));
    EXPECT_EQ(s->getValue<std::string>("id"), hc.scopes[i].id);
    EXPECT_EQ(s->getValue<std::string>("name"), hc.scopes[i].name);
    EXPECT_EQ(s->getValue<std::string>("level"), levelName(hc.scopes[i].level));
    const Object::Ptr areas_json = s->getObject("areas");
    for (const MetricInfo& m : catalogue()) {
      const Object::Ptr area = areas_json->getObject(std::string(info(m.area).id));
      ASSERT_TRUE(area) << m.id;
      ASSERT_TRUE(area->has("status"));
      const Object::Ptr metric_json = area->getObject("metrics")->getObject(std::string(m.id));
      ASSERT_TRUE(metric_json) << hc.scopes[i].id << " " << m.id;
      for (const char* key : {"value", "status", "previous", "change", "n", "suppressed"})
        EXPECT_TRUE(metric_json->has(key)) << m.id << "." << key;
    }
  }
}

TEST(OutputJsonTest, NumbersAreUnroundedAndAbsentValuesNull) {
  const HealthCheck hc = run(sample(), "2025-Q3");
  const std::string json = toJson(hc);
  const Object::Ptr root = parse(json);
  const Object::Ptr t1 = root->getArray("scopes")->getObject(3);  // council, children, adults, T1
  ASSERT_EQ(t1->getValue<std::string>("id"), "T1");
  const Object::Ptr vacancy = t1->getObject("areas")->getObject("workload")->getObject("metrics")->getObject("vacancy_rate");
  EXPECT_EQ(vacancy->getValue<double>("value"), 100.0 / 3);  // bit for bit: the double nearest 100 / 3
  EXPECT_NE(json.find("33.333333333333336,"), std::string::npos);
  EXPECT_TRUE(vacancy->isNull("previous"));  // no establishment in Q2
  EXPECT_TRUE(vacancy->isNull("change"));
  EXPECT_EQ(vacancy->getValue<std::string>("status"), "red");
  EXPECT_EQ(vacancy->getValue<int>("n"), 2);
  EXPECT_FALSE(vacancy->getValue<bool>("suppressed"));
  const Object::Ptr agency = t1->getObject("areas")->getObject("workload")->getObject("metrics")->getObject("agency_rate");
  EXPECT_EQ(agency->getValue<double>("change"), 0);
  const Object::Ptr tools = t1->getObject("areas")->getObject("tools");
  EXPECT_TRUE(tools->isNull("status"));
  EXPECT_TRUE(tools->getObject("metrics")->getObject("survey_tools")->isNull("value"));
  EXPECT_TRUE(tools->getObject("metrics")->getObject("survey_tools")->isNull("status"));
}

TEST(OutputJsonTest, NoDataIsStillValidJson) {
  const HealthCheck hc = run(Dataset{}, "2031-Q1");
  const Object::Ptr root = parse(toJson(hc));
  EXPECT_EQ(root->getObject("period")->getValue<std::string>("label"), "2031-Q1");
  EXPECT_EQ(root->getArray("scopes")->size(), 1u);
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(OutputCsvTest, OneRowPerScopeAndMetric) {
  const HealthCheck hc = run(sample(), "2025-Q3");
  std::ostringstream out;
  writeCsv(out, hc);
  const auto rows = lines(out.str());
  ASSERT_EQ(rows.size(), 1 + hc.scopes.size() * 32);
  EXPECT_EQ(rows[0],
            "period,level,scope_id,scope_name,area,metric,value,status,previous,change,n,suppressed,"
            "vs_council,trend,area_status,area_score,area_measures,scope_score,scope_rank");
  // The council's first row: vacancy 1 / 3 of the council, previous null;
  // no signal against itself, no trend from one period; workload's points:
  // vacancy red, agency 1 / 3 red, turnover 0 green, supervision 0% red:
  // 100 / 4 = 25, red, 4 measures; a council has no rank.
  EXPECT_EQ(rows[1].rfind("2025-Q3,council,council,Council,workload,vacancy_rate,33.333333333333336,red,,,2,false,"
                          ",,red,25,4,",
                          0),
            0u)
      << rows[1];
  EXPECT_EQ(rows[1].back(), ',') << "no rank for the council";
}

TEST(OutputCsvTest, AsShownRoundsLikeTheScreenAndKeepsTheExactValueLast) {
  const HealthCheck hc = run(sample(), "2025-Q3");
  std::ostringstream out;
  CsvOptions options;
  options.as_shown = true;
  writeCsv(out, hc, options);
  const auto rows = lines(out.str());
  ASSERT_EQ(rows.size(), 1 + hc.scopes.size() * 32);
  EXPECT_EQ(rows[0].substr(rows[0].size() - 16), ",value_unrounded");
  // The council's vacancy rate, 1 / 3: 33.3 as shown, exact at the end.
  EXPECT_EQ(rows[1].rfind("2025-Q3,council,council,Council,workload,vacancy_rate,33.3,red,,,2,false,", 0), 0u)
      << rows[1];
  EXPECT_EQ(rows[1].substr(rows[1].size() - 19), ",33.333333333333336");
}

TEST(OutputCsvTest, TextCellsAreQuotedAndDefusedNumbersAreNot) {
  const HealthCheck hc = run(sample(), "2025-Q3");
  std::ostringstream out;
  writeCsv(out, hc);
  const std::string csv = out.str();
  EXPECT_NE(csv.find(",T1,\"Quote \"\" and, comma\",workload,"), std::string::npos);
  EXPECT_NE(csv.find(",A1,\"'=HYPERLINK(\"\"x\"\")\",workload,"), std::string::npos);
  EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
}

TEST(OutputCsvTest, NegativeChangeStaysANumber) {
  Dataset d;
  d.teams = {team("T1")};
  d.staff = {permanent("s1", "T1"), permanent("s2", "T1", 1, "2025-08-01")};
  d.establishments = {{"T1", day("2025-01-01"), 4}};
  std::ostringstream out;
  writeCsv(out, run(d, "2025-Q3"));
  // vacancy 75 -> 50: change -25.
  EXPECT_NE(out.str().find("team,T1,Team T1,workload,vacancy_rate,50,red,75,-25,2,false"), std::string::npos)
      << out.str().substr(0, 400);
}

TEST(OutputTextTest, RoundedValuesWithStatusGroupedByScope) {
  std::ostringstream out;
  writeText(out, run(sample(), "2025-Q3"));
  const std::string text = out.str();
  EXPECT_NE(text.find("Health check 2025-Q3 (2025-07-01 to 2025-09-30)"), std::string::npos);
  EXPECT_NE(text.find("Quote \" and, comma (team T1)"), std::string::npos);
  EXPECT_NE(text.find("Workload management: RED"), std::string::npos);
  EXPECT_NE(text.find("33.3%"), std::string::npos);
  EXPECT_EQ(text.find("33.333"), std::string::npos);
  EXPECT_NE(text.find("Vacancy rate"), std::string::npos);
}

TEST(OutputTextTest, NoDataSaysSo) {
  std::ostringstream out;
  writeText(out, run(Dataset{}, "2031-Q1"));
  EXPECT_EQ(out.str(), "No records fall in or before 2031-Q1: nothing to report\n");
}

}  // namespace
}  // namespace hc::metrics
