#include "api/http.h"

#include <nlohmann/json.hpp>

namespace qonun::api {

const std::string* HttpRequest::Param(const std::string& name) const {
  auto it = query.find(name);
  return it == query.end() ? nullptr : &it->second;
}

HttpReply ErrorReply(int status, const std::string& code, const std::string& message,
                     const std::string& param) {
  nlohmann::json error = {{"status", status}, {"code", code}, {"message", message}};
  if (!param.empty()) {
    error["param"] = param;
  }
  HttpReply reply;
  reply.status = status;
  reply.body = nlohmann::json{{"error", error}}.dump(-1, ' ', false,
                                                     nlohmann::json::error_handler_t::replace);
  return reply;
}

namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

}  // namespace

bool PercentDecode(const std::string& in, std::string& out, bool plus_is_space) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%') {
      const int hi = i + 1 < in.size() ? Hex(in[i + 1]) : -1;
      const int lo = i + 2 < in.size() ? Hex(in[i + 2]) : -1;
      if (hi < 0 || lo < 0) {
        return false;
      }
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (in[i] == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += in[i];
    }
  }
  return true;
}

bool ParseQueryString(const std::string& query, std::multimap<std::string, std::string>& out) {
  std::size_t start = 0;
  while (start <= query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) {
      end = query.size();
    }
    const std::string pair = query.substr(start, end - start);
    if (!pair.empty()) {
      const std::size_t eq = pair.find('=');
      std::string key;
      std::string value;
      if (!PercentDecode(pair.substr(0, eq), key, true) ||
          !PercentDecode(eq == std::string::npos ? "" : pair.substr(eq + 1), value, true)) {
        return false;
      }
      out.emplace(std::move(key), std::move(value));
    }
    start = end + 1;
  }
  return true;
}

}  // namespace qonun::api
