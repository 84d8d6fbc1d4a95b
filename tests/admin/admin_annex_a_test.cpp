// An Ofsted Annex A workbook taken in through the upload pages, as
// `healthcheck annex-a import` takes it: its extract date required, the
// check storing nothing, the import storing a case per child.
#include <gtest/gtest.h>

#include "admin_fixture.h"
#include "support/annex_a_workbooks.h"

namespace hc::web {
namespace {

class AdminAnnexATest : public AdminWebTest {
 protected:
  // Uploaded, checked and imported; the check's page.
  http::Response takeIn(const std::vector<std::pair<std::string, std::string>>& files, const std::string& what,
                        const std::string& extracted) {
    const int id = uploadOf(upload("admin", files, what, extracted));
    EXPECT_GT(id, 0);
    app_->imports().jobs().wait();
    const http::Response checked = get("admin", "/admin/imports/" + std::to_string(id));
    http::Request post = as("admin", "POST", "/admin/imports/" + std::to_string(id) + "/import");
    post.form["mode"] = "all";
    EXPECT_EQ(app_->handle(post).status, 303);
    app_->imports().jobs().wait();
    return checked;
  }
};

TEST_F(AdminAnnexATest, TheWorkbookIsCheckedThenImportedAsTheCommandLineImportsIt) {
  hc::testing::writeFile(spool_ + "/teams.csv", hc::testing::kAnnexATeamsCsv);
  hc::testing::writeFile(spool_ + "/staff.csv", hc::testing::kAnnexAStaffCsv);
  takeIn({{spool_ + "/teams.csv", "teams.csv"}, {spool_ + "/staff.csv", "staff.csv"}}, "exports", "2025-04-30");
  ASSERT_EQ(count("SELECT COUNT(*) FROM staff"), 3);
  hc::testing::quirkyAnnexA().write(spool_ + "/annex.xlsx");
  const int checked_before = static_cast<int>(count("SELECT COUNT(*) FROM cases"));
  const http::Response check = takeIn({{spool_ + "/annex.xlsx", "Annex A April.xlsx"}}, "annex-a", "2025-04-30");
  EXPECT_EQ(checked_before, 0);
  EXPECT_NE(check.body.find("Annex A April.xlsx"), std::string::npos);
  EXPECT_NE(check.body.find("No errors: the files can be imported"), std::string::npos) << check.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM cases"), 5) << "a case per child, as annex-a import stores them";
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = 'annex_a' AND extracted IS NOT NULL AND imported_by = 'admin'"), 1);
}

}  // namespace
}  // namespace hc::web
