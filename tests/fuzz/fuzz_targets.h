// The fuzz targets: one function per thing fuzzed, shared by the libFuzzer
// binaries (scripts/fuzz, cmake -DHC_FUZZ=ON with clang) and the replay
// test that runs every saved crash as a regression test (CTest: fuzz_replay).
//
// Thread-safety: each target keeps process-wide state (a scratch database);
// call from one thread.
#ifndef HC_TESTS_FUZZ_FUZZ_TARGETS_H_
#define HC_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>

namespace hc::fuzz {

// The CSV importer: the first line names the file kind ("visits", or
// "visits+" for skip-invalid mode), the rest is the file, imported into a
// scratch SQLite database.
void csvImport(const uint8_t* data, size_t size);

// The survey form: byte 0 picks the section, the rest is an
// application/x-www-form-urlencoded body, parsed with the server's limits
// and posted with a valid CSRF token to a live survey link.
void surveyForm(const uint8_t* data, size_t size);

// The Excel reader: the input is an .xlsx file, opened with small limits
// and every cell of every sheet read.
void xlsxReader(const uint8_t* data, size_t size);

}  // namespace hc::fuzz

#endif  // HC_TESTS_FUZZ_FUZZ_TARGETS_H_
