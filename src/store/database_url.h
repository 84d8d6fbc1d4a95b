// DatabaseUrl: a parsed database URL, as openDatabase() accepts it:
//   sqlite:PATH
//   mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE
// The password may be percent-encoded (so that it may hold ':', '@', '/');
// when the URL has none, HEALTHCHECK_DB_PASSWORD supplies it.
//
// Errors name the problem but never repeat the password, since URLs end up
// in logs and terminal scrollback.
//
// Thread-safety: a plain value; parse() reads the environment only.
#ifndef HC_STORE_DATABASE_URL_H_
#define HC_STORE_DATABASE_URL_H_

#include <string>

#include "store/database.h"

namespace hc::store {

struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  std::string path;  // SQLite: the file

  // MySQL / MariaDB
  std::string user;
  std::string password;
  std::string host;
  int port = 3306;
  std::string database;

  // Throws DatabaseError(kOther) naming what is wrong with `url`.
  static DatabaseUrl parse(const std::string& url);

  // The URL without the password: "mysql://hc@db.example:3306/healthcheck".
  std::string describe() const;
};

}  // namespace hc::store

#endif  // HC_STORE_DATABASE_URL_H_
