#include "national/national_fixture.h"

namespace hc::testing {

std::string messagesOf(const ingest::FileReport& report) {
  std::string out;
  for (const auto& m : report.messages) out += m.text() + "\n";
  return out;
}

bool hasMessage(const ingest::FileReport& report, const std::string& needle) {
  for (const auto& m : report.messages)
    if (m.text().find(needle) != std::string::npos) return true;
  return false;
}

std::optional<double> NationalTest::number(const std::string& sql, const std::string& param) {
  auto st = db().prepare(sql);
  if (!param.empty()) st->bindText(0, param);
  std::optional<double> v;
  while (st->step())
    if (!v && !st->isNull(0)) v = st->getDouble(0);
  return v;
}

int64_t NationalTest::count(const std::string& sql, const std::string& param) {
  return static_cast<int64_t>(number(sql, param).value_or(0));
}

}  // namespace hc::testing
