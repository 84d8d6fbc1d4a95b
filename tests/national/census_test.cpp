// census import: reading a census return (XML) and computing the council's
// census-year figures from it, on small returns of our own.
//
// census_small.xml, census year csww-2024 (1 Oct 2023 - 30 Sep 2024, 253
// working days after the 8 bank holidays), LA 841, vacancies 1.5 FTE, the
// LA's own agency figures 1.0 FTE / 2 people:
//   worker  kind       FTE        in post on 30 Sep   Cases30  WorkingDaysLost
//   1       permanent  1.0        yes (since 2015)         18      10
//   2       permanent  0.5        yes (from 2024-01-15)     6       2.5
//   3       permanent  0 -> FTE30 0.8, left 2024-03-31      -       4
//   4       agency     1.0        yes (no start date)      20       3
//   5       permanent  0.5        yes (no start date)       -       -
// By hand:
//   in post (permanent)  1.0 + 0.5 + 0.5 = 2.0 FTE
//   vacancy_rate   1.5 / (1.5 + 2.0) x 100       = 42.857142...
//   agency_rate    1.0 / (1.0 + 2.0) x 100       = 33.333333...
//   turnover_rate  0.8 / 2.0 x 100               = 40
//   caseload_avg   (18 + 6 + 20) / (1 + 0.5 + 1) = 17.6
//   sickness_rate  (10 + 2.5 + 4) / (2.0 x 253) x 100 = 3.2608695...
//                  (permanent staff only: the agency worker's 3 days do not count)
#include <gtest/gtest.h>

#include "national/census_dataset.h"
#include "national/census_import.h"
#include "national/census_reader.h"
#include "national/indicators_import.h"
#include "national/national_fixture.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

std::string allMessages(const ingest::DiagnosticList& list) {
  std::string out;
  for (const auto& m : list.kept()) out += m.text() + "\n";
  return out;
}
bool has(const ingest::DiagnosticList& list, const std::string& needle) {
  return allMessages(list).find(needle) != std::string::npos;
}

const national::CensusFigure& figure(const national::CensusCheck& check, const std::string& id) {
  for (const auto& f : check.figures)
    if (f.id == id) return f;
  throw std::runtime_error("no figure " + id);
}

TEST(CensusReader, ReadsTheHeaderTheLaFiguresAndEveryWorker) {
  const national::CensusRead read = national::readCensus(nationalData("census_small.xml"));
  ASSERT_TRUE(read.ok) << allMessages(read.diagnostics);
  const national::CensusReturn& c = read.census;
  EXPECT_EQ(c.year, 2024);
  EXPECT_EQ(c.reference_date, Date::fromCivil(2024, 9, 30));
  EXPECT_EQ(c.la_code, "841");
  EXPECT_DOUBLE_EQ(c.vacancies_fte, 1.5);
  EXPECT_DOUBLE_EQ(c.agency_fte, 1.0);
  EXPECT_EQ(c.agency_headcount, 2);
  ASSERT_EQ(c.workers.size(), 5u);
  const national::CensusWorker& leaver = c.workers[2];
  EXPECT_EQ(leaver.swe_no, "SW0000000003");
  EXPECT_EQ(*leaver.fte, 0.0);
  EXPECT_DOUBLE_EQ(*leaver.fte30, 0.8);
  EXPECT_EQ(leaver.end_date, Date::fromCivil(2024, 3, 31));
  EXPECT_EQ(leaver.line, 41);
  const national::CensusWorker& agency = c.workers[3];
  EXPECT_TRUE(agency.agency);
  EXPECT_EQ(agency.cases30, 20);
  EXPECT_EQ(agency.absent_30_sept, true);
  EXPECT_EQ(agency.absence_reasons, std::vector<std::string>{"SIC"});
}

