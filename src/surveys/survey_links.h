// The addresses staff are given: a single-use survey link (/s/TOKEN), a
// team's open link (/o/TOKEN) and a published results page (/r/TOKEN), at
// the address staff reach the server at; and the CSV of single-use links
// for a mail merge, as `healthcheck survey invite --csv` writes it and the
// admin area downloads it.
//
//   surveyLink("https://hc.example/", "ab12...") == "https://hc.example/s/ab12..."
//   invitationCsv("T0001", base, tokens) == "team_id,link\nT0001,https://hc.example/s/ab12...\n..."
//
// Thread-safety: pure functions.
#ifndef HC_SURVEYS_SURVEY_LINKS_H_
#define HC_SURVEYS_SURVEY_LINKS_H_

#include <string>
#include <vector>

namespace hc::surveys {

// `base_url` without its trailing slashes.
std::string trimBaseUrl(std::string base_url);

std::string surveyLink(const std::string& base_url, const std::string& token);
std::string openLinkUrl(const std::string& base_url, const std::string& token);
std::string resultsLink(const std::string& base_url, const std::string& token);

// "team_id,link" and one row per token.
std::string invitationCsv(const std::string& team_id, const std::string& base_url,
                          const std::vector<std::string>& tokens);

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_LINKS_H_
