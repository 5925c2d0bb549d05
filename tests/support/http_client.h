#pragma once
// A minimal HTTP/1.1 client over loopback for the API tests, and a running
// `qonun serve` process to talk to. Real sockets, a real server process.

#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

namespace qonun::testing {

struct HttpResponse {
  int status = 0;                              // 0 when the connection failed
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};

// Sends `raw` (a whole request, as bytes) to 127.0.0.1:port and reads the
// response until the server closes the connection.
// A TCP connection to 127.0.0.1:port, or -1.
int ConnectLoopback(int port);

// Reads from `fd` until the peer closes or `timeout_ms` passes; `closed`, when
// given, says which of the two ended it.
std::string ReadUntilClosed(int fd, int timeout_ms, bool* closed = nullptr);

HttpResponse SendRaw(int port, const std::string& raw, int timeout_ms = 10000);

// GET (or another method) with "Connection: close".
HttpResponse Get(int port, const std::string& target, const std::string& method = "GET",
                 const std::map<std::string, std::string>& headers = {});

// Percent-encodes a query parameter value.
std::string UrlEncode(const std::string& value);

// `qonun serve` on a free port, stopped (SIGTERM) when destroyed.
class ServerProcess {
 public:
  // Starts the binary with `args` after "serve --port 0 --quiet" and waits
  // until it prints the address it listens on.
  ServerProcess(const std::string& binary, const std::vector<std::string>& args);
  ~ServerProcess();

  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }

  pid_t pid() const { return pid_; }

  // Whether the process is still running (a crashed server is a zombie until
  // reaped, so kill(pid, 0) cannot tell).
  bool Running();

  // Sends SIGTERM and returns the exit status (-1 if it did not exit normally).
  int Stop();

  // Everything the server wrote on stderr so far.
  const std::string& log() const { return log_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int stderr_fd_ = -1;
  std::string log_;
  int exit_status_ = -2;
  bool reaped_ = false;  // Running() found it exited and reaped it
  int wait_status_ = 0;
};

}  // namespace qonun::testing
