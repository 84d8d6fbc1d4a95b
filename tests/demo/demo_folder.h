// DemoFolder: a demo council written to a temporary folder and read back,
// table by table, for the demo's tests.
#ifndef HC_TESTS_DEMO_DEMO_FOLDER_H_
#define HC_TESTS_DEMO_DEMO_FOLDER_H_

#include <map>
#include <string>

#include "demo/csv_table.h"
#include "demo/demo_council.h"

namespace hc::demo::testing {

// The thirteen files writeDemoCouncil writes, in dependency order.
extern const char* const kDemoFiles[13];

struct DemoFolder {
  std::string dir;
  DemoSummary summary;
  std::map<std::string, CsvTable> tables;  // by file name without ".csv"

  const CsvTable& operator[](const std::string& name) const { return tables.at(name); }
};

DemoFolder writeAndRead(const DemoOptions& options);

// The default council (12 teams, 24 months, seed 1), written once per test
// run and shared by the tests that only read it.
const DemoFolder& defaultDemo();

}  // namespace hc::demo::testing

#endif  // HC_TESTS_DEMO_DEMO_FOLDER_H_
