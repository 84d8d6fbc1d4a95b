// The survey deadline rush, client side, in C++: the same respondents as
// bench/survey-load.mjs (each with a link of their own answers all five
// sections and submits, as many at once as --concurrency, for --seconds),
// driven from one thread with epoll over keep-alive connections.
//
// Why a second client: the machine has two cores and the client shares
// them with the server. Node's HTTP client spends about 0.8 ms of CPU per
// response (seven requests), half as much again as the server itself; this
// one spends a small fraction of that, so the figure measures the server.
//
//   survey_load_client --port PORT --tokens FILE --sections FILE
//                      --concurrency 64 --seconds 20 --accepted OUT
//
// Talks to 127.0.0.1 only. Prints one JSON line with the fields of
// survey-load.mjs. Thread-safety: single-threaded.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Link {
  std::string team, token;
};

struct Respondent {
  int fd = -1;
  size_t link = 0;
  int step = 0;  // 0: GET section 1; 1..N: POST section n; N+1: POST check
  std::string cookie, csrf;
  std::string out;
  size_t sent = 0;
  std::string in;
  Clock::time_point request_started, response_started;
  bool busy = false;
};

std::vector<Link> readLinks(const std::string& path) {
  std::ifstream file(path);
  std::vector<Link> out;
  for (std::string line; std::getline(file, line);) {
    if (line.rfind("team_id", 0) == 0 || line.empty()) continue;
    const size_t comma = line.find(','), s = line.find("/s/");
    if (comma == std::string::npos || s == std::string::npos) continue;
    out.push_back({line.substr(0, comma), line.substr(s + 3)});
  }
  return out;
}

// [["wl1","wl2"],["tl1"]]: the question ids of each section.
std::vector<std::vector<std::string>> readSections(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  const std::string s = text.str();
  std::vector<std::vector<std::string>> out;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[' && ++depth == 2) out.emplace_back();
    else if (s[i] == ']') --depth;
    else if (s[i] == '"') {
      const size_t end = s.find('"', i + 1);
      out.back().push_back(s.substr(i + 1, end - i - 1));
      i = end;
    }
  }
  return out;
}

int connectTo(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) < 0 && errno != EINPROGRESS) {
    close(fd);
    return -1;
  }
  return fd;
}

