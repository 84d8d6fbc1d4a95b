// `--help` of every subcommand ("healthcheck benchmarks import --help"): the
// subcommand's own usage and options, wherever --help is typed, and wrong
// use pointing at that help. Run in-process (cli_fixture.h); nothing here
// opens a database.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace hc {
namespace {

struct Subcommand {
  std::vector<std::string> words;  // {"benchmarks", "import"}
  std::string usage;               // part of its own usage line, not in the command's overview
  std::vector<std::string> options;
};

// Every subcommand of src/cli with its options.
const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> all = {
      {{"survey", "open"}, "survey open --survey ID", {"--survey", "--period", "--teams", "--contact", "--surveys"}},
      {{"survey", "invite"}, "survey invite RUN", {"--team", "--count", "--open-link", "--csv", "--base-url"}},
      {{"survey", "status"}, "survey status [RUN]", {}},
      {{"survey", "review"}, "survey review RUN", {"--team"}},
      {{"survey", "close"}, "survey close RUN", {}},
      {{"survey", "import"}, "survey import FILE", {"--survey", "--period", "--surveys", "--skip-invalid", "--rejects"}},
      {{"survey", "results"}, "survey results RUN", {"--format", "--published", "--min-group"}},
      {{"survey", "publish"}, "survey publish RUN", {"--base-url"}},
      {{"survey", "unpublish"}, "survey unpublish RUN", {}},
      {{"action", "add"},
       "action add --scope S",
       {"--scope", "--area", "--metric", "--title", "--description", "--owner", "--due", "--period", "--needs-decision"}},
      {{"action", "update"},
       "action update ID",
       {"--status", "--note", "--due", "--title", "--owner", "--description", "--needs-decision"}},
      {{"action", "list"}, "action list [--scope S]", {"--scope", "--status", "--period", "--format"}},
      {{"user", "add"}, "user add --role ROLE", {"--role", "--team", "--service", "--link"}},
      {{"user", "remove"}, "user remove NAME", {}},
      {{"user", "reset-password"}, "user reset-password [--link [--base-url URL]] NAME", {"--link", "--base-url"}},
      {{"user", "change"}, "user change --role ROLE", {"--role", "--team", "--service"}},
      {{"user", "disable"}, "user disable NAME", {}},
      {{"user", "enable"}, "user enable NAME", {}},
      {{"user", "unlock"}, "user unlock NAME", {}},
      {{"user", "list"}, "Usage: healthcheck user list", {}},
      {{"benchmarks", "import"}, "benchmarks import [OPTIONS] FILE", {"--skip-invalid", "--rejects"}},
      {{"benchmarks", "neighbours", "import"}, "benchmarks neighbours import [OPTIONS] FILE", {"--skip-invalid", "--rejects"}},
      {{"benchmarks", "council"}, "benchmarks council [--la CODE]", {"--la", "--neighbours", "--dfe-neighbours"}},
      {{"benchmarks", "show"}, "benchmarks show --period P", {"--period", "--metric"}},
      {{"council", "set"}, "council set --name NAME", {"--name", "--la"}},
      {{"council", "show"}, "council show", {}},
      {{"annex-a", "import"}, "annex-a import FILE.xlsx", {"--extracted", "--skip-invalid", "--rejects", "--create-teams"}},
      {{"census", "import"}, "census import FILE.xml", {"--year"}},
      {{"report", "subscribe"}, "report subscribe [--add ADDRESS]...", {"--add", "--remove", "--role", "--remove-role",
                                                                        "--schedule", "--day", "--list"}},
      {{"report", "send-now"}, "report send-now [--period P]", {"--period"}},
  };
  return all;
}

