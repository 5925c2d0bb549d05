#pragma once
// Plain HTTP request and reply values: what the service's handlers take and
// return. The Pistache adapter (server.cc) converts to and from these, so the
// handlers can be tested without a socket and know nothing of Pistache.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace qonun::api {

struct HttpRequest {
  std::string method;  // "GET"
  std::string path;    // decoded path, without the query string
  std::string raw_path;
  std::multimap<std::string, std::string> query;  // decoded parameters
  std::map<std::string, std::string> headers;     // lower-case names

  // The first value of a parameter, or nullptr.
  const std::string* Param(const std::string& name) const;
};

struct HttpReply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// {"error": {"status": 400, "code": "bad_param", "message": "…", "param": "at"}}
HttpReply ErrorReply(int status, const std::string& code, const std::string& message,
                     const std::string& param = "");

// Percent-decoding; false when the input has a malformed escape.
bool PercentDecode(const std::string& in, std::string& out, bool plus_is_space);

// Splits "a=1&b=x%20y" into decoded pairs; false on a malformed escape.
bool ParseQueryString(const std::string& query, std::multimap<std::string, std::string>& out);

}  // namespace qonun::api
