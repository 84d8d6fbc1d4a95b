// healthcheck survey invite RUN --team T --emails FILE and survey remind:
// survey invitations and reminders by email (mailings/survey_invitation_mail.h,
// mailings/reminder_batches.h), beside survey_command.cpp's other actions.
//
// Thread-safety: as any command, one a process.
#ifndef HC_CLI_SURVEY_EMAIL_COMMAND_H_
#define HC_CLI_SURVEY_EMAIL_COMMAND_H_

#include <string>
#include <vector>

#include "cli/command.h"

namespace hc::cli {

// Queues an invitation for each address of `file` (one per line); every
// wrong line is reported with its number and nothing is queued.
int inviteByEmail(const std::string& run_id, const std::string& team, const std::string& file, Context& context);

int surveyRemind(const std::vector<std::string>& args, Context& context);

}  // namespace hc::cli

#endif  // HC_CLI_SURVEY_EMAIL_COMMAND_H_
