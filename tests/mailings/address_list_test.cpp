#include "mailings/address_list.h"

#include <gtest/gtest.h>

namespace hc::mailings {
namespace {

TEST(AddressListTest, EachLineCheckedLowerCasedAndDeduplicated) {
  const AddressList l = parseAddressList(
      "\xEF\xBB\xBF" "Email address\r\n"
      "pat@northshire.gov.uk\r\n"
      "\r\n"
      "  Pat@Northshire.GOV.uk  \n"
      "\"sam@northshire.gov.uk\",,\n"
      "not-an-address\n"
      "a@b.example, c@d.example\n"
      "kim@northshire\n");
  EXPECT_EQ(l.addresses, (std::vector<std::string>{"pat@northshire.gov.uk", "sam@northshire.gov.uk"}));
  EXPECT_EQ(l.duplicates, 1);
  ASSERT_EQ(l.problems.size(), 3u);
  EXPECT_EQ(l.problems[0].text(), "line 6: 'not-an-address' is not an email address");
  EXPECT_EQ(l.problems[1].line, 7);
  EXPECT_NE(l.problems[1].reason.find("one address per line"), std::string::npos);
  EXPECT_EQ(l.problems[2].text(), "line 8: 'kim@northshire' is not an email address");
}

TEST(AddressListTest, AHeadingIsOnlyTakenOnTheFirstLine) {
  const AddressList l = parseAddressList("pat@northshire.gov.uk\nemail\n");
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 2);
  EXPECT_TRUE(parseAddressList("").addresses.empty());
}

}  // namespace
}  // namespace hc::mailings
