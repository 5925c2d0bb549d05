#include "model/date.h"

#include <cstdio>

namespace qonun::model {

namespace {

bool ParseDigits(std::string_view text, int& out) {
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
    out = out * 10 + (c - '0');
  }
  return !text.empty();
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  int year = 0;
  int month = 0;
  int day = 0;
  if (!ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  return FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<Date> Date::FromYmd(int year, unsigned month, unsigned day) {
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                        std::chrono::day{day}};
  if (!ymd.ok() || year < 1 || year > 9999) {
    return std::nullopt;
  }
  return Date(ymd);
}

Date Date::Today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date(std::chrono::year_month_day{now});
}

std::string Date::ToString() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
  return buffer;
}

long Date::DaysSinceEpoch() const {
  return static_cast<long>(std::chrono::sys_days{ymd_}.time_since_epoch().count());
}

Date Date::FromDaysSinceEpoch(long days) {
  return Date(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}});
}

}  // namespace qonun::model
