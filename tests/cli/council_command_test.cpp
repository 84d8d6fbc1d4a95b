// `healthcheck council`: the council's name and DfE authority as one stored
// setting, set and shown from the command line, carried into the figures'
// council scope, and shared with `benchmarks council --la`.
#include <gtest/gtest.h>

#include "cli_fixture.h"
#include "national/council_setting.h"
#include "store/database.h"

namespace hc {
namespace {

class CouncilCommandTest : public CliTest {
 protected:
  void importIndicators() {
    const std::string data = std::string(HC_SOURCE_DIR) + "/tests/national/data/";
    ASSERT_EQ(hc({"benchmarks", "import", data + "indicators_small.csv"}).status, 0);
  }
  national::Council stored() { return national::loadCouncil(*store::openDatabase(database_.url())); }
};

TEST_F(CouncilCommandTest, SetStoresNameAndAuthorityTogether) {
  importIndicators();
  const Outcome o = hc({"council", "set", "--name", "Northshire County Council", "--la", "841"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(o.out.find("Council: Northshire County Council\n"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("DfE local authority: Darlington (E06000005, 841)\n"), std::string::npos) << o.out;
  const national::Council c = stored();
  EXPECT_EQ(c.name, "Northshire County Council");
  ASSERT_TRUE(c.authority);
  EXPECT_EQ(c.authority->old_la_code, "841");

  // A new name alone keeps the authority; show says the same.
  ASSERT_EQ(hc({"council", "set", "--name", "Northshire Council"}).status, 0);
  const Outcome shown = hc({"council", "show"});
  EXPECT_EQ(shown.status, 0);
  EXPECT_NE(shown.out.find("Council: Northshire Council\nDfE local authority: Darlington (E06000005, 841)\n"),
            std::string::npos)
      << shown.out;
}

TEST_F(CouncilCommandTest, BenchmarksCouncilSetsTheSameSettingAndKeepsTheName) {
  importIndicators();
  ASSERT_EQ(hc({"council", "set", "--name", "Northshire County Council"}).status, 0);
  const Outcome o = hc({"benchmarks", "council", "--la", "841"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(o.out.find("Council: Northshire County Council\nDfE local authority: Darlington"), std::string::npos)
      << o.out;
  EXPECT_EQ(stored().name, "Northshire County Council");
}

TEST_F(CouncilCommandTest, UnknownCodeStoresNothing) {
  importIndicators();
  const Outcome o = hc({"council", "set", "--name", "Northshire County Council", "--la", "999"});
  EXPECT_EQ(o.status, 1);
  EXPECT_NE(o.err.find("no local authority '999'"), std::string::npos) << o.err;
  EXPECT_EQ(stored().name, "") << "the name waits for a good code";
}

TEST_F(CouncilCommandTest, BadNameIsWrongUse) {
  EXPECT_EQ(hc({"council", "set", "--name", "   "}).status, 2);
  const Outcome o = hc({"council", "set", "--name", "Two\nLines"});
  EXPECT_EQ(o.status, 2);
  EXPECT_NE(o.err.find("line break"), std::string::npos) << o.err;
  EXPECT_EQ(hc({"council", "set"}).status, 2);
}

TEST_F(CouncilCommandTest, TheFiguresNameTheCouncilScopeAfterTheSetting) {
  ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "2", "--months", "4", "--seed", "3"}).status, 0);
  ASSERT_EQ(hc({"import", dir_ + "/demo"}).status, 0);
  ASSERT_EQ(hc({"council", "set", "--name", "Northshire County Council"}).status, 0);
  const Outcome o = hc({"metrics", "--period", "2026-Q3", "--level", "council", "--format", "json"});
  ASSERT_EQ(o.status, 0) << o.err;
  EXPECT_NE(o.out.find("\"name\": \"Northshire County Council\""), std::string::npos) << o.out.substr(0, 400);
}

}  // namespace
}  // namespace hc
