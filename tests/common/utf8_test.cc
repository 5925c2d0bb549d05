#include "common/utf8.h"

#include <optional>
#include <string>
#include <string_view>

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

TEST_CASE("the decoder is strict: overlong forms, surrogates and values past U+10FFFF",
          "[common][unit]") {
  const auto decode = [](std::string_view bytes, std::size_t& i, bool& bad) {
    return qonun::DecodeUtf8(bytes, i, &bad);
  };

  struct Case {
    const char* bytes;
    const char* what;
  };

  for (const Case& c :
       {Case{"\xC0\xAF", "overlong '/' in two bytes"}, Case{"\xC1\xBF", "overlong U+007F"},
        Case{"\xE0\x80\xAF", "overlong '/' in three bytes"},
        Case{"\xE0\x9F\xBF", "overlong U+07FF"},
        Case{"\xF0\x80\x80\xAF", "overlong '/' in four bytes"},
        Case{"\xF0\x8F\xBF\xBF", "overlong U+FFFF"}, Case{"\xED\xA0\x80", "surrogate U+D800"},
        Case{"\xED\xBF\xBF", "surrogate U+DFFF"}, Case{"\xF4\x90\x80\x80", "U+110000"},
        Case{"\xF8\x88\x80\x80\x80", "five-byte lead"}, Case{"\x80", "stray continuation byte"}}) {
    INFO(c.what);
    const std::string_view bytes(c.bytes);
    std::size_t i = 0;
    bool bad = false;
    CHECK(decode(bytes, i, bad) == 0xFFFD);
    CHECK(bad);
    CHECK(i == 1);  // one byte at a time, so the next one is read again
    CHECK(qonun::FindInvalidUtf8(std::string("ok ") + c.bytes) == std::optional<std::size_t>(3));
  }
  // The edges that are well-formed.
  for (const char32_t cp : {char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF}, char32_t{0x800},
                            char32_t{0xD7FF}, char32_t{0xE000}, char32_t{0xFFFD}, char32_t{0xFFFF},
                            char32_t{0x10000}, char32_t{0x10FFFF}}) {
    std::string bytes;
    qonun::AppendUtf8(bytes, cp);
    std::size_t i = 0;
    bool bad = true;
    CHECK(decode(bytes, i, bad) == cp);
    CHECK_FALSE(bad);
    CHECK(i == bytes.size());
    CHECK_FALSE(qonun::FindInvalidUtf8(bytes).has_value());
  }
  // A U+FFFD written in the text is well-formed: only the flag tells them apart.
  std::size_t i = 0;
  bool bad = true;
  CHECK(decode("\uFFFD", i, bad) == 0xFFFD);
  CHECK_FALSE(bad);
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
