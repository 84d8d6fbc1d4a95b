#include "mail/letter.h"

#include "html/element.h"
#include "html/html.h"

namespace hc::mail {

using html::el;
using html::Html;

OutgoingMail Letter::toMail(const std::string& to, const std::string& subject) const {
  OutgoingMail m;
  m.to = to;
  m.subject = subject;
  // Text: the link on a line of its own, so that every mail program makes it clickable.
  m.text = council + "\n\n" + heading + "\n\n";
  for (const std::string& p : paragraphs) m.text += p + "\n\n";
  for (const LetterItem& item : items) {
    m.text += "* " + item.title + "\n";
    for (const std::string& line : item.lines) m.text += "  " + line + "\n";
    if (!item.link.url.empty()) m.text += "  " + item.link.label + ": " + item.link.url + "\n";
    m.text += "\n";
  }
  if (!link.url.empty()) m.text += link.label + ":\n" + link.url + "\n\n";
  if (!footer.empty()) m.text += "--\n" + footer + "\n";

  // HTML: inline styles only (mail programs drop stylesheets), GOV.UK's
  // type and colours, readable on a phone.
  const char* body_style = "margin:0;padding:0;background:#ffffff;";
  const char* text_style = "font-family:Arial,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;";
  Html content;
  content += el("p").attr("style", "font-family:Arial,sans-serif;font-size:16px;font-weight:bold;color:#ffffff;"
                                   "background:#0b0c0c;padding:12px 16px;margin:0 0 20px 0;")
                 .text(council);
  content += el("h1").attr("style", "font-family:Arial,sans-serif;font-size:27px;line-height:1.1;color:#0b0c0c;"
                                    "margin:0 0 20px 0;")
                 .text(heading);
  for (const std::string& p : paragraphs) content += el("p").attr("style", text_style).text(p);
  for (const LetterItem& item : items) {
    html::Element block = el("div");
    block.attr("style", "border-left:5px solid #b1b4b6;padding:0 0 0 15px;margin:0 0 25px 0;");
    block.add(el("h2").attr("style", "font-family:Arial,sans-serif;font-size:21px;line-height:1.2;color:#0b0c0c;"
                                     "margin:0 0 10px 0;")
                  .text(item.title));
    for (const std::string& line : item.lines)
      block.add(el("p").attr("style", "font-family:Arial,sans-serif;font-size:16px;line-height:1.3;color:#0b0c0c;"
                                      "margin:0 0 5px 0;")
                    .text(line));
    if (!item.link.url.empty())
      block.add(el("p").attr("style", "font-family:Arial,sans-serif;font-size:16px;margin:10px 0 0 0;word-break:break-all;")
                    .add(el("a").attr("href", item.link.url).attr("style", "color:#1d70b8;").text(item.link.label))
                    .text(" " + item.link.url));
    content += block;
  }
  if (!link.url.empty()) {
    content += el("p").attr("style", text_style)
                   .add(el("a").attr("href", link.url).attr("style", "color:#1d70b8;font-weight:bold;").text(link.label));
    // The address too, for mail programs that strip links.
    content += el("p").attr("style", "font-family:Arial,sans-serif;font-size:16px;color:#505a5f;word-break:break-all;")
                   .text(link.url);
  }
  if (!footer.empty())
    content += el("p").attr("style", "font-family:Arial,sans-serif;font-size:16px;color:#505a5f;"
                                     "border-top:1px solid #b1b4b6;padding-top:12px;margin-top:30px;")
                   .text(footer);
  Html doc = Html::markup("<!DOCTYPE html>\n");
  doc += el("html").attr("lang", "en").add(
      el("head").add(el("meta").attr("charset", "utf-8"))
          .add(el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"))
          .add(el("title").text(subject)))
      .add(el("body").attr("style", body_style)
               .add(el("div").attr("style", "max-width:640px;padding:16px;").add(content)));
  m.html = std::move(doc).str();
  return m;
}

Letter testLetter(const std::string& council, const std::string& relay_description) {
  return Letter{council,
                "A test message from the social work health check",
                {"This message was sent to check that the health check can send email through " + relay_description +
                     ".",
                 "If you can read it, survey invitations, reminders and reports will reach people the same way. "
                 "You do not need to do anything."},
                {},
                "Sent by " + council + "'s social work health check."};
}

}  // namespace hc::mail
