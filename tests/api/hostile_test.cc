// Hostile and malformed requests against a real `qonun serve` process, sent
// over raw sockets: each must get its 4xx quickly (a JSON error with a code on
// API paths), and the server must keep serving everyone else meanwhile.
// Also the security defaults every response carries.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/support/http_client.h"
#include "tests/support/temp_dir.h"

namespace {

using nlohmann::json;
using qonun::testing::ConnectLoopback;
using qonun::testing::Get;
using qonun::testing::HttpResponse;
using qonun::testing::ReadUntilClosed;
using qonun::testing::SendRaw;
using qonun::testing::ServerProcess;
using Clock = std::chrono::steady_clock;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";
const std::string kGoodSearch = "/api/v1/search?q=recruiting&at=2021-01-01";

struct Shared {
  qonun::testing::TempDir dir;
  ServerProcess server{QONUN_BINARY,
                       {"--db", (dir.path() / "index").string(), "--corpus", kMinimal, "--web",
                        std::string(QONUN_SOURCE_DIR) + "/web", "--threads", "4"}};
};

Shared& S() {
  static Shared shared;
  return shared;
}

int Port() {
  return S().server.port();
}

// A normal search answers with the one provision it should find.
bool SearchWorks() {
  HttpResponse r = Get(Port(), kGoodSearch);
  return r.status == 200 && json::parse(r.body)["results"].size() == 1;
}

// Searches in a loop on another thread for as long as it lives, counting
// the answers that were not right.
class BackgroundClient {
 public:
  BackgroundClient()
      : thread_([this] {
          while (!stop_) {
            (SearchWorks() ? ok_ : failed_)++;
          }
        }) {}

  ~BackgroundClient() { Join(); }

  BackgroundClient(const BackgroundClient&) = delete;
  BackgroundClient& operator=(const BackgroundClient&) = delete;

  void Join() {
    stop_ = true;
    if (thread_.joinable()) {
      thread_.join();
    }
  }

  int ok() const { return ok_; }

  int failed() const { return failed_; }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<int> ok_{0};
  std::atomic<int> failed_{0};
  std::thread thread_;
};

int StatusOf(const std::string& raw_response) {
  if (raw_response.rfind("HTTP/1.", 0) != 0 || raw_response.size() < 12) {
    return 0;
  }
  return std::stoi(raw_response.substr(9, 3));
}

struct Case {
  Case(std::string name_in, std::string request_in, std::vector<int> statuses_in,
       std::string error_code_in, std::string must_not_contain_in = "")
      : name(std::move(name_in)),
        request(std::move(request_in)),
        statuses(std::move(statuses_in)),
        error_code(std::move(error_code_in)),
        must_not_contain(std::move(must_not_contain_in)) {}

  std::string name;
  std::string request;           // the raw bytes sent
  std::vector<int> statuses;     // acceptable answers
  std::string error_code;        // expected JSON error code; "" when not JSON
  std::string must_not_contain;  // e.g. a line of /etc/passwd
};

std::string Line(const std::string& target, const std::string& method = "GET") {
  return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

std::string Repeat(const std::string& piece, int times, const std::string& separator = "") {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += (i ? separator : "") + piece;
  }
  return out;
}

// `count` header lines with distinct names, about 100 bytes each, and the blank line.
std::string ManyHeaders(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    out += "X-H" + std::to_string(i) + ": " + std::string(100, 'h') + "\r\n";
  }
  return out + "\r\n";
}

