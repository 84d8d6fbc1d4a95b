// The browser's side of a sign-in at the test provider, with Poco's HTTP
// client: it opens the provider's authorization URL, fills its own login
// form (LemonLDAP::NG's, hidden fields and all) as a demo user, and
// returns where the provider sends the browser back (the redirect URL with
// code and state), keeping the provider's cookies as a browser would.
//
// Thread-safety: one test's value.
#ifndef HC_TESTS_OIDC_PROVIDER_BROWSER_H_
#define HC_TESTS_OIDC_PROVIDER_BROWSER_H_

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <map>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

namespace hc::testing {

class ProviderBrowser {
 public:
  struct Answer {
    int status = 0;
    std::string location;
    std::string body;
  };

  Answer get(const std::string& url) { return send(url, nullptr); }

  // Logs in at `authorize_url` as `user` (password = login, the Demo
  // backend's rule) and returns the Location the provider redirects to.
  std::string signIn(const std::string& authorize_url, const std::string& user, const std::string& password) {
    Answer page = get(authorize_url);
    if (page.status != 200) throw std::runtime_error("the provider's login page answered " + std::to_string(page.status));
    std::map<std::string, std::string> fields = hiddenFields(page.body);
    fields["user"] = user;
    fields["password"] = password;
    // The form's action is "#": the same URL.
    Answer after = send(authorize_url, &fields);
    for (int hops = 0; after.status / 100 == 3 && hops < 5; ++hops) {
      if (after.location.rfind(redirect_prefix_, 0) == 0) return after.location;
      after = get(after.location);
    }
    throw std::runtime_error("the provider did not send the browser back (status " + std::to_string(after.status) +
                             "): " + after.body.substr(0, 400));
  }
  void expectRedirectTo(const std::string& prefix) { redirect_prefix_ = prefix; }

  static std::map<std::string, std::string> hiddenFields(const std::string& html) {
    std::map<std::string, std::string> out;
    const std::regex input("<input[^>]*>");
    const std::regex name("name=\"([^\"]*)\""), value("value=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), input); it != std::sregex_iterator(); ++it) {
      const std::string tag = it->str();
      if (tag.find("type=\"hidden\"") == std::string::npos) continue;
      std::smatch n, v;
      if (!std::regex_search(tag, n, name)) continue;
      out[n[1]] = std::regex_search(tag, v, value) ? v[1].str() : "";
    }
    return out;
  }

 private:
  Answer send(const std::string& url, const std::map<std::string, std::string>* form) {
    Poco::URI uri(url);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(20, 0));
    Poco::Net::HTTPRequest request(form ? "POST" : "GET", uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::NameValueCollection cookies;
    for (const auto& [k, v] : cookies_) cookies.add(k, v);
    if (!cookies_.empty()) request.setCookies(cookies);
    if (form) {
      Poco::Net::HTMLForm html_form;
      for (const auto& [k, v] : *form) html_form.set(k, v);
      html_form.prepareSubmit(request);
      html_form.write(session.sendRequest(request));
    } else {
      session.sendRequest(request);
    }
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Answer a;
    Poco::StreamCopier::copyToString(in, a.body);
    a.status = response.getStatus();
    a.location = response.get("Location", "");
    std::vector<Poco::Net::HTTPCookie> set;
    response.getCookies(set);
    for (const auto& c : set) {
      if (c.getValue().empty() || c.getMaxAge() == 0) cookies_.erase(c.getName());
      else cookies_[c.getName()] = c.getValue();
    }
    return a;
  }

  std::map<std::string, std::string> cookies_;
  std::string redirect_prefix_ = "http://127.0.0.1:1/";
};

}  // namespace hc::testing

#endif  // HC_TESTS_OIDC_PROVIDER_BROWSER_H_
