#include "api/internal/params.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "common/utf8.h"

namespace qonun::api::internal {

std::string Params::String(const std::string& name, std::size_t max_bytes) {
  const std::string* value = request_.Param(name);
  if (value == nullptr) {
    return "";
  }
  if (value->size() > max_bytes) {
    Fail(name, "is too long (at most " + std::to_string(max_bytes) + " bytes)");
    return "";
  }
  // ICU and Xapian must only ever see well-formed text.
  if (auto bad = FindInvalidUtf8(*value)) {
    Fail(name, "is not valid UTF-8 (at byte " + std::to_string(*bad) + ")");
    return "";
  }
  return *value;
}

std::string Params::Required(const std::string& name, std::size_t max_bytes) {
  const std::string value = String(name, max_bytes);
  if (value.empty() && !error_) {
    Fail(name, "is required");
  }
  return value;
}

std::optional<Language> Params::Lang(const std::string& name) {
  const std::string value = String(name, 10);
  if (value.empty()) {
    return std::nullopt;
  }
  auto language = ParseLanguageCode(value);
  if (!language) {
    Fail(name, "must be one of eng, rus, uzb");
  }
  return language;
}

std::vector<Language> Params::Langs(const std::string& name) {
  std::vector<Language> out;
  std::stringstream stream(String(name, 40));
  for (std::string code; std::getline(stream, code, ',');) {
    auto language = ParseLanguageCode(code);
    if (!language) {
      Fail(name, "must list languages among eng, rus, uzb, separated by commas");
      return {};
    }
    out.push_back(*language);
  }
  return out;
}

std::optional<model::Date> Params::Date(const std::string& name) {
  const std::string value = String(name, 20);
  if (value.empty()) {
    return std::nullopt;
  }
  auto date = model::Date::Parse(value);
  if (!date) {
    Fail(name, "must be a real date written YYYY-MM-DD");
  }
  return date;
}

std::size_t Params::Number(const std::string& name, std::size_t fallback, std::size_t min,
                           std::size_t max) {
  const std::string value = String(name, 12);
  if (value.empty()) {
    return fallback;
  }
  if (value.size() > 9 || !std::all_of(value.begin(), value.end(), ::isdigit)) {
    Fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return fallback;
  }
  const std::size_t n = std::stoul(value);
  if (n < min || n > max) {
    Fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  }
  return n;
}

bool Params::Flag(const std::string& name) {
  const std::string value = String(name, 5);
  if (value.empty() || value == "0" || value == "false") {
    return false;
  }
  if (value == "1" || value == "true") {
    return true;
  }
  Fail(name, "must be true or false");
  return false;
}

void Params::Fail(const std::string& name, const std::string& problem) {
  if (!error_) {
    error_ = ErrorReply(400, "bad_param", name + " " + problem, name);
  }
}

}  // namespace qonun::api::internal
