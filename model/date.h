#pragma once
// Calendar dates as the law uses them: a day, no time zone. Backed by
// std::chrono::year_month_day, printed and parsed as ISO 8601 (YYYY-MM-DD).

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace qonun::model {

class Date {
 public:
  // 1970-01-01; use Parse or FromYmd for real dates.
  constexpr Date() = default;

  // nullopt unless `text` is exactly YYYY-MM-DD and names a real day
  // (2021-02-29 and 2021-13-01 are rejected).
  static std::optional<Date> Parse(std::string_view text);

  // nullopt when the parts do not make a real day.
  static std::optional<Date> FromYmd(int year, unsigned month, unsigned day);

  // Today's date in UTC.
  static Date Today();

  std::string ToString() const;  // "2020-08-17"

  int year() const { return static_cast<int>(ymd_.year()); }

  unsigned month() const { return static_cast<unsigned>(ymd_.month()); }

  unsigned day() const { return static_cast<unsigned>(ymd_.day()); }

  // Days since 1970-01-01, for value slots and arithmetic.
  long DaysSinceEpoch() const;

  static Date FromDaysSinceEpoch(long days);

  Date AddDays(long days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }

  friend bool operator==(const Date&, const Date&) = default;

  friend std::strong_ordering operator<=>(const Date& a, const Date& b) {
    return a.DaysSinceEpoch() <=> b.DaysSinceEpoch();
  }

 private:
  explicit constexpr Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}

  std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January,
                                   std::chrono::day{1}};
};

}  // namespace qonun::model
