#include "tests/support/http_client.h"

#include <chrono>
#include <cstring>
#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace qonun::testing {

int ConnectLoopback(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

std::string ReadUntilClosed(int fd, int timeout_ms, bool* closed) {
  std::string data;
  char buffer[8192];
  if (closed != nullptr) {
    *closed = false;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) {
      continue;
    }
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      if (closed != nullptr) {
        *closed = true;
      }
      break;
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

HttpResponse SendRaw(int port, const std::string& raw, int timeout_ms) {
  HttpResponse response;
  const int fd = ConnectLoopback(port);
  if (fd < 0) {
    return response;
  }
  std::size_t sent = 0;
  while (sent < raw.size()) {
    const ssize_t n = send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) {
      break;
    }
    sent += static_cast<std::size_t>(n);
  }
  std::string data;
  char buffer[8192];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) {
      // Without Connection: close honoured, stop once a full body has arrived.
      const auto header_end = data.find("\r\n\r\n");
      if (header_end != std::string::npos) {
        const auto cl = data.find("Content-Length: ");
        if (cl != std::string::npos && cl < header_end &&
            data.size() - header_end - 4 >= std::stoul(data.substr(cl + 16))) {
          break;
        }
      }
      continue;
    }
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      break;
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  const auto header_end = data.find("\r\n\r\n");
  if (data.rfind("HTTP/1.", 0) != 0 || header_end == std::string::npos) {
    return response;
  }
  response.status = std::stoi(data.substr(9, 3));
  std::size_t at = data.find("\r\n") + 2;
  while (at < header_end) {
    const auto end = data.find("\r\n", at);
    const std::string line = data.substr(at, end - at);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string name = line.substr(0, colon);
      for (char& c : name) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      response.headers[name] = value;
    }
    at = end + 2;
  }
  response.body = data.substr(header_end + 4);
  return response;
}

HttpResponse Get(int port, const std::string& target, const std::string& method,
                 const std::map<std::string, std::string>& headers) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) {
    raw += name + ": " + value + "\r\n";
  }
  return SendRaw(port, raw + "\r\n");
}

std::string UrlEncode(const std::string& value) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

ServerProcess::ServerProcess(const std::string& binary, const std::vector<std::string>& args) {
  int err_pipe[2];
  if (pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  pid_ = fork();
  if (pid_ == 0) {
    dup2(err_pipe[1], STDERR_FILENO);
    close(err_pipe[0]);
    close(err_pipe[1]);
    std::vector<std::string> all = {binary, "serve", "--port", "0", "--quiet"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) {
      argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(err_pipe[1]);
  stderr_fd_ = err_pipe[0];
  const std::string marker = "listening on http://127.0.0.1:";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  char buffer[4096];
  while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
    pollfd p{stderr_fd_, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) {
      continue;
    }
    const ssize_t n = read(stderr_fd_, buffer, sizeof buffer);
    if (n <= 0) {
      break;
    }
    log_.append(buffer, static_cast<std::size_t>(n));
    const auto at = log_.find(marker);
    if (at != std::string::npos && log_.find('/', at + marker.size()) != std::string::npos) {
      port_ = std::stoi(log_.substr(at + marker.size()));
    }
  }
  if (port_ == 0) {
    Stop();
    throw std::runtime_error("qonun serve did not start:\n" + log_);
  }
}

bool ServerProcess::Running() {
  if (exit_status_ != -2 || reaped_) {
    return false;
  }
  if (waitpid(pid_, &wait_status_, WNOHANG) == pid_) {
    reaped_ = true;
    return false;
  }
  return true;
}

int ServerProcess::Stop() {
  if (exit_status_ != -2) {
    return exit_status_;
  }
  int status = wait_status_;
  if (!reaped_) {
    kill(pid_, SIGTERM);
    waitpid(pid_, &status, 0);
  }
  char buffer[4096];
  ssize_t n;
  while (stderr_fd_ >= 0 && (n = read(stderr_fd_, buffer, sizeof buffer)) > 0) {
    log_.append(buffer, static_cast<std::size_t>(n));
  }
  if (stderr_fd_ >= 0) {
    close(stderr_fd_);
    stderr_fd_ = -1;
  }
  exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return exit_status_;
}

ServerProcess::~ServerProcess() {
  Stop();
}

}  // namespace qonun::testing
