#include "core/records.h"

#include <cctype>

namespace hc {
namespace {

// Finds s (trimmed, any case) among names; -1 when absent.
int indexOf(std::string_view s, const std::string_view* names, int n) {
  // Stored and well-formed values are spelt exactly: try that first.
  for (int i = 0; i < n; ++i) {
    if (names[i] == s) return i;
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  for (int i = 0; i < n; ++i) {
    const std::string_view c = names[i];
    if (c.size() != s.size()) continue;
    bool same = true;
    for (size_t k = 0; k < c.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(s[k])) == c[k];
    if (same) return i;
  }
  return -1;
}

constexpr std::string_view kService[] = {"children", "adults", "other"};
constexpr std::string_view kRole[] = {"social_worker", "senior_practitioner", "team_manager",
                                      "service_manager", "other"};
constexpr std::string_view kEmployment[] = {"permanent", "agency"};
constexpr std::string_view kVisitStatus[] = {"completed", "no_access", "cancelled_by_person",
                                             "cancelled_by_service", "rescheduled"};
constexpr std::string_view kVisitPurpose[] = {"assessment", "review", "visit", "other"};
constexpr std::string_view kSupervisionKind[] = {"individual", "group"};
constexpr std::string_view kAbsenceReason[] = {"sickness", "stress", "other"};
constexpr std::string_view kRiskKind[] = {"lone_working", "other"};
constexpr std::string_view kFeedbackKind[] = {"complaint", "compliment", "comment", "rating"};

template <typename E, size_t N>
std::optional<E> parseIn(std::string_view s, const std::string_view (&names)[N]) {
  const int i = indexOf(s, names, static_cast<int>(N));
  if (i < 0) return std::nullopt;
  return static_cast<E>(i);
}

}  // namespace

std::string_view name(Service v) { return kService[static_cast<int>(v)]; }
std::string_view name(Role v) { return kRole[static_cast<int>(v)]; }
std::string_view name(Employment v) { return kEmployment[static_cast<int>(v)]; }
std::string_view name(VisitStatus v) { return kVisitStatus[static_cast<int>(v)]; }
std::string_view name(VisitPurpose v) { return kVisitPurpose[static_cast<int>(v)]; }
std::string_view name(SupervisionKind v) { return kSupervisionKind[static_cast<int>(v)]; }
std::string_view name(AbsenceReason v) { return kAbsenceReason[static_cast<int>(v)]; }
std::string_view name(RiskAssessmentKind v) { return kRiskKind[static_cast<int>(v)]; }
std::string_view name(FeedbackKind v) { return kFeedbackKind[static_cast<int>(v)]; }

std::optional<Service> parseService(std::string_view s) { return parseIn<Service>(s, kService); }
std::optional<Role> parseRole(std::string_view s) { return parseIn<Role>(s, kRole); }
std::optional<Employment> parseEmployment(std::string_view s) { return parseIn<Employment>(s, kEmployment); }
std::optional<VisitStatus> parseVisitStatus(std::string_view s) { return parseIn<VisitStatus>(s, kVisitStatus); }
std::optional<VisitPurpose> parseVisitPurpose(std::string_view s) { return parseIn<VisitPurpose>(s, kVisitPurpose); }
std::optional<SupervisionKind> parseSupervisionKind(std::string_view s) {
  return parseIn<SupervisionKind>(s, kSupervisionKind);
}
std::optional<AbsenceReason> parseAbsenceReason(std::string_view s) {
  return parseIn<AbsenceReason>(s, kAbsenceReason);
}
std::optional<RiskAssessmentKind> parseRiskAssessmentKind(std::string_view s) {
  return parseIn<RiskAssessmentKind>(s, kRiskKind);
}
std::optional<FeedbackKind> parseFeedbackKind(std::string_view s) { return parseIn<FeedbackKind>(s, kFeedbackKind); }

}  // namespace hc
