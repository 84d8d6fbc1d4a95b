// Typed text without the Unicode direction controls, which would show it
// (and what follows it on a page, a terminal or the audit) reversed.
#include "core/clean_text.h"

#include <gtest/gtest.h>

#include <string>

namespace hc {
namespace {

// U+XXXX as UTF-8 (three bytes: the range of the direction controls).
std::string u(unsigned code) {
  return {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)),
          static_cast<char>(0x80 | (code & 0x3F))};
}

TEST(WithoutDirectionControls, EveryEmbeddingOverrideAndIsolateGoes) {
  for (unsigned code : {0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u})
    EXPECT_EQ(withoutDirectionControls("ab" + u(code) + "cd" + u(code)), "abcd") << std::hex << code;
}

TEST(WithoutDirectionControls, TheirNeighboursAndOtherTextStay) {
  // U+2029 paragraph separator, U+202F narrow no-break space, U+2065 (unassigned),
  // U+206A: next to the controls in the code table, none of them one.
  for (unsigned code : {0x2029u, 0x202Fu, 0x2065u, 0x206Au, 0x20ACu}) {
    const std::string text = "x" + u(code) + "y";
    EXPECT_EQ(withoutDirectionControls(text), text) << std::hex << code;
  }
  EXPECT_EQ(withoutDirectionControls("caf\xC3\xA9\nline two"), "caf\xC3\xA9\nline two");
  EXPECT_EQ(withoutDirectionControls("cut \xE2\x80"), "cut \xE2\x80") << "a truncated sequence is not ours to judge";
  EXPECT_EQ(withoutDirectionControls(u(0x202E) + u(0x202E)), "");
}

}  // namespace
}  // namespace hc
