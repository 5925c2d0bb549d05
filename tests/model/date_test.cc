#include "model/date.h"

#include <catch2/catch.hpp>

using qonun::model::Date;

TEST_CASE("dates parse only as real ISO days", "[model][unit]") {
  const auto ok = Date::Parse("2020-08-17");
  REQUIRE(ok);
  CHECK(ok->year() == 2020);
  CHECK(ok->month() == 8u);
  CHECK(ok->day() == 17u);
  CHECK(ok->ToString() == "2020-08-17");

  CHECK(Date::Parse("2024-02-29"));
  CHECK_FALSE(Date::Parse("2021-02-29"));
  CHECK_FALSE(Date::Parse("2021-02-30"));
  CHECK_FALSE(Date::Parse("2021-13-01"));
  CHECK_FALSE(Date::Parse("2021-00-10"));
  CHECK_FALSE(Date::Parse("2021-1-10"));
  CHECK_FALSE(Date::Parse("17.08.2020"));
  CHECK_FALSE(Date::Parse("2020-08-17T00:00"));
  CHECK_FALSE(Date::Parse(""));
  CHECK_FALSE(Date::Parse("0000-01-01"));
}

TEST_CASE("dates order and count days", "[model][unit]") {
  const Date a = *Date::Parse("2019-12-31");
  const Date b = *Date::Parse("2020-01-01");
  CHECK(a < b);
  CHECK(a.AddDays(1) == b);
  CHECK(b.DaysSinceEpoch() - a.DaysSinceEpoch() == 1);
  CHECK(Date::FromDaysSinceEpoch(0).ToString() == "1970-01-01");
  CHECK(Date::Today() > *Date::Parse("2025-01-01"));
}
