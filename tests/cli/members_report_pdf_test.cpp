// The members' report of the demo council as a committee clerk prints it:
// `healthcheck report --pdf` through the headless Chromium the browser
// tests use, with the council's name set and actions agreed through the
// `action` command; the PDF is counted page by page.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "cli/cli.h"
#include "reports/pdf_printer.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc {
namespace {

class MembersReportPdfTest : public ::testing::Test {
 protected:
  int hc(std::vector<std::string> args, std::string* output = nullptr) {
    args.insert(args.begin(), {"--db", database_.url()});
    std::ostringstream out, err;
    const int status = cli::run(args, out, err);
    EXPECT_EQ(status, 0) << err.str();
    if (output) *output = out.str();
    return status;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  testing::TestDatabase database_;
  std::string dir_ = testing::makeTempDir("hc-members-pdf");
};

TEST_F(MembersReportPdfTest, DemoCouncilPrintsWithinEightPagesWithSummaryActionsAndPageNumbers) {
  // The demo as scripts/demo makes it: 12 teams, 24 months.
  ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "12", "--months", "24", "--seed", "1"}), 0);
  ASSERT_EQ(hc({"import", dir_ + "/demo"}), 0);
  ASSERT_EQ(hc({"council", "set", "--name", "Northshire County Council"}), 0);
  ASSERT_EQ(hc({"action", "add", "--scope", "children", "--area", "workload", "--metric", "vacancy_rate", "--title",
                "Recruit four permanent social workers", "--owner", "Head of children's social work", "--due",
                "2026-10-31"}),
            0);
  ASSERT_EQ(hc({"action", "add", "--scope", "council", "--area", "workload", "--title", "Fund six social worker posts",
                "--owner", "Director of children's services", "--due", "2027-03-31", "--needs-decision", "yes"}),
            0);
  ASSERT_EQ(hc({"report", "--period", "2026-Q3", "--written", "2026-12-02", "--members", dir_ + "/m.html", "--pdf",
                dir_ + "/m.pdf"}),
            0);
  const std::string html = read(dir_ + "/m.html");
  EXPECT_NE(html.find("<p class=\"council\">Northshire County Council</p>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Summary</h2>"), std::string::npos);
  EXPECT_NE(html.find("Written 2 December 2026."), std::string::npos);
  // Due 31 October 2026, open on 2 December: overdue, named in the summary.
  EXPECT_NE(html.find("<strong>Recruit four permanent social workers</strong> (Children&#39;s services; Head of "
                      "children&#39;s social work, due 31 October 2026) <strong class=\"overdue\">Overdue</strong>"),
            std::string::npos);
  EXPECT_NE(html.find("Members are asked to decide on one matter: <strong>Fund six social worker posts</strong>"),
            std::string::npos);
  EXPECT_NE(html.find("counter(page)"), std::string::npos);

  // Chromium's PDF writes a "/Type /Page" dictionary per page.
  const std::string pdf = read(dir_ + "/m.pdf");
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  const std::regex page("/Type\\s*/Page[^s]");
  const auto pages = std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator());
  EXPECT_GE(pages, 5);
  EXPECT_LE(pages, 8);
}

}  // namespace
}  // namespace hc
