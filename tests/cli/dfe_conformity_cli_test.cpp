// DfE conformity through the command line, as a council would get there:
// records built from the DfE's published csww-2025 inputs
// (tests/metrics/dfe_records.h) written as the contract's CSV files,
// `healthcheck import --extracted 2025-09-30 DIR`, then
// `healthcheck metrics --period csww-2025`, whose rates must be the DfE's
// published ones (tests/metrics/dfe_conformity_test.cpp proves the same of
// the engine alone, and explains the DfE's rounding quirks).
//
// The records are a snapshot of 30 September 2025 in which nothing is
// dated that day (staff in post all started earlier), so without the
// extract date the census year is refused as incomplete.
//
// Every complete authority is one team of one database (their identifiers
// prefixed with the authority's code); England is a council of one team
// in another, so that its council figure is checked too. The indicators
// file is found as the engine's test finds it (sharedDataDir()).
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"
#include "contract_files.h"
#include "metrics/dfe_rates.h"
#include "metrics/coverage.h"
#include "metrics/dfe_records.h"
#include "metrics/period.h"

namespace hc {
namespace {

using namespace testing::dfe;

constexpr const char* kExtracted = "2025-09-30";  // the census date of csww-2025

// value[scope_id][metric] from `healthcheck metrics --format csv` (unrounded).
// Scope names here have no commas, so a line splits at each.
std::map<std::string, std::map<std::string, std::string>> csvValues(const std::string& csv) {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);  // period,level,scope_id,scope_name,area,metric,value,...
  while (std::getline(lines, line)) {
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string x; std::getline(fields, x, ',');) f.push_back(x);
    if (f.size() > 6) out[f[2]][f[5]] = f[6];
  }
  return out;
}

// The row's code as an identifier's prefix: "E06000061 / E06000062" (a joint
// return) becomes "E06000061_E06000062-".
std::string prefixOf(const IndicatorRow& row) {
  std::string p;
  for (char c : row.level == "National" ? std::string("ENG") : row.code)
    if (std::isalnum(static_cast<unsigned char>(c))) p += c;
    else if (p.empty() || p.back() != '_') p += '_';
  return p + "-";
}

class DfeConformityCli : public CliTest {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = testing::sharedDataDir();
    const std::string path = dir.empty() ? "" : dir + "/" + kIndicatorsFileName;
    if (path.empty() || !std::filesystem::is_regular_file(path)) return;
    rows_ = std::make_unique<std::vector<IndicatorRow>>(readIndicators(path));
  }
  static void TearDownTestSuite() { rows_.reset(); }

  void SetUp() override {
    if (!rows_)
      GTEST_SKIP() << "DfE indicators file not found: set HEALTHCHECK_SHARED_DATA to the folder holding "
                   << kIndicatorsFileName;
    period_ = *metrics::Period::parse(kCensusYear);
  }

  Dataset records(const CompleteRow& c) const {
    return synthesiseDataset(c.in, period_.from, period_.to, englandAndWalesBankHolidays());
  }

  // Writes `rows` into a new folder under the test's and returns it.
  std::string writeFolder(const std::string& name, const std::vector<const CompleteRow*>& rows) const {
    const std::string folder = dir_ + "/" + name;
    std::filesystem::create_directories(folder);
    testing::ContractFiles files(folder);
    for (const CompleteRow* c : rows) files.add(records(*c), prefixOf(*c->row));
    files.close();
    return folder;
  }

  static std::unique_ptr<std::vector<IndicatorRow>> rows_;
  metrics::Period period_;
};

std::unique_ptr<std::vector<IndicatorRow>> DfeConformityCli::rows_;

