// AddressList: the staff addresses an admin gives for survey invitations
// by email, pasted or as a CSV file with one address per line: each line
// checked, addresses lower-cased and duplicates dropped, every wrong line
// named with its number and why, so that the admin can put it right.
//
//   AddressList l = parseAddressList("email\npat@northshire.gov.uk\nPat@Northshire.gov.uk\nnot-an-address\n");
//   l.addresses == {"pat@northshire.gov.uk"}; l.duplicates == 1;
//   l.problems == {{4, "'not-an-address' is not an email address"}}
//
// A first line without an '@' that reads as a column heading ("email",
// "Email address") is taken as one; empty lines are skipped.
//
// Thread-safety: pure functions.
#ifndef HC_MAILINGS_ADDRESS_LIST_H_
#define HC_MAILINGS_ADDRESS_LIST_H_

#include <string>
#include <string_view>
#include <vector>

namespace hc::mailings {

struct AddressProblem {
  int line = 0;
  std::string reason;
  std::string text() const { return "line " + std::to_string(line) + ": " + reason; }
};

struct AddressList {
  std::vector<std::string> addresses;  // in the order given, each once
  int duplicates = 0;
  std::vector<AddressProblem> problems;
};

// At most this many addresses in one list.
inline constexpr size_t kMaxAddresses = 5000;

AddressList parseAddressList(std::string_view text);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_ADDRESS_LIST_H_
