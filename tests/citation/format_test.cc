#include "citation/format.h"

#include <catch2/catch.hpp>

using qonun::CitationParts;
using qonun::CitedLevel;
using qonun::FormatCitation;
using qonun::Language;
using qonun::PointLabel;
using qonun::Script;

TEST_CASE("citations are written the way each language cites", "[citation][unit]") {
  const CitationParts part{"135", "2", PointLabel("а)")};
  CHECK(FormatCitation(part, Language::kRussian, Script::kCyrillic, "УК РУз") ==
        "п. «а» ч. 2 ст. 135 УК РУз");
  CHECK(FormatCitation(part, Language::kUzbek, Script::kCyrillic, "ЖК") ==
        "ЖК 135-модда 2-қисм «а» банди");
  CHECK(FormatCitation({"135", "2", "a"}, Language::kUzbek, Script::kLatin, "JK") ==
        "JK 135-modda 2-qism «a» bandi");
  CHECK(FormatCitation({"135", "2", PointLabel("(a)")}, Language::kEnglish, Script::kLatin,
                       "Criminal Code") == "Art. 135(2)(a), Criminal Code");
  CHECK(FormatCitation({"135-1", "", ""}, Language::kRussian, Script::kLatin, "УК РУз") ==
        "ст. 135¹ УК РУз");
  CHECK(FormatCitation({"3", "", ""}, Language::kEnglish, Script::kLatin, "") == "Art. 3");
  CHECK(FormatCitation({"", "2", ""}, Language::kEnglish, Script::kLatin, "X").empty());
  // Treaties have paragraphs and subparagraphs.
  CHECK(FormatCitation({"18", "2", ""}, Language::kRussian, Script::kLatin, "Конвенция против ТОП",
                       CitedLevel::kInternational) == "п. 2 ст. 18 Конвенция против ТОП");
  CHECK(FormatCitation({"5", "1", "a"}, Language::kUzbek, Script::kLatin, "UNTOC",
                       CitedLevel::kInternational) == "UNTOC 5-modda 1-band «a» kichik bandi");
}

TEST_CASE("a work's short title is written in the citation's script", "[citation][unit]") {
  using qonun::ShortTitle;
  const std::vector<std::string> aliases = {"TK", "ТК", "Labour Code"};
  // No short title in Russian: the Cyrillic alias, never the Latin one.
  CHECK(ShortTitle({}, aliases, Language::kRussian, Script::kCyrillic, "Трудовой кодекс") == "ТК");
  CHECK(ShortTitle({}, aliases, Language::kUzbek, Script::kLatin, "Mehnat kodeksi") == "TK");
  CHECK(ShortTitle({{Language::kEnglish, "LC"}}, aliases, Language::kEnglish, Script::kLatin,
                   "Labour Code") == "LC");
  CHECK(ShortTitle({}, {"TK"}, Language::kRussian, Script::kCyrillic, "Трудовой кодекс") ==
        "Трудовой кодекс");
}

TEST_CASE("full citations join provision and work in each language's order", "[citation][unit]") {
  using qonun::FullCitation;
  CHECK(FullCitation("Art. 5(2)", "Labour Code", Language::kEnglish, Script::kLatin, "") ==
        "Art. 5(2) of the Labour Code");
  CHECK(FullCitation("ч. 2 ст. 5", "Трудовой кодекс", Language::kRussian, Script::kCyrillic,
                     "Закон № 1") == "ч. 2 ст. 5 — Трудовой кодекс (в редакции: Закон № 1)");
  CHECK(FullCitation("5-modda", "Mehnat kodeksi", Language::kUzbek, Script::kLatin, "Qonun") ==
        "Mehnat kodeksi, 5-modda (Qonun tahririda)");
  CHECK(FullCitation("5-модда", "Меҳнат кодекси", Language::kUzbek, Script::kCyrillic, "Қонун") ==
        "Меҳнат кодекси, 5-модда (Қонун таҳририда)");
}

TEST_CASE("a title with braces is written as it is", "[citation][unit]") {
  CHECK(FormatCitation({"5", "", ""}, Language::kEnglish, Script::kLatin, "{part} Code") ==
        "Art. 5, {part} Code");
}

TEST_CASE("every language and level has a citation form", "[citation][unit]") {
  for (Language l : qonun::kAllLanguages) {
    for (Script s : {Script::kLatin, Script::kCyrillic}) {
      for (CitedLevel level : {CitedLevel::kNational, CitedLevel::kInternational}) {
        CHECK_FALSE(FormatCitation({"1", "", ""}, l, s, "", level).empty());
      }
    }
  }
}
