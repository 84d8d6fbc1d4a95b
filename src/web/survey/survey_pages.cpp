#include "web/survey/survey_pages.h"

#include <ctime>

#include "load/figure_settings.h"
#include "surveys/answer_text.h"
#include "surveys/survey_publication.h"
#include "surveys/tokens.h"
#include "web/view/site_header.h"

namespace hc::web::survey {
namespace {

using surveys::Answers;
using surveys::LinkState;
using surveys::Question;

// Runs `body` with a pooled connection and a ResponseStore on its cached
// statements. A connection whose request failed half way is dropped rather
// than handed to the next request: it may hold a database error, an open
// transaction or a statement left half-read.
template <typename Body>
http::Response withStore(http::DatabasePool& pool, Body body) {
  http::DatabasePool::Lease db = pool.acquire();
  try {
    surveys::ResponseStore store(db.statements());
    return body(db, store);
  } catch (...) {
    db.discard();
    throw;
  }
}

// Section number n (1-based) of the request, or 0 when not a valid one.
size_t sectionNumber(const http::Request& request, const surveys::SurveyDefinition& survey) {
  const std::string& n = request.param("n");
  if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos) return 0;
  const size_t number = std::stoul(n);
  return number >= 1 && number <= survey.sections.size() ? number : 0;
}

// The 1-based section of the first unanswered scale question; 0 when all are.
size_t firstIncompleteSection(const surveys::SurveyDefinition& survey, const Answers& answers) {
  const auto missing = surveys::unanswered(survey, answers);
  if (missing.empty()) return 0;
  for (size_t i = 0; i < survey.sections.size(); ++i)
    for (const Question& q : survey.sections[i].questions)
      if (&q == missing.front()) return i + 1;
  return 0;
}

http::Response withStatus(std::string html, int status) { return http::Response::html(std::move(html), status); }

int statusFor(LinkState state) { return state == LinkState::kUnknown ? 404 : 410; }

// The cookie that remembers, for one open link (its Path), the link of
// one's own that this browser started from it.
constexpr const char* kOpenStartCookie = "hc_open_start";

}  // namespace

void SurveyPages::addRoutes(http::Router& router) {
  router.get("/s/{token}", [this](http::Request& r) { return start(r); });
  router.get("/s/{token}/check", [this](http::Request& r) { return check(r); });
  router.post("/s/{token}/check", [this](http::Request& r) { return submit(r); });
  router.get("/s/{token}/{n}", [this](http::Request& r) { return section(r); });
  router.post("/s/{token}/{n}", [this](http::Request& r) { return saveSection(r); });
  router.get("/o/{token}", [this](http::Request& r) { return openStart(r); });
  router.post("/o/{token}", [this](http::Request& r) { return openBegin(r); });
  router.get("/thank-you", [this](http::Request&) {
    auto db = pool_.acquire();
    return http::Response::html(views_.thankYou(groupSize(*db)));
  });
}

int SurveyPages::groupSize(store::Database& db) const {
  load::FigureSettings fallback;
  fallback.min_group_size = views_.startingGroupSize();
  return load::loadFigureSettings(db, fallback).min_group_size;  // as set at /admin/settings
}

http::Response SurveyPages::linkProblem(LinkState state, const std::string& run_id) const {
  std::string contact;
  {
    auto db = pool_.acquire();
    contact = surveys::surveyContactFor(*db, run_id);
  }
  return withStatus(views_.linkProblem(state, contact), statusFor(state));
}

SurveyPages::Opened SurveyPages::openLink(surveys::ResponseStore& store, const http::Request& request,
                                          surveys::Answers* draft) const {
  Opened o;
  const std::string& token = request.param("token");
  o.link = store.resolve(token, draft);
  o.base = "/s/" + token;
  if (o.link.state != LinkState::kOpen) {
    o.problem = linkProblem(o.link.state, o.link.run_id);
    return o;
  }
  o.survey = catalogue_.find(o.link.survey_id);
  if (!o.survey)
    o.problem = withStatus(views_.message("This survey is not available",
                                          "The survey cannot be shown at the moment. Please try again later."),
                           503);
  return o;
}