TEST(CensusReader, InvalidRecordsAreReportedWithElementAndReason) {
  const national::CensusRead read = national::readCensus(nationalData("census_invalid.xml"));
  const auto& d = read.diagnostics;
  EXPECT_FALSE(read.ok);
  EXPECT_EQ(read.workers_read, 5);
  EXPECT_EQ(read.workers_rejected, 4) << allMessages(d);
  EXPECT_TRUE(has(d, "census_invalid.xml:5: NoAgencyFTE: 'many' is not a number")) << allMessages(d);
  EXPECT_TRUE(has(d, "census_invalid.xml:3: NoAgencyHeadcount: required element of LALevelVacancies is missing"));
  EXPECT_TRUE(has(d, "census_invalid.xml:8: AgencyWorker: '2' is not 0 or 1"));
  EXPECT_TRUE(has(d, "census_invalid.xml:10: FTE: '1.500000' is out of range"));
  EXPECT_TRUE(has(d, "census_invalid.xml:14: SWENo: '12345' is not a Social Work England number"));
  EXPECT_TRUE(has(d, "census_invalid.xml:15: RoleStartDate:"));
  EXPECT_TRUE(has(d, "census_invalid.xml:16: Cases30: '-1' is out of range"));
  EXPECT_TRUE(has(d, "census_invalid.xml:18: SWENo: required element is missing"));
  EXPECT_TRUE(has(d, "census_invalid.xml:21: Colour: warning: not an element of the census schema"));
  EXPECT_TRUE(has(d, "census_invalid.xml:23: SWENo: SW0000000001 repeats the worker on line 7"));
  EXPECT_TRUE(has(d, "census_invalid.xml:23: RoleEndDate: 2024-04-01 is before RoleStartDate 2024-05-01"));
  ASSERT_EQ(read.census.workers.size(), 1u);
  EXPECT_EQ(read.census.workers[0].swe_no, "SW0000000009");
}

TEST(CensusReader, MalformedXmlIsReportedWithItsLine) {
  const std::string dir = makeTempDir("hc-census");
  writeFile(dir + "/broken.xml", "<Message>\n  <CSWWWorker>\n    <FTE>1</FTE>\n</Message>\n");
  const national::CensusRead read = national::readCensus(dir + "/broken.xml");
  EXPECT_FALSE(read.ok);
  EXPECT_TRUE(has(read.diagnostics, "broken.xml:4: not well-formed XML")) << allMessages(read.diagnostics);
}

TEST(CensusReader, AnotherDocumentIsNotACensusReturn) {
  const std::string dir = makeTempDir("hc-census");
  writeFile(dir + "/other.xml", "<Invoice><Total>3</Total></Invoice>\n");
  const national::CensusRead read = national::readCensus(dir + "/other.xml");
  EXPECT_FALSE(read.ok);
  EXPECT_TRUE(has(read.diagnostics, "the root element is <Invoice>, not <Message>"));
  EXPECT_TRUE(has(read.diagnostics, "LALevelVacancies: required element is missing"));
  EXPECT_TRUE(has(read.diagnostics, "the return has no workers"));
}

TEST(CensusDataset, MapsWorkersOntoStaffCasesAbsencesAndEstablishment) {
  const national::CensusRead read = national::readCensus(nationalData("census_small.xml"));
  ASSERT_TRUE(read.ok);
  ingest::DiagnosticList diagnostics(50);
  const auto mapped = national::mapCensus(read.census, std::nullopt, "census_small.xml", diagnostics);
  ASSERT_TRUE(mapped);
  EXPECT_EQ(mapped->period.label, "csww-2024");
  const Dataset& data = mapped->data;
  ASSERT_EQ(data.teams.size(), 1u);
  EXPECT_EQ(data.teams[0].service, Service::kChildren);
  EXPECT_EQ(data.staff.size(), 5u);
  EXPECT_DOUBLE_EQ(data.staff[2].fte, 0.8);  // FTE 0: FTE30 used
  EXPECT_EQ(data.staff[3].start_date, Date::fromCivil(2023, 9, 30));  // no start date: before the year
  EXPECT_EQ(data.staff[4].role, Role::kTeamManager);                  // OrgRole 3
  EXPECT_EQ(data.cases.size(), 44u);
  EXPECT_EQ(data.allocations.size(), 44u);
  EXPECT_EQ(data.absences.size(), 4u);
  ASSERT_EQ(data.establishments.size(), 1u);
  EXPECT_DOUBLE_EQ(data.establishments[0].budgeted_fte, 3.5);  // 2.0 in post + 1.5 vacant
  EXPECT_DOUBLE_EQ(mapped->inpost_fte, 2.0);
  EXPECT_DOUBLE_EQ(mapped->agency_fte, 1.0);
  EXPECT_EQ(mapped->agency_headcount, 1);
  EXPECT_EQ(mapped->absent_on_census_date, 1);
  EXPECT_EQ(diagnostics.warnings(), 0) << allMessages(diagnostics);
}

class CensusImport : public NationalTest {};

