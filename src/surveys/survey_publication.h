// Survey results given back to staff: a closed run is published at an
// unguessable link (/r/<token>) that anyone holding it may open, and
// unpublished again. As with survey links, only a SHA-256 of the token is
// stored (table survey_publications), so the link is shown once, by the
// command that publishes; publishing again gives a new link and the old
// one stops working.
//
// Also the run's survey contact (survey_runs.contact): who staff should ask
// when a link does not work ("Workforce team, workforce@council.example").
//
// Example:
//   std::string token = publishRun(db, "health-check-2026-Q3");  // throws SurveyRunError if open
//   publishedRunOf(db, token);    // "health-check-2026-Q3"
//   unpublishRun(db, "health-check-2026-Q3");
//
// Thread-safety: uses the caller's Database, one thread at a time.
#ifndef HC_SURVEYS_SURVEY_PUBLICATION_H_
#define HC_SURVEYS_SURVEY_PUBLICATION_H_

#include <optional>
#include <string>

#include "store/database.h"

namespace hc::surveys {

// Publishes closed run `run_id`; returns the link's token. Throws
// SurveyRunError for an unknown run or one still open (its figures are not
// final until it closes).
std::string publishRun(store::Database& db, const std::string& run_id);

// Takes the page down; false when it was not published. Throws
// SurveyRunError for an unknown run.
bool unpublishRun(store::Database& db, const std::string& run_id);

// The run published under `token`, if any (junk tokens never reach SQL).
std::optional<std::string> publishedRunOf(store::Database& db, const std::string& token);

// True when the run has a results page for staff.
bool isPublished(store::Database& db, const std::string& run_id);

// The run's survey contact; empty when none was given.
void setSurveyContact(store::Database& db, const std::string& run_id, const std::string& contact);
std::string surveyContact(store::Database& db, const std::string& run_id);
// Who to name on a link's problem page: the run's contact, or, when the
// run is unknown (a mistyped link) or has none, the contact of the latest
// run that has one; empty when no run has a contact.
std::string surveyContactFor(store::Database& db, const std::string& run_id);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_PUBLICATION_H_
