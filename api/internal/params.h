#pragma once
// A handler's view of the request's query parameters. Each getter checks one
// parameter (length, UTF-8, form) and remembers the first problem as a 400
// reply naming the parameter; the handler reads everything it needs, then
// returns error() if there is one:
//
//   Params p(request);
//   const std::string q = p.Required("q", search::kMaxQueryBytes);
//   const std::size_t limit = p.Number("limit", 10, 1, 100);
//   if (p.error()) return *p.error();
//
// Holds a reference to the request: use it only while the request lives.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "api/http.h"
#include "common/language.h"
#include "model/date.h"

namespace qonun::api::internal {

class Params {
 public:
  explicit Params(const HttpRequest& request) : request_(request) {}

  // The first problem found, as a 400 reply; nullopt while all were good.
  const std::optional<HttpReply>& error() const { return error_; }

  // The parameter's text ("" when absent); at most max_bytes of valid UTF-8.
  std::string String(const std::string& name, std::size_t max_bytes = 500);

  // As String, and absent or empty is an error.
  std::string Required(const std::string& name, std::size_t max_bytes = 500);

  // eng, rus or uzb; nullopt when absent.
  std::optional<Language> Lang(const std::string& name);

  // A comma-separated list of language codes; empty when absent.
  std::vector<Language> Langs(const std::string& name);

  // A real day written YYYY-MM-DD; nullopt when absent.
  std::optional<model::Date> Date(const std::string& name);

  // A whole number in [min, max]; fallback when absent or bad.
  std::size_t Number(const std::string& name, std::size_t fallback, std::size_t min,
                     std::size_t max);

  // true/1 or false/0; false when absent.
  bool Flag(const std::string& name);

  // Records a problem with a parameter (only the first one is kept).
  void Fail(const std::string& name, const std::string& problem);

 private:
  const HttpRequest& request_;
  std::optional<HttpReply> error_;
};

}  // namespace qonun::api::internal
