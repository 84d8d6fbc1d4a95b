#include "surveys/survey_catalogue.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace hc::surveys {

SurveyCatalogue::SurveyCatalogue(const std::string& folder) : folder_(folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") files.push_back(it->path());
  if (ec) throw SurveyDefinitionError(folder + ": cannot read the survey definitions: " + ec.message());
  std::sort(files.begin(), files.end());  // the same first error on every run
  for (const auto& path : files) {
    SurveyDefinition d = loadSurveyDefinition(path.string());
    if (auto it = surveys_.find(d.id); it != surveys_.end())
      throw SurveyDefinitionError(path.string() + ": survey id '" + d.id + "' is already defined by " +
                                  it->second.file);
    const std::string id = d.id;
    surveys_.emplace(id, std::move(d));
  }
}

std::string SurveyCatalogue::defaultFolder() {
  const char* env = std::getenv("HEALTHCHECK_SURVEYS");
  return env && *env ? env : "surveys";
}

const SurveyDefinition* SurveyCatalogue::find(const std::string& survey_id) const {
  auto it = surveys_.find(survey_id);
  return it == surveys_.end() ? nullptr : &it->second;
}

const SurveyDefinition& SurveyCatalogue::get(const std::string& survey_id) const {
  if (const SurveyDefinition* d = find(survey_id)) return *d;
  std::string known;
  for (const auto& [id, d] : surveys_) known += (known.empty() ? "" : ", ") + id;
  throw SurveyDefinitionError("no survey '" + survey_id + "' in " + folder_ + " (" +
                              (known.empty() ? "it holds none" : "known: " + known) + ")");
}

}  // namespace hc::surveys
