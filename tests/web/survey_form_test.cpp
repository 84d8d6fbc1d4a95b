// The survey form end to end through the application's routes, and the
// HTTP server's limits, headers and log over a real socket.
#include <gtest/gtest.h>

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <cctype>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>

#include "load/figure_settings.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "surveys/survey_catalogue.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"
#include "web/web_app.h"
#include "web/http/web_server.h"
#include "web/survey/survey_views.h"

namespace hc::web {
namespace {

class SurveyFormTest : public ::testing::Test {
 protected:
  SurveyFormTest() {
    store::migrate(test_db_.db());
    test_db_.db().prepare("INSERT INTO teams (team_id, name, service) VALUES ('T1', 'Team one', 'children')")->execute();
    WebAppOptions options;
    options.db_url = test_db_.url();
    options.surveys_folder = std::string(HC_SOURCE_DIR) + "/surveys";
    options.assets_folder = std::string(HC_SOURCE_DIR) + "/src/web/node_modules/govuk-frontend/dist/govuk";
    options.council_name = "Northshire Council";
    app_ = std::make_unique<WebApp>(options);
    surveys::SurveyRuns runs(test_db_.db());
    run_ = runs.open(app_->catalogue().get("health-check"), "2025-Q3", Date::fromCivil(2025, 7, 1),
                     Date::fromCivil(2025, 9, 30), {"T1"}).run_id;
    token_ = runs.invite(run_, "T1", 1).front();
  }

