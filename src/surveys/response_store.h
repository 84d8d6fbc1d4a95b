// ResponseStore: the respondent's side of a survey run, behind the form.
// Resolves a link, keeps answers between sections (a draft, keyed by the
// link's hash and deleted when the response is stored), and stores the
// response: run, team and answers, nothing else.
//
// Submission is one transaction that first flips the link's `used` flag
// from 0 to 1; only the caller whose UPDATE changed the row goes on to
// store, so a link yields at most one response however many requests race,
// and a stored response is never written again (there is no update path).
// Saving a section is one transaction that first checks, under a lock, that
// the link is still unused and its run open, so no draft outlives its
// link's submission (or its run's closing) to tie answers to a link.
//
// Speed (the deadline rush): statements come from the connection's
// StatementCache, a link and its draft are read in one query, a section is
// saved with one multi-row upsert and a response with one multi-row insert
// of its answers.
//
// Thread-safety: one ResponseStore per Database, one thread at a time.
// Concurrent submissions go through separate connections. On SQLite the
// caller serialises this process's writers (DatabasePool::writeLock)
// around saveDraft(), submit() and startFromOpenLink().
#ifndef HC_SURVEYS_RESPONSE_STORE_H_
#define HC_SURVEYS_RESPONSE_STORE_H_

#include <map>
#include <string>
#include <vector>

#include <memory>

#include "store/database.h"
#include "store/statement_cache.h"
#include "surveys/survey_definition.h"

namespace hc::surveys {

// What a link leads to. kUnknown covers a mistyped, revoked or never-issued
// link: the respondent sees one plain message for all of them.
enum class LinkState { kOpen, kUnknown, kUsed, kClosed };

struct Link {
  LinkState state = LinkState::kUnknown;
  std::string token_hash;
  std::string run_id;
  std::string survey_id;
  std::string team_id;
};

// question id -> answer: "1".."5" or kPreferNotToSay for scale questions,
// the text otherwise.
using Answers = std::map<std::string, std::string>;

// A scale question's "Prefer not to say": it answers the question for the
// form (which asks every question) and is kept in the draft as such, but it
// is never stored in the response, so every result, score and count treats
// the question as not answered, as an imported response's empty cell.
inline constexpr const char* kPreferNotToSay = "prefer-not-to-say";

enum class SubmitOutcome { kStored, kUsed, kClosed, kUnknown, kIncomplete };

class ResponseStore {
 public:
  // With statements of its own (one-off use, tests).
  explicit ResponseStore(store::Database& db);
  // With a pooled connection's statements, prepared once per connection.
  explicit ResponseStore(store::StatementCache& statements);

  // A single-use link (an invitation, or one made from an open link); with
  // `draft`, the answers kept on it too, read in the same query.
  Link resolve(const std::string& token, Answers* draft = nullptr);
  // What an open link leads to, without side effects (link checkers and
  // mail previews fetch URLs); survey_id is set for a known link.
  LinkState peekOpenLink(const std::string& open_token, std::string& survey_id);
  // An open link: on success returns a fresh single-use token for one
  // respondent and sets state kOpen; otherwise returns "" and the state.
  std::string startFromOpenLink(const std::string& open_token, LinkState& state);
  // The link this browser started from the open link before (`own_token`,
  // kept in its cookie): kOpen while unfinished, kUsed once submitted;
  // kUnknown when the token is not one started from this open link's run
  // and team (a stale or copied cookie), so the browser may start afresh.
  Link earlierStart(const std::string& open_token, const std::string& own_token);

  Answers draft(const Link& link);
  // Replaces the draft answers of `question_ids` (one section) by those in
  // `answers`; an id absent from `answers` is cleared. Returns the link's
  // state: anything but kOpen (used or closed meanwhile) saved nothing.
  LinkState saveDraft(const Link& link, const std::vector<std::string>& question_ids, const Answers& answers);

  // Stores the draft as the response. kIncomplete when a scale question is
  // unanswered (nothing is stored; the link stays usable). A question
  // answered kPreferNotToSay gets no answer row.
  SubmitOutcome submit(const Link& link, const SurveyDefinition& survey);

 private:
  Link resolveHash(const std::string& token_hash, Answers* draft);
  // The run and team of an open link, state kOpen/kClosed/kUnknown.
  LinkState lookupOpenLink(const std::string& open_token, std::string& run_id, std::string& team_id,
                           std::string& survey_id);
  store::Statement& statement(std::string_view sql) { return statements_.get(sql); }

  std::unique_ptr<store::StatementCache> own_statements_;  // when constructed from a Database
  store::StatementCache& statements_;
  store::Database& db_;
};

// The scale questions of `survey` without a valid answer in `answers`
// (kPreferNotToSay is one).
std::vector<const Question*> unanswered(const SurveyDefinition& survey, const Answers& answers);
// True for "1".."5".
bool isScaleAnswer(const std::string& value);
// True for "1".."5" and kPreferNotToSay: what a scale question's radios send.
bool isScaleChoice(const std::string& value);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_RESPONSE_STORE_H_
