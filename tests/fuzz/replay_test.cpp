// Every input saved under tests/fuzz/regressions/<target>/ (crashes that
// scripts/fuzz found, and seeds of hostile input) run through its target
// as an ordinary test, in every build: a fixed crash stays fixed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz_targets.h"

namespace hc::fuzz {
namespace {

std::vector<std::string> inputs(const std::string& target) {
  std::vector<std::string> out;
  const std::filesystem::path dir = std::filesystem::path(HC_SOURCE_DIR) / "tests/fuzz/regressions" / target;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') out.push_back(e.path().string());
  return out;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(FuzzReplayTest, CsvImport) {
  const auto files = inputs("csv_import");
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    const std::string data = read(f);
    SCOPED_TRACE(f);
    EXPECT_NO_THROW(csvImport(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
  }
}

TEST(FuzzReplayTest, SurveyForm) {
  const auto files = inputs("survey_form");
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    const std::string data = read(f);
    SCOPED_TRACE(f);
    EXPECT_NO_THROW(surveyForm(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
  }
}

TEST(FuzzReplayTest, XlsxReader) {
  const auto files = inputs("xlsx_reader");
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    const std::string data = read(f);
    SCOPED_TRACE(f);
    EXPECT_NO_THROW(xlsxReader(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
  }
}

}  // namespace
}  // namespace hc::fuzz
