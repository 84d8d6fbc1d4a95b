// Datasets written as the data contract's CSV files (teams.csv, staff.csv,
// establishment.csv, cases.csv, allocations.csv, absences.csv), for tests
// that import records through the command line as a council would (public
// holidays are not written: the program ships England and Wales'). Each
// Dataset added gets a prefix on every identifier, so that several
// (one per authority of the DfE's figures) share one folder and database.
//
// Example:
//   ContractFiles files(dir);
//   files.add(dataset, "E09000001-");
//   files.close();
//   run({"import", "--extracted", "2025-09-30", dir});
//
// Thread-safety: none; one thread writes a ContractFiles.
#ifndef HC_TESTS_CLI_CONTRACT_FILES_H_
#define HC_TESTS_CLI_CONTRACT_FILES_H_

#include <string>

#include "core/records.h"
#include "demo/csv_file.h"

namespace hc::testing {

class ContractFiles {
 public:
  // Creates the files in `dir` (which must exist), each with its header.
  explicit ContractFiles(const std::string& dir);

  // Writes the records of `d`, every identifier prefixed with `prefix`.
  // FTEs, budgets and days lost must be whole tenths (written exactly);
  // a Dataset holding records of other kinds is refused
  // (std::invalid_argument), as they would be dropped.
  void add(const Dataset& d, const std::string& prefix);

  // Closes every file; throws std::runtime_error if one failed.
  void close();

 private:
  demo::CsvFile teams_, staff_, establishment_, cases_, allocations_, absences_;
};

}  // namespace hc::testing

#endif  // HC_TESTS_CLI_CONTRACT_FILES_H_