// The value of header `name` (lower case) in a response head; "" if absent.
std::string header(const std::string& head, const std::string& name) {
  std::string lower = head;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  const size_t at = lower.find("\r\n" + name + ":");
  if (at == std::string::npos) return "";
  size_t start = at + name.size() + 3;
  while (start < head.size() && head[start] == ' ') ++start;
  return head.substr(start, head.find("\r\n", start) - start);
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(p * values.size()))];
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  const int port = std::atoi(args["--port"].c_str());
  const int concurrency = args.count("--concurrency") ? std::atoi(args["--concurrency"].c_str()) : 64;
  const double seconds = args.count("--seconds") ? std::atof(args["--seconds"].c_str()) : 20;
  const std::vector<Link> links = readLinks(args["--tokens"]);
  const std::vector<std::vector<std::string>> sections = readSections(args["--sections"]);
  if (port <= 0 || links.empty() || sections.empty()) {
    std::fprintf(stderr, "usage: survey_load_client --port P --tokens FILE --sections FILE [--concurrency N] "
                         "[--seconds S] --accepted OUT\n");
    return 2;
  }
  const std::string host = "Host: 127.0.0.1:" + std::to_string(port) + "\r\n";
  const int last = static_cast<int>(sections.size()) + 1;

  const int epoll = epoll_create1(0);
  std::vector<Respondent> respondents(static_cast<size_t>(concurrency));
  std::vector<double> request_ms, response_ms;
  std::vector<std::string> accepted;
  size_t next = 0;
  int errors = 0, in_flight = 0;
  const auto t0 = Clock::now();
  const auto deadline = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  rusage usage0{};
  getrusage(RUSAGE_SELF, &usage0);

  auto watch = [&](Respondent& r, uint32_t events, int op) {
    epoll_event e{};
    e.events = events;
    e.data.ptr = &r;
    epoll_ctl(epoll, op, r.fd, &e);
  };
  auto reconnect = [&](Respondent& r) {
    if (r.fd >= 0) close(r.fd);
    r.fd = connectTo(port);
    if (r.fd >= 0) watch(r, EPOLLOUT, EPOLL_CTL_ADD);
  };
  // Builds the request of the respondent's current step.
  auto send = [&](Respondent& r) {
    const Link& link = links[r.link];
    const std::string base = "/s/" + link.token;
    r.in.clear();
    r.sent = 0;
    r.request_started = Clock::now();
    if (r.step == 0) {
      r.out = "GET " + base + "/1 HTTP/1.1\r\n" + host + "\r\n";
    } else {
      std::string body, path;
      if (r.step < last) {
        const auto& ids = sections[static_cast<size_t>(r.step - 1)];
        for (const auto& q : ids)
          body += q + "=" + (q == "comments" ? "Busy+but+fine" : std::to_string(1 + (r.step - 1 + q.size()) % 5)) + "&";
        path = base + "/" + std::to_string(r.step);
      } else {
        path = base + "/check";
      }
      body += "csrf=" + r.csrf;
      r.out = "POST " + path + " HTTP/1.1\r\n" + host + "Cookie: hc_csrf=" + r.cookie +
              "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(body.size()) +
              "\r\n\r\n" + body;
    }
    if (r.fd < 0) reconnect(r);
    else watch(r, EPOLLOUT, EPOLL_CTL_MOD);
  };
  auto start = [&](Respondent& r) {
    if (Clock::now() >= deadline || next >= links.size()) {
      r.busy = false;
      return;
    }
    r.busy = true;
    r.link = next++;
    r.step = 0;
    r.response_started = Clock::now();
    send(r);
  };
  auto fail = [&](Respondent& r, const std::string& why) {
    if (errors++ < 5) std::fprintf(stderr, "error: %s\n", why.c_str());
    if (r.fd >= 0) close(r.fd);
    r.fd = -1;
    start(r);
  };
  // A whole response has arrived: check it and go on.
  auto handle = [&](Respondent& r, const std::string& head, const std::string& body) {
    request_ms.push_back(ms(Clock::now() - r.request_started));
    const int status = std::atoi(head.c_str() + 9);
    // Poco ends a connection after its 1000th request ("Connection: Close").
    std::string connection = header(head, "connection");
    std::transform(connection.begin(), connection.end(), connection.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (connection == "close") {
      close(r.fd);
      r.fd = -1;
    }
    if (r.step == 0) {
      const std::string cookie = header(head, "set-cookie");
      const size_t value = body.find("name=\"csrf\" value=\"");
      if (status != 200 || cookie.rfind("hc_csrf=", 0) != 0 || value == std::string::npos)
        return fail(r, "section 1: " + std::to_string(status));
      r.cookie = cookie.substr(8, cookie.find(';') - 8);
      r.csrf = body.substr(value + 19, body.find('"', value + 19) - value - 19);
    } else if (r.step < last) {
      if (status != 303) return fail(r, "section " + std::to_string(r.step) + ": " + std::to_string(status));
    } else {
      if (status != 303 || header(head, "location") != "/thank-you")
        return fail(r, "submit: " + std::to_string(status));
      accepted.push_back(links[r.link].team + "," + links[r.link].token);
      response_ms.push_back(ms(Clock::now() - r.response_started));
      return start(r);
    }
    ++r.step;
    send(r);
  };

  for (auto& r : respondents) start(r);
  std::vector<epoll_event> events(static_cast<size_t>(concurrency));
  char buffer[65536];
  for (;;) {
    in_flight = static_cast<int>(std::count_if(respondents.begin(), respondents.end(), [](auto& r) { return r.busy; }));
    if (in_flight == 0) break;
    const int n = epoll_wait(epoll, events.data(), concurrency, 1000);
    for (int i = 0; i < n; ++i) {
      Respondent& r = *static_cast<Respondent*>(events[static_cast<size_t>(i)].data.ptr);
      if (events[static_cast<size_t>(i)].events & EPOLLOUT) {
        const ssize_t w = ::send(r.fd, r.out.data() + r.sent, r.out.size() - r.sent, MSG_NOSIGNAL);
        if (w < 0 && errno != EAGAIN) {
          // The server had closed the connection before this request
          // reached it: send it again on a new one.
          if (r.sent == 0 && (errno == EPIPE || errno == ECONNRESET)) {
            close(r.fd);
            r.fd = -1;
            send(r);
          } else {
            fail(r, std::string("send: ") + std::strerror(errno));
          }
          continue;
        }
        if (w > 0) r.sent += static_cast<size_t>(w);
        if (r.sent == r.out.size()) watch(r, EPOLLIN, EPOLL_CTL_MOD);
        continue;
      }
      const ssize_t got = recv(r.fd, buffer, sizeof buffer, 0);
      if (got <= 0) {
        if (got < 0 && errno == EAGAIN) continue;
        // Closed before answering (an idle keep-alive connection timed
        // out): send the same request again on a new connection.
        if (r.in.empty()) {
          close(r.fd);
          r.fd = -1;
          send(r);
        } else {
          fail(r, "connection closed mid-response");
        }
        continue;
      }
      r.in.append(buffer, static_cast<size_t>(got));
      const size_t end = r.in.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      const std::string head = r.in.substr(0, end + 2);
      const size_t length = static_cast<size_t>(std::atol(header(head, "content-length").c_str()));
      if (r.in.size() < end + 4 + length) continue;
      handle(r, head, r.in.substr(end + 4, length));
    }
  }
  const double elapsed = ms(Clock::now() - t0) / 1000;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto cpuMs = [](const rusage& u) {
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
  };
  std::ofstream out(args["--accepted"]);
  for (const auto& a : accepted) out << a << "\n";
  std::printf("{\"responses\":%zu,\"errors\":%d,\"seconds\":%.2f,\"responses_per_s\":%.0f,\"requests_per_s\":%.0f,"
              "\"request_p50_ms\":%.1f,\"request_p99_ms\":%.1f,\"response_p50_ms\":%.1f,\"response_p99_ms\":%.1f,"
              "\"client_cpu_ms_per_response\":%.2f}\n",
              accepted.size(), errors, elapsed, accepted.size() / elapsed, request_ms.size() / elapsed,
              percentile(request_ms, 0.5), percentile(request_ms, 0.99), percentile(response_ms, 0.5),
              percentile(response_ms, 0.99),
              accepted.empty() ? 0.0 : (cpuMs(usage) - cpuMs(usage0)) / static_cast<double>(accepted.size()));
  return 0;
}
