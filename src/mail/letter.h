// Letter: the one shape of every message the health check sends, in plain
// GOV.UK-style words: the council's name, a heading, short paragraphs, at
// most one link (a survey's own link, the dashboard), and a footer saying
// who sent it and why. A message that lists things (the weekly digest's
// actions) gives them as items: a title, a few lines of facts, and the
// item's own page. The same words become the text part and the HTML
// part (built with src/html/, so nothing in them can become markup). No
// images, no tracking: nothing in a message identifies its reader but the
// link the message exists to carry.
//
//   Letter l{"Northshire Council", "Your staff survey link", {"...", "..."},
//            {"Start the survey", "https://hc.example/s/abc"}, "Sent by the workforce team."};
//   OutgoingMail m = l.toMail("pat@northshire.gov.uk", "Staff survey: your link");
//
// Thread-safety: a plain value.
#ifndef HC_MAIL_LETTER_H_
#define HC_MAIL_LETTER_H_

#include <string>
#include <vector>

#include "mail/outgoing_mail.h"

namespace hc::mail {

struct LetterLink {
  std::string label;  // "Start the survey"
  std::string url;    // "" for none
};

// One thing a letter lists, after its paragraphs.
struct LetterItem {
  std::string title;               // "Recruit two social workers"
  std::vector<std::string> lines;  // "Team: Assessment North", "Due: 31 March 2027 (overdue)"
  LetterLink link;                 // its page; url "" for none
};

struct Letter {
  std::string council;
  std::string heading;
  std::vector<std::string> paragraphs;
  LetterLink link;
  std::string footer;  // why this arrived, and whom to ask
  // Listed after the paragraphs, before the link (last, so that the
  // letters written as {council, heading, paragraphs, link, footer} stay so).
  std::vector<LetterItem> items;

  OutgoingMail toMail(const std::string& to, const std::string& subject) const;
};

// The message `healthcheck mail test` and the admin's mail page send: it
// says where it came from and that nothing needs doing.
Letter testLetter(const std::string& council, const std::string& relay_description);

}  // namespace hc::mail

#endif  // HC_MAIL_LETTER_H_
