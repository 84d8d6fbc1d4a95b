#include "surveys/survey_definition.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace hc::surveys {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// Reads one definition, prefixing every complaint with where it is.
class DefinitionReader {
 public:
  explicit DefinitionReader(std::string file) : file_(std::move(file)) {}

  SurveyDefinition read(const std::string& json) {
    Object::Ptr root;
    Poco::Dynamic::Var parsed;
    try {
      Poco::JSON::Parser parser;
      parsed = parser.parse(json);
    } catch (const Poco::Exception& e) {
      fail("", "is not valid JSON: " + e.displayText());
    }
    if (parsed.type() == typeid(Object::Ptr)) root = parsed.extract<Object::Ptr>();
    if (!root) fail("", "must hold one JSON object");
    allowOnly(*root, {"id", "version", "title", "introduction", "council_wording", "answer_scales", "groups",
                      "sections", "$comment"}, "");
    SurveyDefinition d;
    d.file = file_;
    d.id = identifier(*root, "id", "");
    d.version = text(*root, "version", "", true);
    d.title = text(*root, "title", "", true);
    d.introduction = text(*root, "introduction", "", false);
    d.council_wording = flag(*root, "council_wording", "");
    readScales(*root, d);
    readGroups(*root, d);
    Array::Ptr sections = array(*root, "sections", "");
    for (size_t i = 0; i < sections->size(); ++i) d.sections.push_back(readSection(sections->getObject(i), d));
    return d;
  }

 private:
  [[noreturn]] void fail(const std::string& where, const std::string& reason) const {
    throw SurveyDefinitionError(file_ + ": " + (where.empty() ? "" : where + ": ") + reason);
  }

  void allowOnly(const Object& o, std::initializer_list<const char*> keys, const std::string& where) const {
    for (const auto& [key, value] : o) {
      bool known = false;
      for (const char* k : keys) known = known || key == k;
      if (!known) fail(where, "unknown field '" + key + "'");
    }
  }

