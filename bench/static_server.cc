// The ceiling for the HTTP benchmark: a minimal Pistache server that answers
// every GET with one file held in memory. Same library, same endpoint options
// and thread count as `qonun serve`, so the ratio between the two measures
// what Qonun's work per request costs, not the HTTP stack.
//
//   static_server FILE PORT [THREADS]
// Prints "listening on PORT" once bound; stops on SIGINT or SIGTERM.

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/http_headers.h>

namespace {

using namespace Pistache;

class StaticFileHandler : public Http::Handler {
 public:
  HTTP_PROTOTYPE(StaticFileHandler)

  explicit StaticFileHandler(std::shared_ptr<const std::string> body) : body_(std::move(body)) {}

  void onRequest(const Http::Request& /*request*/, Http::ResponseWriter response) override {
    response.headers().add<Http::Header::ContentType>(MIME(Text, Html));
    response.send(Http::Code::Ok, *body_);
  }

 private:
  std::shared_ptr<const std::string> body_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: static_server FILE PORT [THREADS]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "static_server: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::ostringstream content;
  content << in.rdbuf();
  auto body = std::make_shared<const std::string>(content.str());
  const int threads = argc > 3 ? std::stoi(argv[3]) : 2;

  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  try {
    Http::Endpoint endpoint(Address(Ipv4::loopback(), Port(std::stoi(argv[2]))));
    endpoint.init(Http::Endpoint::options()
                      .threads(threads)
                      .flags(Tcp::Options::ReuseAddr)
                      .maxRequestSize(64 * 1024)
                      .maxResponseSize(8 * 1024 * 1024));
    endpoint.setHandler(Http::make_handler<StaticFileHandler>(body));
    endpoint.serveThreaded();
    std::cout << "listening on " << endpoint.getPort() << std::endl;
    int received = 0;
    sigwait(&signals, &received);
    endpoint.shutdown();
  } catch (const std::exception& e) {
    std::cerr << "static_server: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