TEST_F(CensusImport, ComputesTheCensusYearFiguresWorkedOutByHand) {
  const national::CensusImport result = national::importCensus(db(), nationalData("census_small.xml"), std::nullopt);
  ASSERT_TRUE(result.stored) << allMessages(result.diagnostics);
  const national::CensusCheck& check = *result.check;
  EXPECT_EQ(check.period_label, "csww-2024");
  EXPECT_NEAR(*figure(check, "vacancy_rate").ours, 100 * 1.5 / 3.5, 1e-9);
  EXPECT_NEAR(*figure(check, "agency_rate").ours, 100 * 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(*figure(check, "turnover_rate").ours, 40.0, 1e-9);
  EXPECT_NEAR(*figure(check, "caseload_avg").ours, 17.6, 1e-9);
  EXPECT_NEAR(*figure(check, "sickness_rate").ours, 100 * 16.5 / (2.0 * 253), 1e-9);
  // The LA's own figures beside ours: it reports 2 agency workers, the
  // worker records hold 1.
  EXPECT_DOUBLE_EQ(*figure(check, "agency_headcount").census, 2);
  EXPECT_DOUBLE_EQ(*figure(check, "agency_headcount").ours, 1);
  EXPECT_NEAR(*figure(check, "agency_rate").census, 100 * 1.0 / 3.0, 1e-9);
  EXPECT_FALSE(figure(check, "vacancy_rate").published);  // no DfE figures imported
  // Stored, with our figures.
  EXPECT_EQ(count("SELECT COUNT(*) FROM census_returns WHERE la_code = ?", "841"), 1);
  EXPECT_NEAR(*number("SELECT our_caseload_avg FROM census_returns WHERE la_code = ?", "841"), 17.6, 1e-9);
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = ?", "csww_census"), 1);
}

TEST_F(CensusImport, ShowsTheDfesPublishedFigureAndReplacesAnEarlierImport) {
  ASSERT_TRUE(national::importIndicators(db(), nationalData("indicators_small.csv")).stored());
  ASSERT_TRUE(national::importCensus(db(), nationalData("census_small.xml"), std::nullopt).stored);
  const national::CensusImport again = national::importCensus(db(), nationalData("census_small.xml"), std::nullopt);
  ASSERT_TRUE(again.stored);
  EXPECT_DOUBLE_EQ(*figure(*again.check, "vacancy_rate").published, 9.5);  // Darlington 2024
  EXPECT_EQ(count("SELECT COUNT(*) FROM census_returns WHERE la_code = ?", "841"), 1);
  std::ostringstream table;
  national::writeCensusCheck(table, *again.check);
  EXPECT_NE(table.str().find("Census return vs our calculation"), std::string::npos);
  EXPECT_NE(table.str().find("differs"), std::string::npos) << table.str();
}

TEST_F(CensusImport, AnInvalidReturnStoresNothing) {
  const national::CensusImport result = national::importCensus(db(), nationalData("census_invalid.xml"), 2024);
  EXPECT_FALSE(result.stored);
  EXPECT_FALSE(result.check);
  EXPECT_EQ(count("SELECT COUNT(*) FROM census_returns WHERE la_code <> ?", "-"), 0);
}

TEST_F(CensusImport, AReturnWithoutAHeaderNeedsTheYear) {
  const std::string dir = makeTempDir("hc-census");
  writeFile(dir + "/noheader.xml",
            "<Message><LALevelVacancies><NumberOfVacancies>1.00</NumberOfVacancies><NoAgencyFTE>0.00</NoAgencyFTE>"
            "<NoAgencyHeadcount>0</NoAgencyHeadcount></LALevelVacancies>\n<CSWWWorker><AgencyWorker>0</AgencyWorker>"
            "<SWENo>AB1234567890</SWENo><FTE>1</FTE></CSWWWorker></Message>\n");
  const auto without = national::importCensus(db(), dir + "/noheader.xml", std::nullopt);
  EXPECT_FALSE(without.stored);
  EXPECT_TRUE(has(without.diagnostics, "give it with --year")) << allMessages(without.diagnostics);
  const auto with = national::importCensus(db(), dir + "/noheader.xml", 2023);
  ASSERT_TRUE(with.stored) << allMessages(with.diagnostics);
  EXPECT_EQ(with.check->period_label, "csww-2023");
  EXPECT_NEAR(*figure(*with.check, "vacancy_rate").ours, 50.0, 1e-9);  // 1 / (1 + 1)
}

}  // namespace
}  // namespace hc::testing
