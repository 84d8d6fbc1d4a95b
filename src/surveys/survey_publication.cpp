#include "surveys/survey_publication.h"

#include "core/utc_clock.h"
#include "surveys/survey_runs.h"
#include "surveys/tokens.h"

namespace hc::surveys {
namespace {

void deletePublication(store::Database& db, const std::string& run_id, int64_t* removed) {
  auto st = db.prepare("DELETE FROM survey_publications WHERE run_id = ?");
  st->bindText(0, run_id);
  const int64_t n = st->execute();
  if (removed) *removed = n;
}

}  // namespace

std::string publishRun(store::Database& db, const std::string& run_id) {
  store::Transaction tx(db);
  const SurveyRun run = SurveyRuns(db).get(run_id);
  if (run.open)
    throw SurveyRunError("survey run " + run_id + " is still open: close it first ('healthcheck survey close " +
                         run_id + "'), so that the results are final");
  deletePublication(db, run_id, nullptr);
  const std::string token = newToken();
  auto st = db.prepare("INSERT INTO survey_publications (run_id, link_hash, published_at) VALUES (?, ?, ?)");
  st->bindText(0, run_id);
  st->bindText(1, tokenHash(token));
  st->bindText(2, utcNow());
  st->execute();
  tx.commit();
  return token;
}

bool unpublishRun(store::Database& db, const std::string& run_id) {
  store::Transaction tx(db);
  SurveyRuns(db).get(run_id);
  int64_t removed = 0;
  deletePublication(db, run_id, &removed);
  tx.commit();
  return removed > 0;
}

std::optional<std::string> publishedRunOf(store::Database& db, const std::string& token) {
  if (!looksLikeToken(token)) return std::nullopt;
  auto st = db.prepare("SELECT run_id FROM survey_publications WHERE link_hash = ?");
  st->bindText(0, tokenHash(token));
  std::optional<std::string> run;
  while (st->step()) run = st->getText(0);
  return run;
}

bool isPublished(store::Database& db, const std::string& run_id) {
  auto st = db.prepare("SELECT COUNT(*) FROM survey_publications WHERE run_id = ?");
  st->bindText(0, run_id);
  return st->step() && st->getInt(0) > 0;
}

void setSurveyContact(store::Database& db, const std::string& run_id, const std::string& contact) {
  auto st = db.prepare("UPDATE survey_runs SET contact = ? WHERE run_id = ?");
  st->bindText(0, contact);
  st->bindText(1, run_id);
  st->execute();
}

std::string surveyContact(store::Database& db, const std::string& run_id) {
  auto st = db.prepare("SELECT contact FROM survey_runs WHERE run_id = ?");
  st->bindText(0, run_id);
  std::string contact;
  while (st->step()) contact = st->getText(0);
  return contact;
}

std::string surveyContactFor(store::Database& db, const std::string& run_id) {
  if (!run_id.empty())
    if (std::string contact = surveyContact(db, run_id); !contact.empty()) return contact;
  auto st = db.prepare("SELECT contact FROM survey_runs WHERE contact <> '' ORDER BY period_to DESC, run_id DESC");
  std::string contact;
  if (st->step()) contact = st->getText(0);
  while (st->step()) {
  }
  return contact;
}

}  // namespace hc::surveys
