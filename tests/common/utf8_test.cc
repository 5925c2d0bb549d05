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

TEST_CASE("UTF-8 is decoded one code point at a time, bad bytes as U+FFFD", "[common][unit]") {
  const std::string text = "aў𝔸\xC3(";
  std::size_t i = 0;
  CHECK(qonun::DecodeUtf8(text, i) == U'a');
  CHECK(i == 1);
  CHECK(qonun::DecodeUtf8(text, i) == U'ў');
  CHECK(qonun::DecodeUtf8(text, i) == U'𝔸');
  CHECK(i == 7);
  CHECK(qonun::DecodeUtf8(text, i) == 0xFFFD);  // a lead byte without its continuation
  CHECK(i == 8);
  CHECK(qonun::DecodeUtf8(text, i) == U'(');
  std::size_t cut = 0;
  CHECK(qonun::DecodeUtf8("\xE2\x81", cut) == 0xFFFD);  // cut short
  CHECK(cut == 1);
}

TEST_CASE("the script of a text is the script most of its letters are in", "[common][unit]") {
  CHECK(qonun::DetectScript("Oʻzbekiston Respublikasi") == qonun::Script::kLatin);
  CHECK(qonun::DetectScript("Ўзбекистон Республикаси") == qonun::Script::kCyrillic);
  CHECK(qonun::DetectScript("ч. 2 ст. 5 TK") == qonun::Script::kCyrillic);
  CHECK(qonun::DetectScript("Art. 5(2), ТК") == qonun::Script::kLatin);
  CHECK(qonun::DetectScript("135 — 2") == qonun::Script::kOther);
  CHECK(qonun::DetectScript("") == qonun::Script::kOther);
}

TEST_CASE("superscript digits map both ways", "[common][unit]") {
  for (int d = 0; d <= 9; ++d) {
    CHECK(qonun::SuperscriptValue(qonun::SuperscriptDigit(d)) == d);
  }
  CHECK(qonun::SuperscriptDigit(1) == U'¹');
  CHECK(qonun::SuperscriptDigit(4) == U'⁴');
  CHECK(qonun::SuperscriptValue(U'1') == -1);
  CHECK(qonun::SuperscriptValue(U'₁') == -1);  // subscript
}