// The symptom of issue 21: the same export without its extract date is
// refused as incomplete, saying how to give one; with it, the year is there.
TEST_F(DfeConformityCli, WithoutTheExtractDateTheCensusYearIsRefused) {
  const std::vector<CompleteRow> complete = completeRows(*rows_, nullptr);
  ASSERT_FALSE(complete.empty());
  const CompleteRow* la = nullptr;
  for (const CompleteRow& c : complete)
    if (c.row->level == "Local authority" && (!la || c.in.cases < la->in.cases)) la = &c;
  ASSERT_NE(la, nullptr);
  const std::string folder = writeFolder("one", {la});
  // The latest date in its records (a leaving date, say): before the census date.
  const std::optional<Date> last = metrics::lastRecordDate(records(*la));
  ASSERT_TRUE(last);
  ASSERT_LT(*last, period_.to);

  Outcome r = hc({"import", folder});
  ASSERT_EQ(r.status, 0) << r.err;
  r = hc({"metrics", "--period", kCensusYear});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("csww-2025 ends on 2025-09-30, after the last day the imported records cover (" + last->iso() +
                       "), so its figures would be incomplete."),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("If the exports were taken later than " + last->iso() +
                       ", say when: healthcheck import --extracted YYYY-MM-DD FILE|DIR."),
            std::string::npos)
      << r.err;

  r = hc({"import", "--extracted", kExtracted, folder});
  ASSERT_EQ(r.status, 0) << r.err;
  r = hc({"metrics", "--period", kCensusYear, "--format", "csv"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("csww-2025,team," + prefixOf(*la->row) + kTeamId + ","), std::string::npos) << r.out.substr(0, 400);

  // A period past the extract date is refused, naming where the date comes from.
  r = hc({"metrics", "--period", "2025-10"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("after the last day the imported records cover (2025-09-30, the latest extract date, given with " +
                       folder),
            std::string::npos)
      << r.err;
}

// The conformity test proper, through the command line. For each complete
// authority and each rate, the figure `metrics` prints must be metrics.md's
// formula over the records (the exact rate of the published inputs, to
// 1e-9), which rounded to 0.1 is the DfE's published rate except where the
// DfE's own rounding of its inputs says otherwise (a quirk, counted).
TEST_F(DfeConformityCli, ImportWithExtractDateThenMetricsGivesThePublishedRates) {
  std::vector<std::string> excluded;
  const std::vector<CompleteRow> complete = completeRows(*rows_, &excluded);
  ASSERT_FALSE(complete.empty());
  std::vector<const CompleteRow*> authorities, england;
  for (const CompleteRow& c : complete) (c.row->level == "National" ? england : authorities).push_back(&c);
  ASSERT_EQ(england.size(), 1u) << "England's row is complete";
  ASSERT_GT(authorities.size(), 100u);

  // The authorities, one team each, in this test's database.
  const std::string folder = writeFolder("authorities", authorities);
  Outcome r = hc({"import", "--extracted", kExtracted, folder});
  ASSERT_EQ(r.status, 0) << r.err;
  r = hc({"metrics", "--period", kCensusYear, "--level", "team", "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  auto values = csvValues(r.out);

  // England, a council of one team, in a database of its own.
  testing::TestDatabase england_db;
  const std::string england_folder = writeFolder("england", england);
  r = run({"--db", england_db.url(), "import", "--extracted", kExtracted, england_folder});
  ASSERT_EQ(r.status, 0) << r.err;
  r = run({"--db", england_db.url(), "metrics", "--period", kCensusYear, "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto england_values = csvValues(r.out);
  values["ENG-" + std::string(kTeamId)] = england_values.at("ENG-" + std::string(kTeamId));

  std::map<std::string, int> matched, quirks;
  std::vector<std::string> failures;
  const int working_days = workingDays(period_.from, period_.to, englandAndWalesBankHolidays());
  for (const CompleteRow& c : complete) {
    const std::string team = prefixOf(*c.row) + kTeamId;
    for (const RateSpec& spec : rateSpecs()) {
      const int64_t published = *(c.row->*spec.published).tenths;
      const Ratio exact = spec.exact(spec.x(c.in), spec.y(c.in), working_days);
      const std::string head = label(*c.row) + ": " + spec.metric_id + ": ";
      const std::string text = values[team][spec.metric_id];
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0') {
        failures.push_back(head + "printed '" + text + "'");
        continue;
      }
      if (!(std::abs(v - exact.value()) <= 1e-9 * std::max(1.0, std::abs(exact.value())))) {
        failures.push_back(head + "printed " + text + ", metrics.md's formula gives " + std::to_string(exact.value()));
        continue;
      }
      (exact.roundedTenths() == published ? matched : quirks)[spec.metric_id]++;
    }
  }
  for (const RateSpec& spec : rateSpecs()) {
    std::cout << "[ DfE CLI  ] " << spec.metric_id << " vs " << spec.dfe_column << ": " << matched[spec.metric_id]
              << " of " << complete.size() << " printed as published, " << quirks[spec.metric_id]
              << " DfE rounding quirks\n";
    // Quirks are the DfE's own (its rounding of the inputs, which the
    // engine's test shows explains each): here, too, the value printed is
    // the exact rate, checked above for every row.
    EXPECT_LT(quirks[spec.metric_id], matched[spec.metric_id]) << spec.metric_id;
  }
  std::cout << "[ DfE CLI  ] " << excluded.size() << " authorities excluded: figures not published\n";
  EXPECT_TRUE(failures.empty()) << failures.size() << " rates differ from the DfE's:\n"
                                << [&] {
                                     std::string s;
                                     for (size_t i = 0; i < failures.size() && i < 20; ++i) s += "  " + failures[i] + "\n";
                                     return s;
                                   }();

  // England's council figure is its one team's.
  for (const RateSpec& spec : rateSpecs())
    EXPECT_EQ(england_values.at("council").at(spec.metric_id), england_values.at("ENG-" + std::string(kTeamId)).at(spec.metric_id))
        << spec.metric_id;
}

TEST(CliUsageTest, ImportHelpExplainsTheExtractDate) {
  const Outcome r = run({"import", "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("healthcheck [--db URL] import [--extracted YYYY-MM-DD] [OPTIONS] PATH..."), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("--extracted arg"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--extracted names the day the exports were taken"), std::string::npos) << r.out;
}

// A wrong --extracted is wrong use (exit 2) with the reason, and nothing is
// imported.
TEST_F(CliTest, WrongExtractDatesAreRefusedWithTheReason) {
  testing::writeFile(dir_ + "/teams.csv", "team_id,name,service\nT1,Alpha,children\n");
  Outcome r = hc({"import", "--extracted", "30/09/2025", dir_});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--extracted: '30/09/2025' is not a date (expected YYYY-MM-DD; it looks like a day/month/year "
                       "date as Excel writes it)"),
            std::string::npos)
      << r.err;
  r = hc({"import", "--extracted", "2025-02-29", dir_});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--extracted: '2025-02-29' is not a date (expected YYYY-MM-DD; there is no such day)"),
            std::string::npos)
      << r.err;
  r = hc({"import", "--extracted", "2999-01-01", dir_});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--extracted: 2999-01-01 is in the future (today is "), std::string::npos) << r.err;
  r = hc({"import", "--extracted", "", dir_});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--extracted: give the day the exports were taken, as YYYY-MM-DD"), std::string::npos) << r.err;
  r = hc({"annex-a", "import", dir_ + "/annex-a.xlsx", "--extracted", "2999-01-01"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--extracted: 2999-01-01 is in the future"), std::string::npos) << r.err;

  r = hc({"metrics", "--period", "2025-Q3"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("No records have been imported"), std::string::npos) << "nothing was imported: " << r.err;
}

}  // namespace
}  // namespace hc
