#include "surveys/survey_links.h"

namespace hc::surveys {

std::string trimBaseUrl(std::string base_url) {
  while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  return base_url;
}

std::string surveyLink(const std::string& base_url, const std::string& token) {
  return trimBaseUrl(base_url) + "/s/" + token;
}

std::string openLinkUrl(const std::string& base_url, const std::string& token) {
  return trimBaseUrl(base_url) + "/o/" + token;
}

std::string resultsLink(const std::string& base_url, const std::string& token) {
  return trimBaseUrl(base_url) + "/r/" + token;
}

std::string invitationCsv(const std::string& team_id, const std::string& base_url,
                          const std::vector<std::string>& tokens) {
  // Team ids are the council's own codes; a comma or quote in one would
  // shift the mail merge's columns, so such an id is quoted.
  std::string team = team_id;
  if (team.find_first_of(",\"\r\n") != std::string::npos) {
    std::string quoted = "\"";
    for (char c : team) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    team = quoted + "\"";
  }
  std::string out = "team_id,link\n";
  for (const auto& t : tokens) out += team + "," + surveyLink(base_url, t) + "\n";
  return out;
}

}  // namespace hc::surveys