  std::string text(const Object& o, const std::string& key, const std::string& where, bool required) const {
    if (!o.has(key) || o.isNull(key)) {
      if (required) fail(where, "'" + key + "' is missing");
      return "";
    }
    const Poco::Dynamic::Var v = o.get(key);
    if (!v.isString()) fail(where, "'" + key + "' must be text");
    std::string s = v.extract<std::string>();
    if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) fail(where, "'" + key + "' is empty");
    return s;
  }

  bool flag(const Object& o, const std::string& key, const std::string& where) const {
    if (!o.has(key)) return false;
    const Poco::Dynamic::Var v = o.get(key);
    if (!v.isBoolean()) fail(where, "'" + key + "' must be true or false");
    return v.extract<bool>();
  }

  // Ids become CSV column names and URL parts: the contract's identifiers.
  std::string identifier(const Object& o, const std::string& key, const std::string& where) const {
    std::string s = text(o, key, where, true);
    if (s.size() > 64 || s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") !=
                             std::string::npos)
      fail(where, "'" + key + "' '" + s + "' must be 1 to 64 of A-Z a-z 0-9 . _ -");
    return s;
  }

  Array::Ptr array(const Object& o, const std::string& key, const std::string& where) const {
    Array::Ptr a = o.has(key) ? o.getArray(key) : nullptr;
    if (!a) fail(where, "'" + key + "' must be a list");
    if (a->size() == 0) fail(where, "'" + key + "' is empty");
    for (size_t i = 0; i < a->size(); ++i)
      if (!a->getObject(i)) fail(where, "each of '" + key + "' must be an object");
    return a;
  }

  void readScales(const Object& root, SurveyDefinition& d) const {
    if (!root.has("answer_scales")) return;
    Object::Ptr scales = root.getObject("answer_scales");
    if (!scales) fail("", "'answer_scales' must be an object of label lists");
    for (const auto& [id, value] : *scales) {
      const std::string where = "answer scale '" + id + "'";
      Array::Ptr labels = scales->getArray(id);
      if (!labels) fail(where, "must be a list of 5 labels");
      if (labels->size() != 5)
        fail(where, "has " + std::to_string(labels->size()) + " labels; a 1..5 scale needs exactly 5");
      AnswerScale scale{id, {}};
      for (size_t i = 0; i < labels->size(); ++i) {
        const Poco::Dynamic::Var v = labels->get(i);
        if (!v.isString() || v.extract<std::string>().empty()) fail(where, "label " + std::to_string(i + 1) + " is empty");
        scale.labels.push_back(v.extract<std::string>());
      }
      d.scales.push_back(std::move(scale));
    }
  }

  void readGroups(const Object& root, SurveyDefinition& d) const {
    if (!root.has("groups")) return;
    Array::Ptr groups = array(root, "groups", "");
    for (size_t i = 0; i < groups->size(); ++i) {
      Object::Ptr g = groups->getObject(i);
      allowOnly(*g, {"id", "title"}, "group " + std::to_string(i + 1));
      QuestionGroup group{identifier(*g, "id", "group " + std::to_string(i + 1)), ""};
      group.title = text(*g, "title", "group " + group.id, true);
      for (const auto& other : d.groups)
        if (other.id == group.id) fail("group " + group.id, "the id is used twice");
      d.groups.push_back(group);
    }
  }

  Section readSection(const Object::Ptr& s, SurveyDefinition& d) {
    const std::string where = "section " + std::to_string(d.sections.size() + 1);
    allowOnly(*s, {"id", "title", "introduction", "questions"}, where);
    Section section;
    section.id = identifier(*s, "id", where);
    section.title = text(*s, "title", "section " + section.id, true);
    section.introduction = text(*s, "introduction", "section " + section.id, false);
    for (const auto& other : d.sections)
      if (other.id == section.id) fail("section " + section.id, "the id is used twice");
    Array::Ptr questions = array(*s, "questions", "section " + section.id);
    for (size_t i = 0; i < questions->size(); ++i)
      section.questions.push_back(readQuestion(*questions->getObject(i), d, section, i));
    return section;
  }

  Question readQuestion(const Object& o, const SurveyDefinition& d, const Section& section, size_t index) {
    Question q;
    q.id = identifier(o, "id", "section " + section.id + ": question " + std::to_string(index + 1));
    const std::string where = "question " + q.id;
    allowOnly(o, {"id", "text", "hint", "error", "type", "scale", "area", "group", "reverse", "max_length"}, where);
    if (q.id == "team_id") fail(where, "'team_id' is reserved for the team column of imported responses");
    if (auto [it, fresh] = seen_.emplace(q.id, section.id); !fresh)
      fail(where, "the id is used twice (first in section '" + it->second + "')");
    q.text = text(o, "text", where, !d.council_wording);
    q.hint = text(o, "hint", where, false);
    const std::string type = o.has("type") ? text(o, "type", where, true) : "scale";
    if (type != "scale" && type != "text") fail(where, "unknown type '" + type + "' (expected scale or text)");
    q.kind = type == "text" ? Question::Kind::kText : Question::Kind::kScale;
    if (q.kind == Question::Kind::kText) {
      for (const char* k : {"scale", "area", "group", "reverse", "error"})
        if (o.has(k)) fail(where, "a free-text question has no '" + std::string(k) + "'");
      if (o.has("max_length")) {
        const Poco::Dynamic::Var v = o.get("max_length");
        if (!v.isInteger() || v.convert<int>() < 1 || v.convert<int>() > 10000)
          fail(where, "'max_length' must be a whole number from 1 to 10000");
        q.max_length = v.convert<size_t>();
      }
      return q;
    }
    if (o.has("max_length")) fail(where, "only a free-text question has 'max_length'");
    q.error = text(o, "error", where, false);
    if (!q.error.empty() && (q.error.back() == '.' || q.error.back() == ' '))
      fail(where, "'error' is shown as an error message: leave off the full stop");
    const std::string scale = text(o, "scale", where, true);
    std::string known;
    for (const auto& s : d.scales) {
      if (s.id == scale) q.scale = &s;
      known += (known.empty() ? "" : ", ") + s.id;
    }
    if (!q.scale)
      fail(where, "unknown answer scale '" + scale + "' (" + (known.empty() ? "none is defined" : "defined: " + known) + ")");
    q.area = text(o, "area", where, false);
    if (!q.area.empty()) {
      bool found = false;
      std::string all;
      for (const auto& a : areaNames()) {
        found = found || a == q.area;
        all += (all.empty() ? "" : ", ") + a;
      }
      if (!found) fail(where, "unknown area '" + q.area + "' (expected one of " + all + ")");
    }
    q.group = text(o, "group", where, false);
    if (!q.group.empty()) {
      bool found = false;
      for (const auto& g : d.groups) found = found || g.id == q.group;
      if (!found) fail(where, "unknown group '" + q.group + "'");
    }
    q.reverse = flag(o, "reverse", where);
    return q;
  }

  std::string file_;
  std::map<std::string, std::string> seen_;  // question id -> its section
};

}  // namespace

const std::vector<std::string>& areaNames() {
  static const std::vector<std::string> names{"workload", "allocation", "tools", "wellbeing", "delivery"};
  return names;
}

SurveyDefinition& SurveyDefinition::operator=(const SurveyDefinition& other) {
  if (this == &other) return *this;
  id = other.id;
  version = other.version;
  title = other.title;
  introduction = other.introduction;
  file = other.file;
  council_wording = other.council_wording;
  scales = other.scales;
  groups = other.groups;
  sections = other.sections;
  // Re-point each question at this copy's scales.
  for (auto& s : sections)
    for (auto& q : s.questions)
      if (q.scale)
        for (const auto& scale : scales)
          if (scale.id == q.scale->id) q.scale = &scale;
  return *this;
}

std::vector<const Question*> SurveyDefinition::questions() const {
  std::vector<const Question*> out;
  for (const auto& s : sections)
    for (const auto& q : s.questions) out.push_back(&q);
  return out;
}

const Question* SurveyDefinition::find(std::string_view question_id) const {
  for (const auto& s : sections)
    for (const auto& q : s.questions)
      if (q.id == question_id) return &q;
  return nullptr;
}

bool SurveyDefinition::hasWording() const {
  for (const auto& s : sections)
    for (const auto& q : s.questions)
      if (q.text.empty()) return false;
  return true;
}

SurveyDefinition parseSurveyDefinition(const std::string& json, const std::string& file) {
  return DefinitionReader(file).read(json);
}

SurveyDefinition loadSurveyDefinition(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SurveyDefinitionError(path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return parseSurveyDefinition(text.str(), path);
}

}  // namespace hc::surveys