http::Response SurveyPages::csrfFailure(const std::string& back) const {
  return withStatus(views_.message("Your answers were not saved",
                                   "The page had expired, so your answers on it were not saved. Go back to the page, "
                                   "answer again and press the button.\n\nThis can happen when cookies are blocked "
                                   "or the page was open for a long time."),
                    403);
}

http::Response SurveyPages::start(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease& db, surveys::ResponseStore& store) {
    Answers answers;
    Opened o = openLink(store, request, &answers);
    if (o.problem) return *o.problem;
    const size_t next = firstIncompleteSection(*o.survey, answers);
    const std::string href = next == 0 ? o.base + "/check" : o.base + "/" + std::to_string(next);
    return http::Response::html(views_.start(*o.survey, answers.size(), href, groupSize(*db)));
  });
}

http::Response SurveyPages::section(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease&, surveys::ResponseStore& store) {
    Answers answers;
    Opened o = openLink(store, request, &answers);
    if (o.problem) return *o.problem;
    const size_t n = sectionNumber(request, *o.survey);
    if (n == 0) return http::Response::text(404, "Page not found\n");
    http::Response response;
    SectionForm form{o.base, view::csrfField(csrf_, request, response, o.link.token_hash), std::move(answers), {}};
    response.body = views_.section(*o.survey, n - 1, form);
    return response;
  });
}

http::Response SurveyPages::saveSection(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease& db, surveys::ResponseStore& store) {
    Opened o = openLink(store, request);
    if (o.problem) return *o.problem;
    const size_t n = sectionNumber(request, *o.survey);
    if (n == 0) return http::Response::text(404, "Page not found\n");
    if (!csrf_.verify(request, o.link.token_hash)) return csrfFailure(o.base + "/" + std::to_string(n));

    const surveys::Section& s = o.survey->sections[n - 1];
    Answers given;
    std::map<std::string, std::string> errors;
    std::vector<std::string> ids;
    for (const Question& q : s.questions) {
      ids.push_back(q.id);
      const std::string& value = request.field(q.id);
      if (q.kind == Question::Kind::kText) {
        // Counted in code points, as the browser's maxlength counts.
        size_t chars = 0;
        for (unsigned char c : value) chars += (c & 0xC0) != 0x80;
        if (!surveys::readableAnswer(value))
          errors[q.id] = "Question " + std::to_string(SurveyViews::numberOf(*o.survey, q.id)) +
                         " could not be read: please type the answer again";
        else if (chars > q.max_length)
          errors[q.id] = "Question " + std::to_string(SurveyViews::numberOf(*o.survey, q.id)) + " must be " +
                         std::to_string(q.max_length) + " characters or fewer";
        else
          given[q.id] = surveys::cleanAnswer(value);
      } else if (surveys::isScaleChoice(value)) {
        given[q.id] = value;
      } else {
        errors[q.id] = SurveyViews::missingAnswerMessage(q, SurveyViews::numberOf(*o.survey, q.id));
      }
    }
    // Valid answers are kept even when others on the page are missing.
    LinkState saved;
    {
      auto writer = db.writeLock();
      saved = store.saveDraft(o.link, ids, given);
    }
    if (saved != LinkState::kOpen) return linkProblem(saved, o.link.run_id);
    if (!errors.empty()) {
      http::Response response;
      SectionForm form{o.base, view::csrfField(csrf_, request, response, o.link.token_hash), store.draft(o.link), errors};
      for (const Question& q : s.questions)
        if (q.kind == Question::Kind::kText && errors.count(q.id))
          form.answers[q.id] = surveys::cleanAnswer(request.field(q.id));
      response.body = views_.section(*o.survey, n - 1, form);
      return response;
    }
    const bool last = n == o.survey->sections.size();
    return http::Response::redirect(last ? o.base + "/check" : o.base + "/" + std::to_string(n + 1));
  });
}

http::Response SurveyPages::check(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease&, surveys::ResponseStore& store) {
    Answers answers;
    Opened o = openLink(store, request, &answers);
    if (o.problem) return *o.problem;
    http::Response response;
    SectionForm form{o.base, view::csrfField(csrf_, request, response, o.link.token_hash), std::move(answers), {}};
    response.body = views_.check(*o.survey, form);
    return response;
  });
}