const Subcommand& subcommand(const std::vector<std::string>& words) {
  for (const Subcommand& s : subcommands())
    if (s.words == words) return s;
  throw std::logic_error("not in subcommands()");
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

void expectOwnHelp(const Outcome& r, const Subcommand& s) {
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("Usage: healthcheck"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(s.usage), std::string::npos) << r.out;
  for (const auto& option : s.options) EXPECT_NE(r.out.find("  " + option), std::string::npos) << option << "\n" << r.out;
  EXPECT_NE(r.out.find("--help"), std::string::npos) << r.out;
}

TEST(SubcommandHelpTest, HelpAfterASubcommandIsThatSubcommandsHelp) {
  for (const Subcommand& s : subcommands()) {
    SCOPED_TRACE(s.usage);
    expectOwnHelp(run(concat(s.words, {"--help"})), s);
    expectOwnHelp(run(concat(s.words, {"-h"})), s);
  }
}

TEST(SubcommandHelpTest, HelpAsACommandOrBeforeTheCommandReachesTheSubcommand) {
  for (const Subcommand& s : subcommands()) {
    SCOPED_TRACE(s.usage);
    expectOwnHelp(run(concat({"help"}, s.words)), s);
    expectOwnHelp(run(concat({"--help"}, s.words)), s);
  }
}

TEST(SubcommandHelpTest, HelpAfterOtherWordsStillShowsHelpAndDoesNothingElse) {
  const Subcommand& import = subcommand({"benchmarks", "import"});
  // Without --help this would try the (missing) file and exit 1.
  expectOwnHelp(run({"benchmarks", "import", "no-such-file.csv", "--skip-invalid", "--help"}), import);
  const Subcommand& results = subcommand({"survey", "results"});
  expectOwnHelp(run({"survey", "results", "health-check-2026-Q3", "--format", "json", "-h"}), results);
}

TEST(SubcommandHelpTest, CommandHelpIsUnchanged) {
  Outcome r = run({"benchmarks", "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Subcommands:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Run 'healthcheck benchmarks SUBCOMMAND --help'"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("--skip-invalid"), std::string::npos) << r.out;

  for (const auto& args : {std::vector<std::string>{"import", "--help"}, {"--help", "import"}, {"help", "import"}}) {
    r = run(args);
    EXPECT_EQ(r.status, 0) << args[0];
    EXPECT_NE(r.out.find("import [--extracted YYYY-MM-DD] [OPTIONS] PATH..."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--skip-invalid"), std::string::npos) << r.out;
  }
  for (const auto& args : {std::vector<std::string>{"--help"}, {"help"}, {"-h"}}) {
    r = run(args);
    EXPECT_EQ(r.status, 0) << args[0];
    EXPECT_NE(r.out.find("  benchmarks  "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("'healthcheck help COMMAND'"), std::string::npos) << r.out;
  }
}

TEST(SubcommandHelpTest, WrongUseNamesTheSubcommandsHelp) {
  Outcome r = run({"benchmarks", "import"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("healthcheck benchmarks import: give the CSV file to import"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Run 'healthcheck benchmarks import --help' for usage."), std::string::npos) << r.err;

  r = run({"benchmarks", "neighbours", "import", "a.csv", "--no-such-option"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no-such-option"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Run 'healthcheck benchmarks neighbours import --help'"), std::string::npos) << r.err;

  r = run({"action", "update", "7"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("nothing to change"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Run 'healthcheck action update --help'"), std::string::npos) << r.err;

  r = run({"survey", "open", "--survey", "health-check"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("Run 'healthcheck survey open --help'"), std::string::npos) << r.err;
}

// Global options go before the command; one given after it is not taken
// silently for the command's own, and the message says where it goes.
TEST(SubcommandHelpTest, AGlobalOptionAfterTheCommandSaysWhereItGoes) {
  Outcome r = run({"import", "data/", "--db", "sqlite:x.db"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--db is an option of healthcheck itself: give it before the command, as in "
                       "'healthcheck --db VALUE import ...'."),
            std::string::npos)
      << r.err;
  r = run({"benchmarks", "import", "a.csv", "--db=sqlite:x.db"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("'healthcheck --db VALUE benchmarks ...'"), std::string::npos) << r.err;
  r = run({"import", "data/", "--no-such-option"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.find("option of healthcheck itself"), std::string::npos) << r.err;
}

TEST(SubcommandHelpTest, UnknownSubcommandPointsAtTheCommandsHelp) {
  Outcome r = run({"benchmarks", "frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown subcommand 'frobnicate' (import, neighbours, council, show)"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("Run 'healthcheck benchmarks --help' for usage."), std::string::npos) << r.err;

  r = run({"council", "frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("Run 'healthcheck council --help' for usage."), std::string::npos) << r.err;

  r = run({"benchmarks", "neighbours"});  // the list of what there is, as for "benchmarks" alone
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("Run 'healthcheck benchmarks neighbours import --help'"), std::string::npos) << r.err;

  r = run({"help", "frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Run 'healthcheck --help'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace hc
