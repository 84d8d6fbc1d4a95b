// The per-worker monthly visit summaries an import keeps beside the visits
// (ingest/visit_summaries.h, table visit_months): after a first import, a
// re-import, replaced visits and a rejected file they equal a fresh tally
// of the stored visits, and the dataset loader reads exactly that tally.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/visit_tally.h"
#include "ingest_fixture.h"
#include "store/dataset_loader.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

const char* const kHeader = "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes,travel_minutes\n";

std::string text(const VisitMonth& m) {
  return m.month.iso() + "|" + m.staff_id + "|" + std::string(name(m.status)) + "|" + std::to_string(m.visits) + "|" +
         std::to_string(m.planned_minutes) + "|" + std::to_string(m.actual_minutes) + "|" +
         std::to_string(m.travel_minutes);
}

class VisitSummariesTest : public IngestTest {
 protected:
  void SetUp() override { loadBase(); }

  // The stored summaries, in key order, as "month|staff|status|visits|planned|actual|travel".
  Texts stored() {
    Texts out;
    for (const std::string& r : rows("SELECT month, staff_id, status, visits, planned_minutes, actual_minutes, "
                                     "travel_minutes FROM visit_months ORDER BY month, staff_id, status",
                                     7))
      out.push_back(r.substr(0, 10) + r.substr(r.find('|')));  // MySQL's DATE as text may carry a time
    return out;
  }

  // A fresh tally of every stored visit, in the same form and order.
  Texts tallied() {
    VisitTally tally;
    auto st = db().prepare(
        "SELECT staff_id, scheduled_start, planned_minutes, status, actual_minutes, travel_minutes FROM visits");
    while (st->step()) {
      const std::string when = st->getText(1);
      auto optional = [&](int c) { return st->isNull(c) ? std::nullopt : std::optional<int64_t>(st->getInt(c)); };
      tally.add(st->getText(0), std::stoi(when.substr(0, 4)), unsigned(std::stoi(when.substr(5, 2))),
                *parseVisitStatus(st->getText(3)), st->getInt(2), optional(4), optional(5));
    }
    std::vector<VisitMonth> months = tally.summaries();
    std::sort(months.begin(), months.end(), [](const VisitMonth& a, const VisitMonth& b) {
      return std::make_tuple(a.month, a.staff_id, std::string(name(a.status))) <
             std::make_tuple(b.month, b.staff_id, std::string(name(b.status)));
    });
    Texts out;
    for (const VisitMonth& m : months) out.push_back(text(m));
    return out;
  }

  const std::string first_ = std::string(kHeader) +
                             "V1,C1,S1,2024-02-01 09:00,60,completed,55,10\n"
                             "V2,C1,S1,2024-02-29 23:59,30,completed,25,\n"
                             "V3,C2,S2,2024-03-01 00:00,45,cancelled_by_service,,\n"
                             "V4,C1,S1,2024-03-15 14:00,90,completed,80,20\n";
};

TEST_F(VisitSummariesTest, FirstImportSumsEachWorkersMonthAndStatus) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  // By hand: V1 and V2 are S1's completed February; V3 S2's March
  // cancellation; V4 S1's completed March. Missing minutes add nothing.
  EXPECT_EQ(stored(), (Texts{"2024-02-01|S1|completed|2|90|80|10", "2024-03-01|S1|completed|1|90|80|20",
                             "2024-03-01|S2|cancelled_by_service|1|45|0|0"}));
  EXPECT_EQ(stored(), tallied());
}

TEST_F(VisitSummariesTest, ReimportingTheSameFileChangesNothing) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  const Texts before = stored();
  const FileReport again = importOne("visits.csv", first_);
  ASSERT_TRUE(again.stored());
  EXPECT_EQ(again.replaced, 4);
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(stored(), tallied());
}

TEST_F(VisitSummariesTest, ReplacedVisitsMoveBetweenMonthsWorkersAndStatuses) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  // V1 moves to S2 in March; V2 becomes a no-access visit; V5 is new; V3
  // and V4 are not in this export and stay as they were.
  const FileReport r = importOne("visits.csv", std::string(kHeader) +
                                                   "V1,C1,S2,2024-03-02 09:00,60,completed,50,5\n"
                                                   "V2,C1,S1,2024-02-29 23:59,30,no_access,,\n"
                                                   "V5,C1,S1,2024-04-01 08:00,15,completed,15,0\n");
  ASSERT_TRUE(r.stored()) << ::testing::PrintToString(texts(r));
  EXPECT_EQ(r.replaced, 2);
  // By hand: S1's completed February has no visits left and is gone.
  EXPECT_EQ(stored(), (Texts{"2024-02-01|S1|no_access|1|30|0|0", "2024-03-01|S1|completed|1|90|80|20",
                             "2024-03-01|S2|cancelled_by_service|1|45|0|0", "2024-03-01|S2|completed|1|60|50|5",
                             "2024-04-01|S1|completed|1|15|15|0"}));
  EXPECT_EQ(stored(), tallied());
}

TEST_F(VisitSummariesTest, RejectedFileLeavesTheSummariesAsTheyWere) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  const Texts before = stored();
  const FileReport r = importOne("visits.csv", std::string(kHeader) +
                                                   "V1,C1,S2,2024-05-02 09:00,60,completed,50,5\n"
                                                   "V9,C1,S9,2024-05-02 09:00,60,completed,50,5\n");
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_EQ(stored(), before);
}

// More rows than a MySQL batch (1,000), over several months, then every
// row replaced with other minutes and half with another worker.
TEST_F(VisitSummariesTest, LargeReimportAcrossBatchesMatchesATally) {
  std::string first = kHeader, second = kHeader;
  for (int i = 0; i < 2500; ++i) {
    const std::string id = "V" + std::to_string(i), month = std::to_string(1 + i % 9);
    first += id + ",C1,S1,2024-0" + month + "-10 09:00,60,completed,55,\n";
    second += id + ",C1," + (i % 2 ? "S1" : "S2") + ",2024-0" + month + "-10 09:00," + std::to_string(30 + i % 7) +
              (i % 3 ? ",completed,20,4\n" : ",cancelled_by_person,,\n");
  }
  ASSERT_TRUE(importOne("visits.csv", first).stored());
  EXPECT_EQ(stored().size(), 9u);
  EXPECT_EQ(stored(), tallied());
  const FileReport r = importOne("visits.csv", second);
  ASSERT_TRUE(r.stored());
  EXPECT_EQ(r.replaced, 2500);
  EXPECT_EQ(stored(), tallied());
}

TEST_F(VisitSummariesTest, MigrationFillsTheSummariesFromStoredVisits) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  const Texts imported = stored();
  db().executeScript("DROP TABLE visit_months");
  auto st = db().prepare("DELETE FROM schema_version WHERE name = ?");
  st->bindText(0, "0006_visit_months");
  st->execute();
  store::migrate(db());
  EXPECT_EQ(stored(), imported);
}

TEST_F(VisitSummariesTest, LoaderReadsTheSummariesOfTheWindow) {
  ASSERT_TRUE(importOne("visits.csv", first_).stored());
  Dataset d = store::loadDataset(db(), *Date::parse("2024-03-01"), *Date::parse("2024-03-31"));
  Texts loaded;
  for (const VisitMonth& m : d.visit_months) loaded.push_back(text(m));
  std::sort(loaded.begin(), loaded.end());
  EXPECT_EQ(loaded, (Texts{"2024-03-01|S1|completed|1|90|80|20", "2024-03-01|S2|cancelled_by_service|1|45|0|0"}));
}

}  // namespace
}  // namespace hc::ingest
