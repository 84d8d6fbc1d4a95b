// Printing to PDF needs Chromium, which is optional: skipped without it.
#include "reports/pdf_printer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_files.h"

namespace hc::reports {
namespace {

TEST(PdfPrinterTest, PrintsAnHtmlFileToPdf) {
  const std::string chromium = findChromium();
  if (chromium.empty()) GTEST_SKIP() << "no chromium on PATH: install the chromium package to test --pdf";
  const std::string dir = hc::testing::makeTempDir("hc-pdf");
  hc::testing::writeFile(dir + "/a page.html",
                         "<!DOCTYPE html><html><head><style>@page { size: A4; }</style></head>"
                         "<body><h1>Health check</h1></body></html>");
  printToPdf(chromium, dir + "/a page.html", dir + "/out.pdf");
  EXPECT_EQ(hc::testing::readFile(dir + "/out.pdf").substr(0, 5), "%PDF-");
  std::filesystem::remove_all(dir);
}

TEST(PdfPrinterTest, AFailingBrowserIsAnError) {
  const std::string dir = hc::testing::makeTempDir("hc-pdf");
  hc::testing::writeFile(dir + "/a.html", "<p>x</p>");
  EXPECT_THROW(printToPdf("/bin/false", dir + "/a.html", dir + "/out.pdf"), std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.pdf"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace hc::reports
