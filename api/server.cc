#include "api/server.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <thread>

#include <pistache/endpoint.h>
#include <pistache/http.h>

#include "api/internal/static_files.h"

namespace qonun::api {

namespace {

using namespace Pistache;  // NOLINT(google-build-using-namespace): Pistache's macros assume it

// A response header with any name: Pistache 0.0.5 writes only typed headers
// (addRaw's are dropped on the way out), so each one becomes this type.
class NamedHeader : public Http::Header::Header {
 public:
  NamedHeader(std::string name, std::string value)
      : name_(std::move(name)), value_(std::move(value)) {}

  const char* name() const override { return name_.c_str(); }

  void parse(const std::string& data) override { value_ = data; }

  void write(std::ostream& os) const override { os << value_; }

#ifdef SAFE_HEADER_CAST
  uint64_t hash() const override {
    return std::hash<std::string>{}(name_);
  }
#endif

 private:
  std::string name_;
  std::string value_;
};

// The path for the access log, with control bytes escaped so that a request
// cannot forge log lines.
std::string Printable(const std::string& text) {
  std::string out;
  for (const char c : text.substr(0, 2000)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out;
}

// Pistache 0.0.5 waits for more bytes on a request line it cannot parse
// ("GARBAGE") and for the rest of a body announced larger than it is, and
// answers neither itself before these run out (then with its own bodiless
// 408; no hook lets us answer 400 or 413 sooner): docs/reliability.md.
// It looks at its idle connections about every half second, so a timeout
// of T is answered between T and T + 0.5 s: 400 ms keeps such requests
// under one second. Clients send a GET's header in one packet and the API
// takes no bodies, so 400 ms is plenty (a request sent a byte at a time
// 2 ms apart is still answered: tests/api/hostile_test.cc).
constexpr auto kHeaderTimeout = std::chrono::milliseconds(400);
constexpr auto kBodyTimeout = std::chrono::milliseconds(400);

// What Shutdown waits for: requests being answered, and when the last one
// started or ended. Shared by the handler's per-thread copies.
struct Activity {
  std::atomic<int> in_flight{0};
  std::atomic<std::int64_t> last_change{0};  // steady_clock ticks

  void Touch() { last_change = std::chrono::steady_clock::now().time_since_epoch().count(); }
};

// Converts between Pistache and the plain values the Service takes.
class Adapter : public Http::Handler {
 public:
  HTTP_PROTOTYPE(Adapter)

  Adapter(Service* service, Activity* activity, bool access_log, std::size_t max_request_bytes)
      : service_(service),
        activity_(activity),
        access_log_(access_log),
        max_request_bytes_(max_request_bytes) {}

  void onRequest(const Http::Request& pistache_request, Http::ResponseWriter response) override {
    ++activity_->in_flight;
    activity_->Touch();
    Answer(pistache_request, std::move(response));
    activity_->Touch();
    --activity_->in_flight;
  }

  void onTimeout(const Http::Request& /*request*/, Http::ResponseWriter response) override {
    const HttpReply reply = ErrorReply(408, "timeout", "the request took too long to arrive");
    response.headers().add(std::make_shared<NamedHeader>("Content-Type", reply.content_type));
    response.headers().add(std::make_shared<NamedHeader>("X-Content-Type-Options", "nosniff"));
    response.send(Http::Code::Request_Timeout, reply.body);
  }

 private:
  void Answer(const Http::Request& pistache_request, Http::ResponseWriter response) {
    const auto started = std::chrono::steady_clock::now();
    HttpRequest request;
    request.method = Http::methodString(pistache_request.method());
    request.raw_path = pistache_request.resource();
    HttpReply reply;
    // Pistache answers requests past its buffer with a plain-text 413 of its
    // own; its buffer is set larger than our limit (see Start) so that most
    // oversize requests end here and get our JSON error instead.
    std::size_t bytes =
        request.method.size() + request.raw_path.size() + pistache_request.body().size();
    for (auto p = pistache_request.query().parameters_begin();
         p != pistache_request.query().parameters_end(); ++p) {
      bytes += p->first.size() + p->second.size() + 2;
    }
    for (const auto& [name, raw] : pistache_request.headers().rawList()) {
      bytes += name.size() + raw.value().size() + 4;
    }
    if (bytes > max_request_bytes_) {
      reply =
          ErrorReply(413, "too_large",
                     "the request is larger than " + std::to_string(max_request_bytes_) + " bytes");
      Send(request, reply, std::move(response), started);
      return;
    }
    bool ok = PercentDecode(request.raw_path, request.path, false) &&
              request.path.find('\0') == std::string::npos;
    for (auto p = pistache_request.query().parameters_begin();
         ok && p != pistache_request.query().parameters_end(); ++p) {
      std::string key;
      std::string value;
      ok = PercentDecode(p->first, key, true) && PercentDecode(p->second, value, true);
      request.query.emplace(std::move(key), std::move(value));
    }
    if (!ok) {
      reply = ErrorReply(400, "bad_request", "the URL has a malformed percent-escape or a NUL");
    } else {
      for (const auto& [name, raw] : pistache_request.headers().rawList()) {
        std::string lower = name;
        for (char& ch : lower) {
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        request.headers[lower] = raw.value();
      }
      reply = service_->Handle(request);
    }
    Send(request, reply, std::move(response), started);
  }

  void Send(const HttpRequest& request, const HttpReply& reply, Http::ResponseWriter response,
            std::chrono::steady_clock::time_point started) {
    auto& headers = response.headers();
    headers.add(std::make_shared<NamedHeader>("Content-Type", reply.content_type));
    headers.add(std::make_shared<NamedHeader>("X-Content-Type-Options", "nosniff"));
    headers.add(std::make_shared<NamedHeader>("Referrer-Policy", "no-referrer"));
    for (const auto& [name, value] : reply.headers) {
      headers.add(std::make_shared<NamedHeader>(name, value));
    }
    const bool head = request.method == "HEAD";
    response.send(static_cast<Http::Code>(reply.status), head ? std::string() : reply.body);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    service_->Record(
        Service::RouteName(request.method == "HEAD" ? "GET" : request.method, request.path),
        reply.status, seconds);
    if (access_log_) {
      std::fprintf(stderr, "%s %s %d %zuB %.1fms\n", request.method.c_str(),
                   Printable(request.raw_path).c_str(), reply.status, reply.body.size(),
                   seconds * 1000);
    }
  }

  Service* service_;
  Activity* activity_;
  bool access_log_;
  std::size_t max_request_bytes_;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Service> service;
  std::unique_ptr<Http::Endpoint> endpoint;
  Activity activity;
  std::once_flag stopped;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() {
  Shutdown();
}

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->service = std::make_unique<Service>(options.service);
  try {
    const Address address(options.host, Port(options.port));
    impl->endpoint = std::make_unique<Http::Endpoint>(address);
    auto endpoint_options = Http::Endpoint::options()
                                .threads(options.threads)
                                .flags(Tcp::Options::ReuseAddr)
                                .maxRequestSize(options.max_request_bytes * 4)
                                .maxResponseSize(options.max_response_bytes)
                                .headerTimeout(kHeaderTimeout)
                                .bodyTimeout(kBodyTimeout);
    impl->endpoint->init(endpoint_options);
    impl->endpoint->setHandler(Http::make_handler<Adapter>(
        impl->service.get(), &impl->activity, options.access_log, options.max_request_bytes));
    impl->endpoint->serveThreaded();
  } catch (const std::exception& e) {
    return UnavailableError("cannot serve on " + options.host + ":" + std::to_string(options.port) +
                            ": " + e.what());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

std::uint16_t Server::port() const {
  return static_cast<std::uint16_t>(impl_->endpoint->getPort());
}

Service& Server::service() {
  return *impl_->service;
}

void Server::Shutdown() {
  std::call_once(impl_->stopped, [this] {
    if (!impl_->endpoint) {
      return;
    }
    // Pistache's shutdown() drops whatever it has not answered yet, requests
    // being handled included. So first let the requests in flight finish, and
    // those already sent on open connections be read and answered: wait until
    // no request has run for a moment (at most kDrainLimit).
    using std::chrono::steady_clock;
    constexpr auto kQuiet = std::chrono::milliseconds(200);
    constexpr auto kDrainLimit = std::chrono::seconds(10);
    const auto deadline = steady_clock::now() + kDrainLimit;
    impl_->activity.Touch();
    while (steady_clock::now() < deadline) {
      const steady_clock::time_point last(
          steady_clock::duration(impl_->activity.last_change.load()));
      if (impl_->activity.in_flight == 0 && steady_clock::now() - last > kQuiet) {
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    impl_->endpoint->shutdown();
  });
}

}  // namespace qonun::api
