#include "demo/demo_council.h"

#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "demo/case_activity.h"
#include "demo/caseload.h"
#include "demo/demo_files.h"
#include "demo/demo_window.h"
#include "demo/staff_wellbeing.h"
#include "demo/supervision.h"
#include "demo/team_activity.h"
#include "demo/team_plan.h"
#include "demo/workforce.h"

namespace hc::demo {

DemoSummary writeDemoCouncil(const DemoOptions& options, const std::string& out_dir) {
  if (options.teams < 1) throw std::invalid_argument("a demo council needs at least one team");
  if (options.months < 1) throw std::invalid_argument("a demo council needs at least one month");
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  if (error) throw std::runtime_error("cannot create " + out_dir + ": " + error.message());

  const DemoWindow window = DemoWindow::of(options.end, options.months);
  DemoFiles files(out_dir);
  std::optional<StaffSurveyFiles> surveys;
  if (options.survey) surveys.emplace(out_dir, *options.survey, window);
  int64_t service_manager = 0;
  for (int index = 0; index < options.teams; ++index) {
    const TeamPlan plan = planTeam(options.seed, index);
    files.teams.id(kTeamId, plan.number).text(plan.name).text(name(plan.service)).text(plan.locality).endRow();

    // The group's first team hosts its service manager, so the later teams
    // of the group can name them as the team manager's supervisor.
    const Workforce workforce = planWorkforce(plan, window, options.seed, files.staff.rows() + 1,
                                              plan.hosts_service_manager ? 0 : service_manager);
    service_manager = workforce.service_manager;
    const TeamContext team{plan, workforce, window, options.seed, options.teams};
    writeWorkforce(plan, workforce, files);

    std::vector<CaseLife> cases = planCases(team);
    writeCases(team, cases, files);
    writeVisits(team, cases, files);
    writeCarePackages(team, cases, files);
    writeSupervision(team, files);
    writeAbsences(team, files);
    writeRiskAssessments(team, files);
    writeTeamMeetings(team, files);
    writeFeedback(team, files);
    if (surveys) surveys->writeTeam(team);
  }
  DemoSummary summary{files.close()};
  if (surveys)
    for (auto& file : surveys->close()) summary.rows_per_file.push_back(std::move(file));
  return summary;
}

}  // namespace hc::demo