http::Response SurveyPages::submit(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease& db, surveys::ResponseStore& store) {
    Opened o = openLink(store, request);
    if (o.problem) return *o.problem;
    if (!csrf_.verify(request, o.link.token_hash)) return csrfFailure(o.base + "/check");
    surveys::SubmitOutcome outcome;
    {
      auto writer = db.writeLock();
      outcome = store.submit(o.link, *o.survey);
    }
    switch (outcome) {
      case surveys::SubmitOutcome::kStored:
        return http::Response::redirect("/thank-you");
      case surveys::SubmitOutcome::kIncomplete: {
        http::Response response;
        SectionForm form{o.base, view::csrfField(csrf_, request, response, o.link.token_hash), store.draft(o.link), {}};
        for (const Question* q : surveys::unanswered(*o.survey, form.answers))
          form.errors[q->id] = SurveyViews::missingAnswerMessage(*q, SurveyViews::numberOf(*o.survey, q->id));
        response.body = views_.check(*o.survey, form);
        return response;
      }
      case surveys::SubmitOutcome::kUsed:
        return linkProblem(LinkState::kUsed, o.link.run_id);
      case surveys::SubmitOutcome::kClosed:
        return linkProblem(LinkState::kClosed, o.link.run_id);
      default:
        return linkProblem(LinkState::kUnknown, "");
    }
  });
}

http::Response SurveyPages::openStart(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease&, surveys::ResponseStore& store) {
    const std::string& token = request.param("token");
    std::string survey_id;
    const LinkState state = store.peekOpenLink(token, survey_id);
    if (state != LinkState::kOpen) return linkProblem(state, "");
    const surveys::SurveyDefinition* survey = catalogue_.find(survey_id);
    if (!survey) return withStatus(views_.message("This survey is not available", "Please try again later."), 503);
    if (auto earlier = earlierStart(store, request)) return *earlier;
    http::Response response;
    const html::Html field = view::csrfField(csrf_, request, response, "open:" + surveys::tokenHash(token));
    response.body = views_.openLinkStart(*survey, "/o/" + token, field);
    return response;
  });
}

http::Response SurveyPages::openBegin(http::Request& request) {
  return withStore(pool_, [&](http::DatabasePool::Lease& db, surveys::ResponseStore& store) {
    const std::string& token = request.param("token");
    if (!surveys::looksLikeToken(token)) return linkProblem(LinkState::kUnknown, "");
    if (auto earlier = earlierStart(store, request)) return *earlier;  // reads only: before the token check
    if (!csrf_.verify(request, "open:" + surveys::tokenHash(token))) return csrfFailure("/o/" + token);
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    if (!open_starts_.admit(surveys::tokenHash(token), request.client_address, now)) {
      http::Response r = withStatus(views_.message("Too many people have started this survey from your network",
                                                   "Please try again in an hour."),
                                    429);
      r.headers.emplace_back("Retry-After", std::to_string(3600 - now % 3600));
      return r;
    }
    LinkState state;
    std::string own;
    {
      auto writer = db.writeLock();
      own = store.startFromOpenLink(token, state);
    }
    if (own.empty()) return linkProblem(state, "");
    http::Response r = http::Response::redirect("/s/" + own + "/1");
    r.setCookie(kOpenStartCookie, own,
                "Path=/o/" + token + "; Max-Age=31536000; HttpOnly; SameSite=Lax" + (secure_cookies_ ? "; Secure" : ""));
    return r;
  });
}

std::optional<http::Response> SurveyPages::earlierStart(surveys::ResponseStore& store,
                                                        const http::Request& request) const {
  const std::string& own = request.cookie(kOpenStartCookie);
  if (own.empty()) return std::nullopt;
  const surveys::Link earlier = store.earlierStart(request.param("token"), own);
  if (earlier.state == LinkState::kOpen) return http::Response::redirect("/s/" + own);  // carry on
  if (earlier.state != LinkState::kUsed) return std::nullopt;
  std::string contact;
  {
    auto db = pool_.acquire();
    contact = surveys::surveyContactFor(*db, earlier.run_id);
  }
  return withStatus(views_.alreadyAnswered(contact), 409);
}

}  // namespace hc::web::survey
