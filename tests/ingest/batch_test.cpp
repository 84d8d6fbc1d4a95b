// Files larger than a batch (MySQL writes rows 1,000 at a time; SQLite one
// at a time): same-file repeats and conflicts found whichever batch holds
// the first line, counts exact, and a re-import replacing every row.
#include <gtest/gtest.h>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

using Texts = std::vector<std::string>;

constexpr int kRows = 2500;  // two and a half batches
const char* const kHeader = "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n";

std::string visit(int id, int minutes = 60) {
  return "V" + std::to_string(id) + ",C1,S1,2024-02-01 09:00," + std::to_string(minutes) + ",completed,55\n";
}

// kRows visits V0..; the data row for Vi is on line i + 2.
std::string visits() {
  std::string content = kHeader;
  for (int i = 0; i < kRows; ++i) content += visit(i);
  return content;
}

class Batch : public IngestTest {
 protected:
  void SetUp() override { loadBase(); }

  // The imports table's counts for the file's latest import.
  std::string logged() {
    const auto r = rows("SELECT rows_read, inserted, replaced, rejected, outcome FROM imports "
                        "WHERE kind = 'visits' ORDER BY import_id DESC", 5);
    return r.empty() ? "" : r.front();
  }
};

TEST_F(Batch, RepeatsAcrossAndWithinBatchesAreStoredOnce) {
  // V3 (line 5) again at line 2502, in the third batch; V1500 (line 1502)
  // again at line 2503 (its batch written by then); V2499 (line 2501) again
  // while still held back.
  const FileReport r = importOne("visits.csv", visits() + visit(3) + visit(1500) + visit(2499));
  EXPECT_EQ(r.outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(r));
  EXPECT_EQ(r.rows_read, kRows + 3);
  EXPECT_EQ(r.inserted, kRows);
  EXPECT_EQ(r.replaced, 0);
  EXPECT_EQ(r.repeats, 3);
  EXPECT_EQ(texts(r), (Texts{"visits.csv:2502: visit_id: warning: 'V3' repeats line 5 with the same values; stored once",
                             "visits.csv:2503: visit_id: warning: 'V1500' repeats line 1502 with the same values; stored once",
                             "visits.csv:2504: visit_id: warning: 'V2499' repeats line 2501 with the same values; stored once"}));
  EXPECT_EQ(count("visits"), kRows);
  EXPECT_EQ(logged(), "2503|2500|0|0|stored");
  EXPECT_EQ(rows("SELECT source_line FROM visits WHERE visit_id = 'V1500'"), (Texts{"1502"}));
}

TEST_F(Batch, ConflictsNameBothLinesWhicheverBatchHoldsTheFirst) {
  const std::string content = visits() + visit(3, 90) + visit(2499, 30);
  const FileReport r = importOne("visits.csv", content);
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_EQ(texts(r), (Texts{"visits.csv:2502: visit_id: 'V3' appears again with different values (first at line 5)",
                             "visits.csv:2503: visit_id: 'V2499' appears again with different values (first at line 2501)"}));
  EXPECT_EQ(count("visits"), 0);

  ImportOptions skip;
  skip.skip_invalid = true;
  skip.rejects_path = path("rejects.csv");
  const FileReport s = importOne("visits.csv", content, skip);
  EXPECT_EQ(s.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(s.inserted, kRows);
  EXPECT_EQ(s.rejected, 2);
  EXPECT_EQ(count("visits"), kRows);
  EXPECT_EQ(logged(), "2502|2500|0|2|stored_with_rejects");
  EXPECT_EQ(rows("SELECT planned_minutes FROM visits WHERE visit_id IN ('V3', 'V2499') ORDER BY visit_id"),
            (Texts{"60", "60"}));
}

TEST_F(Batch, ReimportReplacesEveryRowAndCountsNewOnes) {
  ASSERT_TRUE(importOne("visits.csv", visits()).stored());
  const FileReport again = importOne("visits.csv", visits());
  EXPECT_EQ(again.outcome, FileOutcome::kStored) << ::testing::PrintToString(texts(again));
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.replaced, kRows);
  EXPECT_EQ(logged(), "2500|0|2500|0|stored");

  // Half old keys with new values, half new keys.
  std::string mixed = kHeader;
  for (int i = kRows / 2; i < kRows + kRows / 2; ++i) mixed += visit(i, 45);
  const FileReport r = importOne("visits.csv", mixed);
  EXPECT_EQ(r.inserted, kRows / 2);
  EXPECT_EQ(r.replaced, kRows / 2);
  EXPECT_EQ(count("visits"), kRows + kRows / 2);
  EXPECT_EQ(rows("SELECT COUNT(*) FROM visits WHERE planned_minutes = 45"), (Texts{"2500"}));
}

}  // namespace
}  // namespace hc::ingest
