#include "demo/demo_folder.h"

#include "support/test_files.h"

namespace hc::demo::testing {

const char* const kDemoFiles[13] = {"teams",       "staff",         "establishment",    "cases",    "allocations",
                                    "transfers",   "visits",        "supervision",      "absences", "team_meetings",
                                    "risk_assessments", "feedback", "care_packages"};

DemoFolder writeAndRead(const DemoOptions& options) {
  DemoFolder folder;
  folder.dir = hc::testing::makeTempDir("demo-council") + "/out";
  folder.summary = writeDemoCouncil(options, folder.dir);
  for (const char* name : kDemoFiles) folder.tables[name] = readCsv(folder.dir + "/" + name + ".csv");
  return folder;
}

const DemoFolder& defaultDemo() {
  static const DemoFolder folder = writeAndRead(DemoOptions{});
  return folder;
}

}  // namespace hc::demo::testing
