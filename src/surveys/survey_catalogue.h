// SurveyCatalogue: every survey definition of a folder (surveys/*.json),
// loaded and validated once at start so that a bad definition stops the
// program with a message naming the file and question, rather than
// surfacing half way through someone's answers.
//
// Thread-safety: immutable after construction; safe to share.
#ifndef HC_SURVEYS_SURVEY_CATALOGUE_H_
#define HC_SURVEYS_SURVEY_CATALOGUE_H_

#include <map>
#include <string>

#include "surveys/survey_definition.h"

namespace hc::surveys {

class SurveyCatalogue {
 public:
  // Loads every *.json file of `folder`; throws SurveyDefinitionError for
  // the first invalid file, a folder that cannot be read, or two files
  // defining the same survey id.
  explicit SurveyCatalogue(const std::string& folder);

  // The folder used when none is given: $HEALTHCHECK_SURVEYS, else
  // "surveys" in the current folder.
  static std::string defaultFolder();

  // nullptr when no definition has that id.
  const SurveyDefinition* find(const std::string& survey_id) const;
  // Like find(), but throws SurveyDefinitionError listing the known ids.
  const SurveyDefinition& get(const std::string& survey_id) const;
  const std::map<std::string, SurveyDefinition>& all() const { return surveys_; }

 private:
  std::string folder_;
  std::map<std::string, SurveyDefinition> surveys_;
};

}  // namespace hc::surveys

#endif  // HC_SURVEYS_SURVEY_CATALOGUE_H_
