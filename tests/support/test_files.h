// Files for tests: temporary folders, whole-file reads and writes, and where
// the shared reference data lives.
#ifndef HC_TESTS_SUPPORT_TEST_FILES_H_
#define HC_TESTS_SUPPORT_TEST_FILES_H_

#include <string>

namespace hc::testing {

// A new empty folder under $TMPDIR (or /tmp), named PREFIX-XXXXXX.
std::string makeTempDir(const std::string& prefix);
void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);

// The folder of ../shared/data: $HEALTHCHECK_SHARED_DATA if set, else
// <source>/../shared/data. Empty when it does not exist, so that tests can
// GTEST_SKIP() with a clear message.
std::string sharedDataDir();

// The built healthcheck program, for end-to-end tests of the CLI.
std::string healthcheckBinary();

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_TEST_FILES_H_
