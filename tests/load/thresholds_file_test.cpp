// Reading thresholds files: the shipped one holds exactly the defaults, and
// a bad or missing file is named in the message.
#include "load/thresholds_file.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "support/test_files.h"

namespace hc::load {
namespace {

TEST(ThresholdsFileTest, ShippedFileHoldsExactlyTheDefaults) {
  const metrics::Thresholds shipped = loadThresholds(std::string(HC_SOURCE_DIR) + "/reports/thresholds.csv");
  const metrics::Thresholds defaults = metrics::Thresholds::defaults();
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    ASSERT_TRUE(defaults.limits(m.metric)) << m.id;
    EXPECT_EQ(shipped.limits(m.metric)->green, defaults.limits(m.metric)->green) << m.id;
    EXPECT_EQ(shipped.limits(m.metric)->amber, defaults.limits(m.metric)->amber) << m.id;
  }
}

TEST(ThresholdsFileTest, LoadThrowsWithThePathInTheMessage) {
  const std::string dir = hc::testing::makeTempDir("thresholds");
  const std::string path = dir + "/thresholds.csv";
  hc::testing::writeFile(path, "id,green,amber\ncaseload_avg,22,20\n");
  try {
    loadThresholds(path);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              path + ":2: caseload_avg: green limit 22 is worse than amber limit 20 (lower is better)");
  }
  std::vector<std::string> errors;
  EXPECT_FALSE(tryLoadThresholds(dir + "/missing.csv", &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("missing.csv"), std::string::npos);
}

}  // namespace
}  // namespace hc::load
