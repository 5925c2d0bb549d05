#pragma once
// The HTTP transport: Pistache in front of the Service. Binds, serves on its
// own threads, and shuts down when asked, letting requests in flight finish.
//
//   Result<std::unique_ptr<Server>> server = Server::Start(options);
//   … (*server)->port() …
//   (*server)->Shutdown();

#include <cstdint>
#include <memory>
#include <string>

#include "api/service.h"
#include "common/status.h"

namespace qonun::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port
  int threads = 2;
  // Larger requests get a JSON 413; past four times this, Pistache itself
  // answers a plain-text 413 (its buffer is capped there).
  std::size_t max_request_bytes = std::size_t{64} * 1024;
  std::size_t max_response_bytes = std::size_t{8} * 1024 * 1024;
  bool access_log = true;  // one line per request on stderr
  ServiceOptions service;
};

class Server {
 public:
  // kUnavailable when the address cannot be bound.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);

  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const;

  Service& service();

  // Lets the requests in flight (and those already sent) finish — it waits
  // until none has run for 200 ms, at most 10 s — then stops serving and
  // waits for the serving threads.
  void Shutdown();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);

  std::unique_ptr<Impl> impl_;
};

}  // namespace qonun::api
