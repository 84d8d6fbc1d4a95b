// The directory settings of healthcheck.conf (service_config.h) as the
// directory component takes them (directory/directory_settings.h): the role
// mapping file read and parsed (its errors name the file and line), the
// contact, local-sign-in, and LDAP's with the service account's password
// from the environment (HEALTHCHECK_LDAP_PASSWORD).
//
// Thread-safety: reads the environment and a file; call before starting threads.
#ifndef HC_CLI_DIRECTORY_CONFIG_H_
#define HC_CLI_DIRECTORY_CONFIG_H_

#include "cli/service_config.h"
#include "directory/directory_settings.h"

namespace hc::cli {

// Throws ConfigError for a mapping file that cannot be used, and for LDAP
// settings that cannot work (ldap::settingsProblem).
directory::DirectorySettings directorySettingsOf(const ServiceConfig& config);

}  // namespace hc::cli

#endif  // HC_CLI_DIRECTORY_CONFIG_H_
