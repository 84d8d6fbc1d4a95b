#include "national/census_reader.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/Locator.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/SAX/XMLReader.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/text.h"
#include "ingest/values.h"

namespace hc::national {
namespace {

using Poco::XML::XMLChar;
using Poco::XML::XMLString;

ingest::Column numberColumn(ingest::ValueType type, double min, std::optional<double> max) {
  ingest::Column c;
  c.name = "value";
  c.type = type;
  c.min = min;
  c.max = max;
  return c;
}
const ingest::Column kFte = numberColumn(ingest::ValueType::kDecimal, 0, 1);        // ftetype
const ingest::Column kAmount = numberColumn(ingest::ValueType::kDecimal, 0, std::nullopt);  // twodecimalplaces, >= 0
const ingest::Column kCount = numberColumn(ingest::ValueType::kInteger, 0, 999999);  // xs:integer; bounded to fit
const ingest::Column kRole = numberColumn(ingest::ValueType::kInteger, 1, 6);       // roletype
const ingest::Column kDate = numberColumn(ingest::ValueType::kDate, 0, std::nullopt);

// Worker elements the schema defines that the health check does not read.
const std::set<std::string> kUnusedWorkerElements = {
    "PersonBirthDate", "GenderCurrent", "Ethnicity", "QualInst", "QualLevel", "StepUpGrad", "StartOrigin",
    "LeaverDestination", "ReasonLeave", "ContractWeeks", "FrontlineGrad", "CFKSSstatus"};
const std::set<std::string> kAbsenceReasons = {"MAT", "OTH", "PUB", "SIC", "TRN", "UNA", "UNP"};

bool matchesSweNo(std::string_view s) {  // [A-Za-z]{2}\d{10}
  if (s.size() != 12) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (i < 2 ? !std::isalpha(c) : !std::isdigit(c)) return false;
  }
  return true;
}
bool allDigits(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// The SAX callbacks: keeps the path of open elements (with the line each
// opened on, for messages) and the text of the current leaf; each leaf is
// checked and stored when it closes, each worker when its element closes.
class CensusHandler : public Poco::XML::ContentHandler {
 public:
  CensusHandler(CensusRead& out, std::string file) : out_(out), file_(std::move(file)) {}

  void setDocumentLocator(const Poco::XML::Locator* locator) override { locator_ = locator; }
  void startDocument() override {}
  void endDocument() override {}
  void startPrefixMapping(const XMLString&, const XMLString&) override {}
  void endPrefixMapping(const XMLString&) override {}
  void ignorableWhitespace(const XMLChar*, int, int) override {}
  void processingInstruction(const XMLString&, const XMLString&) override {}
  void skippedEntity(const XMLString&) override {}

  void startElement(const XMLString&, const XMLString& local, const XMLString& qname,
                    const Poco::XML::Attributes&) override {
    const std::string name = local.empty() ? qname : local;
    const std::string parent = path_.empty() ? "" : path_.back();
    path_.push_back(name);
    lines_.push_back(line());
    text_.clear();
    if (path_.size() == 1 && name != "Message") error("", "the root element is <" + name + ">, not <Message>");
    if (name == "CSWWWorker" && parent == "Message") {
      worker_ = CensusWorker{};
      worker_.line = line();
      worker_ok_ = true;
      seen_.clear();
    } else if (name == "LALevelVacancies" && parent == "Message") {
      if (++vacancy_blocks_ > 1) error(name, "appears more than once");
      seen_.clear();
    }
  }

  void characters(const XMLChar ch[], int start, int length) override { text_.append(ch + start, length); }

  void endElement(const XMLString&, const XMLString&, const XMLString&) override {
    const std::string name = path_.back();
    const int64_t at = lines_.back();
    path_.pop_back();
    lines_.pop_back();
    const std::string parent = path_.empty() ? "" : path_.back();
    const std::string value(ingest::trim(text_));
    text_.clear();
    if (parent == "CSWWWorker") workerElement(name, value, at);
    else if (parent == "LALevelVacancies") vacancyElement(name, value, at);
    else if (parent == "CollectionDetails") collectionElement(name, value, at);
    else if (parent == "Source" && name == "LEA") sourceLea(value, at);
    else if (name == "CSWWWorker") finishWorker();
    else if (name == "LALevelVacancies") finishVacancies(at);
  }

  bool hadErrors() const { return errors_; }

  void finishDocument() {
    if (vacancy_blocks_ == 0) error("LALevelVacancies", "required element is missing", 0);
    if (out_.workers_read == 0) error("CSWWWorker", "the return has no workers", 0);
  }

 private:
  int64_t line() const { return locator_ ? locator_->getLineNumber() : 0; }
  void error(const std::string& element, const std::string& reason, std::optional<int64_t> at = std::nullopt) {
    out_.diagnostics.add({file_, at ? *at : line(), element, reason, true});
    errors_ = true;
  }
  void warning(const std::string& element, const std::string& reason, int64_t at) {
    out_.diagnostics.add({file_, at, element, reason, false});
  }
  bool once(const std::string& name, int64_t at) {
    if (seen_.insert(name).second) return true;
    error(name, "appears more than once", at);
    return false;
  }
  // Reads `value` as `column` says; reports and returns false on failure.
  bool parse(const ingest::Column& column, const std::string& name, const std::string& value, int64_t at,
             ingest::Value& v) {
    std::string reason;
    if (value.empty()) reason = "empty";
    else if (!ingest::parseValue(column, value, v, reason)) {}
    else return true;
    error(name, reason, at);
    return false;
  }
  std::optional<bool> flag(const std::string& name, const std::string& value, int64_t at, const char* meaning) {
    if (value == "0" || value == "1") return value == "1";
    error(name, ingest::quoted(value) + " is not 0 or 1 (" + meaning + ")", at);
    return std::nullopt;
  }

  void workerElement(const std::string& name, const std::string& value, int64_t at) {
    const int64_t errors_before = out_.diagnostics.errors();
    ingest::Value v;
    CensusWorker& w = worker_;
    if (kUnusedWorkerElements.count(name)) {
      // Defined by the schema, not used here: not checked.
    } else if (name == "ReasonAbsence") {
      if (!kAbsenceReasons.count(value)) error(name, ingest::quoted(value) + " is not a reason code of the schema (MAT, OTH, PUB, SIC, TRN, UNA, UNP)", at);
      else w.absence_reasons.push_back(value);
    } else if (name == "Absat30Sept") {
      w.absent_30_sept = flag(name, value, at, "1: absent on 30 September");  // may repeat in the schema
    } else if (!once(name, at)) {
    } else if (name == "AgencyWorker") {
      if (auto f = flag(name, value, at, "1: agency worker")) w.agency = *f;
    } else if (name == "SWENo") {
      if (!matchesSweNo(value)) error(name, ingest::quoted(value) + " is not a Social Work England number (two letters and ten digits)", at);
      else w.swe_no = value;
    } else if (name == "FTE" || name == "FTE30") {
      if (parse(kFte, name, value, at, v)) (name == "FTE" ? w.fte : w.fte30) = v.real;
    } else if (name == "OrgRole") {
      if (parse(kRole, name, value, at, v)) w.org_role = static_cast<int>(v.number);
    } else if (name == "RoleStartDate" || name == "RoleEndDate") {
      if (parse(kDate, name, value, at, v))
        (name == "RoleStartDate" ? w.start_date : w.end_date) = Date(static_cast<int32_t>(v.number));
    } else if (name == "Cases30") {
      if (parse(kCount, name, value, at, v)) w.cases30 = v.number;
    } else if (name == "WorkingDaysLost") {
      if (parse(kAmount, name, value, at, v)) w.working_days_lost = v.real;
    } else {
      warning(name, "not an element of the census schema; ignored", at);
    }
    worker_ok_ = worker_ok_ && out_.diagnostics.errors() == errors_before;
  }

  void finishWorker() {
    ++out_.workers_read;
    CensusWorker& w = worker_;
    for (const char* required : {"AgencyWorker", "SWENo"}) {
      if (seen_.count(required)) continue;
      error(required, "required element is missing", w.line);
      worker_ok_ = false;
    }
    if (w.start_date && w.end_date && *w.end_date < *w.start_date) {
      error("RoleEndDate", w.end_date->iso() + " is before RoleStartDate " + w.start_date->iso(), w.line);
      worker_ok_ = false;
    }
    if (!w.swe_no.empty()) {
      const auto [it, fresh] = swe_lines_.emplace(w.swe_no, w.line);
      if (!fresh) {
        error("SWENo", w.swe_no + " repeats the worker on line " + std::to_string(it->second), w.line);
        worker_ok_ = false;
      }
    }
    if (worker_ok_) out_.census.workers.push_back(std::move(w));
    else ++out_.workers_rejected;
  }

  void vacancyElement(const std::string& name, const std::string& value, int64_t at) {
    ingest::Value v;
    if (name != "NumberOfVacancies" && name != "NoAgencyFTE" && name != "NoAgencyHeadcount") {
      warning(name, "not an element of the census schema; ignored", at);
    } else if (!once(name, at)) {
    } else if (name == "NoAgencyHeadcount") {
      if (parse(kCount, name, value, at, v)) out_.census.agency_headcount = v.number;
    } else if (parse(kAmount, name, value, at, v)) {
      (name == "NumberOfVacancies" ? out_.census.vacancies_fte : out_.census.agency_fte) = v.real;
    }
  }
  void finishVacancies(int64_t at) {
    for (const char* e : {"NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"})
      if (!seen_.count(e)) error(e, "required element of LALevelVacancies is missing", at);
  }

  void collectionElement(const std::string& name, const std::string& value, int64_t at) {
    ingest::Value v;
    if (name == "Year") {
      if (!allDigits(value, 4)) error(name, ingest::quoted(value) + " is not a year (YYYY)", at);
      else out_.census.year = std::stoi(value);
    } else if (name == "ReferenceDate") {
      if (parse(kDate, name, value, at, v)) out_.census.reference_date = Date(static_cast<int32_t>(v.number));
    } else if (name == "Collection" && value != "CSWW") {
      error(name, ingest::quoted(value) + " is not CSWW: this is not a social work workforce census return", at);
    }
  }
  void sourceLea(const std::string& value, int64_t at) {
    if (!allDigits(value, 3)) error("LEA", ingest::quoted(value) + " is not a three-digit local authority code", at);
    else out_.census.la_code = value;
  }

  CensusRead& out_;
  std::string file_;
  const Poco::XML::Locator* locator_ = nullptr;
  std::vector<std::string> path_;
  std::vector<int64_t> lines_;
  std::string text_;
  CensusWorker worker_;
  bool worker_ok_ = true;
  bool errors_ = false;
  std::set<std::string> seen_;  // elements of the current worker or LA block, for repeats and required ones
  std::map<std::string, int64_t> swe_lines_;
  int vacancy_blocks_ = 0;
};

}  // namespace

CensusRead readCensus(const std::string& path, size_t max_messages) {
  CensusRead out;
  out.diagnostics = ingest::DiagnosticList(max_messages);
  const std::string file = std::filesystem::path(path).filename().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.diagnostics.add({file, 0, "", "cannot open the file"});
    return out;
  }
  CensusHandler handler(out, file);
  Poco::XML::SAXParser parser;
  // A census return never needs external entities; loading them would let
  // a file read other files of this machine into the import.
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
  parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
  parser.setContentHandler(&handler);
  try {
    Poco::XML::InputSource source(in);
    parser.parse(&source);
  } catch (const Poco::XML::SAXParseException& e) {
    out.diagnostics.add({file, e.getLineNumber(), "", "not well-formed XML: " + e.message()});
    return out;
  } catch (const Poco::Exception& e) {
    out.diagnostics.add({file, 0, "", "cannot read the XML: " + e.displayText()});
    return out;
  }
  handler.finishDocument();
  out.ok = !handler.hadErrors();
  return out;
}

}  // namespace hc::national
