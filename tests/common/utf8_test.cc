#include "common/utf8.h"

#include <catch2/catch.hpp>

TEST_CASE("code points are written as UTF-8, bad ones as U+FFFD", "[common][unit]") {
  const auto utf8 = [](char32_t cp) {
    std::string out;
    qonun::AppendUtf8(out, cp);
    return out;
  };
  CHECK(utf8(U'a') == "a");
  CHECK(utf8(U'ў') == "ў");
  CHECK(utf8(U'ʻ') == "ʻ");
  CHECK(utf8(U'€') == "€");
  CHECK(utf8(U'𝔸') == "𝔸");
  CHECK(utf8(0xD800) == "\uFFFD");
  CHECK(utf8(0x110000) == "\uFFFD");
  CHECK(utf8(0) == "\uFFFD");
  std::string all;
  for (char32_t cp : {U'қ', U'ғ', U'𝔸'}) {
    qonun::AppendUtf8(all, cp);
  }
  CHECK_FALSE(qonun::FindInvalidUtf8(all).has_value());
}
