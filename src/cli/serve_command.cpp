// healthcheck serve: the web server (the staff survey form, the directors'
// dashboard and every other page of web::WebApp) until interrupted.

#include <pthread.h>
#include <sys/resource.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <ostream>

#include "cli/command.h"
#include "cli/mail_config.h"
#include "cli/command_options.h"
#include "load/thresholds_file.h"
#include "national/council_setting.h"
#include "store/database_url.h"
#include "store/schema.h"
#include "web/http/csrf.h"
#include "web/http/web_server.h"
#include "web/web_app.h"

namespace hc::cli {
namespace {

// Blocks until SIGINT or SIGTERM, then lets the caller stop cleanly.
void waitForTermination() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int signal = 0;
  sigwait(&set, &signal);
}

// Idle and slow connections cost a descriptor each: take the hard limit
// (Debian's soft limit is 1,024), and cap connections a little below it.
void raiseDescriptorLimit(web::http::WebServerOptions& server) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
  }
  // Room for the database, log and static files besides the connections.
  const rlim_t usable = limit.rlim_cur > 256 ? limit.rlim_cur - 128 : limit.rlim_cur / 2;
  if (usable < static_cast<rlim_t>(server.max_connections)) server.max_connections = static_cast<int>(usable);
}

// Where uploads go when neither --uploads nor the configuration says:
// beside a SQLite file, in the package's data folder, else here.
std::string defaultUploadsFolder(const std::string& db_url) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const store::DatabaseUrl url = store::DatabaseUrl::parse(db_url);
  if (url.dialect == store::Dialect::kSqlite && url.path != ":memory:")
    return (fs::absolute(url.path, ec).parent_path() / "uploads").string();
  if (fs::is_directory("/var/lib/healthcheck", ec)) return "/var/lib/healthcheck/uploads";
  return "uploads";
}

}  // namespace

