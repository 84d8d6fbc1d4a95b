#include "mailings/address_list.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "mail/mail_settings.h"

namespace hc::mailings {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// A line of no more than 60 characters, quoted so that the message shows
// exactly what was there.
std::string shown(std::string_view s) {
  std::string out(s.substr(0, 60));
  if (s.size() > 60) out += "...";
  return "'" + out + "'";
}

}  // namespace

AddressList parseAddressList(std::string_view text) {
  AddressList list;
  std::set<std::string> seen;
  int number = 0;
  size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // a spreadsheet's byte order mark
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trimmed(text.substr(start, end - start));
    start = end + 1;
    ++number;
    // A spreadsheet's CSV may end each row with commas for empty columns,
    // or quote the cell.
    while (!line.empty() && line.back() == ',') line = trimmed(line.substr(0, line.size() - 1));
    if (line.size() >= 2 && line.front() == '"' && line.back() == '"') line = trimmed(line.substr(1, line.size() - 2));
    if (line.empty()) continue;
    if (number == 1 && line.find('@') == std::string_view::npos && lower(line).find("email") != std::string::npos)
      continue;  // a column heading
    if (line.find(',') != std::string_view::npos || line.find(';') != std::string_view::npos) {
      list.problems.push_back({number, "more than one value on the line (" + shown(line) +
                                           "): give one address per line"});
      continue;
    }
    if (!mail::plausibleAddress(line)) {
      list.problems.push_back({number, shown(line) + " is not an email address"});
      continue;
    }
    std::string address = lower(line);
    if (!seen.insert(address).second) {
      ++list.duplicates;
      continue;
    }
    if (list.addresses.size() == kMaxAddresses) {
      list.problems.push_back({number, "more than " + std::to_string(kMaxAddresses) +
                                           " addresses: send the rest as a list of their own"});
      break;
    }
    list.addresses.push_back(std::move(address));
  }
  return list;
}

}  // namespace hc::mailings
