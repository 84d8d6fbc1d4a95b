// The members' report of the demo council as a committee clerk prints it:
// `healthcheck report --pdf` through the headless Chromium the browser
// tests use, with the council's name set and actions agreed through the
// `action` command; the PDF is counted page by page.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "reports/pdf_printer.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc {
namespace {

// The text lines of page `page` of a PDF, trimmed, without empty lines and
// without the page number at its foot.
std::vector<std::string> pageLines(const std::string& pdf, int page) {
  const std::string command =
      "pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' - 2>&1";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << "pdftotext (poppler-utils, scripts/install-deps --test): " << out;
  }
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    const size_t a = line.find_first_not_of(" \t\f"), b = line.find_last_not_of(" \t\f");
    if (a == std::string::npos) continue;
    line = line.substr(a, b - a + 1);
    if (std::regex_match(line, std::regex("Page [0-9]+ of [0-9]+"))) continue;
    lines.push_back(line);
  }
  return lines;
}

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

TEST_F(MembersReportPdfTest, DemoCouncilPrintsACoverThenTheDecisionsWithNoHeadingAtAPageFoot) {
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
                dir_ + "/m.pdf", "--meeting", "Corporate Parenting Panel, 14 January 2027", "--author",
                "Jo Smith, Head of Quality Assurance", "--contact", "jo.smith@northshire.gov.uk"}),
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
  EXPECT_LE(pages, 10);  // the cover is a page of its own, and an area is not split

  // Page by page as a reader sees it (pdftotext, from poppler-utils).
  std::vector<std::vector<std::string>> text;
  for (int p = 1; p <= pages; ++p) text.push_back(pageLines(dir_ + "/m.pdf", p));
  const auto has = [](const std::vector<std::string>& lines, const std::string& wanted) {
    for (const std::string& l : lines)
      if (l.find(wanted) != std::string::npos) return true;
    return false;
  };
  // The cover: the council, the meeting, the date, the author and the contact; nothing else.
  EXPECT_TRUE(has(text[0], "Northshire County Council"));
  EXPECT_TRUE(has(text[0], "Corporate Parenting Panel, 14 January 2027"));
  EXPECT_TRUE(has(text[0], "Written 2 December"));
  EXPECT_TRUE(has(text[0], "Jo Smith, Head of Quality Assurance"));
  EXPECT_TRUE(has(text[0], "jo.smith@northshire.gov.uk"));
  EXPECT_FALSE(has(text[0], "Summary"));
  // The page after it opens with the decisions for members.
  ASSERT_FALSE(text[1].empty());
  EXPECT_TRUE(has(text[1], "Decisions for members"));
  EXPECT_TRUE(has(text[1], "Fund six social worker posts"));
  // No page ends with a heading: each heading is on the page of what it heads.
  const std::vector<std::string> headings = {"Decisions for members", "Summary", "Of most concern",
                                             "What is being done", "What we are doing", "Ratings by team",
                                             "What staff told us", "Glossary",
                                             "Appendix: how each figure is worked out", "Workload management",
                                             "Case allocation", "Having the right tools to do the job",
                                             "A healthy workplace", "Effective service delivery"};
  for (int p = 0; p < pages; ++p) {
    const std::vector<std::string>& lines = text[size_t(p)];
    if (lines.empty()) continue;
    for (const std::string& h : headings) EXPECT_NE(lines.back(), h) << "page " << p + 1 << " ends with a heading";
  }
}

}  // namespace
}  // namespace hc