std::vector<Case> Cases() {
  const std::string search = "/api/v1/search?q=";
  std::vector<Case> c = {
      // Parameters: malformed, oversize, out of range.
      {"invalid UTF-8, %-encoded", Line(search + "%FF%FEtrafficking"), {400}, "bad_param"},
      {"invalid UTF-8, raw bytes", Line(search + "\xff\xfe\xc0\xaf"), {400}, "bad_param"},
      {"overlong UTF-8 slash", Line(search + "%C0%AF"), {400}, "bad_param"},
      {"UTF-16 surrogate in UTF-8", Line(search + "%ED%A0%80"), {400}, "bad_param"},
      {"malformed escape", Line(search + "%G1"), {400}, "bad_request"},
      {"truncated escape", Line(search + "abc%2"), {400}, "bad_request"},
      {"encoded NUL in q", Line(search + "a%00b"), {200, 400}, ""},
      {"limit negative", Line(search + "x&limit=-1"), {400}, "bad_param"},
      {"limit zero", Line(search + "x&limit=0"), {400}, "bad_param"},
      {"limit huge", Line(search + "x&limit=99999999999999999999999"), {400}, "bad_param"},
      {"limit not a number", Line(search + "x&limit=ten"), {400}, "bad_param"},
      {"limit hex", Line(search + "x&limit=0x10"), {400}, "bad_param"},
      {"limit float", Line(search + "x&limit=1.5"), {400}, "bad_param"},
      {"limit with spaces", Line(search + "x&limit=%2010"), {400}, "bad_param"},
      {"offset negative", Line(search + "x&offset=-5"), {400}, "bad_param"},
      {"offset huge", Line(search + "x&offset=4294967297"), {400}, "bad_param"},
      {"offset exponent", Line(search + "x&offset=1e3"), {400}, "bad_param"},
      {"date Feb 30", Line(search + "x&at=2021-02-30"), {400}, "bad_param"},
      {"date month 13", Line(search + "x&at=2021-13-01"), {400}, "bad_param"},
      {"date year 0", Line(search + "x&at=0000-01-01"), {400}, "bad_param"},
      {"date words", Line(search + "x&at=yesterday"), {400}, "bad_param"},
      {"date too long", Line(search + "x&at=" + std::string(500, '2')), {400}, "bad_param"},
      {"diff from Feb 29 of a common year",
       Line("/api/v1/diff?work=TK&eid=art_5&lang=rus&from=2019-02-29"),
       {400},
       "bad_param"},
      {"unknown language", Line(search + "x&lang=" + std::string(300, 'x')), {400}, "bad_param"},
      {"flag not boolean", Line(search + "x&all=maybe"), {400}, "bad_param"},
      {"q over 1000 bytes", Line(search + std::string(1001, 'a')), {400}, "bad_param"},
      {"q of 5000 terms", Line(search + Repeat("a", 5000, "+")), {400}, "bad_param"},
      {"q of 40 wildcards", Line(search + Repeat("a*", 40, "+")), {200, 400}, ""},
      {"q wildcard alone", Line(search + "a*"), {200, 400}, ""},
      {"q nested parentheses",
       Line(search + std::string(400, '(') + "x" + std::string(400, ')')),
       {200, 400},
       ""},
      {"q 39 ORs", Line(search + Repeat("trafficking", 20, "+OR+")), {200}, ""},
      {"q only operators", Line(search + "%2B+-+%2B+-"), {400}, "bad_param"},
      {"q only quotes", Line(search + Repeat("%22", 301)), {400}, "bad_param"},
      {"q unknown field", Line(search + "secret%3Ax"), {400}, "bad_param"},
      {"suggest over limit",
       Line("/api/v1/suggest?q=" + std::string(201, 'a')),
       {400},
       "bad_param"},
      {"suggest wildcard", Line("/api/v1/suggest?q=*"), {200}, ""},
      {"the same parameter 500 times", Line(search + "x" + Repeat("&limit=5", 500)), {200}, ""},
      {"a thousand unknown parameters", Line(search + "x" + Repeat("&zz=1", 1000)), {200}, ""},
      {"work list of junk", Line(search + "x&work=" + Repeat("..%2F", 50)), {400}, "bad_param"},
      {"akn date Feb 30",
       Line("/akn/uz/act/1994-09-22/test-1/rus@2021-02-30/~art_5"),
       {400},
       "bad_param"},
      {"akn eid of garbage",
       Line("/akn/uz/act/1994-09-22/test-1/rus/~" + std::string(300, '%')),
       {400, 404},
       ""},
      {"unknown API route", Line("/api/v1/../../etc/passwd"), {404}, "not_found", "root:"},
      // Static files: traversal, encodings, NULs, hidden files, folders.
      {"traversal", Line("/../../../../etc/passwd"), {400, 404}, "", "root:"},
      {"encoded traversal", Line("/%2e%2e/%2e%2e/%2e%2e/etc/passwd"), {400, 404}, "", "root:"},
      {"encoded slash traversal", Line("/..%2f..%2f..%2fetc%2fpasswd"), {400, 404}, "", "root:"},
      {"fully encoded traversal", Line("/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), {400, 404}, "", "root:"},
      {"double-encoded traversal", Line("/%252e%252e%252fetc%252fpasswd"), {400, 404}, "", "root:"},
      {"backslash traversal", Line("/..%5c..%5cetc%5cpasswd"), {400, 404}, "", "root:"},
      {"overlong-UTF-8 dot", Line("/%c0%ae%c0%ae/etc/passwd"), {400, 404}, "", "root:"},
      {"encoded NUL", Line("/index.html%00.png"), {400}, "bad_request"},
      {"encoded NUL in API path", Line("/api/v1/search%00?q=x"), {400}, "bad_request"},
      {"hidden file", Line("/.git/config"), {404}, "not_found"},
      {"folder, no listing", Line("/css/"), {404}, "not_found"},
      {"web root parent", Line("/..", "GET"), {400, 404}, ""},
      {"absolute path in the target", Line("//etc/passwd"), {400, 404}, "", "root:"},
      // Methods.
      {"DELETE", Line("/api/v1/search?q=x", "DELETE"), {405}, "method_not_allowed"},
      {"PUT", Line("/api/v1/works", "PUT"), {405}, "method_not_allowed"},
      {"PATCH", Line("/health", "PATCH"), {405}, "method_not_allowed"},
      {"OPTIONS", Line("/api/v1/search", "OPTIONS"), {405}, "method_not_allowed"},
      {"POST to a static file", Line("/index.html", "POST"), {405}, "method_not_allowed"},
      {"TRACE", Line("/", "TRACE"), {405}, "method_not_allowed"},
      // Malformed HTTP that Pistache's parser rejects itself, with a plain-text
      // answer (docs/reliability.md lists them); the server stays up.
      {"unknown method", Line("/", "FROBNICATE"), {400}, ""},
      {"HTTP/9.9", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", {400, 505}, ""},
      {"negative Content-Length (Pistache: 500)",
       "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
       {500},
       ""},
      {"Content-Length past 2^64 (Pistache: 500)",
       "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
       {500},
       ""},
      {"non-numeric Content-Length (Pistache ignores it)",
       "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n",
       {200},
       ""},
      // Over the size limit (64 KiB): our JSON 413 up to Pistache's buffer (256 KiB).
      {"header over the limit",
       "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(100 * 1024, 'a') + "\r\n\r\n",
       {413},
       "too_large"},
      {"many headers over the limit",
       "GET /health HTTP/1.1\r\nHost: x\r\n" + ManyHeaders(1000),
       {413},
       "too_large"},
      {"URL over the limit", Line(search + std::string(70 * 1024, 'a')), {413}, "too_large"},
      {"body over the limit",
       "POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n" +
           std::string(200000, 'b'),
       {413},
       "too_large"},
      {"body past Pistache's buffer (Pistache: plain 413)",
       "POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n" +
           std::string(2000000, 'b'),
       {413},
       ""},
      {"small body on GET",
       "GET /api/v1/search?q=x HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5\r\n"
       "\r\nhello",
       {200},
       ""},
  };
  return c;
}

}  // namespace

TEST_CASE("hostile requests get quick 4xx answers and the server keeps serving",
          "[api][http][hostile]") {
  REQUIRE(SearchWorks());
  BackgroundClient background;
  int tried = 0;
  int passed = 0;
  for (const Case& c : Cases()) {
    ++tried;
    const auto started = Clock::now();
    HttpResponse r = SendRaw(Port(), c.request, 10000);
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    bool ok = std::find(c.statuses.begin(), c.statuses.end(), r.status) != c.statuses.end();
    ok = ok && seconds < 3;
    if (ok && !c.error_code.empty()) {
      const json body = json::parse(r.body, nullptr, false);
      ok = r.headers["content-type"] == "application/json; charset=utf-8" && !body.is_discarded() &&
           body["error"]["code"] == c.error_code && body["error"]["status"] == r.status;
    }
    if (ok && !c.must_not_contain.empty()) {
      ok = r.body.find(c.must_not_contain) == std::string::npos;
    }
    // After every case, the server still answers a normal search.
    ok = ok && SearchWorks();
    if (ok) {
      ++passed;
    }
    INFO(c.name << ": status " << r.status << " in " << seconds << " s, body "
                << r.body.substr(0, 300));
    CHECK(ok);
  }
  background.Join();
  std::printf("hostile requests: %d tried, %d passed; %d normal searches alongside, %d failed\n",
              tried, passed, background.ok(), background.failed());
  CHECK(passed == tried);
  CHECK(background.failed() == 0);
  CHECK(background.ok() > 0);
}

// The start of a TLS ClientHello, then a blank line.
constexpr char kTlsHelloBytes[] = "\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n";
const std::string kTlsHello(kTlsHelloBytes, sizeof kTlsHelloBytes - 1);  // with its NULs

TEST_CASE("requests Pistache cannot parse are cut off within a second", "[api][http][hostile]") {
  // Pistache 0.0.5 waits for more bytes on a request line or header it cannot
  // parse, and for the rest of a body announced larger than it is; the
  // server's 400 ms header and body timeouts then answer 408 and close (not
  // the 400/413 they deserve: Pistache answers these itself,
  // docs/reliability.md). Pistache looks at idle connections about every
  // half second, so the answer comes 0.4–0.9 s after the request. All at
  // once, while normal searches go on.
  const std::vector<std::string> requests = {
      "GARBAGE\r\n\r\n",
      kTlsHello,
      "GET /\r\n\r\n",
      "GET /health HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
      "GET /api/v1/search?q=x HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\nshort",
  };
  for (int round = 0; round < 3; ++round) {
    std::vector<int> fds;
    std::vector<Clock::time_point> sent;
    for (const std::string& request : requests) {
      const int fd = ConnectLoopback(Port());
      REQUIRE(fd >= 0);
      sent.push_back(Clock::now());
      send(fd, request.data(), request.size(), MSG_NOSIGNAL);
      fds.push_back(fd);
    }
    BackgroundClient background;
    int timed_out = 0;
    double fastest = 1e9;
    double slowest = 0;
    for (std::size_t k = 0; k < fds.size(); ++k) {
      const int status = StatusOf(ReadUntilClosed(fds[k], 6000));
      // An upper bound of the answer's time: the requests are read in turn.
      const double seconds = std::chrono::duration<double>(Clock::now() - sent[k]).count();
      INFO(round << ": request " << k << " answered " << status << " after " << seconds << " s");
      CHECK(status == 408);
      timed_out += status == 408 ? 1 : 0;
      fastest = std::min(fastest, seconds);
      slowest = std::max(slowest, seconds);
      close(fds[k]);
    }
    background.Join();
    std::printf(
        "unparsable requests, round %d: %d of %zu answered 408 in %.2f–%.2f s; %d searches "
        "alongside\n",
        round, timed_out, fds.size(), fastest, slowest, background.ok());
    // Load only delays an answer: one under a second shows the timeouts are
    // below a second (with the former 1 s ones, none came before 1.0 s).
    CHECK(fastest < 1.0);
    // On a quiet machine all come within 0.9 s; slack for a loaded one.
    CHECK(slowest < 1.5);
    CHECK(background.failed() == 0);
    CHECK(background.ok() > 0);
  }
}

TEST_CASE("a request sent a byte at a time is answered", "[api][http][hostile]") {
  const int fd = ConnectLoopback(Port());
  REQUIRE(fd >= 0);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  const std::string request =
      "GET " + kGoodSearch + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  for (char byte : request) {
    REQUIRE(send(fd, &byte, 1, MSG_NOSIGNAL) == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  const std::string response = ReadUntilClosed(fd, 5000);
  close(fd);
  CHECK(StatusOf(response) == 200);
}

TEST_CASE("slow clients that never finish are cut off and do not block others",
          "[api][http][hostile]") {
  // More stalled connections than worker threads: each sends half a request line.
  std::vector<int> stalled;
  for (int i = 0; i < 64; ++i) {
    const int fd = ConnectLoopback(Port());
    REQUIRE(fd >= 0);
    const std::string partial = "GET /api/v1/search?q=x HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    send(fd, partial.data(), partial.size(), MSG_NOSIGNAL);
    stalled.push_back(fd);
  }
  // Meanwhile everyone else is served promptly.
  for (int i = 0; i < 20; ++i) {
    const auto started = Clock::now();
    CHECK(SearchWorks());
    CHECK(Clock::now() - started < std::chrono::seconds(2));
  }
  // The server's header timeout (400 ms) ends each stalled request with 408 or a close.
  const auto started = Clock::now();
  int cut = 0;
  for (int fd : stalled) {
    bool closed = false;
    const std::string response = ReadUntilClosed(fd, 8000, &closed);
    const int status = StatusOf(response);
    // Cut off: answered 408, or closed without an answer (not a read timeout).
    cut += (status == 408 || (status == 0 && closed)) ? 1 : 0;
    close(fd);
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  std::printf("slowloris: %d of %zu stalled connections cut off after %.1f s\n", cut,
              stalled.size(), seconds);
  CHECK(cut == static_cast<int>(stalled.size()));
  CHECK(seconds < 6);
  CHECK(SearchWorks());
}

TEST_CASE("connections opened and dropped, also mid-response, leave the server up",
          "[api][http][hostile]") {
  BackgroundClient background;
  for (int i = 0; i < 200; ++i) {
    const int fd = ConnectLoopback(Port());
    REQUIRE(fd >= 0);
    switch (i % 4) {
      case 0:  // connect, say nothing, leave
        break;
      case 1: {  // half a request, then leave
        const std::string half = "GET /api/v1/sea";
        send(fd, half.data(), half.size(), MSG_NOSIGNAL);
        break;
      }
      default: {  // a large response, then reset the connection without reading it
        const std::string request =
            "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /api/v1/search?q=trafficking&limit=100 HTTP/1.1\r\nHost: x\r\n\r\n";
        send(fd, request.data(), request.size(), MSG_NOSIGNAL);
        if (i % 4 == 3) {
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        linger reset{1, 0};
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        break;
      }
    }
    close(fd);
  }
  background.Join();
  CHECK(SearchWorks());
  CHECK(background.failed() == 0);
  CHECK(S().server.Running());
}

TEST_CASE("every response carries a charset, nosniff, and the page a same-origin CSP",
          "[api][http][security]") {
  for (const std::string target :
       {"/", "/index.html", "/api/v1/search?q=x", "/api/v1/works", "/health", "/metrics",
        "/api/v1/openapi.json", "/nothing", "/api/v1/search?limit=-1",
        "/api/v1/diff?work=TK&eid=art_5&lang=rus&from=2000-01-01&format=html"}) {
    HttpResponse r = Get(Port(), target);
    INFO(target << " -> " << r.status);
    REQUIRE(r.status != 0);
    CHECK_THAT(r.headers["content-type"], Catch::Contains("charset=utf-8"));
    CHECK(r.headers["x-content-type-options"] == "nosniff");
  }
  HttpResponse page = Get(Port(), "/");
  REQUIRE(page.status == 200);
  const std::string csp = page.headers["content-security-policy"];
  CHECK_THAT(csp, Catch::StartsWith("default-src 'self'"));
  CHECK_THAT(csp, Catch::Contains("frame-ancestors 'none'"));
  CHECK_THAT(csp, Catch::Contains("object-src 'none'"));
  CHECK(csp.find("http") == std::string::npos);  // no other origin is allowed
  CHECK(csp.find("unsafe") == std::string::npos);
}

TEST_CASE("the server binds to loopback unless told otherwise", "[api][http][security]") {
  ServerProcess server(QONUN_BINARY,
                       {"--db", (S().dir.path() / "index").string(), "--corpus", kMinimal});
  CHECK_THAT(server.log(), Catch::Contains("listening on http://127.0.0.1:"));
  // /proc/net/tcp lists the listening socket's local address: 0100007F is 127.0.0.1.
  char port_hex[8];
  std::snprintf(port_hex, sizeof port_hex, "%04X", server.port());
  std::ifstream tcp("/proc/net/tcp");
  bool found = false;
  for (std::string line; std::getline(tcp, line);) {
    if (line.find(std::string(":") + port_hex + " 00000000:0000 0A") != std::string::npos) {
      found = true;
      CHECK_THAT(line, Catch::Contains("0100007F:" + std::string(port_hex)));
    }
  }
  CHECK(found);
}

TEST_CASE("no endpoint writes anything: the index and web root are unchanged by requests",
          "[api][http][security]") {
  // Every route with and without parameters, and every write method, leaves
  // the index folder and the web root exactly as they were (names, sizes, times).
  const auto listing = [] {
    std::string out;
    for (const std::filesystem::path& root :
         {S().dir.path() / "index", std::filesystem::path(QONUN_SOURCE_DIR) / "web"}) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
        if (e.is_regular_file() && e.path().filename() != ".lock") {
          out += e.path().string() + " " + std::to_string(e.file_size()) + " " +
                 std::to_string(e.last_write_time().time_since_epoch().count()) + "\n";
        }
      }
    }
    return out;
  };
  const std::string before = listing();
  for (const std::string method : {"GET", "POST", "PUT", "DELETE", "PATCH"}) {
    for (const std::string target :
         {"/api/v1/search?q=x", "/api/v1/works", "/api/v1/works/test-1", "/api/v1/provision",
          "/api/v1/versions", "/api/v1/diff", "/api/v1/cite", "/api/v1/concordance",
          "/api/v1/concordance/matrix", "/api/v1/suggest?q=a", "/health", "/metrics", "/index.html",
          "/akn/uz/act"}) {
      HttpResponse r = Get(Port(), target, method, {{"Content-Length", "0"}});
      INFO(method << " " << target);
      CHECK(r.status != 0);
      if (method != "GET") {
        CHECK(r.status == 405);
      }
    }
  }
  CHECK(listing() == before);
}

TEST_CASE("static files: no listing, no way out of the web root, not even by symlink",
          "[api][http][security]") {
  qonun::testing::TempDir dir;
  dir.Write("web/index.html", "<!doctype html><title>t</title>");
  dir.Write("web/sub/inner.txt", "inner");
  dir.Write("secret.txt", "outside the root");
  std::filesystem::create_symlink(dir.path() / "secret.txt", dir.path() / "web" / "link.txt");
  std::filesystem::create_directory_symlink(dir.path(), dir.path() / "web" / "up");
  ServerProcess server(QONUN_BINARY, {"--db", (S().dir.path() / "index").string(), "--corpus",
                                      kMinimal, "--web", (dir.path() / "web").string()});
  CHECK(Get(server.port(), "/sub/inner.txt").body == "inner");
  for (const std::string target :
       {"/sub", "/sub/", "/sub/.", "/link.txt", "/up/secret.txt", "/sub/..%2f..%2fsecret.txt"}) {
    HttpResponse r = Get(server.port(), target);
    INFO(target << " -> " << r.status << " " << r.body);
    CHECK((r.status == 404 || r.status == 400));
    CHECK(r.body.find("inner.txt") == std::string::npos);
    CHECK(r.body.find("outside the root") == std::string::npos);
  }
}
