// OutgoingMail: one message to one person, before it is put into MIME:
// plain text and HTML versions of the same words, and any attachments.
//
//   OutgoingMail m;
//   m.to = "pat@northshire.gov.uk";
//   m.subject = "Members' report, 2026-Q3";
//   m.text = "...";
//   m.html = html::Html(...).str();
//   m.attachments.push_back({"members-report-2026-Q3.pdf", "application/pdf", pdf_bytes});
//
// Thread-safety: a plain value.
#ifndef HC_MAIL_OUTGOING_MAIL_H_
#define HC_MAIL_OUTGOING_MAIL_H_

#include <string>
#include <vector>

namespace hc::mail {

struct Attachment {
  std::string filename;    // "members-report-2026-Q3.pdf": ASCII letters, digits, . _ -
  std::string media_type;  // "application/pdf"
  std::string bytes;
};

struct OutgoingMail {
  std::string to;       // one address
  std::string subject;  // UTF-8, one line
  std::string text;     // UTF-8, lines ending "\n"
  std::string html;     // a whole HTML document, UTF-8 (built by the view layer)
  std::vector<Attachment> attachments;
};

}  // namespace hc::mail

#endif  // HC_MAIL_OUTGOING_MAIL_H_
