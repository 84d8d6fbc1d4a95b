// Internal helpers over SQL text shared by both engines and the migration
// runner: the SQL files compiled into the program, short quotations of a
// failing statement for error messages, and script splitting.
//
// Thread-safety: pure functions over immutable data.
#ifndef HC_STORE_SQL_TEXT_H_
#define HC_STORE_SQL_TEXT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hc::store {
namespace internal {

// Every file below sql/, as {path relative to sql/, contents}; generated at
// build time (cmake/EmbedFiles.cmake), sorted by path.
extern const std::vector<std::pair<std::string_view, std::string_view>> kSqlFiles;

// The contents of the embedded file at `path` ("queries/load_dataset.sql").
// Throws DatabaseError(kOther) when the program was built without it.
std::string_view sqlFile(std::string_view path);

// The named sections of an embedded file. A section starts at a line
// "-- name: NAME" and runs to the next such line; sqlSection returns its SQL
// with the trailing ';' removed. Throws DatabaseError(kOther) when absent.
std::string sqlSection(std::string_view file_contents, std::string_view name);

// The first words of a statement, whitespace collapsed, for error messages
// ("INSERT INTO teams (team_id, name ..."): enough to find it, never the
// whole 100 kB of a long statement.
std::string sqlSnippet(std::string_view sql);

// Splits a parameterless script into statements at each ';' outside quotes
// and comments (our SQL holds no procedures, whose bodies would contain ';'),
// dropping comments and empty statements. Needed because Connector/C++ 1.1
// runs one statement per call unless multi-statements are enabled, which we
// leave off so that no bound value could ever smuggle in a second statement.
std::vector<std::string> splitScript(std::string_view script);

}  // namespace internal
}  // namespace hc::store

#endif  // HC_STORE_SQL_TEXT_H_