int runServe(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  web::WebAppOptions app;
  web::http::WebServerOptions server;
  int port = 8080;
  bool quiet = false;
  bool behind_proxy = false, allow_plain = false;
  std::string thresholds_path;
  // The configuration file's settings are the defaults the options below
  // override; the folders already have the environment's over the file's.
  const ServiceConfig& config = context.config;
  server.host = config.host.value_or(server.host);
  port = config.port.value_or(port);
  app.council_name = config.council.value_or(app.council_name);
  server.tls_cert = config.tls_cert.value_or("");
  server.tls_key = config.tls_key.value_or("");
  behind_proxy = config.behind_tls_proxy.value_or(false);
  app.surveys_folder = context.surveys_folder;
  app.base_url = config.base_url.value_or("");
  app.assets_folder = context.assets_folder;
  app.uploads_folder = config.uploads.value_or("");
  app.max_upload_mb = static_cast<uint64_t>(config.max_upload_mb.value_or(500));
  po::options_description options("Options");
  options.add_options()("host", po::value(&server.host), "address to listen on (default 127.0.0.1)")(
      "port", po::value(&port), "port to listen on (default 8080; 0: any free port, printed at start)")(
      "surveys", po::value(&app.surveys_folder),
      "folder of survey definitions (default: $HEALTHCHECK_SURVEYS, the configuration's, the installed ones, "
      "else surveys)")(
      "assets", po::value(&app.assets_folder),
      "govuk-frontend's dist/govuk folder (default: $HEALTHCHECK_ASSETS, the configuration's, the installed one, "
      "else src/web/node_modules/govuk-frontend/dist/govuk)")(
      "threads", po::value(&server.max_threads),
      "worker threads running whole requests; connections hold none while read or idle (default 32)")(
      "client-connections", po::value(&server.max_client_connections),
      "open connections per client address, 0: no cap (default 128; not capped behind a proxy)")(
      "client-requests", po::value(&server.max_client_requests),
      "requests in flight per client address, beyond which 429 (default 8; 0: no cap)")(
      "quiet", po::bool_switch(&quiet), "no access log (errors are still logged)")(
      "uploads", po::value(&app.uploads_folder),
      "folder for the files uploaded in the browser, a folder per upload (default: the configuration's "
      "uploads, else uploads/ beside a SQLite database, else /var/lib/healthcheck/uploads)")(
      "tls-cert", po::value(&server.tls_cert), "PEM certificate (chain): serve HTTPS with it (needs --tls-key)")(
      "tls-key", po::value(&server.tls_key), "PEM private key of --tls-cert")(
      "behind-tls-proxy", po::bool_switch(&behind_proxy)->default_value(behind_proxy),
      "a reverse proxy on this machine terminates TLS: mark cookies Secure, and take the client's address from "
      "the proxy's X-Forwarded-For")(
      "base-url", po::value(&app.base_url),
      "the address staff reach the server at, for the links the admin area shows (default: the request's Host)")(
      "allow-plain-http", po::bool_switch(&allow_plain),
      "listen without TLS on an address other than 127.0.0.1 (a trusted private network only)")(
      "thresholds", po::value(&thresholds_path),
      "red/amber/green limits a fresh database starts from (a thresholds file); once the database holds "
      "thresholds (set at /admin/settings) they win, and serve says so");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--config FILE] [--db URL] serve [--host H] [--port P]",
                           "Serves the dashboard and the staff survey form until interrupted (Ctrl-C). The\n"
                           "council's name in the page header is its stored setting ('healthcheck council\n"
                           "set'), read at start. The access log (stderr)\n"
                           "holds method, route, status and time only: never links, answers or addresses.\n"
                           "Set HEALTHCHECK_CSRF_SECRET to keep forms valid across restarts.",
                           options, {}, vm, context))
    return kOk;
  if (port < 0 || port > 65535) throw UsageError("--port must be 0 to 65535");
  if (server.max_threads < 1 || server.max_threads > 1024) throw UsageError("--threads must be 1 to 1024");
  if (server.max_client_connections < 0 || server.max_client_requests < 0)
    throw UsageError("--client-connections and --client-requests must be 0 (no cap) or more");
  server.port = static_cast<uint16_t>(port);
  // --- TLS and cookies (access component) ---
  const bool tls = !server.tls_cert.empty() || !server.tls_key.empty();
  if (tls && (server.tls_cert.empty() || server.tls_key.empty()))
    throw UsageError("--tls-cert and --tls-key go together");
  const bool loopback = server.host == "127.0.0.1" || server.host == "::1" || server.host == "localhost";
  if (!tls && !loopback && !allow_plain)
    throw UsageError("plain HTTP is served on 127.0.0.1 only: give --tls-cert and --tls-key, put a TLS reverse "
                     "proxy in front on 127.0.0.1, or --allow-plain-http on a trusted network");
  app.secure_cookies = tls || behind_proxy;
  server.trust_forwarded_for = behind_proxy;
  if (const char* secret = std::getenv("HEALTHCHECK_CSRF_SECRET")) app.csrf_secret = secret;
  if (!app.csrf_secret.empty() && app.csrf_secret.size() < web::http::CsrfProtection::kMinSecret)
    throw UsageError("HEALTHCHECK_CSRF_SECRET is too short: give at least " +
                     std::to_string(web::http::CsrfProtection::kMinSecret) + " characters (e.g. openssl rand -hex 32)");
  if (!thresholds_path.empty()) {
    std::vector<std::string> errors;
    const auto thresholds = load::tryLoadThresholds(thresholds_path, &errors);
    if (!thresholds) {
      for (const std::string& e : errors) context.err << "healthcheck serve: --thresholds: " << e << "\n";
      return kFailed;
    }
    app.thresholds = *thresholds;
  }
  app.db_url = context.db_url;
  if (app.uploads_folder.empty()) app.uploads_folder = defaultUploadsFolder(context.db_url);
  // Uploads are spooled beside their folders, so that keeping one is a rename.
  server.spool_folder = (std::filesystem::path(app.uploads_folder) / ".spool").string();
  {
    std::error_code ec;
    std::filesystem::create_directories(server.spool_folder, ec);
    // Not fatal: the figures are served, and an upload says it cannot be kept.
    if (ec) {
      context.err << "healthcheck serve: uploads cannot be kept in " << app.uploads_folder << ": " << ec.message()
                  << "\n";
      server.spool_folder.clear();
    }
  }
  server.max_upload_bytes = app.max_upload_mb * 1024 * 1024;
  app.max_idle_connections = static_cast<size_t>(server.max_threads);

  // Signals are taken by sigwait below, so block them in every thread the
  // server starts from here on.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  {
    // The council's one stored setting names it in every page's header and
    // in the figures (read once: a renamed council shows after a restart).
    auto db = store::openDatabase(context.db_url);
    store::migrate(*db);
    // The configuration's `council` only names a council that has no
    // stored setting yet.
    std::string stored = national::councilName(*db);
    if (stored != national::kUnnamedCouncil || app.council_name.empty()) app.council_name = std::move(stored);
  }
  std::mutex log_mutex;
  std::ostream& log = context.err;
  // --quiet drops the per-request lines; failures are always logged.
  server.access_log = [&log, &log_mutex, quiet](const std::string& line) {
    if (quiet && line.rfind("error", 0) != 0) return;
    std::lock_guard<std::mutex> lock(log_mutex);
    log << line << "\n" << std::flush;
  };
  // The overview's default view, computed before the first director asks
  // for it, and again within half a minute of an import.
  app.warm_every = std::chrono::seconds(30);
  app.log = server.access_log;
  // The council's mail relay, from the configuration file: refused at
  // start when it cannot work, rather than failing message by message.
  app.mail = mailSettingsOf(context.config);
  app.mailings.digest = mailingsOptionsOf(context.config).digest;
  if (auto problem = mail::settingsProblem(app.mail)) throw UsageError("mail settings: " + *problem);
  web::WebApp web_app(app);
  server.upload_too_large = [&web_app] { return web_app.uploadTooLarge(); };
  raiseDescriptorLimit(server);
  web::http::WebServer web_server(web_app.router(), server);
  web_server.start();
  context.out << "Serving on " << (tls ? "https" : "http") << "://" << server.host << ":" << web_server.port() << "/ ("
              << store::DatabaseUrl::parse(context.db_url).describe()
              << "); Ctrl-C to stop\n";
  // Which thresholds, group size and caseload limit the figures rest on.
  if (!web_app.startNote().empty()) context.out << web_app.startNote() << "\n";
  context.out << std::flush;
  waitForTermination();
  web_server.stop();
  context.out << "Stopped\n";
  return kOk;
}

}  // namespace hc::cli
