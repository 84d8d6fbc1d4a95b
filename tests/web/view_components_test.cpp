// The GOV.UK components of the view layer: the Design System's markup, the
// fields tied to their hints and errors, and every string escaped.
#include <gtest/gtest.h>

#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/page_layout.h"

namespace hc::web::view {
namespace {

using html::Html;

bool has(const Html& h, const std::string& part) { return h.str().find(part) != std::string::npos; }

TEST(ViewComponentsTest, ErrorSummaryLinksEachFieldAndEscapes) {
  const Html s = govuk::errorSummary({{"due", "Enter a date <after> today"}, {"owner", "Enter an owner"}});
  EXPECT_TRUE(has(s, "class=\"govuk-error-summary\""));
  EXPECT_TRUE(has(s, "role=\"alert\""));
  EXPECT_TRUE(has(s, "<a href=\"#due\">Enter a date &lt;after&gt; today</a>"));
  EXPECT_TRUE(has(s, "<a href=\"#owner\">Enter an owner</a>"));
  EXPECT_TRUE(govuk::errorSummary({}).empty());
}

TEST(ViewComponentsTest, RadiosTieHintAndErrorToTheFieldset) {
  govuk::ChoiceField f;
  f.name = "q1";
  f.legend = "How often?";
  f.hint = "Pick one";
  f.error = "Select one";
  f.options = {{"1", "Never", ""}, {"2", "Often \"really\"", "Most weeks"}};
  f.checked = {"2"};
  const Html r = govuk::radios(f);
  EXPECT_TRUE(has(r, "govuk-form-group govuk-form-group--error"));
  EXPECT_TRUE(has(r, "aria-describedby=\"q1-hint q1-error\""));
  EXPECT_TRUE(has(r, "id=\"q1\" name=\"q1\" type=\"radio\" value=\"1\">"));
  EXPECT_TRUE(has(r, "id=\"q1-2\" name=\"q1\" type=\"radio\" value=\"2\" checked"));
  EXPECT_TRUE(has(r, "Often &quot;really&quot;"));
  EXPECT_TRUE(has(r, "id=\"q1-2-item-hint\""));
  EXPECT_TRUE(has(r, "<span class=\"govuk-visually-hidden\">Error:</span> Select one"));
}

TEST(ViewComponentsTest, CheckboxesCheckEveryChosenValue) {
  govuk::ChoiceField f{"teams", "Teams", "", {{"T1", "North", ""}, {"T2", "South", ""}, {"T3", "East", ""}}, {"T1", "T3"}};
  const Html c = govuk::checkboxes(f);
  EXPECT_TRUE(has(c, "type=\"checkbox\" value=\"T1\" checked"));
  EXPECT_TRUE(has(c, "type=\"checkbox\" value=\"T2\">"));
  EXPECT_TRUE(has(c, "type=\"checkbox\" value=\"T3\" checked"));
}

TEST(ViewComponentsTest, SelectMarksTheSelectedOption) {
  const Html s = govuk::select({"period", "Period", "", {{"2026-Q2", "2026-Q2", ""}, {"2026-Q3", "2026-Q3", ""}}, "2026-Q3"});
  EXPECT_TRUE(has(s, "<label class=\"govuk-label govuk-label--s\" for=\"period\">Period</label>"));
  EXPECT_TRUE(has(s, "<option value=\"2026-Q3\" selected>2026-Q3</option>"));
  EXPECT_TRUE(has(s, "<option value=\"2026-Q2\">2026-Q2</option>"));
}

TEST(ViewComponentsTest, TextInputAndFileUpload) {
  govuk::InputField in;
  in.name = "email";
  in.label = "Email address";
  in.type = "email";
  in.value = "a\"b@example.org";
  in.autocomplete = "email";
  in.spellcheck_off = true;
  const Html i = govuk::textInput(in);
  EXPECT_TRUE(has(i, "type=\"email\" value=\"a&quot;b@example.org\" autocomplete=\"email\" spellcheck=\"false\""));
  const Html f = govuk::fileUpload({"files", "Exports", "CSV or Excel", "", ".csv,.xlsx", true});
  EXPECT_TRUE(has(f, "class=\"govuk-file-upload\" id=\"files\" name=\"files\" type=\"file\" multiple accept=\".csv,.xlsx\""));
  EXPECT_TRUE(has(f, "aria-describedby=\"files-hint\""));
}

TEST(ViewComponentsTest, TableRightAlignsNumericColumns) {
  govuk::Table t;
  t.caption = "Teams & services";
  t.columns = {{"Team"}, {"Vacancy rate", true}};
  t.first_cell_is_header = true;
  t.rows.push_back({Html::text("North <East>"), Html::text("12.5%")});
  const Html h = govuk::table(t);
  EXPECT_TRUE(has(h, "<caption class=\"govuk-table__caption govuk-table__caption--m\">Teams &amp; services</caption>"));
  EXPECT_TRUE(has(h, "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Vacancy rate</th>"));
  EXPECT_TRUE(has(h, "<th scope=\"row\" class=\"govuk-table__header\">North &lt;East&gt;</th>"));
  EXPECT_TRUE(has(h, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">12.5%</td>"));
}

TEST(ViewComponentsTest, SummaryListChangeLinksNameTheirRow) {
  const Html s = govuk::summaryList({{"Due", Html::text("1 May"), "/a/1#due", "the due date", "change-due"}});
  EXPECT_TRUE(has(s, "<dt class=\"govuk-summary-list__key\">Due</dt>"));
  EXPECT_TRUE(has(s, "<a class=\"govuk-link\" id=\"change-due\" href=\"/a/1#due\">Change<span "
                     "class=\"govuk-visually-hidden\"> the due date</span></a>"));
}

TEST(ViewComponentsTest, TaskListStepsWithoutALinkCannotBeStarted) {
  const Html t = govuk::taskList({{"Upload exports", "/admin/imports", "", "Completed", ""},
                                  {"Publish", "", "After the survey closes", "Cannot start yet", "grey"}});
  EXPECT_TRUE(has(t, "govuk-task-list__item govuk-task-list__item--with-link"));
  EXPECT_TRUE(has(t, "href=\"/admin/imports\" aria-describedby=\"task-1-status\""));
  EXPECT_TRUE(has(t, "<div>Publish</div>"));
  EXPECT_TRUE(has(t, "<strong class=\"govuk-tag govuk-tag--grey\">Cannot start yet</strong>"));
}

TEST(ViewComponentsTest, BannersPanelsAndDetails) {
  EXPECT_TRUE(has(govuk::notificationBanner(govuk::BannerKind::kSuccess, "Imported"), "role=\"alert\""));
  EXPECT_TRUE(has(govuk::notificationBanner(govuk::BannerKind::kImportant, "Note"), "role=\"region\""));
  EXPECT_TRUE(has(govuk::panel("Done", "Ref <1>"), "<div class=\"govuk-panel__body\">Ref &lt;1&gt;</div>"));
  EXPECT_TRUE(has(govuk::details("More", govuk::para("x"), true), "<details class=\"govuk-details\" open>"));
  EXPECT_TRUE(has(govuk::buttonLink("Download", "javascript:x"), "href=\"#\""));
}

TEST(ViewComponentsTest, LayoutEscapesTheTitleAndCouncilName) {
  PageLayout layout("Lee & <Co> Council", "Health check");
  const std::string page = layout.render(Page{"A <title>", govuk::para("body"), "/back", true});
  EXPECT_NE(page.find("<title>Error: A &lt;title&gt; - Health check - Lee &amp; &lt;Co&gt; Council</title>"),
            std::string::npos);
  EXPECT_NE(page.find("<a href=\"/back\" class=\"govuk-back-link\">Back</a>"), std::string::npos);
  EXPECT_NE(page.find("<main class=\"govuk-main-wrapper\" id=\"main-content\" role=\"main\" tabindex=\"-1\">\n<p "
                      "class=\"govuk-body\">body</p>"),
            std::string::npos);
  EXPECT_EQ(page.find("<Co>"), std::string::npos);
}

}  // namespace
}  // namespace hc::web::view