  http::Response get(const std::string& path) {
    http::Request r{"GET", path};
    r.cookies = cookies_;
    return keepCookies(app_->handle(r));
  }
  http::Response post(const std::string& path, std::map<std::string, std::string> form, bool with_csrf = true) {
    http::Request r{"POST", path};
    r.cookies = cookies_;
    r.form = std::move(form);
    if (with_csrf) r.form["csrf"] = csrf_;
    return keepCookies(app_->handle(r));
  }
  http::Response keepCookies(http::Response r) {
    const std::string set = r.header("Set-Cookie");
    if (!set.empty()) cookies_[set.substr(0, set.find('='))] = set.substr(set.find('=') + 1, 32);
    std::smatch m;
    if (std::regex_search(r.body, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) csrf_ = m[1];
    return r;
  }
  // Every question of section n (1-based) answered `value`.
  std::map<std::string, std::string> sectionAnswers(size_t n, const std::string& value) {
    std::map<std::string, std::string> form;
    for (const auto& q : app_->catalogue().get("health-check").sections[n - 1].questions)
      form[q.id] = q.kind == surveys::Question::Kind::kText ? "Fine" : value;
    return form;
  }
  int64_t count(const std::string& sql) {
    auto st = test_db_.db().prepare(sql);
    int64_t n = -1;
    while (st->step()) n = st->getInt(0);
    return n;
  }

  testing::TestDatabase test_db_;
  std::unique_ptr<WebApp> app_;
  std::string run_, token_, csrf_;
  std::map<std::string, std::string> cookies_;
};

TEST_F(SurveyFormTest, WholeSurveyIsAnsweredOnceAndTheLinkThenRefused) {
  const std::string base = "/s/" + token_;
  http::Response start = get(base);
  EXPECT_EQ(start.status, 200);
  EXPECT_NE(start.body.find("Start now"), std::string::npos);
  EXPECT_EQ(start.cache_control, "no-store");

  http::Response page = get(base + "/1");
  EXPECT_NE(page.body.find("<span class=\"govuk-caption-l\">Section 1 of 5</span>"), std::string::npos);
  EXPECT_NE(page.body.find("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">1. My caseload is "
                           "manageable.</legend>"),
            std::string::npos);
  EXPECT_FALSE(csrf_.empty());

  // Without the CSRF field nothing is saved.
  EXPECT_EQ(post(base + "/1", sectionAnswers(1, "4"), false).status, 403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);

  // A missing answer: error summary, message, and the valid answers kept.
  auto partial = sectionAnswers(1, "4");
  partial.erase("wl3");
  http::Response error = post(base + "/1", partial);
  EXPECT_EQ(error.status, 200);
  EXPECT_NE(error.body.find("<title>Error: "), std::string::npos);
  EXPECT_NE(error.body.find("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>"), std::string::npos);
  // The error names the question in the reader's words (wl3: "I have enough
  // time to write up my work properly.", an agreement scale).
  EXPECT_NE(error.body.find("<li><a href=\"#wl3\">Select how much you agree that you have enough time to write up "
                            "your work properly</a></li>"),
            std::string::npos);
  EXPECT_NE(error.body.find("<p id=\"wl3-error\" class=\"govuk-error-message\">"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 5);

  for (size_t n = 1; n <= 5; ++n) {
    http::Response next = post(base + "/" + std::to_string(n), sectionAnswers(n, "4"));
    ASSERT_EQ(next.status, 303) << n;
    EXPECT_EQ(next.header("Location"), n == 5 ? base + "/check" : base + "/" + std::to_string(n + 1));
    get(next.header("Location"));
  }
  // Resuming shows the answers kept.
  EXPECT_NE(get(base + "/2").body.find("value=\"4\" checked"), std::string::npos);
  http::Response check = get(base + "/check");
  EXPECT_NE(check.body.find("Check your answers before sending them"), std::string::npos);
  http::Response done = post(base + "/check", {});
  ASSERT_EQ(done.status, 303);
  EXPECT_EQ(done.header("Location"), "/thank-you");
  EXPECT_NE(get("/thank-you").body.find("Your answers have been sent"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses WHERE team_id = 'T1'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 28);

  http::Response used = get(base);
  EXPECT_EQ(used.status, 410);
  EXPECT_NE(used.body.find("This link has already been used"), std::string::npos);
  EXPECT_EQ(post(base + "/check", {}).status, 410);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_responses"), 1);
}

TEST_F(SurveyFormTest, FreeTextThatIsNotUtf8IsRefusedAndControlsAreStripped) {
  const std::string base = "/s/" + token_;
  get(base + "/1");  // the CSRF cookie and field
  const auto& sections = app_->catalogue().get("health-check").sections;
  size_t n = 0;
  std::string text_id;
  for (size_t i = 0; i < sections.size() && text_id.empty(); ++i)
    for (const auto& q : sections[i].questions)
      if (q.kind == surveys::Question::Kind::kText) n = i + 1, text_id = q.id;
  ASSERT_FALSE(text_id.empty());
  auto answers = sectionAnswers(n, "4");
  answers[text_id] = "caf\xE9 latin-1";
  const http::Response refused = post(base + "/" + std::to_string(n), answers);
  EXPECT_EQ(refused.status, 200);
  EXPECT_NE(refused.body.find("could not be read: please type the answer again"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts WHERE value LIKE 'caf%'"), 0);
  answers[text_id] = "fine\x1b[2J\x1b]0;owned\x07 thanks";
  EXPECT_EQ(post(base + "/" + std::to_string(n), answers).status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts WHERE value = 'fine[2J]0;owned thanks'"), 1);
}

TEST_F(SurveyFormTest, PlainMessagesForUnknownAndClosedLinks) {
  http::Response unknown = get("/s/0123456789abcdef0123456789abcdef");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_NE(unknown.body.find("This link does not work"), std::string::npos);
  EXPECT_NE(unknown.body.find("ask your survey contact for a new link"), std::string::npos) << "no contact set";
  EXPECT_EQ(get("/s/not-a-token/1").status, 404);
  surveys::SurveyRuns(test_db_.db()).close(run_);
  http::Response closed = get("/s/" + token_);
  EXPECT_EQ(closed.status, 410);
  EXPECT_NE(closed.body.find("This survey has closed"), std::string::npos);
}

TEST_F(SurveyFormTest, LinkProblemPagesNameTheSurveyContact) {
  surveys::setSurveyContact(test_db_.db(), run_, "Workforce team, workforce@council.example");
  http::Response unknown = get("/s/0123456789abcdef0123456789abcdef");
  const std::string mailto =
      "Workforce team, <a class=\"govuk-link\" href=\"mailto:workforce@council.example\">workforce@council.example</a>";
  EXPECT_NE(unknown.body.find("ask " + mailto + " for a new link"), std::string::npos) << unknown.body;
  // The used link's page: the address is a link to write to.
  const std::string base = "/s/" + token_;
  for (size_t n = 1; n <= 5; ++n) {
    get(base + "/" + std::to_string(n));
    ASSERT_EQ(post(base + "/" + std::to_string(n), sectionAnswers(n, "3")).status, 303);
  }
  ASSERT_EQ(post(base + "/check", {}).status, 303);
  http::Response used = get(base);
  EXPECT_EQ(used.status, 410);
  EXPECT_NE(used.body.find("If you have not answered the survey yourself, ask " + mailto + " for a new link."),
            std::string::npos)
      << used.body;
  // A contact without an address stays plain text.
  surveys::setSurveyContact(test_db_.db(), run_, "the workforce team on extension 4321");
  EXPECT_NE(get(base).body.find("ask the workforce team on extension 4321 for a new link"), std::string::npos);
  EXPECT_EQ(get(base).body.find("mailto:"), std::string::npos);
  const std::string other = "/s/" + surveys::SurveyRuns(test_db_.db()).invite(run_, "T1", 1).front();
  surveys::setSurveyContact(test_db_.db(), run_, "Workforce team, workforce@council.example");
  surveys::SurveyRuns(test_db_.db()).close(run_);
  http::Response closed = get(other);
  EXPECT_NE(closed.body.find("If you have a question about the survey, ask " + mailto + "."), std::string::npos);
}

// How often `needle` occurs in `haystack`.
size_t occurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

TEST_F(SurveyFormTest, StartPageSaysWhatIsKeptAndForHowLongOnce) {
  const std::string body = get("/s/" + token_).body;
  EXPECT_NE(body.find("<h2 class=\"govuk-heading-m\" id=\"what-is-kept\">What we keep, and for how long</h2>"),
            std::string::npos)
      << body;
  // Between sections: the draft, on the link's hash (survey_drafts).
  EXPECT_NE(body.find("While you answer: each time you press &#39;Continue&#39;, the answers on that page are saved "
                      "with a coded copy of your link"),
            std::string::npos);
  // On submitting: the response (team only) and the draft deleted in the
  // same transaction; never submitted: deleted when the run closes.
  EXPECT_NE(body.find("your answers are stored with your team and nothing else: not your name, not your link, not "
                      "the time you answered"),
            std::string::npos);
  EXPECT_NE(body.find("The answers saved with your link are deleted at the same moment"), std::string::npos);
  EXPECT_NE(body.find("If you never submit: the answers saved with your link are deleted when the survey closes"),
            std::string::npos);
  // Said once: the survey's own introduction no longer says it too.
  EXPECT_EQ(occurrences(body, "not your link"), 1u);
  EXPECT_EQ(occurrences(body, "deleted when the survey closes"), 1u);
  EXPECT_EQ(body.find("kept on your link"), std::string::npos);
  EXPECT_EQ(occurrences(body, "Results are shown only for groups where at least 5 people answered, and written "
                              "comments only where at least 10 did."),
            1u);
  // A second visit after a section says how far, without saying it again.
  get("/s/" + token_ + "/1");
  ASSERT_EQ(post("/s/" + token_ + "/1", sectionAnswers(1, "4")).status, 303);
  const std::string again = get("/s/" + token_).body;
  EXPECT_NE(again.find("You have answered 6 of 29 questions."), std::string::npos);
  EXPECT_EQ(occurrences(again, "deleted when the survey closes"), 1u);
}

TEST(SurveyWordsTest, EveryQuestionOfEveryShippedSurveyHasAnErrorThatReadsAsASentence) {
  const surveys::SurveyCatalogue catalogue(std::string(HC_SOURCE_DIR) + "/surveys");
  ASSERT_GE(catalogue.all().size(), 2u);
  const std::set<std::string> first_person{"I", "I'm", "me", "my", "My", "mine", "myself"};
  size_t checked = 0;
  for (const auto& [id, survey] : catalogue.all()) {
    for (const surveys::Question* q : survey.questions()) {
      if (q->kind != surveys::Question::Kind::kScale) continue;
      const size_t number = survey::SurveyViews::numberOf(survey, q->id);
      const std::string message = survey::SurveyViews::missingAnswerMessage(*q, number);
      SCOPED_TRACE(id + "/" + q->id + ": " + message);
      ++checked;
      // Worded questions carry their own wording; the council's own (HSE)
      // items get the plain rule.
      if (q->text.empty()) EXPECT_EQ(message, "Select an answer to question " + std::to_string(number));
      else EXPECT_EQ(message, q->error) << "a worded question needs its own 'error' wording";
      EXPECT_EQ(message.rfind("Select ", 0), 0u);
      EXPECT_NE(message.back(), '.');
      std::map<std::string, int> words;
      std::string word;
      for (const char c : message + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
          word += c;
          continue;
        }
        if (word.empty()) continue;
        EXPECT_EQ(first_person.count(word), 0u) << "speaks to the reader: '" << word << "'";
        ++words[word];
        word.clear();
      }
      // "Select how often you get supervision as often as you should".
      for (const char* w : {"how", "often", "agree", "Select"}) EXPECT_LE(words[w], 1) << w;
    }
  }
  EXPECT_EQ(checked, 28u + 35u);
  const surveys::Question* wl4 = catalogue.get("health-check").find("wl4");
  EXPECT_EQ(survey::SurveyViews::missingAnswerMessage(*wl4, 4), "Select how often you get supervision when it is due");
}

TEST_F(SurveyFormTest, PreferNotToSayIsOfferedSaidAndNotStored) {
  const std::string base = "/s/" + token_;
  const http::Response page = get(base + "/1");
  EXPECT_NE(page.body.find("If you would rather not answer one, choose &#39;Prefer not to say&#39;: that question is "
                           "then left out of every result."),
            std::string::npos);
  // After the five answers, an "or" and the sixth choice, for each question.
  EXPECT_NE(page.body.find("<div class=\"govuk-radios__divider\">or</div>\n<div class=\"govuk-radios__item\"><input "
                           "class=\"govuk-radios__input\" id=\"wl1-6\" name=\"wl1\" type=\"radio\" "
                           "value=\"prefer-not-to-say\"><label class=\"govuk-label govuk-radios__label\" "
                           "for=\"wl1-6\">Prefer not to say</label></div>"),
            std::string::npos)
      << page.body;
  EXPECT_EQ(occurrences(page.body, ">Prefer not to say</label>"), 6u);
  auto first = sectionAnswers(1, "4");
  first["wl1"] = surveys::kPreferNotToSay;
  first["wl4"] = surveys::kPreferNotToSay;
  ASSERT_EQ(post(base + "/1", first).status, 303);
  EXPECT_NE(get(base + "/1").body.find("value=\"prefer-not-to-say\" checked"), std::string::npos) << "kept as chosen";
  for (size_t n = 2; n <= 5; ++n) {
    get(base + "/" + std::to_string(n));
    ASSERT_EQ(post(base + "/" + std::to_string(n), sectionAnswers(n, "4")).status, 303);
  }
  const http::Response check = get(base + "/check");
  EXPECT_NE(check.body.find("You have answered all 28 questions that need an answer, 2 of them with &#39;Prefer not "
                            "to say&#39; (not counted in any result)."),
            std::string::npos)
      << check.body;
  EXPECT_EQ(occurrences(check.body, "<dd class=\"govuk-summary-list__value\">Prefer not to say</dd>"), 2u);
  ASSERT_EQ(post(base + "/check", {}).header("Location"), "/thank-you");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers"), 26);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers WHERE question_id IN ('wl1', 'wl4')"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
}

TEST_F(SurveyFormTest, CheckPageHasOneChangeLinkPerSectionBeforeSubmit) {
  const std::string base = "/s/" + token_;
  for (size_t n = 1; n <= 5; ++n) {
    get(base + "/" + std::to_string(n));
    ASSERT_EQ(post(base + "/" + std::to_string(n), sectionAnswers(n, "5")).status, 303);
  }
  const std::string body = get(base + "/check").body;
  EXPECT_EQ(occurrences(body, ">Change<"), 5u) << "one per section, not one per question";
  EXPECT_NE(body.find("<a class=\"govuk-link\" href=\"" + base + "/2\" id=\"change-section-2\">Change<span "
                      "class=\"govuk-visually-hidden\"> your answers in section 2, How work is shared out</span></a>"),
            std::string::npos)
      << body;
  EXPECT_EQ(occurrences(body, "<div class=\"govuk-summary-card\">"), 5u);
  EXPECT_NE(body.find("<dt class=\"govuk-summary-list__key\">4. I get supervision as often as I should.</dt>"),
            std::string::npos);
  EXPECT_LT(body.find("You have answered all 28 questions"), body.find("<div class=\"govuk-summary-card\">"));
  EXPECT_LT(body.rfind(">Change<"), body.find("Submit your answers"));

  // An answer cleared meanwhile (another tab): the error leads to its section.
  test_db_.db().prepare("DELETE FROM survey_drafts WHERE question_id = 'al2'")->execute();
  const http::Response incomplete = post(base + "/check", {});
  EXPECT_EQ(incomplete.status, 200);
  EXPECT_NE(incomplete.body.find("<a href=\"#change-section-2\">Select how often the work you are given matches your "
                                 "experience and skills</a>"),
            std::string::npos)
      << incomplete.body;
}

TEST_F(SurveyFormTest, ThankYouSaysTheGroupSizesForResultsAndComments) {
  const std::string body = get("/thank-you").body;
  EXPECT_NE(body.find("Results are shown only for groups where at least 5 people answered, and written comments only "
                      "where at least 10 did."),
            std::string::npos)
      << body;
  // The size in force, not a number written into the page: one set at
  // /admin/settings while the server runs shows at once, here and on the
  // start page.
  ASSERT_TRUE(load::saveMinGroupSize(test_db_.db(), 7, "admin"));
  EXPECT_NE(get("/thank-you").body.find("groups where at least 7 people answered"), std::string::npos);
  EXPECT_NE(get("/s/" + token_).body.find("groups where at least 7 people answered"), std::string::npos);
}

TEST_F(SurveyFormTest, ResumesOnTheSameLinkFromAnotherBrowser) {
  const std::string base = "/s/" + token_;
  get(base + "/1");
  ASSERT_EQ(post(base + "/1", sectionAnswers(1, "2")).status, 303);
  get(base + "/2");
  ASSERT_EQ(post(base + "/2", sectionAnswers(2, "5")).status, 303);

  // Later, on another device: no cookies, the same link.
  cookies_.clear();
  csrf_.clear();
  http::Response start = get(base);
  EXPECT_EQ(start.status, 200);
  const size_t answered = app_->catalogue().get("health-check").sections[0].questions.size() +
                          app_->catalogue().get("health-check").sections[1].questions.size();
  EXPECT_NE(start.body.find("You have answered " + std::to_string(answered) + " of 29 questions"), std::string::npos)
      << start.body;
  EXPECT_NE(start.body.find("href=\"" + base + "/3\""), std::string::npos) << "carries on at section 3";
  EXPECT_NE(start.body.find(">Continue</a>"), std::string::npos);
  EXPECT_NE(get(base + "/1").body.find("value=\"2\" checked"), std::string::npos) << "answers kept";
  for (size_t n = 3; n <= 5; ++n) {
    get(base + "/" + std::to_string(n));
    ASSERT_EQ(post(base + "/" + std::to_string(n), sectionAnswers(n, "4")).status, 303) << n;
  }
  get(base + "/check");
  EXPECT_EQ(post(base + "/check", {}).header("Location"), "/thank-you");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_answers WHERE value = 2"),
            static_cast<int64_t>(app_->catalogue().get("health-check").sections[0].questions.size()));
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
}

TEST_F(SurveyFormTest, AnswersPostedToAUsedOrClosedLinkAreNotKept) {
  const std::string base = "/s/" + token_;
  get(base + "/1");
  const std::string csrf = csrf_;
  for (size_t n = 1; n <= 5; ++n) ASSERT_EQ(post(base + "/" + std::to_string(n), sectionAnswers(n, "3")).status, 303);
  ASSERT_EQ(post(base + "/check", {}).status, 303);
  // A page left open in another tab is sent afterwards.
  csrf_ = csrf;
  http::Response late = post(base + "/2", sectionAnswers(2, "1"));
  EXPECT_EQ(late.status, 410);
  EXPECT_NE(late.body.find("This link has already been used"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);

  const std::string other = "/s/" + surveys::SurveyRuns(test_db_.db()).invite(run_, "T1", 1).front();
  get(other + "/1");
  surveys::SurveyRuns(test_db_.db()).close(run_);
  http::Response closed = post(other + "/1", sectionAnswers(1, "1"));
  EXPECT_EQ(closed.status, 410);
  EXPECT_NE(closed.body.find("This survey has closed"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_drafts"), 0);
}

TEST_F(SurveyFormTest, OpenLinkStartsALinkOfOnesOwn) {
  const std::string open = surveys::SurveyRuns(test_db_.db()).openLink(run_, "T1");
  http::Response start = get("/o/" + open);
  EXPECT_EQ(start.status, 200);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 0);
  http::Response go = post("/o/" + open, {});
  ASSERT_EQ(go.status, 303);
  EXPECT_EQ(go.header("Location").substr(0, 3), "/s/");
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_invitations WHERE kind = 'open_link'"), 1);
  EXPECT_EQ(get(go.header("Location")).status, 200);
}

TEST_F(SurveyFormTest, ServerSendsSecurityHeadersBoundsRequestsAndLogsNoTokens) {
  std::mutex mutex;
  std::vector<std::string> log;
  http::WebServerOptions options;
  options.port = 0;
  options.max_threads = 4;
  options.access_log = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(mutex);
    log.push_back(line);
  };
  http::WebServer server(app_->router(), options);
  server.start();
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  auto send = [&](const std::string& method, const std::string& path, const std::string& body,
                  Poco::Net::HTTPResponse& response) {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!body.empty()) {
      request.setContentType("application/x-www-form-urlencoded");
      request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    std::ostringstream out;
    out << session.receiveResponse(response).rdbuf();
    return out.str();
  };
  Poco::Net::HTTPResponse response;
  const std::string body = send("GET", "/s/" + token_ + "/1", "", response);
  EXPECT_EQ(response.getStatus(), 200);
  EXPECT_EQ(response.get("Content-Security-Policy"),
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            "base-uri 'none'");
  EXPECT_EQ(response.get("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.get("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(response.get("Cache-Control"), "no-store");

  Poco::Net::HTTPResponse big;
  send("POST", "/s/" + token_ + "/1", "wl1=" + std::string(70 * 1024, '4'), big);
  EXPECT_EQ(big.getStatus(), 413);
  std::string many;
  for (int i = 0; i < 250; ++i) many += "f" + std::to_string(i) + "=1&";
  Poco::Net::HTTPResponse fields;
  send("POST", "/s/" + token_ + "/1", many, fields);
  EXPECT_EQ(fields.getStatus(), 413);
  // A full section page's worth of fields is accepted (CSRF then refuses it).
  Poco::Net::HTTPResponse normal;
  send("POST", "/s/" + token_ + "/1", "wl1=4&wl2=4&wl3=4&wl4=4&wl5=4&wl6=4&csrf=00", normal);
  EXPECT_EQ(normal.getStatus(), 403);
  server.stop();
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[0].substr(0, 21), "GET /s/{token}/{n} 20");
  for (const auto& line : log) {
    EXPECT_EQ(line.find(token_), std::string::npos) << line;
    EXPECT_EQ(line.find("wl1"), std::string::npos) << line;
  }
}

TEST_F(SurveyFormTest, ErrorLinesInTheLogCarryNoTokenOrAnswer) {
  std::vector<std::string> log;
  std::mutex mutex;
  http::Router router;
  // A handler failing with the kind of text a database error may quote.
  router.post("/s/{token}/{n}", [&](http::Request& r) -> http::Response {
    throw store::DatabaseError(store::DatabaseError::Kind::kConstraint,
                               "Duplicate entry '" + r.param("token") + "-wl1' for key 'PRIMARY', value '" +
                                   r.field("wl1") + "'");
  });
  router.get("/s/{token}", [&](http::Request& r) -> http::Response {
    throw std::runtime_error("cannot render for " + r.param("token"));
  });
  http::WebServerOptions options;
  options.port = 0;
  options.access_log = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(mutex);
    log.push_back(line);
  };
  http::WebServer server(router, options);
  server.start();
  Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
  const std::string body = "wl1=I+think+about+leaving+every+day";
  Poco::Net::HTTPRequest post(Poco::Net::HTTPRequest::HTTP_POST, "/s/" + token_ + "/1", "HTTP/1.1");
  post.setContentType("application/x-www-form-urlencoded");
  post.setContentLength(static_cast<std::streamsize>(body.size()));
  session.sendRequest(post) << body;
  Poco::Net::HTTPResponse failed;
  session.receiveResponse(failed).ignore(1 << 20);
  EXPECT_EQ(failed.getStatus(), 500);
  Poco::Net::HTTPRequest get(Poco::Net::HTTPRequest::HTTP_GET, "/s/" + token_, "HTTP/1.1");
  session.sendRequest(get);
  Poco::Net::HTTPResponse also;
  session.receiveResponse(also).ignore(1 << 20);
  EXPECT_EQ(also.getStatus(), 500);
  server.stop();
  ASSERT_EQ(log.size(), 4u) << "an error line and an access line per request";
  for (const auto& line : log) {
    EXPECT_EQ(line.find(token_), std::string::npos) << line;
    EXPECT_EQ(line.find("leaving"), std::string::npos) << line;
  }
  EXPECT_EQ(log[0].rfind("error in /s/{token}/{n}: Duplicate entry", 0), 0u) << log[0];
}

}  // namespace
}  // namespace hc::web
