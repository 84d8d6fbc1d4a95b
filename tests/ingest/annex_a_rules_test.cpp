// The reading rules of Annex A cells and the choice of a child's current
// row, on values worked out by hand from shared/spec/annex-a.md.
#include <gtest/gtest.h>

#include "ingest/annex_a/cell_values.h"
#include "ingest/annex_a/child_case.h"
#include "ingest/annex_a/list_reader.h"

namespace hc::ingest::annex_a {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

xlsx::Cell textCell(const std::string& text) {
  xlsx::Cell c;
  c.kind = xlsx::Cell::Kind::kText;
  c.text = text;
  return c;
}

TEST(AnnexACellsTest, HeadersMatchInTheirNormalForm) {
  EXPECT_EQ(headerKey("Referral NFA ?"), "referral nfa");
  EXPECT_EQ(headerKey(" Date of  Referral "), "date of referral");
  EXPECT_EQ(headerKey("Allocated\xC2\xA0Team"), "allocated team");
  EXPECT_EQ(headerKey("CHILD UNIQUE ID"), "child unique id");
}

TEST(AnnexACellsTest, NamesFoldTheirSpaces) {
  EXPECT_EQ(foldSpaces("  Sam\xC2\xA0 Jones "), "Sam Jones");
  EXPECT_EQ(nameKey("SAM  JONES"), "sam jones");
}

TEST(AnnexACellsTest, MissingHasSeveralSpellings) {
  xlsx::Cell error;
  error.kind = xlsx::Cell::Kind::kError;
  error.text = "#N/A";
  EXPECT_TRUE(isMissing(xlsx::Cell()));
  EXPECT_TRUE(isMissing(error));
  EXPECT_TRUE(isMissing(textCell("N/A")));
  EXPECT_TRUE(isMissing(textCell("null")));
  EXPECT_TRUE(isMissing(textCell(" - ")));
  EXPECT_FALSE(isMissing(textCell("Sam")));
}

TEST(AnnexACellsTest, CodedAnswers) {
  EXPECT_EQ(codedAnswer("a) Yes"), true);
  EXPECT_EQ(codedAnswer("Y"), true);
  EXPECT_EQ(codedAnswer("b) No"), false);
  EXPECT_EQ(codedAnswer("no"), false);
  EXPECT_EQ(codedAnswer("maybe"), std::nullopt);
}

TEST(AnnexACellsTest, TextDatesInThreeLayoutsOnly) {
  EXPECT_EQ(dateOf(textCell("03/02/2025")), day("2025-02-03"));
  EXPECT_EQ(dateOf(textCell("3/2/2025")), day("2025-02-03"));
  EXPECT_EQ(dateOf(textCell("2025-02-03")), day("2025-02-03"));
  EXPECT_EQ(dateOf(textCell("31/02/2025")), std::nullopt);
  EXPECT_EQ(dateOf(textCell("3 Feb 2025")), std::nullopt);
  EXPECT_EQ(dateOf(textCell("03/02/25")), std::nullopt);
  xlsx::Cell number;
  number.kind = xlsx::Cell::Kind::kNumber;
  number.number = 45691;
  EXPECT_EQ(dateOf(number), std::nullopt);  // a number in a general format is no date
}

TEST(AnnexACellsTest, ListNumbersFromSheetNames) {
  EXPECT_EQ(listNumber("List 3"), 3);
  EXPECT_EQ(listNumber("List3"), 3);
  EXPECT_EQ(listNumber("List 3 - Referrals"), 3);
  EXPECT_EQ(listNumber("LIST 8"), 8);
  EXPECT_EQ(listNumber("List 10"), 10);
  EXPECT_EQ(listNumber("Cover"), 0);
  EXPECT_EQ(listNumber("Listing 3"), 0);
}

Episode episode(int list, const char* start, const char* end, const char* team, const char* worker) {
  Episode e;
  e.list = list;
  e.start = day(start);
  if (end) e.end = day(end);
  e.team = team;
  e.worker = worker;
  return e;
}

TEST(AnnexAChildTest, TheHighestOpenListIsCurrent) {
  // Referred 1 March; assessed 2-20 March; CIN from 21 March (open); a CP
  // plan 1-10 April that has ended: the CIN row is current.
  const ChildCase c = summariseChild({episode(3, "2025-03-01", nullptr, "T1", "Sam"),
                                      episode(4, "2025-03-02", "2025-03-20", "T1", "Sam"),
                                      episode(6, "2025-03-21", nullptr, "T2", "Priya"),
                                      episode(7, "2025-04-01", "2025-04-10", "T3", "Alex")},
                                     day("2025-04-30"));
  EXPECT_TRUE(c.open);
  EXPECT_EQ(c.basis, 2);
  EXPECT_EQ(c.referral_date, day("2025-03-01"));
  EXPECT_EQ(c.assessment_completed_date, day("2025-03-20"));
  EXPECT_EQ(c.closed_date, std::nullopt);
  EXPECT_EQ(c.worker, "Priya");
  EXPECT_EQ(c.allocated_from, day("2025-03-21"));
}

TEST(AnnexAChildTest, AClosedChildTakesTheRowThatEndedLast) {
  // A referral taken on by an assessment that ended 20 March: the
  // referral stays open only until the assessment starts.
  const ChildCase c = summariseChild({episode(3, "2025-03-01", nullptr, "T1", "Sam"),
                                      episode(4, "2025-03-02", "2025-03-20", "T2", "Priya")},
                                     day("2025-04-30"));
  EXPECT_FALSE(c.open);
  EXPECT_EQ(c.basis, 1);
  EXPECT_EQ(c.closed_date, day("2025-03-20"));
  EXPECT_EQ(c.worker, "");  // closed: unallocated
}

TEST(AnnexAChildTest, WithoutAReferralTheEarliestStartIsTheReferral) {
  const ChildCase c = summariseChild({episode(8, "2024-06-01", nullptr, "T1", "Not allocated"),
                                      episode(7, "2024-01-15", "2024-05-31", "T1", "Sam")},
                                     day("2025-04-30"));
  EXPECT_EQ(c.basis, 0);
  EXPECT_EQ(c.referral_date, day("2024-01-15"));
  EXPECT_EQ(c.worker, "");  // "Not allocated"
}

}  // namespace
}  // namespace hc::ingest::annex_a
